/// <reference types="node" />
/**
 * The Bases view "Line chart" in a real Chromium: the plugin's own view
 * class (src/obsidian/bases-line-chart.ts, with `obsidian` resolved to
 * obsidian-test-mocks, whose `setup()` gives the DOM Obsidian's helpers)
 * draws the example vault's Northwind meetings with the "KPI trends" view of
 * the generated `Northwind meetings.base`, in a 280 px wide container, in
 * Obsidian's light and dark palettes (the preview's). Screenshots go to
 * test/e2e/__screenshots__/.
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import esbuild from "esbuild";
import matter from "gray-matter";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFrontmatterYamlText } from "../../src/core/libraries/frontmatter-yaml";
import { launchChromium } from "./chromium";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const SCREENSHOTS = join(ROOT, "test/e2e/__screenshots__");
const VAULT = join(ROOT, "examples/vault");
const BASE_PATH = "Alliances/Northwind/Northwind meetings.base";
const WIDTH_PX = 280;

/** What the page draws: rows as property texts and numbers, and the view as the base file holds it. */
interface ShownBase {
	rows: { path: string; values: Record<string, string | number> }[];
	options: Record<string, unknown>;
	order: string[];
	displayNames: Record<string, string>;
	/** A property to group the rows by, as Bases' "Group by" does. */
	groupBy?: string;
}

/** The page's script: the mocks' DOM helpers, the real view, and a fake plugin that keeps the registration. */
const ENTRY = `
import { setup } from "obsidian-test-mocks/setup";
import { App, BasesEntry, BasesEntryGroup, BasesQueryResult, BasesViewConfig, NumberValue, QueryController, StringValue, TFile } from "obsidian-test-mocks/obsidian";
import { registerLineChartView } from "./src/obsidian/bases-line-chart";
import { pluginTranslator } from "./src/obsidian/language";
setup();
window.showBase = (shown) => {
	const app = App.createConfigured__({ files: Object.fromEntries(shown.rows.map((row) => [row.path, ""])) });
	let registration;
	const plugin = { app, registerBasesView: (_id, registered) => ((registration = registered), true) };
	registerLineChartView(plugin, { language: () => "en", t: pluginTranslator("en") });
	const config = BasesViewConfig.create__("", "alliance-journal-line-chart", "KPI trends");
	for (const [key, value] of Object.entries(shown.options)) config.set(key, value);
	config.setOrder__(shown.order);
	for (const [id, name] of Object.entries(shown.displayNames)) config.setDisplayName__(id, name);
	const entries = shown.rows.map((row) => {
		const entry = BasesEntry.create__(undefined, app.vault.getFileByPath(row.path));
		for (const [id, value] of Object.entries(row.values)) entry.setValue__(id, typeof value === "number" ? NumberValue.create__(value) : StringValue.create__(value));
		return entry;
	});
	const result = BasesQueryResult.create__(app, config, [], entries);
	result.setData__(entries);
	const groups = new Map();
	for (const [at, entry] of entries.entries()) {
		const key = shown.groupBy === undefined ? "" : String(shown.rows[at].values[shown.groupBy] ?? "");
		groups.set(key, [...(groups.get(key) ?? []), entry]);
	}
	result.setGroupedData__([...groups].map(([key, grouped]) => BasesEntryGroup.create__(grouped, key === "" ? undefined : StringValue.create__(key))));
	const host = document.getElementById("host");
	const view = registration.factory(QueryController.create2__(app, plugin, document.createElement("div"), null), host);
	view.config = config;
	view.data = result;
	view.onDataUpdated();
};
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="stylesheet" href="preview.css">
<link rel="stylesheet" href="styles.css">
<style>#host { width: ${WIDTH_PX}px; background: var(--background-primary); }</style>
</head>
<body class="theme-light">
<div id="host"></div>
<script src="page.js"></script>
</body>
</html>
`;

/** Every Markdown file of the example vault, by vault path. */
function vaultNotes(): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith(".md")) files[relative(VAULT, path).split(sep).join("/")] = readFileSync(path, "utf8");
		}
	};
	walk(VAULT);
	return files;
}

/** Northwind's meetings, oldest first, with a line chart view of its generated base. */
function northwindView(name = "KPI trends"): ShownBase {
	const base = readFrontmatterYamlText(readFileSync(join(VAULT, BASE_PATH), "utf8")) as {
		properties: Record<string, { displayName: string }>;
		views: ({ name: string; order?: string[] } & Record<string, unknown>)[];
	};
	const view = base.views.find((candidate) => candidate.name === name);
	if (!view) throw new Error(`no view ${name}`);
	const rows: ShownBase["rows"] = [];
	for (const [path, text] of Object.entries(vaultNotes())) {
		const data = matter(text).data as Record<string, unknown>;
		if (data.type !== "alliance-meeting" || data.alliance !== "[[Northwind]]") continue;
		const values: Record<string, string | number> = {};
		for (const [key, raw] of Object.entries(data)) {
			if (typeof raw === "number" || typeof raw === "string") values[`note.${key}`] = raw;
			else if (raw instanceof Date) values[`note.${key}`] = raw.toISOString().slice(0, 10);
		}
		rows.push({ path, values });
	}
	rows.sort((a, b) => String(a.values["note.date"]).localeCompare(String(b.values["note.date"])));
	const { x, y, targets } = view;
	return {
		rows,
		options: { x, y, targets },
		order: view.order ?? [],
		displayNames: Object.fromEntries(Object.entries(base.properties).map(([id, property]) => [id, property.displayName])),
	};
}

let browser: Browser;
let outDir: string;

beforeAll(async () => {
	outDir = await mkdtemp(join(tmpdir(), "alliance-journal-bases-"));
	await esbuild.build({
		absWorkingDir: ROOT,
		stdin: { contents: ENTRY, resolveDir: ROOT, loader: "ts" },
		outfile: join(outDir, "page.js"),
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2020",
		alias: { obsidian: "obsidian-test-mocks/obsidian" },
		logLevel: "warning",
	});
	await copyFile(join(ROOT, "styles/styles.css"), join(outDir, "styles.css"));
	await copyFile(join(ROOT, "tools/preview/preview.css"), join(outDir, "preview.css"));
	await writeFile(join(outDir, "index.html"), PAGE);
	browser = await launchChromium();
	mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
	await browser?.close();
	await rm(outDir, { recursive: true, force: true });
});

/** Opens the page in a theme and draws the base; errors the page throws are collected. */
async function openBase(theme: "light" | "dark", shown: ShownBase = northwindView()): Promise<{ page: Page; errors: string[] }> {
	const page = await browser.newPage({ viewport: { width: WIDTH_PX + 40, height: 900 } });
	const errors: string[] = [];
	page.on("pageerror", (error) => errors.push(error.message));
	await page.goto(pathToFileURL(join(outDir, "index.html")).href);
	await page.evaluate((next) => {
		document.body.className = `theme-${next}`;
	}, theme);
	await page.evaluate((base) => (window as unknown as { showBase: (base: unknown) => void }).showBase(base), shown);
	return { page, errors };
}

describe("the Bases line chart in Chromium", () => {
	for (const theme of ["light", "dark"] as const) {
		it(`draws Northwind's KPIs with their targets in ${WIDTH_PX} px, ${theme}`, async () => {
			const { page, errors } = await openBase(theme);
			const charts = await page.$$eval(".alliance-journal-bases-chart-item", (items) =>
				items.map((item) => ({
					id: (item as HTMLElement).dataset.property,
					title: item.querySelector(".alliance-journal-bases-chart-title")?.textContent,
					points: item.querySelectorAll(".alliance-journal-chart-point").length,
					target: item.querySelector(".alliance-journal-chart-target-label")?.textContent,
					ticks: item.querySelectorAll(".alliance-journal-chart-tick").length,
					overflow: item.scrollWidth > item.clientWidth,
				})),
			);
			expect(errors).toEqual([]);
			expect(charts.map((chart) => chart.id)).toEqual(northwindView().options.y);
			for (const chart of charts) {
				expect(chart.points, chart.id).toBeGreaterThan(1);
				expect(chart.target, chart.id).toMatch(/^target \d/);
				expect(chart.ticks, chart.id).toBeGreaterThanOrEqual(2);
				expect(chart.overflow, chart.id).toBe(false);
			}
			// Keyboard: the last point holds the tab stop, and focusing it writes its date and value above the chart.
			const last = page.locator(".alliance-journal-bases-chart-item").first().locator(".alliance-journal-chart-point[tabindex='0']");
			await last.focus();
			await page.keyboard.press("ArrowLeft");
			const focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
			expect(await page.locator(".alliance-journal-bases-chart-item").first().locator(".alliance-journal-chart-readout").textContent()).toBe(focused);
			await page.locator("#host").screenshot({ path: join(SCREENSHOTS, `bases-line-chart-${WIDTH_PX}-${theme}.png`) });
			await page.close();
		});
	}

	it("draws a line per meeting type when grouped, named in a legend, light and dark", async () => {
		for (const theme of ["light", "dark"] as const) {
			const { page, errors } = await openBase(theme, { ...northwindView("Relationship ratings"), groupBy: "note.meeting_type" });
			expect(errors).toEqual([]);
			const first = page.locator(".alliance-journal-bases-chart-item").first();
			const legend = await first.locator(".alliance-journal-chart-legend-item").allTextContents();
			expect(legend.length).toBeGreaterThanOrEqual(2);
			for (const item of legend) expect(item).toMatch(/^[\w-]+: \d/);
			// Each line and its legend swatch in the same colour.
			const colours = await first.evaluate((item) =>
				[...item.querySelectorAll(".alliance-journal-chart-legend-item")].map((entry) => {
					const series = entry.getAttribute("data-series");
					const line = item.querySelector(`.alliance-journal-chart-line.alliance-journal-chart-series-${series}, .alliance-journal-chart-point[data-series="${series}"]`);
					const swatch = getComputedStyle(entry, "::before").backgroundColor;
					const drawn = line ? getComputedStyle(line).getPropertyValue(line.tagName === "circle" ? "fill" : "stroke") : "";
					return [swatch, drawn];
				}),
			);
			for (const [swatch, drawn] of colours) expect(drawn).toBe(swatch);
			// Four colours, then the first again.
			expect(new Set(colours.slice(0, 4).map(([swatch]) => swatch)).size).toBe(Math.min(colours.length, 4));
			await page.locator("#host").screenshot({ path: join(SCREENSHOTS, `bases-line-chart-grouped-${WIDTH_PX}-${theme}.png`) });
			await page.close();
		}
	});
});
