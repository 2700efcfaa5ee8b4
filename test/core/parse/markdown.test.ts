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
});
