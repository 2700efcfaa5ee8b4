/// <reference types="node" />
/**
 * The sidebar as an alliance manager reads it ten minutes before a meeting,
 * in Chromium: one alliance and all alliances, 280 and 420 px, light and
 * dark, English and Dutch, the example vault and the 5,000-meeting benchmark
 * vault (screenshots of each); nothing overflows at 280 px; the first screen
 * of all alliances shows, for every alliance, each kind that needs attention,
 * as the model counts it; and "Show all" on the benchmark vault adds a page,
 * not the whole list (its size and time are reported, never asserted).
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DashboardModel } from "../../src/core/analytics/dashboard-model";
import type { Language } from "../../src/core/i18n/language";
import { allianceAttention } from "../../src/core/present/overview";
import type { PreviewWidth } from "../../tools/preview/preview-page";
import { buildPreviewPage, launchChromium, openPreview, type BuiltPreview } from "./chromium";
import { benchModel, elementCount, nextFrames, overflowing, screenshotSidebar } from "./sidebar";

const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), "__screenshots__");
const WIDTHS: readonly PreviewWidth[] = [280, 420];
const THEMES = ["light", "dark"] as const;
const LANGUAGES: readonly Language[] = ["en", "nl"];
/** The first screen of a sidebar: what a person sees without scrolling. */
const FIRST_SCREEN_PX = 1000;
/** "Show all" may add about this many elements at once. */
const MAX_ELEMENTS_ADDED = 550;
const VIEWPORT = { width: 1100, height: 900 };

type Vault = "example" | "bench";

describe("the sidebar triages, also for a large vault (Chromium)", () => {
	let browser: Browser;
	let preview: BuiltPreview;
	let page: Page;
	let errors: string[];
	let bench: DashboardModel;

	/** The model of a vault in a language (the benchmark vault's facts are the same in both). */
	const modelOf = (vault: Vault, language: Language): DashboardModel => (vault === "bench" ? bench : preview.models[language]);

	/** Renders a vault's dashboard (`alliance`: one, or `null` for all). */
	async function show(vault: Vault, language: Language, width: PreviewWidth, alliance: string | null, theme: (typeof THEMES)[number] = "light"): Promise<void> {
		await page.setViewportSize(VIEWPORT);
		await page.evaluate(
			({ vault, language, width, alliance, theme }) => {
				const api = window.allianceJournalPreview;
				api?.setTheme(theme);
				api?.setLanguage(language);
				api?.setWidth(width);
				const model = vault === "bench" ? (window as unknown as { benchModel: DashboardModel }).benchModel : undefined;
				api?.render(model, alliance);
			},
			{ vault, language, width, alliance, theme },
		);
		await nextFrames(page);
	}

	beforeAll(async () => {
		[browser, preview] = await Promise.all([launchChromium(), buildPreviewPage()]);
		bench = benchModel();
		mkdirSync(SCREENSHOTS, { recursive: true });
		({ page, errors } = await openPreview(browser, preview.url, VIEWPORT));
		await page.evaluate((model) => Object.assign(window, { benchModel: model }), bench);
	});

	afterAll(async () => {
		expect(errors).toEqual([]);
		await browser?.close();
		await preview?.remove();
	});

	it("is screenshotted in every combination, and nothing overflows at 280 px", async () => {
		const overflows: string[] = [];
		let shots = 0;
		for (const vault of ["example", "bench"] as const) {
			for (const language of LANGUAGES) {
				const one = vault === "example" ? "Northwind" : (bench.alliances[0]?.name ?? null);
				for (const alliance of [null, one]) {
					for (const width of WIDTHS) {
						for (const theme of THEMES) {
							await show(vault, language, width, alliance, theme);
							if (width === 280 && theme === "light") overflows.push(...(await overflowing(page)).map((problem) => `${vault} ${language} ${alliance ?? "all"}: ${problem}`));
							await screenshotSidebar(page, join(SCREENSHOTS, `triage-${vault}-${alliance === null ? "all" : "one"}-${width}-${theme}-${language}.png`));
							shots++;
						}
					}
				}
			}
		}
		expect(shots).toBe(32);
		expect(overflows).toEqual([]);
	});

	it("keeps the toolbar's buttons on one row at 280 px, in Dutch too", async () => {
		for (const language of LANGUAGES) {
			await show("example", language, 280, null);
			const tops = await page.$$eval(".alliance-journal-toolbar-buttons button", (buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().top)));
			expect(new Set(tops).size, `${language}: ${tops.join(", ")}`).toBe(1);
		}
	});

	it("shows on the first screen at 280 px, for every alliance, each kind that needs attention, as the model counts it", async () => {
		for (const vault of ["example", "bench"] as const) {
			for (const language of LANGUAGES) {
				await show(vault, language, 280, null);
				const rows = await page.evaluate(() => {
					const container = window.allianceJournalPreview?.container;
					const top = container?.getBoundingClientRect().top ?? 0;
					return [...(container?.querySelectorAll<HTMLElement>(".alliance-journal-alliance") ?? [])].map((row) => ({
						name: row.dataset.alliance ?? "",
						bottom: row.getBoundingClientRect().bottom - top,
						kinds: [...row.querySelectorAll<HTMLElement>(".alliance-journal-attention")].map((chip) => [chip.dataset.kind, Number(chip.dataset.count)]),
					}));
				});
				const model = modelOf(vault, language);
				expect(rows.map((row) => row.name)).toEqual(model.alliances.map((alliance) => alliance.name));
				for (const alliance of model.alliances) {
					const row = rows.find((candidate) => candidate.name === alliance.name);
					const attention = allianceAttention(alliance);
					expect(row?.kinds, `${vault} ${alliance.name}`).toEqual(attention.needed.map((kind) => [kind, attention.counts[kind]]));
					expect(row?.bottom, `${vault} ${language} ${alliance.name} within the first screen`).toBeLessThanOrEqual(FIRST_SCREEN_PX);
				}
				const needing = model.alliances.filter((alliance) => allianceAttention(alliance).needed.length > 0);
				expect(needing.length, `${vault}: some alliance needs attention`).toBeGreaterThan(0);
			}
		}
	});

	it("adds a page, not the whole list, when Show all is clicked on the benchmark vault (reports elements and ms)", async () => {
		await show("bench", "en", 280, null);
		const report: string[] = [];
		for (const section of ["actions", "quick-wins", "stakeholders", "briefing"]) {
			const before = await elementCount(page);
			const clicked = await page.evaluate((id) => {
				const button = window.allianceJournalPreview?.container.querySelector<HTMLButtonElement>(`[data-section="${id}"] .alliance-journal-show-all`);
				if (!button) return null;
				const label = button.textContent ?? "";
				const started = performance.now();
				button.click();
				window.allianceJournalPreview?.container.getBoundingClientRect();
				return { label, ms: performance.now() - started };
			}, section);
			if (!clicked) continue;
			const added = (await elementCount(page)) - before;
			report.push(`${section}: "${clicked.label}" added ${added} elements in ${clicked.ms.toFixed(1)} ms`);
			expect(added, section).toBeLessThanOrEqual(MAX_ELEMENTS_ADDED);
			expect(added, section).toBeGreaterThan(0);
		}
		console.log(`show_all (benchmark vault, all alliances, 280 px):\n  ${report.join("\n  ")}`);
		expect(report.some((line) => line.startsWith("actions"))).toBe(true);
	});
});
