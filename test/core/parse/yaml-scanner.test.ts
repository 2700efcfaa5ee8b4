/// <reference types="node" />
/**
 * The frontmatter scanner is the fast path for flat properties; gray-matter
 * (js-yaml) is the judge. Whenever the scanner answers (does not decline with
 * `null`), its answer must be exactly gray-matter's: same keys in the same
 * order, same values, Dates for bare dates, -0 where js-yaml gives -0.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keepWrittenDays, locateFrontmatter, mentionsAllianceType, propertyLines, readProperties, readYamlWithGrayMatter } from "../../../src/core/parse/frontmatter";
import { hasDeclinedCharacter, scanFrontmatter, scanProperties } from "../../../src/core/parse/yaml-scanner";

const RUNS = 3000;

/** What gray-matter makes of the YAML between the fences. */
function grayMatter(yaml: string) {
	const block = locateFrontmatter(`---\n${yaml}---\n`);
	if (!block) throw new Error(`no frontmatter around ${JSON.stringify(yaml)}`);
	return readYamlWithGrayMatter(block);
}

/** The scanner's answer, checked against gray-matter's. */
function scanAndCompare(yaml: string): Record<string, unknown> | null {
	const scanned = scanFrontmatter(yaml);
	if (scanned !== null) {
		const judged = grayMatter(yaml);
		expect(judged).toMatchObject({ ok: true });
		if (!judged.ok) return scanned;
		expect(scanned).toEqual(judged.data);
		expect(Object.keys(scanned)).toEqual(Object.keys(judged.data as object));
	}
	return scanned;
}

describe("the scanner reads flat frontmatter itself", () => {
	it("plain strings, in the order written", () => {
		const yaml = "type: alliance\npartner: Northwind Logistics\nstatus: active\n";
		expect(scanAndCompare(yaml)).toEqual({ type: "alliance", partner: "Northwind Logistics", status: "active" });
		expect(Object.keys(scanFrontmatter(yaml) ?? {})).toEqual(["type", "partner", "status"]);
	});

	it("strings with accents, emoji, inner colons and inner hashes", () => {
		expect(scanAndCompare("role: Directeur Zorg é ü 🚀\nnote: a:b and c#d\n")).toEqual({ role: "Directeur Zorg é ü 🚀", note: "a:b and c#d" });
	});

	it("quoted strings, which may hold '#' and ': '", () => {
		expect(scanAndCompare(`a: "Pricing: too high #conflict"\nb: 'x: y # z'\nc: ""\nd: ''\n`)).toEqual({
			a: "Pricing: too high #conflict",
			b: "x: y # z",
			c: "",
			d: "",
		});
	});

	it("quoted things that would otherwise be numbers, dates, booleans or times stay strings", () => {
		expect(scanAndCompare(`a: "14:30"\nb: '2026-02-01'\nc: "true"\nd: "007"\ne: "null"\n`)).toEqual({
			a: "14:30",
			b: "2026-02-01",
			c: "true",
			d: "007",
			e: "null",
		});
	});

	it("integers, floats and negative numbers", () => {
		expect(scanAndCompare("a: 0\nb: 42\nc: -7\nd: 3.5\ne: -0.25\nf: 1.50\ng: 123456789012345\n")).toEqual({
			a: 0,
			b: 42,
			c: -7,
			d: 3.5,
			e: -0.25,
			f: 1.5,
			g: 123456789012345,
		});
	});

	it("-0.0 is -0, exactly as js-yaml makes it (toEqual tells -0 from 0)", () => {
		expect({ a: -0 }).not.toEqual({ a: 0 });
		const scanned = scanAndCompare("a: -0.0\n");
		expect(Object.is(scanned?.["a"], -0)).toBe(true);
	});

	it("true and false", () => {
		expect(scanAndCompare("a: true\nb: false\n")).toEqual({ a: true, b: false });
	});

	it("null, Null, NULL, ~ and an empty value are null", () => {
		expect(scanAndCompare("a: null\nb: ~\nc:\nd: Null\ne: NULL\nf:   \n")).toEqual({ a: null, b: null, c: null, d: null, e: null, f: null });
	});

	it("bare dates become the same Date js-yaml makes, impossible days included", () => {
		const scanned = scanAndCompare("date: 2026-11-20\nodd: 2026-02-30\n");
		expect(scanned).toEqual({ date: new Date(Date.UTC(2026, 10, 20)), odd: new Date(Date.UTC(2026, 2, 2)) });
		expect(scanned?.["date"]).toBeInstanceOf(Date);
	});

	it("a block list under a key, indented 2 or not at all", () => {
		expect(scanAndCompare("tags:\n  - a\n  - b\n")).toEqual({ tags: ["a", "b"] });
		expect(scanAndCompare("tags:\n- a\n- b\nnext: 1\n")).toEqual({ tags: ["a", "b"], next: 1 });
	});

	it("quoted wikilinks in a list, and blank lines between items", () => {
		expect(scanAndCompare('attendees:\n  - "[[James Carter]]"\n\n  - "[[Sanne de Vries]]"\nalliance: "[[Acme]]"\n')).toEqual({
			attendees: ["[[James Carter]]", "[[Sanne de Vries]]"],
			alliance: "[[Acme]]",
		});
	});

	it("a list of numbers, dates and booleans", () => {
		expect(scanAndCompare("xs:\n  - 1\n  - 2.5\n  - 2026-01-08\n  - true\n")).toEqual({ xs: [1, 2.5, new Date(Date.UTC(2026, 0, 8)), true] });
	});

	it("CRLF line endings, trailing spaces and blank lines", () => {
		expect(scanAndCompare("\r\na: b  \r\n\r\n  \r\ntags:\r\n  - x \r\n")).toEqual({ a: "b", tags: ["x"] });
	});

	it("an empty flow list, as templates leave it (`attendees: []`), is a fresh empty list each time", () => {
		const scanned = scanAndCompare("attendees: []\ntags: []  \n");
		expect(scanned).toEqual({ attendees: [], tags: [] });
		expect(scanned?.["attendees"]).not.toBe(scanned?.["tags"]);
		expect(scanFrontmatter("a: [ ]\n")).toBeNull();
		expect(scanFrontmatter("a: []\n  - x\n")).toBeNull();
	});

	it("empty frontmatter is no properties", () => {
		expect(scanAndCompare("")).toEqual({});
		expect(scanAndCompare("\n  \n")).toEqual({});
	});
});

describe("the scanner declines what needs a YAML parser", () => {
	it.each([
		["a flow sequence", "tags: [a, b]\n"],
		["a flow mapping", "a: {a: 1}\n"],
		["an unquoted wikilink (a flow sequence in YAML)", "alliance: [[Acme]]\n"],
		["an unquoted wikilink in a list", "xs:\n  - [[Acme]]\n"],
		["a template placeholder", "date: {{date}}\n"],
		["a literal block scalar", "a: |\n  text\n"],
		["a folded block scalar", "a: >\n  text\n"],
		["an anchor", "a: &x 1\n"],
		["an alias", "a: 1\nb: *a\n"],
		["a tag", "a: !!str 1\n"],
		["an escape in double quotes", 'a: "x\\ny"\n'],
		["an escaped quote in single quotes", "a: 'it''s'\n"],
		["a comment after a value", "a: b # note\n"],
		["a comment after a quoted value", 'a: "b" # note\n'],
		["a whole-line comment", "# note\na: b\n"],
		["an indented comment line", "a: b\n  # note\n"],
		["a nested map", "a:\n  b: 1\n"],
		["a tab in a value", "a: b\tc\n"],
		["a tab after the colon", "a:\tb\n"],
		["a tab on a blank line", "a: b\n\t\n"],
		["a time, which YAML 1.1 reads as base 60", "time: 14:30\n"],
		["yes", "a: yes\n"],
		["no", "a: no\n"],
		["True", "a: True\n"],
		["FALSE", "a: FALSE\n"],
		["a float without a leading digit", "a: .5\n"],
		["an exponent", "a: 1e3\n"],
		["hexadecimal", "a: 0x1F\n"],
		["a leading zero (octal to js-yaml 1.1)", "a: 012\n"],
		["a plus sign", "a: +1\n"],
		["-0", "a: -0\n"],
		["underscores in a number", "a: 1_000\n"],
		["infinity", "a: .inf\n"],
		["a date with a time", "a: 2026-01-08T10:00:00Z\n"],
		["a duplicate key", "a: 1\na: 2\n"],
		["a duplicate key holding a list", "a:\n  - x\na: 2\n"],
		["key:value without a space", "a:b\n"],
		["a space before the colon", "a : b\n"],
		["a quoted key", '"a": b\n'],
		["an indented key", "  a: b\n"],
		["a list item that is a map", "xs:\n  - a: 1\n"],
		["a list item ending in a colon", "xs:\n  - a:\n"],
		["a nested list item", "xs:\n  - - a\n"],
		["an empty list item", "xs:\n  -\n  - a\n"],
		["an empty list item with a trailing space", "xs:\n  - \n"],
		["a null list item", "xs:\n  - ~\n"],
		["mismatched list indentation", "xs:\n  - a\n    - b\n"],
		["list items at two indentations", "xs:\n  - a\n- b\n"],
		["a list item after a key with a value", "a: 1\n  - b\n"],
		["a continuation line", "a: b\n  c\n"],
		["a document marker", "a: b\n---x\n"],
		["a value starting with a dash", "a: -x\n"],
		["a value starting with a question mark", "a: ?x\n"],
		["a value starting with @", "a: @x\n"],
		["a value starting with a backquote", "a: `x`\n"],
		["a value starting with %", "a: %x\n"],
		["a mapping inside a value", "a: b: c\n"],
		["a value ending in a colon", "a: b:\n"],
		["an unclosed double quote", 'a: "b\n'],
		["text after a closing quote", "a: 'b'c\n"],
		["a key named __proto__", "__proto__: x\n"],
		["a lone carriage return inside a line", "a: b\rc\n"],
		["a no-break space before the value", "a: \u00a0b\n"],
	])("%s", (_, yaml) => {
		expect(scanFrontmatter(yaml)).toBeNull();
	});
});

describe("the scanner agrees with gray-matter where the two once differed", () => {
	// Counterexamples the property test below found; the scanner now declines them.
	it.each([
		["'True:' is the key \"true\" to js-yaml", "True: 1\n", { true: 1 }],
		["'NULL:' is the key \"null\" to js-yaml", "NULL: 2026-02-30\n", { null: new Date(Date.UTC(2026, 2, 2)) }],
		["'False:' is the key \"false\" to js-yaml", "False: x\n", { false: "x" }],
	])("%s", (_, yaml, data) => {
		expect(grayMatter(yaml)).toEqual({ ok: true, data });
		expect(scanFrontmatter(yaml)).toBeNull();
	});

	it.each([
		["a control character in a plain value", "type: \u0001\n"],
		["a null byte in a quoted value", 'type: "\u0000"\r\n'],
		["a form feed in a quoted value", "type: '\f'\n"],
		["a form feed inside a plain value", "a: b\fc\n"],
		["a C1 control character", "a: b\u009f\n"],
		["a lone surrogate", "a: b\ud800\n"],
		["U+FFFE", "a: b\ufffe\n"],
	])("js-yaml refuses %s, so the scanner declines it", (_, yaml) => {
		expect(grayMatter(yaml)).toMatchObject({ ok: false });
		expect(scanFrontmatter(yaml)).toBeNull();
	});

	it("still reads what js-yaml finds printable: NEL, no-break spaces, BOMs and emoji inside values", () => {
		expect(scanAndCompare("a: b\u0085c\nb: c\u00a0\nc: d\ufeffe\nd: 🤝\n")).toEqual({ a: "b\u0085c", b: "c\u00a0", c: "d\ufeffe", d: "🤝" });
	});

	it("still reads keys js-yaml 3 keeps as strings (YAML 1.2 has no yes/no/on booleans)", () => {
		expect(scanAndCompare("yes: 1\nY: 2\non: 3\nNo: 4\n")).toEqual({ yes: 1, Y: 2, on: 3, No: 4 });
	});

	it("declines boolean and null keys in any spelling, lower case included (rare, and gray-matter reads them)", () => {
		expect(scanFrontmatter("true: 1\n")).toBeNull();
		expect(scanFrontmatter("null: 1\n")).toBeNull();
	});
});

// ---------------------------------------------------------------------------
// Property test: the scanner against gray-matter.

/** Single characters that sit on the edges of the plain-scalar grammar, and some that YAML refuses. */
const EDGE_CHARS = [..."-.: #'\"\\[]{}&*!|>%@`~?,<=/\t\r", "\u00a0", "\u0085", "\u2028", "\ufeff", "\u0001", "\u007f", "\u009f", "\f", "\u0000", "\ud800"];
const WORD_CHARS = [..."abcxyzABCZéüøß0123456789", "🚀", "🤝"];
const FRAGMENTS = [
	"2026-02-30",
	"2026-11-20",
	"0000-01-01",
	"2026-1-5",
	"2026-01-08T10:00:00",
	"2026-01-08 10:00",
	"-0",
	"0",
	"007",
	"1.50",
	"-0.0",
	"0.0",
	"1_000",
	"42",
	"-7",
	"3.25",
	"123456789012345",
	"1234567890123456",
	"12345678901234567890.5",
	"1e3",
	"0x1F",
	"0o7",
	"0b101",
	"+1",
	".5",
	"5.",
	"14:30",
	"1:30:00",
	"null",
	"Null",
	"NULL",
	"nULL",
	"~",
	"true",
	"True",
	"TRUE",
	"false",
	"Yes",
	"no",
	"on",
	"y",
	".inf",
	"-.inf",
	".NaN",
	"[[Acme]]",
	"[]",
	"{{date}}",
	": ",
	" #",
	"<<",
	"---",
	"...",
	"- ",
	"? ",
	"!!str ",
	"&a ",
	"*a",
	"|",
	">-",
	"''",
	'\\"',
	"Acme Corp",
	"Pricing too high",
];

const valueTextArb = fc
	.array(
		fc.oneof(
			{ weight: 10, arbitrary: fc.constantFrom(...WORD_CHARS) },
			{ weight: 2, arbitrary: fc.constant(" ") },
			{ weight: 4, arbitrary: fc.constantFrom(...EDGE_CHARS) },
			{ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
		),
		{ minLength: 0, maxLength: 6 },
	)
	.map((parts) => parts.join(""));

/** A word-like value: the kind the scanner is meant to read. */
const wordyValueArb = fc
	.tuple(fc.constantFrom(..."abcxyzABCZéü", "🚀"), fc.array(fc.constantFrom(...WORD_CHARS, " ", " ", "-", ".", ",", "'", "#", ":", "/", "!"), { maxLength: 8 }))
	.map(([first, rest]) => first + rest.join(""));

const valueArb = fc.oneof(
	{ weight: 6, arbitrary: wordyValueArb },
	{ weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) },
	{ weight: 5, arbitrary: valueTextArb },
	{ weight: 2, arbitrary: valueTextArb.map((text) => `"${text}"`) },
	{ weight: 2, arbitrary: valueTextArb.map((text) => `'${text}'`) },
	{ weight: 1, arbitrary: fc.constantFrom("", " ", "  ") },
);

const KEYS = ["type", "alliance", "date", "tags", "a", "b", "kpi_nps", "kpi-otd", "_x", "True", "NULL", "Null", "false", "yes", "y", "__proto__", "constructor"];

const keyArb = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.constantFrom('"a"', "a b", "1", "-a", "?a", "é") });

/** The text between key and value: almost always ': '. */
const colonArb = fc.oneof({ weight: 20, arbitrary: fc.constant(": ") }, { weight: 1, arbitrary: fc.constantFrom(":", ":  ", " : ", ":\t", ": \t") });

const trailArb = fc.oneof({ weight: 10, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constantFrom(" ", "  ", "\t", " # c", "\r", "\u00a0") });

const keyLineArb = fc.tuple(keyArb, colonArb, valueArb, trailArb).map(([key, colon, value, trail]) => [`${key}${colon}${value}${trail}`]);

/** A key with a block list: random indentation, the odd item indented differently. */
const listArb = fc
	.record({
		key: keyArb,
		trail: fc.oneof({ weight: 8, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constantFrom(" ", "\t", " # c") }),
		indent: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(0, 2) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 }) }),
		items: fc.array(
			fc.record({
				shift: fc.oneof({ weight: 12, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(-2, -1, 1, 2) }),
				dash: fc.oneof({ weight: 12, arbitrary: fc.constant("- ") }, { weight: 1, arbitrary: fc.constantFrom("-", "-  ", "-\t", "* ", "- - ") }),
				value: fc.oneof({ weight: 3, arbitrary: valueArb }, { weight: 2, arbitrary: fc.constantFrom('"[[Acme]]"', "'[[Sanne de Vries]]'", "meeting", "[[Acme]]") }),
				blankBefore: fc.oneof({ weight: 8, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
			}),
			{ minLength: 0, maxLength: 4 },
		),
	})
	.map(({ key, trail, indent, items }) => [
		`${key}:${trail}`,
		...items.flatMap(({ shift, dash, value, blankBefore }) => [
			...(blankBefore ? [""] : []),
			`${" ".repeat(Math.max(0, indent + shift))}${dash}${value}`,
		]),
	]);

const oddLineArb = fc.constantFrom([""], ["  "], ["\t"], ["\r"], ["\u00a0"], ["# comment"], ["  # comment"], ["#"], ["  a: 1"], ["  more text"], ["---"], ["..."], ["- a"], ["? a"], ["%YAML 1.2"], ["a"], ["\u2028"]);

const eolArb = fc.oneof({ weight: 6, arbitrary: fc.constant("\n") }, { weight: 1, arbitrary: fc.constant("\r\n") });

/** Anything goes: most of these need a YAML parser. */
const wildFrontmatterArb = fc
	.record({
		lines: fc.array(
			fc.oneof({ weight: 10, arbitrary: keyLineArb }, { weight: 3, arbitrary: listArb }, { weight: 2, arbitrary: fc.constant([""]) }, { weight: 1, arbitrary: oddLineArb }),
			{ minLength: 0, maxLength: 5 },
		),
		eol: eolArb,
	})
	.map(({ lines, eol }) => lines.flat().map((line) => line + eol).join(""));

/** Inside quotes: edge characters that are no escape and no closing quote, so that most quoted values are readable. */
const QUOTED_CHARS = [...WORD_CHARS, ...": #'[]{}&*!|>%@`~?,-.", "\u00a0", "\u0085", "\ufeff", "\u007f"];
const tameQuotedArb = fc
	.tuple(fc.constantFrom('"', "'"), fc.array(fc.oneof(fc.constantFrom(...QUOTED_CHARS), fc.constantFrom(...FRAGMENTS)), { maxLength: 5 }))
	.map(([quote, parts]) => quote + parts.join("").split(quote).join("") + quote);

/** Values of every type the scanner reads itself. */
const READABLE = ["[]", "2026-02-30", "2026-11-20", "0000-01-01", "0", "-0.0", "0.0", "1.50", "42", "-7", "3.25", "123456789012345", "0.000000000000001", "null", "Null", "NULL", "~", "true", "false", "nULL", "<<", "Acme Corp", "a#b", "a:b", "x,y", "c'est", "🚀 launch"];

const tameValueArb = fc.oneof(
	{ weight: 4, arbitrary: wordyValueArb },
	{ weight: 4, arbitrary: fc.constantFrom(...READABLE) },
	{ weight: 3, arbitrary: tameQuotedArb },
	{ weight: 1, arbitrary: fc.constantFrom(...FRAGMENTS) },
	{ weight: 1, arbitrary: valueArb },
);

/** Keys people write, and a few that look like other types but are strings to js-yaml 3 (YAML 1.2 booleans). */
const TAME_KEYS = ["type", "alliance", "partner", "date", "time", "tags", "attendees", "status", "owner", "kpi_nps", "kpi-otd", "_x", "a", "b", "yes", "y", "on", "constructor"];

const tameKeyLineArb = fc
	.tuple(fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...TAME_KEYS) }, { weight: 1, arbitrary: fc.constantFrom(...KEYS) }), tameValueArb, fc.oneof({ weight: 8, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constantFrom(" ", "  ") }))
	.map(([key, value, trail]) => [`${key}: ${value}${trail}`]);

const tameListArb = fc
	.tuple(
		fc.constantFrom(...TAME_KEYS),
		fc.oneof({ weight: 4, arbitrary: fc.constantFrom(0, 2) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 6 }) }),
		fc.array(fc.tuple(fc.oneof({ weight: 2, arbitrary: tameValueArb }, { weight: 1, arbitrary: fc.constantFrom('"[[Acme]]"', "'[[Sanne de Vries]]'") }), fc.boolean()), {
			minLength: 0,
			maxLength: 4,
		}),
	)
	.map(([key, indent, items]) => [`${key}:`, ...items.flatMap(([value, blank]) => [...(blank ? [" ".repeat(indent)] : []), `${" ".repeat(indent)}- ${value}`])]);

/** Frontmatter the way people write it: mostly readable by the scanner, with the odd edge value. */
const tameFrontmatterArb = fc
	.record({
		lines: fc.array(fc.oneof({ weight: 6, arbitrary: tameKeyLineArb }, { weight: 3, arbitrary: tameListArb }, { weight: 1, arbitrary: fc.constant([""]) }), {
			minLength: 1,
			maxLength: 6,
		}),
		eol: eolArb,
	})
	.map(({ lines, eol }) => lines.flat().map((line) => line + eol).join(""));

const frontmatterArb = fc.oneof(wildFrontmatterArb, tameFrontmatterArb);

describe("whenever the scanner answers, gray-matter agrees", () => {
	it("generated frontmatter", () => {
		let answered = 0;
		fc.assert(
			fc.property(frontmatterArb, (text) => {
				// Scan exactly the block Obsidian would hand over (a generated `---` line closes it early).
				const block = locateFrontmatter(`---\n${text}---\n`);
				if (!block) throw new Error("the fences are always there");
				const scanned = scanFrontmatter(block.yaml);
				if (scanned === null) return;
				answered++;
				const judged = readYamlWithGrayMatter(block);
				expect(judged).toMatchObject({ ok: true });
				if (!judged.ok) return;
				expect(scanned).toEqual(judged.data);
				expect(Object.keys(scanned)).toEqual(Object.keys(judged.data as object));
			}),
			{ numRuns: RUNS },
		);
		// The generated frontmatter really exercises the fast path, not just its refusals.
		expect(answered).toBeGreaterThan(RUNS / 5);
	});
});

describe("the characters js-yaml refuses", () => {
	it("are, code unit by code unit, exactly what the Unicode pattern \\p{Cc}, \\p{Cs}, U+FFFE and U+FFFF find (tab, line breaks and NEL aside)", () => {
		const refused = /(?![\t\n\r\u0085])[\p{Cc}\p{Cs}\uFFFE\uFFFF]/u;
		/** Declined for other reasons inside a double-quoted value: tab, line ends, the quote and the escape. */
		const otherwiseDeclined = new Set(["\t", "\n", "\r", '"', "\\", "\u2028", "\u2029"]);
		const disagreements: number[] = [];
		for (let code = 0; code <= 0xffff; code++) {
			const char = String.fromCharCode(code);
			if (!otherwiseDeclined.has(char) && (scanFrontmatter(`a: "x${char}y"\n`) === null) !== refused.test(`x${char}y`)) disagreements.push(code);
		}
		expect(disagreements).toEqual([]);
		for (const text of ["\ud83d\ude80", "\ud83d", "\ude80", "\ude80\ud83d", "\ud83d\ud83d\ude80", "x\udbff"]) {
			expect([text, scanFrontmatter(`a: "${text}"\n`) === null]).toEqual([text, refused.test(text)]);
		}
	});
});

describe("numbers and bare dates, read without patterns", () => {
	it("agree with gray-matter whenever the scanner answers, for values made of digits, signs, dots and dashes", () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom("0", "1", "2", "9", "-", ".", "+", "e", "x", ":"), { minLength: 1, maxLength: 18 }), fc.boolean(), (parts, listed) => {
				const value = parts.join("");
				const block = locateFrontmatter(listed ? `---\nxs:\n  - ${value}\n---\n` : `---\nx: ${value}\n---\n`);
				if (!block) throw new Error("the fences are always there");
				const scanned = scanFrontmatter(block.yaml);
				if (scanned === null) return;
				const judged = readYamlWithGrayMatter(block);
				expect(judged).toEqual({ ok: true, data: scanned });
			}),
			{ numRuns: RUNS },
		);
	});

	it("reads the edges of what it accepts", () => {
		expect(scanFrontmatter("a: 0\nb: -5\nc: 123456789012345\nd: -0.5\ne: 2026-02-03\n")).toEqual({ a: 0, b: -5, c: 123456789012345, d: -0.5, e: new Date(Date.UTC(2026, 1, 3)) });
		for (const declined of ["-0", "007", "1234567890123456", "1.", ".5", "1.0000000000000000", "2026-2-03", "+1", "1e3", "1_000"]) {
			expect([declined, scanFrontmatter(`a: ${declined}\n`)]).toEqual([declined, null]);
		}
	});
});

describe("the check for characters the scanner declines, with its printable-ASCII shortcut", () => {
	/** The pattern alone: a character js-yaml refuses, a tab, U+2028/U+2029, or a carriage return that ends no line. */
	const DECLINED = /[^\P{Cc}\n\r\u0085]|[\p{Cs}\uFFFE\uFFFF\u2028\u2029]|\r(?!\n|$)/u;

	it("finds what the pattern alone finds, for every code unit between other characters and at either end", () => {
		const disagreements: number[] = [];
		for (let code = 0; code <= 0xffff; code++) {
			const char = String.fromCharCode(code);
			for (const text of [`a${char}b`, char, `${char}\n`, `a${char}`]) {
				if (hasDeclinedCharacter(text) !== DECLINED.test(text)) disagreements.push(code);
			}
		}
		expect(disagreements).toEqual([]);
	});

	it("reads surrogate pairs, lone halves and carriage returns as the pattern does", () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom("a", " ", "\r", "\n", "\t", "\ud83d", "\ude80", "\ud83d\ude80", "\u0085", "\u00a0", "\u2028", "\uffff", "é"), { maxLength: 12 }), (parts) => {
				const text = parts.join("");
				expect(hasDeclinedCharacter(text)).toBe(DECLINED.test(text));
			}),
			{ numRuns: RUNS },
		);
	});
});

describe("the one-pass reading of a note's properties agrees with gray-matter and the later passes", () => {
	it("keeps a top-level bare date as written and notes each key's line", () => {
		const block = locateFrontmatter("---\ntype: alliance-meeting\n\ndate: 2026-02-30\nxs:\n  - 2026-01-08\n---\n");
		if (!block) throw new Error("no frontmatter");
		const read = readProperties(block);
		expect(read).toMatchObject({ ok: true, data: { type: "alliance-meeting", date: "2026-02-30", xs: [new Date(Date.UTC(2026, 0, 8))] } });
		if (!read.ok) return;
		expect([read.lineOf("type"), read.lineOf("date"), read.lineOf("xs"), read.lineOf("absent")]).toEqual([2, 4, 5, 2]);
		expect(scanProperties(block.yaml)?.keyLines.get("date")).toBe(2);
	});

	it("generated frontmatter: the same data and lines as gray-matter, keepWrittenDays and propertyLines", () => {
		let answered = 0;
		fc.assert(
			fc.property(frontmatterArb, (text) => {
				const block = locateFrontmatter(`---\n${text}---\n`);
				if (!block) throw new Error("the fences are always there");
				const read = readProperties(block);
				if (!scanProperties(block.yaml)) return;
				answered++;
				const judged = readYamlWithGrayMatter(block);
				expect(judged.ok && read.ok).toBe(true);
				if (!judged.ok || !read.ok) return;
				const data = judged.data as Record<string, unknown>;
				const lineOf = propertyLines(block);
				keepWrittenDays(block, data, lineOf);
				expect(read.data).toEqual(data);
				expect(Object.keys(read.data as object)).toEqual(Object.keys(data));
				for (const key of [...Object.keys(data), "absent"]) expect(read.lineOf(key)).toBe(lineOf(key));
			}),
			{ numRuns: RUNS },
		);
		expect(answered).toBeGreaterThan(RUNS / 5);
	});
});

// ---------------------------------------------------------------------------
// The example vault: the scanner is the common path for alliance notes.

const VAULT = fileURLToPath(new URL("../../../examples/vault", import.meta.url));

function markdownFiles(folder: string): string[] {
	const files: string[] = [];
	for (const name of readdirSync(folder)) {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) files.push(...markdownFiles(path));
		else if (name.toLowerCase().endsWith(".md")) files.push(path);
	}
	return files.sort();
}

/** Every note of the example vault whose frontmatter says `type: alliance…` (what the plugin parses). */
const allianceNotes = markdownFiles(VAULT).flatMap((file) => {
	const block = locateFrontmatter(readFileSync(file, "utf8"));
	return block && mentionsAllianceType(block.yaml) ? [{ path: relative(VAULT, file).split("\\").join("/"), block }] : [];
});

describe("the example vault's alliance notes all take the fast path", () => {
	it("there are alliance notes of every kind to check", () => {
		const types = new Set(allianceNotes.map(({ block }) => /^type:\s*(\S+)/m.exec(block.yaml)?.[1]));
		expect(types).toEqual(new Set(["alliance", "alliance-meeting", "alliance-reflection", "alliance-stakeholder", "alliance-health-check"]));
		expect(allianceNotes.length).toBeGreaterThanOrEqual(50);
	});

	it.each(allianceNotes.map(({ path, block }) => [path, block] as const))("%s", (_, block) => {
		const scanned = scanFrontmatter(block.yaml);
		expect(scanned).not.toBeNull();
		const judged = readYamlWithGrayMatter(block);
		expect(judged).toMatchObject({ ok: true });
		if (!judged.ok) return;
		expect(scanned).toEqual(judged.data);
		expect(Object.keys(scanned ?? {})).toEqual(Object.keys(judged.data as object));
	});
});
