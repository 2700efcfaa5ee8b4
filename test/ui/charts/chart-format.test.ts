import { describe, expect, it } from "vitest";
import { wordsFor } from "../../../src/core/present/words";
import { chartFormat, chartWords, quarterParts } from "../../../src/ui/charts/chart-format";

const en = wordsFor("en");
const nl = wordsFor("nl");

describe("a chart's words and formats, from the presentation layer", () => {
	it("say an average with a real plural, in both languages", () => {
		expect(chartWords(en).average("87.5 %", 1)).toBe("87.5 % (1 reading)");
		expect(chartWords(en).average("87.5 %", 1234)).toBe("average 87.5 % of 1,234 readings");
		expect(chartWords(nl).average("87,5 %", 1)).toBe("87,5 % (1 meting)");
		expect(chartWords(nl).average("87,5 %", 1234)).toBe("gemiddeld 87,5 % over 1.234 metingen");
	});

	it("name the target and a point's status in the reader's language", () => {
		expect(chartWords(nl).target("95 %")).toBe("doel 95 %");
		expect(chartWords(nl).status?.("good")).toBe("op koers");
		expect(chartWords(nl).status?.("bad")).toBe("niet op koers");
		expect(chartWords(en).status?.("neutral")).toBeUndefined();
	});

	it("write values, dates and periods as the rest of the dashboard does", () => {
		expect(chartFormat(nl, "%").value(1580.5)).toBe("1.580,5 %");
		expect(chartFormat(en).date("2026-02-12")).toBe(en.date("2026-02-12"));
		expect(chartFormat(nl).date("2026-02-12")).toBe(nl.date("2026-02-12"));
		expect(chartFormat(en).period("2026-08-01", "quarter")).toBe("Q3 2026");
		expect(chartFormat(en).period("2026-08-01", "year")).toBe("2026");
		expect(quarterParts("2026-Q3", nl)).toEqual({ short: "Q3", year: "2026" });
	});
});
