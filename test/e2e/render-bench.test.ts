/// <reference types="node" />
/**
 * The render benchmark: the dashboard of the 5,000-meeting synthetic vault
 * (the one `npm run bench` indexes), rendered in Chromium. It REPORTS the
 * time (`ui_render_ms=…`, the median of several renders, style and layout
 * included); it asserts only that the page rendered, never how fast, because
 * a timed assertion fails on a busy machine for no fault of the code. The
 * budget is 50 ms.
 */
import { performance } from "node:perf_hooks";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DashboardModel } from "../../src/core/analytics/dashboard-model";
import { buildPreviewPage, launchChromium, openPreview, type BuiltPreview } from "./chromium";
import { BENCH_ALLIANCES as ALLIANCES, BENCH_MEETINGS as MEETINGS, benchModel } from "./sidebar";

const RUNS = 15;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timeRenders(page: Page, alliance: string | null): Promise<number[]> {
	return page.evaluate(
		({ runs, name }) => {
			const preview = window.allianceJournalPreview;
			const model = (window as unknown as { benchModel: DashboardModel }).benchModel;
			const times: number[] = [];
			for (let run = 0; run < runs; run++) times.push(preview?.render(model, name) ?? Number.NaN);
			return times;
		},
		{ runs: RUNS, name: alliance },
	);
}

describe("render benchmark (reports ui_render_ms, asserts no time)", () => {
	let browser: Browser;
	let page: Page;
	let model: DashboardModel;
	let preview: BuiltPreview | undefined;

	beforeAll(async () => {
		[browser, preview] = await Promise.all([launchChromium(), buildPreviewPage()]);
		const { url } = preview;
		const started = performance.now();
		model = benchModel();
		console.log(`(synthetic model: ${MEETINGS} meetings, ${ALLIANCES} alliances, built in ${Math.round(performance.now() - started)} ms, ${(JSON.stringify(model).length / 1e6).toFixed(1)} MB of JSON)`);
		({ page } = await openPreview(browser, url));
		await page.evaluate((benchModel) => Object.assign(window, { benchModel }), model);
	});

	afterAll(async () => {
		await browser?.close();
		await preview?.remove();
	});

	it("renders the 5,000-meeting vault's dashboard, all alliances and one", async () => {
		const all = await timeRenders(page, null);
		const one = await timeRenders(page, model.alliances[0]?.name ?? null);
		const sections = await page.$$eval("[data-section]", (elements) => elements.length);
		expect(sections).toBe(9); // briefing, KPIs, health, conflicts, quick wins, actions, stakeholders, engagement, problems
		console.log(`ui_render_ms=${median(all).toFixed(1)} (all ${ALLIANCES} alliances: median of ${RUNS} renders; fastest ${Math.min(...all).toFixed(1)}, first ${all[0]?.toFixed(1)})`);
		console.log(`ui_render_ms_one_alliance=${median(one).toFixed(1)} (median of ${RUNS}; fastest ${Math.min(...one).toFixed(1)})`);
	});
});
