/// <reference types="node" />
/**
 * The dashboard preview in a real Chromium: the page `npm run preview`
 * builds, rendering the real src/ui on the example vault's model.
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from "vitest";
import type { DashboardModel } from "../../src/core/analytics/dashboard-model";
import { SECTION_IDS, type SectionId } from "../../src/ui/dashboard-state";
import type { PreviewWidth } from "../../tools/preview/preview-page";
import { aHostileModel, HOSTILE_TEXTS } from "../ui/fixtures/dashboard-model";
import { buildPreviewPage, launchChromium, openPreview, type BuiltPreview } from "./chromium";
import { expandEverything, overflowing, screenshotSidebar } from "./sidebar";

const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), "__screenshots__");
/** Buttons smaller than this are hard to hit with a finger. */
const MIN_TOUCH_TARGET_PX = 32;
const NARROWEST_SIDEBAR: PreviewWidth = 280;

/** What each section's header should say, worked out from the model alone. */
function expectedCounts(model: DashboardModel, name: string | null): Record<SectionId, number> {
	const alliances = name === null ? model.alliances : model.alliances.filter((alliance) => alliance.name === name);
	const one = name === null ? undefined : alliances[0];
	const sum = (count: (alliance: DashboardModel["alliances"][number]) => number): number => alliances.reduce((total, alliance) => total + count(alliance), 0);
	return {
		briefing: one ? one.briefing.items.length : model.briefing.length,
		kpis: sum((alliance) => alliance.kpis.length),
		health: sum((alliance) => alliance.health.ratings.filter((rating) => rating.series.length > 0).length + (alliance.health.reflections.length > 0 ? 1 : 0)),
		conflicts: (one ? one.conflicts : model.conflicts).filter((theme) => theme.recurring).length,
		"quick-wins": sum((alliance) => alliance.quickWins.items.length),
		actions: sum((alliance) => alliance.actions.open.length),
		stakeholders: new Set(alliances.flatMap((alliance) => alliance.stakeholders.people.map((person) => person.path))).size,
		engagement: sum((alliance) => alliance.scorecard.filter((score) => score.verdict === "needs-attention").length),
		problems: one ? one.problems.length : model.problems.length,
	};
}

/** The sections on the page, in order, with the number in each header. */
function shownCounts(page: Page): Promise<[string, number][]> {
	return page.$$eval("[data-section]", (sections) =>
		sections.map((section): [string, number] => [(section as HTMLElement).dataset.section ?? "", Number(section.querySelector(".alliance-journal-count")?.textContent)]),
	);
}

describe("the dashboard preview in Chromium", () => {
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

	it("renders every section, in order, with the counts the model has", async () => {
		const model = preview.models.en;
		const expected = expectedCounts(model, null);
		expect(await shownCounts(page)).toEqual(SECTION_IDS.map((id) => [id, expected[id]]));
		expect(expected.kpis).toBeGreaterThan(0);
		expect(expected.conflicts).toBeGreaterThan(0);
	});

	it("shows only the alliance picked", async () => {
		const model = preview.models.en;
		await page.selectOption(".alliance-journal-select", "Northwind");
		const expected = expectedCounts(model, "Northwind");
		expect(await shownCounts(page)).toEqual(SECTION_IDS.map((id) => [id, expected[id]]));
		expect(await page.textContent(".alliance-journal-overview-title")).toContain("Northwind");
		const paths = await page.$$eval(".alliance-journal-mention, .alliance-journal-action, .alliance-journal-win", (items) => items.map((item) => item.getAttribute("data-path") ?? ""));
		expect(paths.length).toBeGreaterThan(0);
		for (const path of paths) expect(path).toMatch(/^Alliances\/Northwind\//);
		expect(await page.evaluate(() => window.allianceJournalPreview?.calls)).toContainEqual({ action: "selectAlliance", args: ["Northwind"] });

		await page.selectOption(".alliance-journal-select", "");
		expect(await page.evaluate(() => window.allianceJournalPreview?.calls.at(-1))).toEqual({ action: "selectAlliance", args: [null] });
		expect(await page.$$(".alliance-journal-alliance")).toHaveLength(model.alliances.length);
	});

	it("opens the note of a conflict mention at its line", async () => {
		const theme = preview.models.en.conflicts.find((candidate) => candidate.recurring);
		const newest = theme?.mentions.at(-1);
		if (!newest) throw new Error("the example vault has no recurring conflict");
		await page.click(".alliance-journal-conflict .alliance-journal-mention");
		expect(await page.evaluate(() => window.allianceJournalPreview?.calls.at(-1))).toEqual({ action: "openNote", args: [newest.path, newest.line] });
	});

	it("opens the meeting of a KPI reading clicked on its chart", async () => {
		const northwind = preview.models.en.alliances.find((alliance) => alliance.name === "Northwind");
		const kpi = northwind?.kpis.find((candidate) => candidate.series.length > 2);
		const first = kpi?.series[0];
		const latest = kpi?.latest;
		if (!kpi || !first || !latest) throw new Error("Northwind has no KPI with readings");
		await page.selectOption(".alliance-journal-select", "Northwind");
		const points = page.locator(`[data-kpi="${kpi.key}"] .alliance-journal-chart-point`);
		await points.last().click();
		expect(await page.evaluate(() => window.allianceJournalPreview?.calls.at(-1))).toEqual({ action: "openNote", args: [latest.path, latest.line] });
		await points.first().click();
		expect(await page.evaluate(() => window.allianceJournalPreview?.calls.at(-1))).toEqual({ action: "openNote", args: [first.path, first.line] });
		await page.keyboard.press("End");
		await page.keyboard.press("Enter");
		expect(await page.evaluate(() => window.allianceJournalPreview?.calls.at(-1))).toEqual({ action: "openNote", args: [latest.path, latest.line] });
		// The focused point's date and value are written above the chart.
		expect(await page.locator(`[data-kpi="${kpi.key}"] .alliance-journal-chart-readout`).textContent()).toBe(await points.last().getAttribute("aria-label"));
	});

	it("gives every KPI chart dates and values on its axes, and draws a stale KPI's last reading away from the right edge", async () => {
		for (const language of ["en", "nl"] as const) {
			await page.evaluate((lang) => {
				window.allianceJournalPreview?.setLanguage(lang);
				window.allianceJournalPreview?.setWidth(280);
				window.allianceJournalPreview?.render();
			}, language);
			await expandEverything(page);
			const model = preview.models[language];
			const charts = await page.$$eval("[data-kpi]", (cards) =>
				cards.map((card) => {
					const svg = card.querySelector(".alliance-journal-chart-svg");
					const texts = (cls: string): string[] => [...(svg?.querySelectorAll(`.${cls}`) ?? [])].map((element) => element.textContent ?? "");
					const box = svg?.getBoundingClientRect();
					const last = [...(svg?.querySelectorAll(".alliance-journal-chart-point") ?? [])].at(-1)?.getBoundingClientRect();
					return {
						key: card.getAttribute("data-kpi") ?? "",
						ticks: texts("alliance-journal-chart-tick"),
						values: [...texts("alliance-journal-chart-value-label"), ...texts("alliance-journal-chart-target-label"), ...texts("alliance-journal-chart-latest")],
						lastFromRight: box && last ? (box.right - (last.left + last.width / 2)) / box.width : -1,
					};
				}),
			);
			const kpis = model.alliances.flatMap((alliance) => alliance.kpis.filter((kpi) => kpi.series.length > 0));
			expect(charts).toHaveLength(kpis.length);
			for (const chart of charts) {
				expect(chart.ticks.length, `${chart.key} date ticks`).toBeGreaterThanOrEqual(2);
				expect(chart.ticks.some((tick) => /\b20\d\d\b/.test(tick)), `${chart.key} ticks say a year: ${chart.ticks.join(", ")}`).toBe(true);
				expect(chart.values.length, `${chart.key} values`).toBeGreaterThanOrEqual(2);
				for (const value of chart.values) expect(value).toMatch(/\d/);
			}
			const stale = kpis.filter((kpi) => kpi.stale);
			expect(stale.length).toBeGreaterThan(0);
			for (const kpi of stale) {
				const chart = charts.find((candidate) => candidate.key === kpi.key);
				// The last reading is months before today: a good part of the width from the right edge.
				expect(chart?.lastFromRight, kpi.key).toBeGreaterThan(0.25);
			}
			const fresh = charts.find((chart) => !stale.some((kpi) => kpi.key === chart.key));
			expect(fresh?.lastFromRight).toBeLessThan(0.1);
		}
	});

	it("folds and unfolds a section with Enter and Space", async () => {
		const toggle = page.locator("[data-section=kpis] .alliance-journal-section-toggle");
		await toggle.focus();
		await page.keyboard.press("Enter");
		expect(await toggle.getAttribute("aria-expanded")).toBe("false");
		expect(await page.locator("[data-section=kpis] .alliance-journal-section-body").isHidden()).toBe(true);
		await page.keyboard.press("Space");
		expect(await toggle.getAttribute("aria-expanded")).toBe("true");
		expect(await page.locator("[data-section=kpis] .alliance-journal-section-body").isVisible()).toBe(true);
	});

	it("reaches every item with the Tab key, and shows where the focus is", async () => {
		await page.selectOption(".alliance-journal-select", "Northwind");
		await expandEverything(page);
		const count = await page.evaluate(() => {
			const items = [...(window.allianceJournalPreview?.container.querySelectorAll<HTMLButtonElement>("button.alliance-journal-item") ?? [])];
			items.forEach((item, index) => item.setAttribute("data-e2e-item", String(index)));
			const reached = new Set<string>();
			const outlines = new Set<string>();
			document.addEventListener("focusin", (event) => {
				const target = event.target as HTMLElement;
				const index = target.getAttribute("data-e2e-item");
				if (index === null) return;
				reached.add(index);
				const style = getComputedStyle(target);
				outlines.add(`${style.outlineStyle} ${style.outlineWidth}`);
			});
			Object.assign(window, { e2eFocus: { reached, outlines } });
			return items.length;
		});
		expect(count).toBeGreaterThan(40);
		await page.focus(".alliance-journal-select");
		const focusables = await page.evaluate(() => window.allianceJournalPreview?.container.querySelectorAll("button, select, [tabindex='0']").length ?? 0);
		for (let press = 0; press < focusables; press++) await page.keyboard.press("Tab");
		const result = await page.evaluate(() => {
			const focus = (window as unknown as { e2eFocus: { reached: Set<string>; outlines: Set<string> } }).e2eFocus;
			return { reached: focus.reached.size, outlines: [...focus.outlines] };
		});
		expect(result.reached).toBe(count);
		expect(result.outlines).toEqual(["solid 2px"]);
	});

	it("shows markup written in a note as text, and runs nothing", async () => {
		const hostile = aHostileModel();
		await page.evaluate((model) => window.allianceJournalPreview?.render(model), hostile);
		await expandEverything(page);
		await page.hover(".alliance-journal-select");
		await page.hover("[data-section=conflicts] .alliance-journal-mention");
		await page.waitForTimeout(100);
		const result = await page.evaluate(() => {
			const container = window.allianceJournalPreview?.container;
			return {
				pwned: (window as unknown as Record<string, unknown>).__allianceJournalPwned,
				elements: container?.querySelectorAll("img, script, b, i, u, iframe, [onerror], [onload], [onmouseover]").length,
				text: container?.textContent ?? "",
				option: container?.querySelector("option:last-child")?.textContent,
			};
		});
		expect(result.pwned).toBeUndefined();
		expect(result.elements).toBe(0);
		for (const text of Object.values(HOSTILE_TEXTS)) expect(result.text).toContain(text);
		expect(result.option).toBe(hostile.alliances[0]?.name);
	});

	it(`fits a ${NARROWEST_SIDEBAR} px sidebar: nothing overflows, every button is large enough to tap`, async () => {
		await page.evaluate((width) => window.allianceJournalPreview?.setWidth(width), NARROWEST_SIDEBAR);
		for (const alliance of [null, "Northwind", "Zuiderzee"]) {
			await page.evaluate((name) => window.allianceJournalPreview?.render(undefined, name), alliance);
			await expandEverything(page);
			expect(await overflowing(page), `view of ${alliance ?? "all alliances"}`).toEqual([]);
			const small = await page.evaluate((minimum) => {
				const buttons = [...(window.allianceJournalPreview?.container.querySelectorAll<HTMLElement>("button, select") ?? [])];
				return buttons.filter((button) => !button.closest("[hidden]") && button.getBoundingClientRect().height < minimum).map((button) => button.textContent);
			}, MIN_TOUCH_TARGET_PX);
			expect(small).toEqual([]);
		}
	});

	it("looks right in the light and the dark theme (screenshots)", async () => {
		for (const theme of ["light", "dark"] as const) {
			await page.evaluate((name) => {
				window.allianceJournalPreview?.setTheme(name);
				window.allianceJournalPreview?.setWidth(360);
				window.allianceJournalPreview?.render(undefined, "Northwind");
			}, theme);
			await screenshotSidebar(page, join(SCREENSHOTS, `dashboard-${theme}.png`));
			const colours = await page.evaluate(() => {
				const style = getComputedStyle(window.allianceJournalPreview?.container ?? document.body);
				return { text: style.color, background: getComputedStyle(document.body).backgroundColor };
			});
			expect(colours.text).not.toBe(colours.background);
		}
		await page.evaluate(() => {
			window.allianceJournalPreview?.setTheme("light");
			window.allianceJournalPreview?.setWidth(280);
			window.allianceJournalPreview?.render();
		});
		await screenshotSidebar(page, join(SCREENSHOTS, "dashboard-all-280.png"));
		for (const theme of ["light", "dark"] as const) {
			await page.evaluate((name) => {
				window.allianceJournalPreview?.setTheme(name);
				window.allianceJournalPreview?.setLanguage("nl");
				window.allianceJournalPreview?.setWidth(280);
				window.allianceJournalPreview?.render(undefined, "Zuiderzee");
			}, theme);
			await screenshotSidebar(page, join(SCREENSHOTS, `dashboard-nl-280-${theme}.png`));
		}
	});
});
