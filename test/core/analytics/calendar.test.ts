import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays as addDaysToDate, format, parseISO } from "date-fns";
import { addDays, quarterOf } from "../../../src/core/analytics/calendar";

const dateArb = fc
	.date({ min: new Date("0001-01-01T12:00:00Z"), max: new Date("9990-12-31T12:00:00Z"), noInvalidDate: true })
	.map((date) => format(date, "yyyy-MM-dd"));

describe("calendar arithmetic", () => {
	it("a date some days later or earlier is the calendar day date-fns gives, across months, leap years and centuries, from the year 1 on", () => {
		fc.assert(
			fc.property(dateArb, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
				expect(addDays(date, days)).toBe(format(addDaysToDate(parseISO(date), days), "yyyy-MM-dd"));
			}),
			{ numRuns: 2000 },
		);
		expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
		expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
	});

	it("a date's quarter is its month's", () => {
		expect(["2026-01-31", "2026-03-31", "2026-04-01", "2026-09-30", "2026-12-31"].map(quarterOf)).toEqual(["2026-Q1", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
	});
});
