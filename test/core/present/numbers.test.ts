import { describe, expect, it } from "vitest";
import { capitalize, formatDate, formatNumber, formatQuarter, formatSigned, formatValue } from "../../../src/core/present/numbers";
import { wordsFor } from "../../../src/core/present/words";

describe("numbers and dates as each language writes them", () => {
	it("a decimal comma and a thousands full stop in Dutch, the other way round in English", () => {
		expect(formatNumber(1580.5, "en")).toBe("1,580.5");
		expect(formatNumber(1580.5, "nl")).toBe("1.580,5");
		expect(formatNumber(7328, "nl")).toBe("7.328");
		expect(formatNumber(3.666666, "en")).toBe("3.67");
	});

	it("a reading with its unit; a unit that only counts is left out", () => {
		expect(formatValue(87.2, "%", "en")).toBe("87.2 %");
		expect(formatValue(6.1, "%", "nl")).toBe("6,1 %");
		expect(formatValue(12, "count", "en")).toBe("12");
	});

	it("a change with a plus or a real minus", () => {
		expect(formatSigned(200, "en")).toBe("+200");
		expect(formatSigned(-0.9, "nl")).toBe("\u22120,9");
		expect(formatSigned(0, "en")).toBe("0");
	});

	it("a date the way a reader writes it, never shifted by a time zone", () => {
		expect(formatDate("2026-12-03", "en")).toBe("3 Dec 2026");
		expect(formatDate("2026-03-31", "nl")).toBe("31 mrt 2026");
		expect(formatDate("2026-01-01", "nl")).toBe("1 jan 2026");
		expect(formatDate("not a date", "en")).toBe("not a date");
	});

	it("a quarter, and a label that starts a line", () => {
		expect(formatQuarter("2026-Q3")).toBe("Q3 2026");
		expect(capitalize("niet op de hoogte")).toBe("Niet op de hoogte");
	});
});

describe("choice values in the reader's words", () => {
	it("the Dutch a Dutch alliance manager writes", () => {
		const nl = wordsFor("nl");
		expect(nl.choice("stance", "champion")).toBe("ambassadeur");
		expect(nl.choice("stance", "blocker")).toBe("dwarsligger");
		expect(nl.choice("stage", "unaware")).toBe("niet op de hoogte");
		expect(nl.choice("stage", "belief")).toBe("overtuiging");
		expect(nl.choice("rating", "delivery")).toBe("nakomen van afspraken");
		expect(nl.choice("phase", "execution")).toBe("uitvoering");
		expect(nl.choice("influence", "high")).toBe("veel invloed");
		expect(nl.choice("side", "internal")).toBe("intern");
	});

	it("a value the catalogue does not know is shown as written", () => {
		expect(wordsFor("en").choice("phase", "hibernation")).toBe("hibernation");
	});
});
