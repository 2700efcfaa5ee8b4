/**
 * The charts of a Bases "Line chart" view from a base's rows: which
 * properties are drawn, the lines per group, the targets, and how dates and
 * numbers are read from Bases' values.
 */
import { describe, expect, it } from "vitest";
import { dayOf, lineChartSettings, numberOf, propertyCharts, sharedRange, type ChartRow, type ViewOptions } from "../../../src/ui/charts/property-charts";

/** A row of a base from its properties' texts (as Bases' values write themselves). */
function row(path: string, values: Record<string, string>): ChartRow {
	return { path, value: (id) => values[id] ?? null };
}

function options(values: Record<string, unknown>, order: string[] = []): ViewOptions {
	return { get: (key) => values[key], order: () => order };
}

describe("reading Bases values", () => {
	it("takes the date a date, a date and time or a text starts with", () => {
		expect(dayOf("2026-03-05")).toBe("2026-03-05");
		expect(dayOf("2026-03-05T10:30:00")).toBe("2026-03-05");
		expect(dayOf("2026-03-05 10:30")).toBe("2026-03-05");
		expect(dayOf("2026-00-05")).toBeUndefined();
		expect(dayOf("5 March")).toBeUndefined();
		expect(dayOf(null)).toBeUndefined();
	});

	it("takes numbers, and nothing else, as numbers", () => {
		expect(numberOf("87.5")).toBe(87.5);
		expect(numberOf(" -3 ")).toBe(-3);
		expect(numberOf("")).toBeUndefined();
		expect(numberOf("null")).toBeUndefined();
		expect(numberOf("true")).toBeUndefined();
		expect(numberOf("1, 2")).toBeUndefined();
		expect(numberOf(null)).toBeUndefined();
	});
});

describe("the view's settings", () => {
	it("reads x, y and the targets as a generated base writes them", () => {
		const settings = lineChartSettings(options({ x: "note.date", y: ["note.kpi_nps", "note.kpi_revenue"], targets: { "note.kpi_nps": 40, "note.kpi_revenue": "1500", "note.other": "high" } }));
		expect(settings).toEqual({ x: "note.date", y: ["note.kpi_nps", "note.kpi_revenue"], targets: { "note.kpi_nps": 40, "note.kpi_revenue": 1500 } });
	});

	it("draws the shown properties other than x when no lines are listed, and dates by note.date by default", () => {
		const settings = lineChartSettings(options({ target: " 4 ", targetProperty: "note.goal" }, ["file.name", "note.date", "note.trust", "not a property"]));
		expect(settings).toEqual({ x: "note.date", y: ["file.name", "note.trust"], targets: {}, target: 4, targetProperty: "note.goal" });
	});

	it("takes one line given as a single id, and ignores what is no property id", () => {
		expect(lineChartSettings(options({ x: "file.ctime", y: "note.trust", target: "high" })).y).toEqual(["note.trust"]);
		expect(lineChartSettings(options({ y: [42, "trust", "formula.gap"] })).y).toEqual(["formula.gap"]);
	});
});

describe("the charts of a base's rows", () => {
	const rows = [
		row("a.md", { "note.date": "2026-01-10", "note.kpi": "10", "note.goal": "12", "note.type": "steering" }),
		row("b.md", { "note.date": "2026-02-10", "note.kpi": "14", "note.goal": "15" }),
		row("c.md", { "note.date": "2026-03-10", "note.kpi": "n/a" }),
		row("d.md", { "note.kpi": "20" }),
	];

	it("draws a dated number of each row, keeps its note, and leaves out properties without any", () => {
		const charts = propertyCharts([{ rows }], { x: "note.date", y: ["note.kpi", "note.type"], targets: {} });
		expect(charts).toEqual([
			{
				id: "note.kpi",
				series: [
					{
						points: [
							{ date: "2026-01-10", value: 10, source: "a.md" },
							{ date: "2026-02-10", value: 14, source: "b.md" },
						],
					},
				],
			},
		]);
	});

	it("draws a line per group, named after it", () => {
		const charts = propertyCharts(
			[
				{ name: "steering", rows: rows.slice(0, 1) },
				{ name: "operational", rows: rows.slice(1) },
			],
			{ x: "note.date", y: ["note.kpi"], targets: {} },
		);
		expect(charts[0]?.series.map((series) => [series.name, series.points.length])).toEqual([
			["steering", 1],
			["operational", 1],
		]);
	});

	it("takes a line's own target first, then the target property's latest value, then the target number", () => {
		const settings = { x: "note.date" as const, y: ["note.kpi" as const, "note.goal" as const], targets: { "note.goal": 99 }, target: 1, targetProperty: "note.goal" as const };
		expect(propertyCharts([{ rows }], settings).map((chart) => [chart.id, chart.target])).toEqual([
			["note.kpi", 15],
			["note.goal", 99],
		]);
		expect(propertyCharts([{ rows }], { x: "note.date", y: ["note.kpi"], targets: {}, target: 1 })[0]?.target).toBe(1);
	});

	it("spans every chart over the same dates", () => {
		const charts = propertyCharts([{ rows }], { x: "note.date", y: ["note.kpi", "note.goal"], targets: {} });
		expect(sharedRange(charts)).toEqual({ start: "2026-01-10", end: "2026-02-10" });
		expect(sharedRange([])).toBeUndefined();
	});
});
