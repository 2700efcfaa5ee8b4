/// <reference types="node" />
/**
 * The engagement model in the sidebar, in a real Chromium: the latest joint
 * health check as a spider chart with both sides, its text alternative, the
 * gap list and the scorecard, at the narrowest sidebar, in both themes and
 * both languages.
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Language } from "../../src/core/i18n/language";
import { buildPreviewPage, launchChromium, openPreview, type BuiltPreview } from "./chromium";
import { nextFrames } from "./sidebar";

const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), "__screenshots__");
const NARROWEST_SIDEBAR = 280;
const SECTION = '[data-section="engagement"]';

/** What the engagement section shows, read from the page. */
interface Shown {
	label: string;
	series: { cls: string; points: number; dots: number }[];
	spokes: number;
	legend: string[];
	gaps: string[];
	verdicts: string[];
	reasons: string[];
	overflow: string[];
}

function readSection(page: Page): Promise<Shown> {
	return page.evaluate((selector) => {
		const section = document.querySelector(selector);
		const svg = section?.querySelector("svg.alliance-journal-radar-svg");
		const right = (section?.getBoundingClientRect().right ?? 0) + 0.5;
		return {
			label: svg?.getAttribute("role") === "img" ? (svg.getAttribute("aria-label") ?? "") : "",
			series: [...(svg?.querySelectorAll(".alliance-journal-radar-series") ?? [])].map((group) => ({
				cls: [...group.classList].join(" "),
				points: (group.querySelector("polygon")?.getAttribute("points") ?? "").split(" ").filter(Boolean).length,
				dots: group.querySelectorAll("circle").length,
			})),
			spokes: svg?.querySelectorAll(".alliance-journal-radar-axis-label").length ?? 0,
			legend: [...(section?.querySelectorAll("figcaption .alliance-journal-radar-key") ?? [])].map((key) => key.textContent ?? ""),
			gaps: [...(section?.querySelectorAll(".alliance-journal-gap .alliance-journal-item-text") ?? [])].map((item) => item.textContent ?? ""),
			verdicts: [...(section?.querySelectorAll(".alliance-journal-practice-head") ?? [])].map((head) => head.textContent ?? ""),
			reasons: [...(section?.querySelectorAll(".alliance-journal-practice-reason") ?? [])].map((reason) => reason.textContent ?? ""),
			overflow: [...(section?.querySelectorAll("*") ?? [])].filter((element) => element.getBoundingClientRect().right > right).map((element) => element.outerHTML.slice(0, 60)),
		};
	}, SECTION);
}

/** Renders one alliance at the narrowest sidebar and screenshots the engagement section. */
async function show(page: Page, options: { theme: "light" | "dark"; language: Language; alliance: string }, file: string): Promise<Shown> {
	await page.evaluate(({ theme, language, alliance, width }) => {
		const preview = window.allianceJournalPreview;
		preview?.setTheme(theme);
		preview?.setLanguage(language);
		preview?.setWidth(width as 280);
		preview?.render(undefined, alliance);
	}, { ...options, width: NARROWEST_SIDEBAR });
	const section = page.locator(SECTION);
	await section.scrollIntoViewIfNeeded();
	await nextFrames(page);
	await section.screenshot({ path: join(SCREENSHOTS, file) });
	return readSection(page);
}

describe("the engagement model in the sidebar (Chromium)", () => {
	let browser: Browser;
	let preview: BuiltPreview;
	let page: Page;
	let errors: string[];

	beforeAll(async () => {
		[browser, preview] = await Promise.all([launchChromium(), buildPreviewPage()]);
		mkdirSync(SCREENSHOTS, { recursive: true });
	});

	afterAll(async () => {
		await browser?.close();
		await preview?.remove();
	});

	beforeEach(async () => {
		({ page, errors } = await openPreview(browser, preview.url));
	});

	afterEach(async () => {
		await page.close();
		expect(errors).toEqual([]);
	});

	it.each(["light", "dark"] as const)(`at ${NARROWEST_SIDEBAR} px in the %s theme: a spider chart of both sides, its text alternative, the gaps and the scorecard`, async (theme) => {
		const shown = await show(page, { theme, language: "en", alliance: "Northwind" }, `engagement-280-${theme}.png`);
		expect(shown.series.map((series) => series.cls)).toEqual([
			"alliance-journal-radar-series alliance-journal-radar-ours",
			"alliance-journal-radar-series alliance-journal-radar-theirs",
		]);
		for (const series of shown.series) expect([series.points, series.dots]).toEqual([8, 8]);
		expect(shown.spokes).toBe(8);
		expect(shown.legend).toEqual(["Us", "Partner"]);
		expect(shown.label).toMatch(/^Perception gap, health check of 15 Sept 2026: /);
		expect(shown.label).toContain("Openness on decisions and resources: us 4, partner 2");
		expect(shown.label).toContain("Trust: us 4, partner 3");
		expect(shown.gaps[0]).toBe("3Openness on decisions and resourcesGap +2");
		expect(shown.verdicts).toEqual([
			"1. The real working relationshipNeeds attention",
			"2. Productive differencesNeeds attention",
			"3. Collaboration is learningOn track",
			"4. Internal stakeholdersNeeds attention",
			"5. Quick winsOn track",
		]);
		expect(shown.reasons[1]).toBe("3 conflict themes keep coming back unresolved.");
		expect(shown.overflow).toEqual([]);
		const colours = await page.evaluate((selector) => {
			const shape = (cls: string): string => getComputedStyle(document.querySelector(`${selector} .${cls} polygon`) as Element).stroke;
			return { ours: shape("alliance-journal-radar-ours"), theirs: shape("alliance-journal-radar-theirs"), background: getComputedStyle(document.body).backgroundColor };
		}, SECTION);
		expect(colours.ours).not.toBe(colours.theirs);
		expect([colours.ours, colours.theirs]).not.toContain(colours.background);
	});

	it.each(["light", "dark"] as const)("in Dutch, %s theme: the same chart and its text alternative in Dutch", async (theme) => {
		const shown = await show(page, { theme, language: "nl", alliance: "Zuiderzee" }, `engagement-nl-280-${theme}.png`);
		expect(shown.series).toHaveLength(2);
		for (const series of shown.series) expect(series.points).toBe(9);
		expect(shown.legend).toEqual(["Wij", "Partner"]);
		expect(shown.label).toMatch(/^Verschil in beleving, gezondheidscheck van 29 sep 2026: /);
		expect(shown.label).toContain("Interne steun: wij 4, partner 2");
		expect(shown.verdicts[4]).toBe("5. Quick winsAandacht nodig");
		expect(shown.reasons[4]).toBe("Geen quick win in Q2 2026.");
		expect(shown.overflow).toEqual([]);
	});
});
