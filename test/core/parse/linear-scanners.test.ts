/**
 * The hand-written scans that replaced super-linear regular expressions give
 * exactly the answers of the patterns they replaced: the old patterns are
 * kept here as the reference, run on short strings (where their cost does
 * not matter) over the characters that matter to them. Their speed on long
 * runs is measured by the benchmark (`alliance-journal bench`, "linearity").
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trimEndOf } from "../../../src/core/parse/items";
import { fitsRemarkBudget, lineNesting, listItemsLineByLine, MAX_REMARK_MARKUP, MAX_REMARK_NESTING } from "../../../src/core/parse/remark-budget";
import { readAtxHeading } from "../../../src/core/parse/sections";
import { findYamlAlias, sharesObjects } from "../../../src/core/parse/yaml-alias";
import { spacedValue } from "../../../src/core/parse/yaml-scanner";
import { hasTemplateMark, wikilinkSpans } from "../../../src/core/schema/coerce";

const SEED = 20261130;
const RUNS = 2000;

const OLD_ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const OLD_KEY_VALUE = /^(?:[ ]+(.*?))?[ ]*$/;
const OLD_TEMPLATE_MARK = /\{\{[^}]*\}\}|<%[\s\S]*?%>/;

const textOf = (characters: string[], maxLength = 16) => fc.array(fc.constantFrom(...characters), { maxLength }).map((parts) => parts.join(""));

describe("hand-written scans answer as the patterns they replaced", () => {
	it("ATX headings", () => {
		fc.assert(
			fc.property(textOf([" ", "\t", "#", "a", "b", "\r", "\u2028"]), (line) => {
				const old = OLD_ATX_HEADING.exec(line);
				expect(readAtxHeading(line)).toEqual(old ? { level: old[1]?.length, text: old[2] ?? "" } : null);
			}),
			{ numRuns: RUNS, seed: SEED },
		);
	});

	it("a YAML value after `key:` or `-`", () => {
		fc.assert(
			fc.property(textOf([" ", "a", "b", "\t", "\r", "\u2029"]), (rest) => {
				const old = OLD_KEY_VALUE.exec(rest);
				expect(spacedValue(rest)).toBe(old ? (old[1] ?? "") : undefined);
			}),
			{ numRuns: RUNS, seed: SEED },
		);
	});

	it("[[links]], with and without an empty inside", () => {
		fc.assert(
			fc.property(textOf(["[", "]", "a", "!", "|"], 20), (text) => {
				const spans = (pattern: RegExp) => [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
				expect(wikilinkSpans(text, 0)).toEqual(spans(/\[\[[^\]]*\]\]/g));
				expect(wikilinkSpans(text, 1).map(([start, end]) => text.slice(start, end))).toEqual([...text.matchAll(/!?\[\[([^\]]+)\]\]/g)].map((match) => `[[${match[1]}]]`));
			}),
			{ numRuns: RUNS, seed: SEED },
		);
	});

	it("template marks", () => {
		fc.assert(
			fc.property(textOf(["{", "}", "<", "%", ">", "a"], 20), (text) => {
				expect(hasTemplateMark(text)).toBe(OLD_TEMPLATE_MARK.test(text));
			}),
			{ numRuns: RUNS, seed: SEED },
		);
	});

	it("trailing characters", () => {
		fc.assert(
			fc.property(textOf([".", "-", "/", "a"]), (text) => {
				expect(trimEndOf(text, ".-")).toBe(text.replace(/[.-]+$/, ""));
				expect(trimEndOf(text, "/-")).toBe(text.replace(/[/-]+$/, ""));
			}),
			{ numRuns: RUNS, seed: SEED },
		);
	});
});

describe("YAML anchors and aliases", () => {
	it.each([
		["an alias that refers to itself", "tags: &x [*x]", { line: 2, key: "tags", token: "&x" }],
		["an alias in a list", "partner: Acme\nattendees:\n  - *a", { line: 4, key: "attendees", token: "*a" }],
		["a merge key", "base: &b {a: 1}\nother:\n  <<: *b", { line: 2, key: "base", token: "&b" }],
		["an anchor after a tag", "partner: !!str &p Acme", { line: 2, key: "partner", token: "&p" }],
		["an alias in a flow list after a comma", "tags: [a,*b]", { line: 2, key: "tags", token: "*b" }],
	])("finds %s", (_, yaml, found) => {
		expect(findYamlAlias(`${yaml}\n`, 2)).toEqual(found);
	});

	it.each([
		["& and * inside a value", "partner: AT&T\nnote: 5 * 3 = 15"],
		["quoted strings", "partner: \"*Acme*\"\nrole: '&lead'\nx: \"a\\\" *b\""],
		["a comment", "partner: Acme # *not* an alias"],
		["a block scalar", "summary: |\n  *bold* text\n  &more\npartner: Acme"],
		["a quoted string over two lines", "summary: \"one\n  *two\"\npartner: Acme"],
	])("does not mistake %s for one", (_, yaml) => {
		expect(findYamlAlias(`${yaml}\n`, 2)).toBeNull();
	});

	it("sees an object held twice or inside itself, and nothing else", () => {
		const shared = [1];
		const loop: unknown[] = [];
		loop.push(loop);
		expect(sharesObjects({ a: shared, b: shared })).toBe(true);
		expect(sharesObjects(loop)).toBe(true);
		expect(sharesObjects({ a: [1], b: [1], c: { d: new Date(0) } })).toBe(false);
	});
});

describe("what remark may read", () => {
	it("counts quotes, list markers and indentation as nesting", () => {
		expect(lineNesting("- item")).toBe(1);
		expect(lineNesting("> - > 1. item")).toBe(4);
		expect(lineNesting("    - item")).toBe(3);
		expect(lineNesting("-item")).toBe(0);
		expect(lineNesting("- ".repeat(5000))).toBe(5000);
	});

	it("refuses a section nested deeper than the budget or larger than it", () => {
		expect(fitsRemarkBudget(["- a", "  - b"])).toBe(true);
		expect(fitsRemarkBudget([`${"> ".repeat(MAX_REMARK_NESTING + 1)}x`])).toBe(false);
		expect(fitsRemarkBudget(Array<string>(5000).fill("- an ordinary item"))).toBe(false);
		expect(fitsRemarkBudget([`- ${"a_ *b ".repeat(MAX_REMARK_MARKUP)}`])).toBe(false);
		expect(fitsRemarkBudget(Array<string>(30).fill("- [[Pricing]]: *again*"))).toBe(true);
	});

	it("reads a refused section's items line by line", () => {
		expect(listItemsLineByLine(["- [x] Pricing: agreed", "  more text", "> - quoted", "1. [ ] Scope", `${"- ".repeat(3)}deep`], 10)).toEqual([
			{ text: "Pricing: agreed", line: 10, checked: true },
			{ text: "Scope", line: 13, checked: false },
			{ text: "- - deep", line: 14, checked: null },
		]);
	});
});
