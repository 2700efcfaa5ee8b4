/**
 * Whatever a vault holds, parsing a note never throws: what is wrong becomes a
 * problem with a file, a line and a message.
 */
import fc from "fast-check";
import { problemMessage } from "../../../src/core/present/problems";
import { wordsFor } from "../../../src/core/present/words";
import { describe, expect, it } from "vitest";
import { HOSTILE_KINDS } from "../../../tools/bench/hostile-notes";
import { buildDashboard } from "../../../src/core/analytics/dashboard";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { NOTE_TYPES, type ParseResult } from "../../../src/core/model";
import { parseNote } from "../../../src/core/parse/parse-note";

/** A fixed seed: a failure found once is found again. */
const SEED = 20261130;
/** The hostile properties read long runs: room for a busy machine (a time-out, not a performance limit). */
const HOSTILE_TIMEOUT_MS = 120_000;
const DUTCH = wordsFor("nl");

const PATH = "Fuzz/note.md";

function expectWellFormed(result: ParseResult, path = PATH): void {
	expect(Object.keys(result).sort()).toEqual(["note", "problems"]);
	expect(Array.isArray(result.problems)).toBe(true);
	if (result.note !== null) {
		expect(NOTE_TYPES).toContain(result.note.type);
		expect(result.note.path).toBe(path);
	}
	for (const problem of result.problems) {
		expect(problem.path).toBe(path);
		expect(Number.isInteger(problem.line)).toBe(true);
		expect(problem.line).toBeGreaterThanOrEqual(1);
		// Every problem can be said (in Dutch; test/core/present/problems.test.ts says every kind in both languages).
		expect(problemMessage(problem, DUTCH).length).toBeGreaterThan(0);
		expect(["error", "warning"]).toContain(problem.severity);
	}
}

/** Parses, failing the property with the input when it throws. */
function parsesCleanly(text: string): void {
	let result: ParseResult;
	try {
		result = parseNote(PATH, text);
	} catch (error) {
		throw new Error(`parseNote threw on ${JSON.stringify(text)}: ${String(error)}`);
	}
	expectWellFormed(result);
	// The problem lines point into the file.
	const lineCount = text.split("\n").length;
	for (const problem of result.problems) expect(problem.line).toBeLessThanOrEqual(Math.max(lineCount, 2));
}

const YAML_FRAGMENTS = [
	"type: alliance-meeting",
	"type: alliance",
	"type: alliance-reflection",
	"type: alliance-stakeholder",
	"type: alliance-meetng",
	"type: Alliance",
	'type: "alliance-meeting"',
	"alliance: [[Acme]]",
	'alliance: "[[Acme]]"',
	"alliance: [[Acme]], [[Globex]]",
	"alliances:",
	"alliances: [[A]]",
	"date: {{date}}",
	'date: "{{date}}"',
	"date: [[2022-10-25]]",
	"date: 2026-02-30",
	"date: 2026-11-27T23:30:00-08:00",
	"date: 99999-01-01",
	"time: 14:30",
	"time: 99:99:99",
	"trust: 7",
	"trust: 3.5",
	"trust: .nan",
	"respect: -.inf",
	"kpi_nps: 1e400",
	"kpi_: 3",
	"kpi_x: [1, 2]",
	"tags:",
	"tags: a, b",
	"tags: [a, [b]]",
	"attendees: {a: 1}",
	"meeting_type: STEERING",
	"meeting_type: [steering]",
	"partner:",
	"key: value",
	"- item",
	"[[x]]",
	"{{date}}",
	": :",
	"? ",
	"? complex key",
	"&a x",
	"anchor: &a [1, 2]",
	"ref: *a",
	"<<: *a",
	"*a",
	"!!binary aGVsbG8=",
	"bin: !!binary aGVsbG8=",
	"fn: !!js/function 'function(){}'",
	"date: !!timestamp 2026-11-27",
	"set: !!set {a, b}",
	"\t",
	"\tkey: value",
	"  nested: x",
	"'",
	'"',
	'"unclosed',
	"[",
	"{",
	"}",
	"|",
	">",
	"#",
	"# comment",
	"%YAML 1.2",
	"...",
	"---",
	"----",
	"\r",
	"\uFEFF",
	"toString: x",
	"__proto__: x",
	"constructor: x",
	"hasOwnProperty: 1",
	"attendees: &x [*x]",
	"tags: &t [*t, *t]",
	"a: &a [1, 2]\nb: &b [*a, *a, *a]\nattendees: [*b, *b, *b]",
	"<<: *a",
	"partner: AT&T",
	"partner: 5 * 3",
	"description: |\n  *not an alias*\n  &nor an anchor",
];

const BODY_FRAGMENTS = [
	"## Conflicts",
	"## Conflicten",
	"# Actions",
	"### Quick wins",
	"## Decisions",
	"## KPIs",
	"## Wat ging goed",
	"## Lessons",
	"- [ ] Pricing: too high",
	"- [x] [[Scope]]: settled",
	"- [ ] ",
	"- #conflict/",
	"- #conflict/a-b",
	"* item",
	"1. item",
	"2) item",
	"  continued",
	"      - deep",
	"> quote",
	"```",
	"~~~",
	"| key | target | direction |",
	"|---|---|---|",
	"| nps | 1.500 | ↓ |",
	"| nps | x | sideways |",
	"| a |",
	"- [ ] Send @sanne 📅 2026-12-01 ✅ 2026-13-45 ⏫ 🔁 every day",
	"[[",
	"]]",
	"[[a|",
	"<div>",
	"\t- tab",
	"\u00a0",
	"",
	`## Conflicts${" ".repeat(300)}x`,
	`- ${"[[".repeat(200)}`,
	`- a\n  ${"-".repeat(300)}x`,
	`${"- ".repeat(200)}deep`,
	`${"> ".repeat(200)}deep`,
	`- #conflict/a${"-".repeat(300)}b`,
	"- \u001b[31mred\u001b[0m",
];

const lineArb = (fragments: string[]) =>
	fc.oneof(
		{ weight: 6, arbitrary: fc.constantFrom(...fragments) },
		{ weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
		{ weight: 1, arbitrary: fc.tuple(fc.constantFrom(...fragments), fc.constantFrom(...fragments)).map(([a, b]) => `${a} ${b}`) },
	);

const noteArb = fc
	.record({
		head: fc.constantFrom("---", "---", "---", "\uFEFF---", "--- ", "", "---\r"),
		type: fc.constantFrom("type: alliance-meeting", "type: alliance", "type: alliance-reflection", "type: alliance-stakeholder", "", "type: alliance-x"),
		yaml: fc.array(lineArb(YAML_FRAGMENTS), { maxLength: 10 }),
		close: fc.constantFrom("---", "---", "...", "", "--- \r"),
		body: fc.array(lineArb(BODY_FRAGMENTS), { maxLength: 14 }),
		ending: fc.constantFrom("\n", "\n", "\r\n"),
		typeFirst: fc.boolean(),
	})
	.map(({ head, type, yaml, close, body, ending, typeFirst }) => {
		const properties = typeFirst ? [type, ...yaml] : [...yaml, type];
		return [head, ...properties, close, ...body].join(ending);
	});

/** A run of one hostile unit: what makes a super-linear pattern or a recursive reader show itself. */
const runArb = fc
	.record({ unit: fc.constantFrom(" ", "[[", "-", "- ", "> ", "> - ", "{{", "<%", "*", "_", "a_ ", "#", ":", "|", "&", "*x ", "\t", "]]"), count: fc.integer({ min: 1, max: 2000 }) })
	.map(({ unit, count }) => unit.repeat(count));

/** A note with a hostile run in each place a reader looks: a property, a heading, a list item, a table row. */
const hostileNoteArb = fc
	.record({
		type: fc.constantFrom(...NOTE_TYPES),
		property: runArb,
		heading: runArb,
		item: runArb,
		row: runArb,
		alias: fc.constantFrom("", "attendees: &x [*x]\n", "a: &a [1]\nattendees: [*a, *a]\n"),
	})
	.map(
		({ type, property, heading, item, row, alias }) =>
			`---\ntype: ${type}\nalliance: "[[Acme]]"\ndate: 2026-11-27\npartner: a${property}b\n${alias}---\n## Conflicts${heading}\n- ${item}\n## KPIs\n| key | target |\n|---|---|\n| ${row} | 1 |\n## Actions\n- [ ] ${item} @x${row}\n`,
	);

describe("parseNote never throws", () => {
	it("on arbitrary strings", () => {
		fc.assert(fc.property(fc.string({ maxLength: 200 }), parsesCleanly), { numRuns: 500 });
	});

	it("on arbitrary Unicode, lone surrogates included", () => {
		fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), parsesCleanly), { numRuns: 300 });
		fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 100 }), parsesCleanly), { numRuns: 200 });
	});

	it("on arbitrary text behind a real alliance frontmatter", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 300 }), (body) => parsesCleanly(`---\ntype: alliance-meeting\nalliance: "[[Acme]]"\ndate: 2026-11-27\n---\n## Conflicts\n${body}`)),
			{ numRuns: 300 },
		);
	});

	it("on arbitrary YAML in an alliance note", () => {
		fc.assert(fc.property(fc.string({ maxLength: 120 }), (yaml) => parsesCleanly(`---\ntype: alliance\n${yaml}\n---\n`)), { numRuns: 400 });
	});

	it("on notes built from YAML-like fragments and Markdown sections", () => {
		fc.assert(fc.property(noteArb, parsesCleanly), { numRuns: 1500 });
	}, HOSTILE_TIMEOUT_MS);

	it("on the nastiest fragments, one at a time, in every note type", () => {
		for (const type of NOTE_TYPES) {
			for (const fragment of YAML_FRAGMENTS) {
				parsesCleanly(`---\ntype: ${type}\n${fragment}\n---\n`);
				parsesCleanly(`---\ntype: ${type}\nalliance: ${fragment}\ndate: ${fragment}\nalliances: ${fragment}\ntags: ${fragment}\n---\n`);
			}
		}
	});

	it("on hostile runs in every place a reader looks, and on aliases", () => {
		fc.assert(fc.property(hostileNoteArb, parsesCleanly), { numRuns: 300, seed: SEED });
	}, HOSTILE_TIMEOUT_MS);

	it("on every hostile kind of the benchmark, at several sizes", () => {
		for (const kind of HOSTILE_KINDS) for (const size of [1, 100, 5000]) parsesCleanly(kind.make(size));
	}, HOSTILE_TIMEOUT_MS);

	it("and neither does a dashboard built from such notes", () => {
		const profile = "---\ntype: alliance\npartner: Acme Corp\n---\n## KPIs\n| key | target |\n|---|---|\n| nps | 50 |\n";
		fc.assert(
			fc.property(fc.array(fc.oneof(hostileNoteArb, noteArb), { minLength: 1, maxLength: 6 }), (notes) => {
				const index = new VaultIndex();
				index.upsert("Acme.md", profile, 1);
				notes.forEach((text, position) => index.upsert(`Meetings/${position}.md`, text, 1));
				const model = buildDashboard(index, { today: "2026-11-30" });
				expect(model.alliances.length).toBeGreaterThanOrEqual(1);
			}),
			{ numRuns: 300, seed: SEED },
		);
	}, HOSTILE_TIMEOUT_MS);

	it("and gives a problem, not an exception, for YAML tags it does not know", () => {
		const result = parseNote(PATH, "---\ntype: alliance-meeting\nfn: !!js/function 'function(){}'\n---\n");
		expect(result.note).toBeNull();
		expect(result.problems).toEqual([expect.objectContaining({ code: "yaml-invalid", line: 3 })]);
	});
});
