/**
 * The line scanner is the fast path for simple sections; remark is the judge.
 * Whenever the scanner answers (does not decline with `null`), its answer must
 * be exactly remark's.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanListItems, scanTable } from "../../../src/core/parse/line-scanner";
import { listItemsWithRemark, tableWithRemark } from "../../../src/core/parse/markdown";

const RUNS = Number(process.env.SCANNER_RUNS ?? 2000);

describe("the scanner reads the common sections itself", () => {
	it("a plain list of '- [ ] text' lines", () => {
		const lines = ["- [ ] Pricing: too high", "- [x] Scope: settled", "", "- [ ] Data sharing #conflict/data"];
		const scanned = scanListItems(lines, 12);
		expect(scanned).toEqual([
			{ text: "Pricing: too high", line: 12, checked: false },
			{ text: "Scope: settled", line: 13, checked: true },
			{ text: "Data sharing #conflict/data", line: 15, checked: false },
		]);
		expect(scanned).toEqual(listItemsWithRemark(lines, 12));
	});

	it("plain, numbered and Tasks-plugin items", () => {
		const lines = ["* Go for the pilot", "+ Stop the webinars", "1. First", "2. Second", "- [ ] Send forecast @sanne 📅 2026-12-01"];
		const scanned = scanListItems(lines, 1);
		expect(scanned).not.toBeNull();
		expect(scanned).toEqual(listItemsWithRemark(lines, 1));
	});

	it("a plain table", () => {
		const lines = ["", "| key | label | target |", "| --- | :-: | --: |", "| nps | Net promoter | 40 |", "| otd | On-time | 95% |", "", "Text after."];
		const scanned = scanTable(lines, 30);
		expect(scanned).toEqual({
			header: { cells: ["key", "label", "target"], line: 31 },
			rows: [
				{ cells: ["nps", "Net promoter", "40"], line: 33 },
				{ cells: ["otd", "On-time", "95%"], line: 34 },
			],
		});
		expect(scanned).toEqual(tableWithRemark(lines, 30));
	});

	it("an empty section is an empty list", () => {
		expect(scanListItems([], 5)).toEqual([]);
		expect(scanListItems(["", "  "], 5)).toEqual([]);
	});
});

describe("the scanner agrees with remark where the two once differed", () => {
	// Counterexamples the property tests below found; the scanner now declines them.
	it.each([
		["a 'nested' bullet indented four columns past the item's text is more text", ["- a", "      - b"]],
		["a line holding only a no-break space is not blank", ["- a", "\u00a0", "  b"]],
		["no-break spaces are no indentation", ["- a", "\u00a0\u00a0- b"]],
		["a task box followed by a space and a no-break space", ["- [ ] \u00a0a"]],
		["a continuation line that is a table's delimiter row", ["- [ ] aa", "  -|"]],
		["a continuation line '-:'", ["- [x] a", "  -:"]],
	])("%s", (_, lines) => {
		const scanned = scanListItems(lines, 1);
		if (scanned !== null) expect(scanned).toEqual(listItemsWithRemark(lines, 1));
	});

	it("a line with a no-break space after a table is a row to remark, so the scanner declines", () => {
		const lines = ["| a |", "|---|", "| b |", "\u00a0"];
		const scanned = scanTable(lines, 1);
		if (scanned !== null) expect(scanned).toEqual(tableWithRemark(lines, 1));
	});

	it("still reads nested bullets and indented continuation lines itself", () => {
		const lines = ["- [ ] Pricing: too high,", "  says their CFO", "  - detail", "    more detail", "", "  Another paragraph", "- [x] Scope"];
		const scanned = scanListItems(lines, 1);
		expect(scanned).toEqual([
			{ text: "Pricing: too high, says their CFO", line: 1, checked: false },
			{ text: "Scope", line: 7, checked: true },
		]);
		expect(scanned).toEqual(listItemsWithRemark(lines, 1));
	});
});

describe("the scanner passes over what holds no items", () => {
	it("pasted code at the margin holds no items, closed or not, and the list goes on after it", () => {
		const lines = ["- [x] Roadmap @li", "", "```", "Subject: forecast", "- 12 trucks", "```", "- [ ] Demo", "~~~~", "- not an item", "~~~"];
		const scanned = scanListItems(lines, 1);
		expect(scanned).toEqual([
			{ text: "Roadmap @li", line: 1, checked: true },
			{ text: "Demo", line: 7, checked: false },
		]);
		expect(scanned).toEqual(listItemsWithRemark(lines, 1));
		const indented = ["- a", "```", "x", "```", "    - code, not an item", "", "     more code", "- b"];
		expect(scanListItems(indented, 1)).toEqual([
			{ text: "a", line: 1, checked: null },
			{ text: "b", line: 8, checked: null },
		]);
		expect(scanListItems(indented, 1)).toEqual(listItemsWithRemark(indented, 1));
		const unclosed = ["- a", "```", "- b"];
		expect(scanListItems(unclosed, 1)).toEqual(listItemsWithRemark(unclosed, 1));
	});

	it("code in an item ends the item's text and belongs to the item", () => {
		const lines = ["- Pricing: too high", "  ```", "  - pasted", "  ```", "- Scope"];
		expect(scanListItems(lines, 1)).toEqual([
			{ text: "Pricing: too high", line: 1, checked: null },
			{ text: "Scope", line: 5, checked: null },
		]);
		expect(scanListItems(lines, 1)).toEqual(listItemsWithRemark(lines, 1));
	});

	it("a paragraph or quote between lists, after a blank line, is no item", () => {
		expect(scanListItems(["- [ ] a", "", "> They said: no", "still quoted", "", "Some text", "- [x] b"], 5)).toEqual([
			{ text: "a", line: 5, checked: false },
			{ text: "b", line: 11, checked: true },
		]);
	});

	it("a sub-heading is no item, and the list goes on under it", () => {
		expect(scanListItems(["- a", "### With operations", "- b"], 1)).toEqual([
			{ text: "a", line: 1, checked: null },
			{ text: "b", line: 3, checked: null },
		]);
	});
});

describe("the scanner declines what it cannot be sure of", () => {
	it.each([
		["a paragraph right under an item (it may continue the item)", ["- a", "Some text"]],
		["a block quote right under an item", ["- a", "> quoted"]],
		["a quote holding a list", ["- a", "", "> - b"]],
		["a paragraph continued by an ordered item (continuation text)", ["- a", "", "Some text", "2. b"]],
		["a thematic break", ["- a", "---"]],
		["a tab", ["-\ta"]],
		["five spaces after the marker (indented code)", ["-     code"]],
		["an item that opens a code fence", ["- ```js"]],
		["a paragraph between lists that a fence interrupts", ["- a", "", "Some text", "```"]],
		["an item holding a heading", ["- # Heading"]],
		["an item holding HTML", ["- <div>"]],
		["an empty task", ["- [ ]"]],
		["an indented line with no item above it", ["  text"]],
		["a line indented less than code after code", ["```", "```", "    code", "  text"]],
	])("%s", (_, lines) => {
		expect(scanListItems(lines, 1)).toBeNull();
	});

	it.each([
		["no table", ["Text"]],
		["no delimiter row", ["| a | b |", "| c | d |"]],
		["a delimiter row of another width", ["| a | b |", "| --- |"]],
		["a row of another width", ["| a | b |", "|---|---|", "| c |"]],
		["an escaped pipe", ["| a | b |", "|---|---|", "| c \\| d | e |"]],
		["a code span", ["| a | b |", "|---|---|", "| `c` | d |"]],
		["a row without pipes", ["| a | b |", "|---|---|", "c | d"]],
	])("a table with %s", (_, lines) => {
		expect(scanTable(lines, 1)).toBeNull();
	});
});

// ---------------------------------------------------------------------------
// Property tests: the scanner against remark.

const TEXT_CHARS = [..."abcXYZ019 :#[]><`|*_=-+.)!\\&~\u00a0"];
const textArb = fc
	.array(fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...TEXT_CHARS) }, { weight: 1, arbitrary: fc.constantFrom("[[Acme]]", "[ ]", "[x]", "#conflict/pricing", "📅 2026-12-01", "**", "  ", "10. ", "- ") }), {
		minLength: 1,
		maxLength: 14,
	})
	.map((parts) => parts.join(""));

const itemLineArb = fc
	.record({
		marker: fc.constantFrom("-", "*", "+", "1.", "2)", "1)", "3.", "10."),
		spaces: fc.integer({ min: 1, max: 5 }),
		box: fc.constantFrom("", "", "[ ] ", "[x] ", "[X] ", "[ ]  ", "[x]"),
		text: textArb,
	})
	.map(({ marker, spaces, box, text }) => `${marker}${" ".repeat(spaces)}${box}${text}`);

const sectionLineArb = fc.oneof(
	{ weight: 20, arbitrary: itemLineArb },
	{ weight: 4, arbitrary: fc.constant("") },
	{ weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), textArb).map(([indent, text]) => `${" ".repeat(indent)}${text}`) },
	{ weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 9 }), itemLineArb).map(([indent, item]) => `${" ".repeat(indent)}${item}`) },
	{ weight: 1, arbitrary: textArb },
	{
		weight: 2,
		arbitrary: fc.constantFrom(
			"   ",
			"\t",
			"-\ttab",
			"  \tx",
			"---",
			"***",
			"- - -",
			"===",
			"  ===",
			"  ---",
			"```",
			"~~~",
			"  ```",
			"> quote",
			"<div>",
			"#",
			"## Sub",
			"[ref]: /url",
			"\u00a0",
			"\u00a0\u00a0- b",
			"  \u00a0x",
			"\u2003c",
			"\f",
		),
	},
);

/** Text starting with a letter, so that it does not open a block of its own most of the time. */
const wordyTextArb = fc.tuple(fc.constantFrom(..."abcXYZ"), textArb).map(([first, rest]) => first + rest);
const wordyItemLineArb = fc
	.record({
		marker: fc.constantFrom("-", "*", "+", "1.", "2)"),
		spaces: fc.oneof({ weight: 6, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 5 }) }),
		box: fc.constantFrom("", "[ ] ", "[x] ", "[X] "),
		text: wordyTextArb,
	})
	.map(({ marker, spaces, box, text }) => `${marker}${" ".repeat(spaces)}${box}${text}`);

/** Items, blank lines and continuation lines only: the sections the scanner is meant to read. */
const simpleLineArb = fc.oneof(
	{ weight: 12, arbitrary: wordyItemLineArb },
	{ weight: 2, arbitrary: itemLineArb },
	{ weight: 3, arbitrary: fc.constant("") },
	{ weight: 3, arbitrary: fc.tuple(fc.constantFrom(2, 3, 4), fc.oneof(wordyTextArb, textArb)).map(([indent, text]) => `${" ".repeat(indent)}${text}`) },
	{ weight: 1, arbitrary: fc.tuple(fc.constantFrom(2, 3), wordyItemLineArb).map(([indent, item]) => `${" ".repeat(indent)}${item}`) },
	// Paragraphs, quotes and sub-headings between the lists.
	{ weight: 2, arbitrary: wordyTextArb },
	{ weight: 2, arbitrary: fc.tuple(fc.constantFrom("> ", ">", "> > ", " > "), fc.oneof(wordyTextArb, textArb)).map(([mark, text]) => mark + text) },
	{ weight: 1, arbitrary: fc.tuple(fc.constantFrom("### ", "#### ", "# "), wordyTextArb).map(([mark, text]) => mark + text) },
	// Fenced code, at the margin and in items: pasted mail, output, snippets.
	{ weight: 2, arbitrary: fc.constantFrom("```", "```js", "~~~", "````", " ```", "  ```", "   ~~~", "    ```", "``` a`b", "~~~ a`b", "```  ", "~~~~ x") },
);

const sectionArb = fc.oneof(fc.array(sectionLineArb, { minLength: 0, maxLength: 8 }), fc.array(simpleLineArb, { minLength: 1, maxLength: 8 }));

/** Lines of a table row: cells joined by pipes, with or without the outer pipes. */
const CELL_CHARS = [..."ab Z09 -:%.,"];
const cellArb = fc.oneof(
	{ weight: 40, arbitrary: fc.array(fc.constantFrom(...CELL_CHARS), { maxLength: 8 }).map((chars) => chars.join("")) },
	{ weight: 1, arbitrary: fc.constantFrom("a \\| b", "`x`", "`a|b`", "**b**", "<b>", "\\", "95 %", "1.500", "---", ":-:", "&#124;", "", "[[A|B]]") },
);

function rowText(cells: string[], outer: { lead: boolean; trail: boolean; pad: string }): string {
	const inner = cells.map((cell) => `${outer.pad}${cell}${outer.pad}`).join("|");
	return `${outer.lead ? "|" : ""}${inner}${outer.trail ? "|" : ""}`;
}

const outerArb = fc.record({
	lead: fc.oneof({ weight: 8, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
	trail: fc.oneof({ weight: 8, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
	pad: fc.constantFrom(" ", "", "  "),
});

const delimiterCellArb = fc.oneof(
	{ weight: 12, arbitrary: fc.constantFrom("---", "-", ":--", "--:", ":-:", " --- ") },
	{ weight: 1, arbitrary: fc.constantFrom("", ":", "- -", "=") },
);

const tableArb = fc
	.record({
		width: fc.integer({ min: 1, max: 4 }),
		leadingBlanks: fc.integer({ min: 0, max: 2 }),
		rowCount: fc.integer({ min: 0, max: 4 }),
		widthChange: fc.array(fc.oneof({ weight: 20, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(-1, 1) }), {
			minLength: 6,
			maxLength: 6,
		}),
		cells: fc.array(cellArb, { minLength: 30, maxLength: 30 }),
		delimiters: fc.array(delimiterCellArb, { minLength: 6, maxLength: 6 }),
		outers: fc.array(outerArb, { minLength: 6, maxLength: 6 }),
		after: fc.oneof(
			{ weight: 6, arbitrary: fc.constantFrom([], [""], ["", "Text"], ["", "| x |"]) },
			{ weight: 1, arbitrary: fc.constantFrom(["Text"], ["| x |"], ["  | x |"], ["\t| x |"], ["> q"], ["- item"], ["\u00a0"], ["\f"], ["| x", "y |"]) },
		),
		indent: fc.oneof({ weight: 12, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constantFrom(" ", "   ", "\t") }),
	})
	.map(({ width, leadingBlanks, rowCount, widthChange, cells, delimiters, outers, after, indent }) => {
		let next = 0;
		const take = (count: number) => Array.from({ length: Math.max(count, 1) }, () => cells[next++ % cells.length] ?? "");
		const outer = (index: number) => outers[index] ?? { lead: true, trail: true, pad: " " };
		const header = rowText(take(width), outer(0));
		const delimiterWidth = Math.max(1, width + (widthChange[0] ?? 0));
		const delimiter = rowText(
			Array.from({ length: delimiterWidth }, (_, index) => delimiters[index] ?? "---"),
			{ ...outer(1), pad: outer(1).pad === "" ? "" : " " },
		);
		const rows = Array.from({ length: rowCount }, (_, index) => rowText(take(width + (widthChange[index + 1] ?? 0)), outer(index + 2)));
		return [...Array.from({ length: leadingBlanks }, () => ""), indent + header, delimiter, ...rows, ...after];
	});

describe("whenever the scanner answers, remark agrees", () => {
	it("list sections", () => {
		let answered = 0;
		fc.assert(
			fc.property(sectionArb, fc.integer({ min: 1, max: 500 }), (lines, firstLine) => {
				const scanned = scanListItems(lines, firstLine);
				if (scanned === null) return;
				answered++;
				expect(scanned).toEqual(listItemsWithRemark(lines, firstLine));
			}),
			{ numRuns: RUNS },
		);
		// The generated sections really exercise the fast path, not just its refusals.
		expect(answered).toBeGreaterThan(RUNS / 5);
	});

	it("tables", () => {
		let answered = 0;
		fc.assert(
			fc.property(tableArb, fc.integer({ min: 1, max: 500 }), (lines, firstLine) => {
				const scanned = scanTable(lines, firstLine);
				if (scanned === null) return;
				answered++;
				expect(scanned).toEqual(tableWithRemark(lines, firstLine));
			}),
			{ numRuns: RUNS },
		);
		expect(answered).toBeGreaterThan(RUNS / 5);
	});
});
