import { describe, expect, it } from "vitest";
import { wordsFor } from "../../../src/core/present/words";
import { quarterParts } from "../../../src/ui/charts/chart-format";
import { quarterBarGeometry, renderQuarterBars, withEmptyQuarters } from "../../../src/ui/charts/quarter-bars";

const words = wordsFor("en");

function quarters(count: number) {
	return Array.from({ length: count }, (_, index) => ({ quarter: `${2020 + Math.floor(index / 4)}-Q${(index % 4) + 1}`, count: index + 1, communicated: index % 2 }));
}

function draw(list: ReturnType<typeof quarters>) {
	return renderQuarterBars(document.body.createDiv(), list, {
		label: "wins",
		describe: (quarter) => `${quarter.quarter}: ${quarter.count}`,
		name: (quarter) => quarterParts(quarter.quarter, words),
		count: String,
	});
}

describe("quick-win quarter bars", () => {
	it("scale every quarter to the busiest one", () => {
		const bars = quarterBarGeometry([
			{ quarter: "2026-Q3", count: 2, communicated: 1 },
			{ quarter: "2026-Q4", count: 4, communicated: 0 },
		]);
		expect(bars.map((bar) => [bar.total, bar.shared])).toEqual([
			[22, 11],
			[44, 0],
		]);
	});

	it("stand a count on every bar and name every quarter, with the year where it changes", () => {
		const svg = draw(quarters(6));
		const texts = (cls: string): string[] => [...svg.querySelectorAll(`.${cls}`)].map((element) => element.textContent ?? "");
		expect(texts("alliance-journal-bar-count")).toEqual(["1", "2", "3", "4", "5", "6"]);
		expect(texts("alliance-journal-bar-quarter")).toEqual(["Q1", "Q2", "Q3", "Q4", "Q1", "Q2"]);
		expect(texts("alliance-journal-bar-year")).toEqual(["2020", "2021"]);
		expect(svg.querySelector(".alliance-journal-bar title")?.textContent).toBe("2020-Q1: 1");
	});

	it("name every other quarter when there are many, always the latest", () => {
		const svg = draw(quarters(16));
		const names = [...svg.querySelectorAll(".alliance-journal-bar")].map((bar) => bar.querySelector(".alliance-journal-bar-quarter")?.textContent ?? null);
		expect(names.filter((name) => name !== null)).toHaveLength(8);
		expect(names.at(-1)).toBe("Q4");
	});

	it("show a quarter without wins as an empty slot", () => {
		const filled = withEmptyQuarters([
			{ quarter: "2025-Q4", count: 1, communicated: 1 },
			{ quarter: "2026-Q3", count: 3, communicated: 0 },
		]);
		expect(filled.map((quarter) => `${quarter.quarter}:${quarter.count}`)).toEqual(["2025-Q4:1", "2026-Q1:0", "2026-Q2:0", "2026-Q3:3"]);
	});
});
