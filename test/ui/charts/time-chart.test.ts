import { describe, expect, it, vi } from "vitest";
import { wordsFor } from "../../../src/core/present/words";
import { chartFormat, chartWords } from "../../../src/ui/charts/chart-format";
import { renderTimeChart, type TimeChartData, type TimePoint } from "../../../src/ui/charts/time-chart";

const en = wordsFor("en");
const options = { label: "On-time delivery", format: chartFormat(en, "%"), words: chartWords(en) };

function monthly(values: readonly number[], from = "2026-01-15"): TimePoint<string>[] {
	const [year = 2026, month = 1, day = 15] = from.split("-").map(Number);
	return values.map((value, index) => ({ date: new Date(Date.UTC(year, month - 1 + index, day)).toISOString().slice(0, 10), value, source: `note ${index}` }));
}

function draw(data: TimeChartData<string>, extra: Partial<typeof options> & { onPick?: (point: { source?: string }) => void } = {}) {
	const parent = document.body.createDiv();
	const chart = renderTimeChart(parent, data, { ...options, ...extra });
	const texts = (cls: string): string[] => [...chart.el.querySelectorAll(`.${cls}`)].map((element) => element.textContent ?? "");
	return { chart, parent, texts };
}

describe("the time chart", () => {
	it("labels dates on the x axis, the lowest and highest value, the target and the latest value", () => {
		const { texts } = draw({ series: [{ points: monthly([80, 84, 90, 87]) }], range: { start: "2026-01-01", end: "2026-06-30" }, target: 95 });
		expect(texts("alliance-journal-chart-tick")).toEqual(["Jan 2026", "Mar", "May"]);
		expect(texts("alliance-journal-chart-target-label")).toEqual(["target 95 %"]);
		// The top of the axis is the target, so only the bottom gets its own label.
		expect(texts("alliance-journal-chart-value-label")).toEqual(["80 %"]);
		expect(texts("alliance-journal-chart-latest")).toEqual(["87 %"]);
	});

	it("colours each point by its own status, not the latest one's", () => {
		const points = monthly([96, 93]).map((point) => ({ ...point, status: point.value >= 95 ? ("good" as const) : ("bad" as const) }));
		const { chart } = draw({ series: [{ points }], range: { end: "2026-03-31" }, target: 95 });
		const circles = [...chart.el.querySelectorAll(".alliance-journal-chart-point")];
		expect(circles.map((circle) => [...circle.classList].filter((cls) => cls.endsWith("good") || cls.endsWith("bad")))).toEqual([["alliance-journal-good"], ["alliance-journal-bad"]]);
		expect(circles[0]?.getAttribute("aria-label")).toBe("15 Jan 2026: 96 %, on track");
		expect(circles[0]?.querySelector("title")?.textContent).toBe("15 Jan 2026: 96 %, on track");
	});

	it("draws a stale KPI's last point far from the right edge, with a dashed tail to today", () => {
		const { chart } = draw({ series: [{ points: monthly([1, 3, 2], "2025-12-15"), stale: true }], range: { start: "2025-11-01", end: "2026-11-30" } });
		const circles = [...chart.el.querySelectorAll(".alliance-journal-chart-point")];
		const lastX = Number(circles.at(-1)?.getAttribute("data-x"));
		expect(lastX).toBeLessThan(40);
		const tail = chart.el.querySelector(".alliance-journal-chart-tail");
		expect(Number(tail?.getAttribute("x1"))).toBe(lastX);
		expect(Number(tail?.getAttribute("x2"))).toBe(100);
	});

	it("draws no tail for a KPI read recently", () => {
		const { chart } = draw({ series: [{ points: monthly([1, 3, 2]) }], range: { end: "2026-03-20" } });
		expect(chart.el.querySelector(".alliance-journal-chart-tail")).toBeNull();
	});

	it("breaks the line where readings are missing, bridging the gap with a dotted line", () => {
		const points = [...monthly([1, 2, 3], "2025-01-15"), ...monthly([4, 5, 6], "2025-09-15")];
		const { chart } = draw({ series: [{ points }], range: { end: "2025-12-31" } });
		expect(chart.el.querySelectorAll(".alliance-journal-chart-line")).toHaveLength(2);
		expect(chart.el.querySelectorAll(".alliance-journal-chart-gap")).toHaveLength(1);
	});

	it("shows a single reading as a labelled value", () => {
		const { chart, texts } = draw({ series: [{ points: monthly([87]) }], range: { start: "2026-01-01", end: "2026-03-31" } });
		expect(texts("alliance-journal-chart-latest")).toEqual(["87 %"]);
		expect(chart.el.classList.contains("alliance-journal-chart-single")).toBe(true);
		expect(texts("alliance-journal-chart-value-label")).toEqual([]);
	});

	it("averages thousands of readings per period and keeps the DOM small", () => {
		const points = Array.from({ length: 5000 }, (_, index) => ({ date: new Date(Date.UTC(2020, 0, 1 + Math.floor(index / 3))).toISOString().slice(0, 10), value: index % 7 }));
		const { chart } = draw({ series: [{ points }], range: { end: "2026-11-30" } });
		const circles = chart.el.querySelectorAll(".alliance-journal-chart-point");
		expect(circles.length).toBeLessThanOrEqual(48);
		expect(chart.el.querySelectorAll("*").length).toBeLessThan(200);
		expect(circles[0]?.getAttribute("aria-label")).toMatch(/^Q1 2020: average [\d.]+ % of \d+ readings$/);
		// The end of the line still says the latest reading itself, not its period's mean.
		expect(chart.el.querySelector(".alliance-journal-chart-latest")?.textContent).toBe(`${4999 % 7} %`);
	});

	it("keeps a text alternative listing every point it draws", () => {
		const { chart } = draw({ series: [{ points: monthly([80, 84]) }], range: { end: "2026-02-28" } });
		expect(chart.svg.getAttribute("aria-label")).toBe("On-time delivery");
		expect(chart.svg.querySelector("desc")?.textContent).toBe("15 Jan 2026: 80 %; 15 Feb 2026: 84 %");
	});

	it("lets the keyboard reach every point from one tab stop, and Enter opens it", () => {
		const onPick = vi.fn();
		const { chart } = draw({ series: [{ points: monthly([80, 84, 90]) }], range: { end: "2026-03-31" } }, { onPick });
		const circles = [...chart.el.querySelectorAll<SVGCircleElement>(".alliance-journal-chart-point")];
		expect(circles.map((circle) => circle.getAttribute("tabindex"))).toEqual(["-1", "-1", "0"]);
		chart.svg.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true }));
		expect(circles.map((circle) => circle.getAttribute("tabindex"))).toEqual(["-1", "0", "-1"]);
		chart.svg.dispatchEvent(new KeyboardEvent("keydown", { key: "Home", bubbles: true }));
		chart.svg.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ source: "note 0", value: 80 }));
	});

	it("writes the date and value of a focused point above the chart", () => {
		const { chart } = draw({ series: [{ points: monthly([80, 84]) }], range: { end: "2026-02-28" } });
		chart.el.querySelector(".alliance-journal-chart-point")?.dispatchEvent(new FocusEvent("focus"));
		expect(chart.el.querySelector(".alliance-journal-chart-readout")?.textContent).toBe("15 Jan 2026: 80 %");
		expect(chart.el.classList.contains("alliance-journal-chart-reading")).toBe(true);
	});

	it("redraws in the same element on update", () => {
		const { chart, parent } = draw({ series: [{ points: monthly([80, 84]) }], range: { end: "2026-02-28" } });
		const svg = chart.svg;
		chart.update({ series: [{ points: monthly([1, 2, 3]) }], range: { end: "2026-03-31" } });
		expect(chart.svg).toBe(svg);
		expect(parent.querySelectorAll("svg.alliance-journal-chart-svg")).toHaveLength(1);
		expect(chart.el.querySelectorAll(".alliance-journal-chart-point")).toHaveLength(3);
	});

	it("writes numbers and dates in Dutch for a Dutch dashboard", () => {
		const nl = wordsFor("nl");
		const parent = document.body.createDiv();
		const chart = renderTimeChart(parent, { series: [{ points: monthly([80.5, 84.25]) }], range: { start: "2026-01-01", end: "2026-06-30" }, target: 95 }, { label: "x", format: chartFormat(nl, "%"), words: chartWords(nl) });
		expect(chart.el.querySelector(".alliance-journal-chart-target-label")?.textContent).toBe("doel 95 %");
		expect(chart.el.querySelector(".alliance-journal-chart-latest")?.textContent).toBe("84,25 %");
		expect(chart.el.querySelector(".alliance-journal-chart-tick")?.textContent).toBe("jan 2026");
	});

	it("draws several series in their own colours, named with their latest values in a legend instead of over the lines", () => {
		const { chart, texts } = draw({ series: [{ name: "Acme", points: monthly([80, 84]) }, { name: "Globex", points: monthly([70, 75, 78]) }], range: { end: "2026-03-31" } });
		expect(texts("alliance-journal-chart-legend-item")).toEqual(["Acme: 84 %", "Globex: 78 %"]);
		expect(texts("alliance-journal-chart-latest")).toEqual([]);
		expect(chart.el.classList.contains("alliance-journal-chart-several")).toBe(true);
		const series = [...chart.el.querySelectorAll(".alliance-journal-chart-point")].map((point) => point.getAttribute("data-series"));
		expect(series).toEqual(["0", "0", "1", "1", "1"]);
		expect(chart.el.querySelector(".alliance-journal-chart-point")?.getAttribute("aria-label")).toBe("Acme, 15 Jan 2026: 80 %");
		// A fifth series takes the first colour again, with a dashed line.
		chart.update({ series: [80, 81, 82, 83, 84].map((value, index) => ({ name: `S${index}`, points: monthly([value, value + 1]) })), range: { end: "2026-02-28" } });
		const lines = [...chart.el.querySelectorAll(".alliance-journal-chart-line")].map((line) => line.getAttribute("class"));
		expect(lines[4]).toBe("alliance-journal-chart-line alliance-journal-chart-series-0 alliance-journal-chart-series-repeat");
		expect(lines.filter((line) => line?.includes("repeat"))).toHaveLength(1);
		// Back to one series: the legend hides and the latest value stands over the line again.
		chart.update({ series: [{ points: monthly([1, 2]) }], range: { end: "2026-02-28" } });
		expect(chart.el.querySelector(".alliance-journal-chart-legend")?.hasAttribute("hidden")).toBe(true);
		expect(texts("alliance-journal-chart-latest")).toEqual(["2 %"]);
		expect(chart.el.classList.contains("alliance-journal-chart-several")).toBe(false);
	});
});
