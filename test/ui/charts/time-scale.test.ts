import { describe, expect, it } from "vitest";
import { aggregateUnit, gapsAfter, periodStart, plotPoints, timeTicks, timeX, valueDomain, valueY } from "../../../src/ui/charts/time-scale";

describe("timeX: where a date sits on a time axis", () => {
	it("spaces readings by date, not by count", () => {
		const dates = ["2026-01-01", "2026-01-02", "2026-12-31"];
		expect(dates.map((date) => timeX(date, "2026-01-01", "2026-12-31"))).toEqual([0, 0.27, 100]);
	});

	it("puts a KPI last measured in February far from the right edge when the axis ends today", () => {
		expect(timeX("2026-02-24", "2025-11-01", "2026-11-30")).toBeLessThan(40);
	});
});

describe("valueDomain and valueY", () => {
	it("span the values and the target, higher values higher up", () => {
		const domain = valueDomain([80, 90], { target: 95 });
		expect(domain).toEqual({ low: 80, high: 95 });
		expect(valueY(95, domain, 10, 40)).toBe(10);
		expect(valueY(80, domain, 10, 40)).toBe(40);
	});

	it("keep a rating's fixed 1–5 scale whatever the ratings are", () => {
		expect(valueDomain([3, 4], { min: 1, max: 5 })).toEqual({ low: 1, high: 5 });
	});

	it("give a flat series room above and below", () => {
		const domain = valueDomain([4, 4]);
		expect(valueY(4, domain, 0, 100)).toBe(50);
	});

	it("handle many thousands of values", () => {
		const values = Array.from({ length: 200_000 }, (_, index) => index);
		expect(valueDomain(values)).toEqual({ low: 0, high: 199_999 });
	});
});

describe("aggregation: beyond a density, one mean per month, quarter or year", () => {
	const weekly = Array.from({ length: 150 }, (_, index) => {
		const date = new Date(Date.UTC(2024, 0, 1 + 7 * index)).toISOString().slice(0, 10);
		return { date, value: (index % 5) + 1 };
	});

	it("leaves readings that fit as they are", () => {
		expect(aggregateUnit(["2026-01-01", "2026-02-01"], 10)).toBeUndefined();
		expect(plotPoints(weekly.slice(0, 10), 48).map((point) => point.count)).toEqual(Array(10).fill(1));
	});

	it("averages 150 weekly ratings per month, or per quarter when months are still too many", () => {
		expect(aggregateUnit(weekly.map((point) => point.date), 48)).toBe("month");
		const quarterly = plotPoints(weekly, 24, (value) => (value >= 4 ? "good" : "bad"));
		expect(quarterly.length).toBeLessThanOrEqual(24);
		expect(quarterly[0]?.period).toEqual({ unit: "quarter", start: "2024-01-01" });
		expect(quarterly.reduce((sum, point) => sum + point.count, 0)).toBe(150);
		const first = weekly.filter((point) => point.date < "2024-04-01");
		expect(quarterly[0]?.value).toBeCloseTo(first.reduce((sum, point) => sum + point.value, 0) / first.length, 2);
		expect(quarterly[0]?.date).toBe("2024-02-15");
		expect(quarterly[0]?.status).toBe("bad");
	});

	it("keeps thousands of readings to a few dozen points", () => {
		const many = Array.from({ length: 5000 }, (_, index) => ({ date: new Date(Date.UTC(2015, 0, 1 + index)).toISOString().slice(0, 10), value: index }));
		expect(plotPoints(many, 48).length).toBeLessThanOrEqual(48);
	});

	it("knows the period a date falls in", () => {
		expect(periodStart("2026-08-14", "quarter")).toBe("2026-07-01");
		expect(periodStart("2026-08-14", "month")).toBe("2026-08-01");
		expect(periodStart("2026-08-14", "year")).toBe("2026-01-01");
	});
});

describe("gapsAfter: where the line breaks", () => {
	it("breaks where monthly readings skip half a year", () => {
		expect(gapsAfter(["2026-01-01", "2026-02-01", "2026-03-01", "2026-09-01", "2026-10-01"])).toEqual([2]);
	});

	it("breaks where one monthly meeting went without a reading", () => {
		expect(gapsAfter(["2026-01-05", "2026-02-05", "2026-03-05", "2026-04-05", "2026-06-05", "2026-07-05"])).toEqual([3]);
	});

	it("does not break readings that come at their usual pace", () => {
		expect(gapsAfter(["2026-01-01", "2026-02-03", "2026-02-28", "2026-04-02"])).toEqual([]);
	});
});

describe("timeTicks: a few dates on the x axis", () => {
	it("puts at most the number asked for at whole months, the year on the first and in January", () => {
		const ticks = timeTicks("2025-11-04", "2026-11-30", 4);
		expect(ticks.map((tick) => [tick.date, tick.unit])).toEqual([
			["2026-01-01", "month-year"],
			["2026-04-01", "month"],
			["2026-07-01", "month"],
			["2026-10-01", "month"],
		]);
		expect(ticks[0]?.x).toBeCloseTo(14.8, 0);
	});

	it("names years on a long axis and days on a short one", () => {
		expect(timeTicks("2015-03-01", "2026-11-30", 4).every((tick) => tick.unit === "year")).toBe(true);
		const days = timeTicks("2026-11-01", "2026-11-20", 4);
		expect(days.length).toBeLessThanOrEqual(4);
		expect(days.every((tick) => tick.unit === "day")).toBe(true);
	});
});
