import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseWhitespace } from "../../../src/core/parse/block-types";
import { listItemsWithRemark, tableWithRemark } from "../../../src/core/parse/markdown";

describe("remark, the reference reader", () => {
	it("reads top-level items only, with their first paragraph as text", () => {
		const lines = ["Intro text.", "", "- [ ] Pricing: too high,", "  says their CFO", "  - nested, not an item of the section", "", "  Second paragraph.", "* [X] Scope", "1. Numbered"];
		expect(listItemsWithRemark(lines, 20)).toEqual([
			{ text: "Pricing: too high, says their CFO", line: 22, checked: false },
			{ text: "Scope", line: 27, checked: true },
			{ text: "Numbered", line: 28, checked: null },
		]);
	});

	it("keeps the text as written: emphasis, links and code marks stay", () => {
		expect(listItemsWithRemark(["- **Pricing**: see [[Contract|the contract]] and `clause 4`"], 1)).toEqual([
			{ text: "**Pricing**: see [[Contract|the contract]] and `clause 4`", line: 1, checked: null },
		]);
	});

	it("reads lists inside quotes or code as nothing", () => {
		expect(listItemsWithRemark(["> - quoted", "", "```", "- code", "```"], 1)).toEqual([]);
	});

	it("reads the first table of a section, cells as written", () => {
		expect(tableWithRemark(["Our KPIs:", "", "| key | label |", "|---|---|", "| nps | `NPS` a\\|b |", "| otd |", "", "| second | table |", "|---|---|"], 5)).toEqual({
			header: { cells: ["key", "label"], line: 7 },
			rows: [
				{ cells: ["nps", "`NPS` a\\|b"], line: 9 },
				// A short row keeps its cells: remark does not pad it.
				{ cells: ["otd"], line: 10 },
			],
		});
	});

	it("has no table for a section without one", () => {
		expect(tableWithRemark(["- a list", "", "text"], 1)).toBeUndefined();
		expect(tableWithRemark([], 1)).toBeUndefined();
	});

	it("collapses white space the way both readers do", () => {
		expect(collapseWhitespace("  a \n  b\t c  ")).toBe("a b c");
		expect(collapseWhitespace("a b")).toBe("a b");
	});

	it("collapses exactly as replacing every run of \\s with one space and trimming does", () => {
		const reference = (text: string): string => text.replace(/\s+/g, " ").trim();
		const spaces = [" ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u200a", "\u200b", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "\u0085", "\u180e"];
		const textArb = fc.array(fc.oneof(fc.constantFrom(...spaces), fc.constantFrom("a", "Pricing", "é", "🚀", "-")), { maxLength: 8 }).map((parts) => parts.join(""));
		fc.assert(
			fc.property(fc.oneof(textArb, fc.string({ maxLength: 20 }), fc.string({ unit: "binary", maxLength: 20 })), (text) => {
				expect(collapseWhitespace(text)).toBe(reference(text));
			}),
			{ numRuns: 5000 },
		);
	});
});
