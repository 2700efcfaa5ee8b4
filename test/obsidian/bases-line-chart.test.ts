/**
 * The Bases view "Line chart": registered by the plugin, drawn for the rows
 * a Bases query controller hands it, redrawn in the same elements on
 * `onDataUpdated`, gone when the plugin unloads. Rows come from the example
 * vault's Northwind meetings, read with gray-matter as Bases reads
 * properties; the view's configuration is the one the generated
 * `Northwind meetings.base` holds.
 *
 * obsidian-test-mocks records `registerBasesView` and provides `BasesView`,
 * `BasesViewConfig`, `BasesQueryResult`, `BasesEntry(Group)` and the values,
 * but keeps a registration after the plugin unloads; where that matters a
 * fake does what Obsidian's `Plugin.register*` calls do (dropped on unload),
 * typed by `Plugin["registerBasesView"]` of the API's typings.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import type { BasesViewRegistration, Plugin } from "obsidian";
import {
	BasesEntry,
	BasesEntryGroup,
	BasesQueryResult,
	BasesViewConfig,
	Plugin as MockPlugin,
	NumberValue,
	QueryController,
	StringValue,
	type App,
} from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LINE_CHART_VIEW_TYPE } from "../../src/core/bases/alliance-bases";
import { readFrontmatterYamlText } from "../../src/core/libraries/frontmatter-yaml";
import { lineChartOptions, registerLineChartView } from "../../src/obsidian/bases-line-chart";
import { pluginTranslator } from "../../src/obsidian/language";
import { LINE_CHART_OPTIONS } from "../../src/ui/charts/property-charts";
import { EXAMPLE_VAULT, readVaultFiles, startPlugin, type Harness } from "./plugin-harness";

/** Whether the Obsidian the tests pretend to run on is 1.10.0 or later. */
const api = vi.hoisted(() => ({ basesView: true }));

vi.mock("obsidian", async (importOriginal) => {
	const original = await importOriginal<typeof import("obsidian")>();
	return { ...original, requireApiVersion: (version: string) => (version === "1.10.0" ? api.basesView : original.requireApiVersion(version)) };
});

const BASE_PATH = "Alliances/Northwind/Northwind meetings.base";
const KPI_VIEW = "KPI trends";
/** The fields every Bases view has; the others are the view type's own options. */
const VIEW_FIELDS = ["type", "name", "order", "sort", "filters", "groupBy", "summaries"];

afterEach(() => {
	vi.restoreAllMocks();
	api.basesView = true;
});

interface BaseView {
	type: string;
	name: string;
	order?: string[];
	sort?: { property: string; direction: "ASC" | "DESC" }[];
	[option: string]: unknown;
}

/** The generated base, read as Bases reads it (YAML). */
function readBase(): { properties: Record<string, { displayName: string }>; views: BaseView[] } {
	return readFrontmatterYamlText(readFileSync(join(EXAMPLE_VAULT, BASE_PATH), "utf8")) as { properties: Record<string, { displayName: string }>; views: BaseView[] };
}

/** A view's configuration as Bases holds it: its options, order, sort and the base's display names. */
function viewConfig(name: string): { config: BasesViewConfig; view: BaseView } {
	const base = readBase();
	const view = base.views.find((candidate) => candidate.name === name);
	if (!view) throw new Error(`no view ${name}`);
	const config = BasesViewConfig.create__("", view.type, view.name);
	for (const [key, value] of Object.entries(view)) if (!VIEW_FIELDS.includes(key)) config.set(key, value);
	config.setOrder__((view.order ?? []) as `note.${string}`[]);
	config.setSort__((view.sort ?? []) as { property: `note.${string}`; direction: "ASC" | "DESC" }[]);
	for (const [id, property] of Object.entries(base.properties)) config.setDisplayName__(id as `note.${string}`, property.displayName);
	return { config, view };
}

/** A property as Bases gives it: numbers as numbers, dates and texts as their text. */
function valueOf(raw: unknown): NumberValue | StringValue | null {
	if (typeof raw === "number") return NumberValue.create__(raw);
	// gray-matter reads a bare date as a Date; Bases writes a date `YYYY-MM-DD` (obsidian-test-mocks' DateValue counts months from 0, so the text stands in).
	if (raw instanceof Date) return StringValue.create__(raw.toISOString().slice(0, 10));
	if (typeof raw === "string") return StringValue.create__(raw);
	return null;
}

/** The example vault's meetings of an alliance as Bases rows, oldest first (the view's sort). */
function meetingRows(app: App, alliance: string): BasesEntry[] {
	const rows: { date: string; entry: BasesEntry }[] = [];
	for (const [path, text] of Object.entries(readVaultFiles())) {
		const data = matter(text).data as Record<string, unknown>;
		if (data.type !== "alliance-meeting" || data.alliance !== `[[${alliance}]]`) continue;
		const file = app.vault.getFileByPath(path);
		if (!file) throw new Error(`no file ${path}`);
		const entry = BasesEntry.create__(undefined, file);
		for (const [key, raw] of Object.entries(data)) entry.setValue__(`note.${key}`, valueOf(raw));
		rows.push({ date: valueOf(data.date)?.toString() ?? "", entry });
	}
	return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((row) => row.entry);
}

/** A query result as the controller hands it to the view: the rows, grouped or in one group without a key. */
function queryResult(app: App, config: BasesViewConfig, groups: { key?: string; entries: BasesEntry[] }[]): BasesQueryResult {
	const result = BasesQueryResult.create__(app, config, [], groups.flatMap((group) => group.entries));
	result.setData__(groups.flatMap((group) => group.entries));
	result.setGroupedData__(groups.map((group) => BasesEntryGroup.create__(group.entries, group.key === undefined ? undefined : StringValue.create__(group.key))));
	return result;
}

/** The view's registration as Obsidian received it. */
function registration(harness: Harness): BasesViewRegistration {
	const registered = MockPlugin.fromOriginalType2__(harness.plugin).basesViewRegistrations__.get(LINE_CHART_VIEW_TYPE);
	if (!registered) throw new Error("the line chart is not registered");
	return registered;
}

/** Opens the view as Bases does: the factory, then the configuration and the data, then `onDataUpdated`. */
function openView(harness: Harness, config: BasesViewConfig, groups: { key?: string; entries: BasesEntry[] }[]) {
	const container = createDiv();
	const controller = QueryController.create2__(harness.app, harness.plugin, createDiv(), null);
	const view = registration(harness).factory(controller.asOriginalType2__(), container);
	const update = (next: { key?: string; entries: BasesEntry[] }[]): void => {
		view.config = config.asOriginalType__();
		view.data = queryResult(harness.app, config, next).asOriginalType__();
		view.onDataUpdated();
	};
	update(groups);
	return { view, container, update };
}

const charts = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>(".alliance-journal-bases-chart-item")];
const pointsOf = (chart: HTMLElement) => chart.querySelectorAll(".alliance-journal-chart-point");

describe("the Bases line chart view", () => {
	it("is registered as 'Line chart', with property pickers for the date and the target property", async () => {
		const harness = await startPlugin();
		const registered = registration(harness);
		expect(registered.name).toBe("Line chart");
		expect(registered.icon).toBe("chart-line");
		const options = registered.options?.(BasesViewConfig.create__("", LINE_CHART_VIEW_TYPE, "").asOriginalType__()) ?? [];
		const flat = options.flatMap((option) => (option.type === "group" ? option.items : [option]));
		expect(flat.map((option) => [option.key, option.type])).toEqual([
			["x", "property"],
			["y", "multitext"],
			["target", "text"],
			["targetProperty", "property"],
		]);
		// Every option has words in Dutch too.
		for (const option of lineChartOptions(pluginTranslator("nl"))) expect(option.displayName).not.toMatch(/^bases-chart\./);
	});

	it("reads exactly the options the generated meetings base writes (x, y, targets)", () => {
		const { view } = viewConfig(KPI_VIEW);
		const known = new Set<string>(Object.values(LINE_CHART_OPTIONS));
		const written = Object.keys(view).filter((key) => !VIEW_FIELDS.includes(key));
		expect(written.sort()).toEqual(["targets", "x", "y"]);
		for (const key of written) expect(known.has(key), key).toBe(true);
		expect(view.type).toBe(LINE_CHART_VIEW_TYPE);
	});

	it("draws a chart per KPI of Northwind's meetings, named as the base names it, with its target line", async () => {
		const harness = await startPlugin();
		const { config, view: base } = viewConfig(KPI_VIEW);
		const rows = meetingRows(harness.app, "Northwind");
		const { container } = openView(harness, config, [{ entries: rows }]);
		const drawn = charts(container);
		expect(drawn.map((chart) => chart.dataset.property)).toEqual(base.y);
		const targets = base.targets as Record<string, number>;
		for (const chart of drawn) {
			const id = chart.dataset.property ?? "";
			const readings = rows.filter((row) => row.getValue(id as `note.${string}`) !== null).length;
			expect(readings, id).toBeGreaterThan(0);
			expect(pointsOf(chart).length, id).toBe(Math.min(readings, 48));
			expect(chart.querySelector(".alliance-journal-bases-chart-title")?.textContent).toBe(config.getDisplayName(id as `note.${string}`));
			expect(chart.querySelector(".alliance-journal-chart-target"), id).not.toBeNull();
			expect(chart.querySelector(".alliance-journal-chart-target-label")?.textContent, id).toContain(String(targets[id]).replace(/\B(?=(\d{3})+$)/g, ","));
			// The text alternative names every point; the time axis has dates.
			expect(chart.querySelector("svg")?.getAttribute("aria-label")).toBe(`${config.getDisplayName(id as `note.${string}`)} over time`);
			expect(chart.querySelector("desc")?.textContent?.split("; ")).toHaveLength(pointsOf(chart).length);
			expect(chart.querySelectorAll(".alliance-journal-chart-tick").length).toBeGreaterThanOrEqual(2);
		}
		expect(container.querySelector(".alliance-journal-bases-chart-empty")?.hasAttribute("hidden")).toBe(true);
	});

	it("follows the base's filters live: onDataUpdated redraws in the same elements", async () => {
		const harness = await startPlugin();
		const { config } = viewConfig(KPI_VIEW);
		const rows = meetingRows(harness.app, "Northwind");
		const { container, update } = openView(harness, config, [{ entries: rows }]);
		const before = charts(container);
		const firstCount = pointsOf(before[0] as HTMLElement).length;
		const svg = before[0]?.querySelector("svg");
		update([{ entries: rows.slice(0, 3) }]);
		const after = charts(container);
		expect(after).toHaveLength(before.length);
		after.forEach((chart, index) => expect(chart).toBe(before[index]));
		expect(after[0]?.querySelector("svg")).toBe(svg);
		expect(pointsOf(after[0] as HTMLElement).length).toBeLessThan(firstCount);
		expect(pointsOf(after[0] as HTMLElement).length).toBeLessThanOrEqual(3);
		// A filter that leaves no rows: the charts go and the view says why.
		update([{ entries: [] }]);
		expect(charts(container)).toHaveLength(0);
		const empty = container.querySelector(".alliance-journal-bases-chart-empty");
		expect(empty?.hasAttribute("hidden")).toBe(false);
		expect(empty?.textContent).toBe("No row has both a date in Date and a number in the chosen properties.");
	});

	it("draws a line per group when the base is grouped, named in a legend", async () => {
		const harness = await startPlugin();
		const { config } = viewConfig(KPI_VIEW);
		const rows = meetingRows(harness.app, "Northwind");
		const steering = rows.filter((row) => row.getValue("note.meeting_type")?.toString() === "steering");
		const others = rows.filter((row) => !steering.includes(row));
		expect(steering.length).toBeGreaterThan(0);
		const { container } = openView(harness, config, [
			{ key: "steering", entries: steering },
			{ entries: others },
		]);
		const chart = charts(container)[0] as HTMLElement;
		expect(chart.querySelectorAll(".alliance-journal-chart-line.alliance-journal-chart-series-0, .alliance-journal-chart-line.alliance-journal-chart-series-1").length).toBeGreaterThanOrEqual(2);
		const legend = [...chart.querySelectorAll(".alliance-journal-chart-legend-item")].map((item) => item.textContent);
		expect(legend).toHaveLength(2);
		expect(legend[0]).toMatch(/^steering: /);
		expect(legend[1]).toMatch(/^\(none\): /);
		expect(chart.querySelector("desc")?.textContent).toContain("steering, ");
	});

	it("draws the shown number properties when the view lists no lines, and a target from a number", async () => {
		const harness = await startPlugin();
		const config = BasesViewConfig.create__("", LINE_CHART_VIEW_TYPE, "Trust");
		config.setOrder__(["file.name", "note.date", "note.trust", "note.meeting_type"]);
		config.set("target", "4");
		const { container } = openView(harness, config, [{ entries: meetingRows(harness.app, "Northwind") }]);
		const drawn = charts(container);
		// file.name and meeting_type hold no numbers: only trust is drawn.
		expect(drawn.map((chart) => chart.dataset.property)).toEqual(["note.trust"]);
		expect(drawn[0]?.querySelector(".alliance-journal-chart-target-label")?.textContent).toBe("target 4");
	});

	it("keeps thousands of rows to a few points per line (means per period)", async () => {
		const harness = await startPlugin();
		const config = BasesViewConfig.create__("", LINE_CHART_VIEW_TYPE, "Load");
		config.set("y", ["note.kpi_load"]);
		const file = harness.app.vault.getFileByPath("Alliances/Northwind/Northwind.md");
		if (!file) throw new Error("no profile");
		const entries = Array.from({ length: 5_000 }, (_, day) => {
			const entry = BasesEntry.create__(undefined, file);
			entry.setValue__("note.date", StringValue.create__(new Date(Date.UTC(2010, 0, 1 + day)).toISOString().slice(0, 10)));
			entry.setValue__("note.kpi_load", NumberValue.create__(day % 100));
			return entry;
		});
		const { container } = openView(harness, config, [{ entries }]);
		const points = pointsOf(charts(container)[0] as HTMLElement);
		expect(points.length).toBeGreaterThan(0);
		expect(points.length).toBeLessThanOrEqual(48);
		expect(points[0]?.getAttribute("aria-label")).toMatch(/average .* of \d+ readings/);
	});

	it("opens the note of a point clicked", async () => {
		const harness = await startPlugin();
		const { config } = viewConfig(KPI_VIEW);
		const rows = meetingRows(harness.app, "Northwind");
		const open = vi.spyOn(harness.app.workspace, "openLinkText").mockResolvedValue(undefined);
		const { container } = openView(harness, config, [{ entries: rows.slice(-2) }]);
		const point = pointsOf(charts(container)[0] as HTMLElement)[1] as SVGElement;
		point.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		expect(open).toHaveBeenCalledWith(rows.at(-1)?.file.path, "", false, undefined);
	});

	it("leaves the container empty when the view unloads", async () => {
		const harness = await startPlugin();
		const { config } = viewConfig(KPI_VIEW);
		const { view, container } = openView(harness, config, [{ entries: meetingRows(harness.app, "Northwind") }]);
		expect(charts(container).length).toBeGreaterThan(0);
		view.load();
		view.unload();
		expect(container.childElementCount).toBe(0);
	});

	it("is unregistered when the plugin unloads", async () => {
		// Obsidian drops a plugin's registrations when it unloads; the in-memory Plugin keeps them, so this fake does what Obsidian does.
		const registry = new Map<string, BasesViewRegistration>();
		vi.spyOn(MockPlugin.prototype, "registerBasesView").mockImplementation(function (this: Plugin, ...[viewId, registered]: Parameters<Plugin["registerBasesView"]>) {
			registry.set(viewId, registered);
			this.register(() => registry.delete(viewId));
			return true;
		});
		const harness = await startPlugin();
		expect([...registry.keys()]).toEqual([LINE_CHART_VIEW_TYPE]);
		harness.plugin.unload();
		expect(registry.size).toBe(0);
	});

	it("registers nothing on an Obsidian before 1.10.0", () => {
		api.basesView = false;
		const registerBasesView = vi.fn();
		expect(registerLineChartView({ registerBasesView } as unknown as Plugin, { language: () => "en", t: pluginTranslator("en") })).toBe(false);
		expect(registerBasesView).not.toHaveBeenCalled();
	});
});
