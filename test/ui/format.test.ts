import { describe, expect, it } from "vitest";
import { formatChange, formatNumber, formatValue, linkName, plural, uiTranslator } from "../../src/ui/format";

describe("format", () => {
	it("writes numbers as the language does", () => {
		expect(formatNumber(1580.5, "en")).toBe("1,580.5");
		expect(formatNumber(1580.5, "nl")).toBe("1.580,5");
		expect(formatNumber(3.666666, "en")).toBe("3.67");
	});

	it("writes a reading with its unit, as the briefing does", () => {
		expect(formatValue(87.2, "%", "en")).toBe("87.2 %");
		expect(formatValue(12, undefined, "en")).toBe("12");
	});

	it("signs a change with a plus or a real minus", () => {
		expect(formatChange(200, "en")).toBe("+200");
		expect(formatChange(-0.9, "nl")).toBe("\u22120,9");
		expect(formatChange(0, "en")).toBe("0");
	});

	it("shows a linked name without its brackets", () => {
		expect(linkName("[[Sanne de Vries]]")).toBe("Sanne de Vries");
		expect(linkName("[[People/Sanne de Vries|Sanne]]")).toBe("Sanne");
		expect(linkName("[[People/Sanne de Vries#Notes]]")).toBe("Sanne de Vries");
		expect(linkName("sanne")).toBe("sanne");
	});

	it("picks the singular or the plural of a phrase", () => {
		const en = uiTranslator("en");
		expect(plural(en, "conflict-meetings", 1)).toBe("1 meeting");
		expect(plural(en, "conflict-meetings", 3)).toBe("3 meetings");
		expect(plural(uiTranslator("nl"), "action-overdue", 2, { days: 2 })).toBe("2 dagen over tijd");
	});
});
