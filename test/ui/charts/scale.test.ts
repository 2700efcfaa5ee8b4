import { describe, expect, it } from "vitest";
import { nearestIndex, sparklineGeometry } from "../../../src/ui/charts/scale";
import { quarterBarGeometry } from "../../../src/ui/charts/quarter-bars";

describe("sparklineGeometry", () => {
	it("spreads the values from left to right, higher values higher up", () => {
		const { points } = sparklineGeometry([1, 3, 2], { width: 10, height: 10, padding: 0 });
		expect(points).toEqual([
			[0, 10],
			[5, 0],
			[10, 5],
		]);
	});

	it("keeps the target inside the chart, even when every value is below it", () => {
		const geometry = sparklineGeometry([80, 90], { target: 100, width: 10, height: 10, padding: 0 });
		expect(geometry.targetY).toBe(0);
		expect(geometry.points[1]?.[1]).toBe(5);
	});

	it("uses fixed bounds when given (ratings run from 1 to 5)", () => {
		const { points } = sparklineGeometry([3], { min: 1, max: 5, width: 10, height: 8, padding: 0 });
		expect(points).toEqual([[5, 4]]);
	});

	it("draws a flat series in the middle, not on an edge", () => {
		const { points } = sparklineGeometry([4, 4], { width: 10, height: 10, padding: 0 });
		expect(points.map(([, y]) => y)).toEqual([5, 5]);
	});
});

describe("nearestIndex", () => {
	it("finds the point nearest to a click", () => {
		expect(nearestIndex(100, 5, { width: 200, padding: 0 })).toBe(2);
		expect(nearestIndex(-20, 5, { width: 200, padding: 0 })).toBe(0);
		expect(nearestIndex(260, 5, { width: 200, padding: 0 })).toBe(4);
		expect(nearestIndex(50, 1)).toBe(0);
	});
});

describe("quarterBarGeometry", () => {
	it("scales every quarter to the busiest one", () => {
		const bars = quarterBarGeometry([
			{ quarter: "2026-Q3", count: 2, communicated: 1 },
			{ quarter: "2026-Q4", count: 4, communicated: 0 },
		]);
		expect(bars.map((bar) => [bar.total, bar.shared])).toEqual([
			[20, 10],
			[40, 0],
		]);
	});
});
