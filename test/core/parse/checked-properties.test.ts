/// <reference types="node" />
/**
 * The checked-properties fast path reads the common frontmatter in one pass;
 * the general path (the YAML scanner or gray-matter, then the note type's
 * validation) is its judge. Whenever the fast path answers, its answer must
 * be the general path's exactly, keys in the same order; a frontmatter laid
 * out the common way with nothing wrong in it must be answered; anything with
 * a problem must be left to the general path, which alone says what is wrong.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NOTE_TYPES, type NoteType } from "../../../src/core/model";
import { readCheckedProperties } from "../../../src/core/parse/checked-properties";
import { type FrontmatterBlock, locateFrontmatter } from "../../../src/core/parse/frontmatter";
import { parseNote, propertiesOf } from "../../../src/core/parse/parse-note";
import { NOTE_SCHEMAS } from "../../../src/core/schema/definitions";
import type { FieldSpec } from "../../../src/core/schema/field-spec";

const RUNS = 2000;
const PATH = "Alliances/Acme/Meetings/2026-11-27 Acme.md";

function blockOf(lines: readonly string[], eol = "\n"): FrontmatterBlock {
	const block = locateFrontmatter(`---${eol}${lines.join(eol)}${eol}---${eol}# Notes${eol}`);
	if (!block) throw new Error(`no frontmatter in ${JSON.stringify(lines)}`);
	return block;
}

/** The fast path's answer, held to the general path's; `undefined` when it declined. */
function checkedAndCompared(block: FrontmatterBlock): ReturnType<typeof readCheckedProperties> {
	const fast = readCheckedProperties(block);
	if (fast !== undefined) {
		const general = propertiesOf(PATH, block);
		expect(general).toStrictEqual(fast);
		// Same keys in the same order too: the index saves fieldLines and values as written here.
		expect(JSON.stringify(fast)).toBe(JSON.stringify(general));
	}
	return fast;
}

/** Values a field of each kind holds when nothing is wrong, as written after `key: `. */
function validValues(spec: FieldSpec): string[] {
	switch (spec.kind) {
		case "enum":
			return (spec.values ?? []).map(String);
		case "date":
			return ["2026-11-27", "2024-02-29", '"2026-01-05"'];
		case "time":
			return ['"10:00"', '"09:30"', "'23:59'"];
		case "integer":
		case "number":
			return [String(spec.min ?? 1), String(spec.max ?? 3)];
		case "link":
			return ['"[[Acme]]"', "'[[Acme Corp|Acme]]'"];
		default:
			return ["Acme Corp", "Sanne de Vries", '"Pieter: sales"', "ACME-1"];
	}
}

/** Values that break a field, are empty, or that only YAML reads right. */
const ODD_VALUES = ["", "unknown", "0", "6", "2.5", "-1", "2026-02-30", "27-11-2026", "10:00", "[[Acme]]", "[]", "~", "null", "yes", "x # note", '"a\\"b"', "Acme  "];

/** A list property written as items: names, links, or something odd. */
const listItemArb = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom('"[[Person 1]]"', "Sanne", "'[[Acme]]'", "Pieter de Boer") },
	{ weight: 1, arbitrary: fc.constantFrom("", "- nested", "2026-11-27", "1", "null", "[[Acme]]") },
);

/** One property as lines: `key: value`, or `key:` with list items. */
function propertyArb(spec: FieldSpec, wild: boolean): fc.Arbitrary<string[]> {
	if (spec.kind === "text-list" || spec.kind === "links") {
		const clean = spec.kind === "links" ? fc.constantFrom('"[[Acme]]"', "'[[Acme Corp]]'") : fc.constantFrom('"[[Person 1]]"', "Sanne", "'[[Acme]]'");
		const items = fc.array(wild ? listItemArb : clean, { minLength: 1, maxLength: 3 });
		const asItems = items.map((values) => [`${spec.key}:`, ...values.map((value) => `  - ${value}`)]);
		return wild ? fc.oneof(asItems, fc.constantFrom<string[]>([`${spec.key}: []`], [`${spec.key}:`], [`${spec.key}: Sanne`])) : asItems;
	}
	const valid = fc.constantFrom(...validValues(spec));
	const value = wild ? fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom(...ODD_VALUES) }) : valid;
	return value.map((written) => [written === "" ? `${spec.key}:` : `${spec.key}: ${written}`]);
}

/** Properties of families (`kpi_…`, `ours_…`, `theirs_…`) and of the user's own. */
function extraArb(type: NoteType, wild: boolean): fc.Arbitrary<string[]> {
	const families = NOTE_SCHEMAS[type].prefixFields.map((family) => family.prefix);
	const numbers = wild ? fc.constantFrom("1", "3", "4.5", "-2", "9", "x", "") : fc.constantFrom("1", "3", "5");
	const family = families.length === 0 ? fc.constant<string[]>(["mood: calm"]) : fc.tuple(fc.constantFrom(...families), fc.constantFrom("trust", "nps", "On_Time", "x"), numbers).map(([prefix, name, value]) => [value === "" ? `${prefix}${name}:` : `${prefix}${name}: ${value}`]);
	const own = fc.constantFrom<string[]>(["mood: calm"], ["aliases:", "  - Acme"], ["aliases: Acme, ACME"], ["tags:", "  - meeting"], ["tags: meeting, alliance"], ["cssclasses:", "  - wide"]);
	// ` #` starts a comment in YAML: only the general path reads that.
	const wildOwn = fc.constantFrom<string[]>(["tags: meeting #alliance"], ["aliases: []"], ["tags: '#alliance'"]);
	return wild ? fc.oneof(family, own, wildOwn) : fc.oneof(family, own);
}

/** How a frontmatter may be laid out otherwise than the fast path reads: each must send it to the general path. */
const ODD_LINES = ["", "  ", "# comment", "  # comment", "mood:  calm", "mood: calm ", "Mood: calm", "True: 1", "__proto__: x", "key with space: 1", "nested:", "  a: 1", "flow: [a, b]", "block: |", "  text"];

function frontmatterArb(wild: boolean): fc.Arbitrary<{ lines: string[]; eol: string }> {
	return fc.constantFrom(...NOTE_TYPES).chain((type) => {
		const schema = NOTE_SCHEMAS[type];
		const typeLine = wild
			? fc.oneof({ weight: 6, arbitrary: fc.constant(`type: ${type}`) }, { weight: 1, arbitrary: fc.constantFrom(`type: "${type}"`, `type: ${type.toUpperCase()}`, `type:  ${type}`, "type: alliance-unknown") })
			: fc.constant(`type: ${type}`);
		// A note without a required field is a problem: the clean frontmatter has them all.
		const fields = schema.fields.map((spec) => (spec.required && !wild ? propertyArb(spec, wild).map((lines) => [lines]) : fc.array(propertyArb(spec, wild), { maxLength: 1 })));
		return fc.record({
			typeLine,
			fields: fc.tuple(...fields).map((groups) => groups.flat()),
			extras: fc.uniqueArray(extraArb(type, wild), { maxLength: 3, selector: (lines) => lines[0]?.split(":")[0] }),
			odd: wild ? fc.oneof({ weight: 3, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.array(fc.constantFrom(...ODD_LINES), { minLength: 1, maxLength: 2 }) }) : fc.constant<string[]>([]),
			order: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
			oddAt: fc.nat(),
			eol: wild ? fc.oneof({ weight: 8, arbitrary: fc.constant("\n") }, { weight: 1, arbitrary: fc.constant("\r\n") }) : fc.constant("\n"),
		}).map(({ typeLine, fields, extras, odd, order, oddAt, eol }) => {
			const properties = [...fields, ...extras];
			// Properties in any order (each with its list items), the type among them.
			const shuffled = properties.map((lines, position) => ({ lines, rank: order[position % order.length] ?? 0 })).sort((a, b) => a.rank - b.rank);
			const lines = [[typeLine], ...shuffled.map((entry) => entry.lines)];
			if (odd.length > 0) lines.splice(oddAt % (lines.length + 1), 0, odd);
			return { lines: lines.flat(), eol };
		});
	});
}

describe("checked properties", () => {
	it("reads a frontmatter laid out the common way, with nothing wrong in it, exactly as the general path does", () => {
		fc.assert(
			fc.property(frontmatterArb(false), ({ lines, eol }) => {
				expect(checkedAndCompared(blockOf(lines, eol))).toBeDefined();
			}),
			{ numRuns: RUNS },
		);
	});

	it("answers any frontmatter as the general path does, or leaves it to the general path", () => {
		let answered = 0;
		let declined = 0;
		fc.assert(
			fc.property(frontmatterArb(true), ({ lines, eol }) => {
				if (checkedAndCompared(blockOf(lines, eol)) === undefined) declined++;
				else answered++;
			}),
			{ numRuns: RUNS },
		);
		// Both kinds of answer were put to the test.
		expect(answered).toBeGreaterThan(RUNS / 40);
		expect(declined).toBeGreaterThan(RUNS / 5);
	});

	it("leaves every problem to the general path, which names it", () => {
		const cases: { lines: string[]; code: string }[] = [
			{ lines: ["type: alliance-meeting", "date: 2026-11-27"], code: "field-missing" },
			{ lines: ["type: alliance-meeting", 'alliance: "[[Acme]]"', "date: 2026-11-27", "trust: 7"], code: "field-invalid" },
			{ lines: ["type: alliance-meeting", 'alliance: "[[Acme]]"', "date: 2026-11-27", "kpi_nps: many"], code: "field-invalid" },
			{ lines: ["type: alliance-health-check", 'alliance: "[[Acme]]"', "date: 2026-11-27", "ours_trust: 9"], code: "field-invalid" },
		];
		for (const { lines, code } of cases) {
			const block = blockOf(lines);
			expect(readCheckedProperties(block)).toBeUndefined();
			const text = `---\n${lines.join("\n")}\n---\n`;
			expect(parseNote(PATH, text).problems.map((problem) => problem.code)).toContain(code);
		}
	});

	it("leaves other layouts to the general path: a blank line, a comment, a carriage return, a second space", () => {
		const base = ["type: alliance-meeting", 'alliance: "[[Acme]]"', "date: 2026-11-27"];
		expect(checkedAndCompared(blockOf(base))).toMatchObject({ type: "alliance-meeting", values: { alliance: { target: "Acme" }, date: "2026-11-27" }, fieldLines: { alliance: 3, date: 4 } });
		for (const odd of ["", "# comment", "time:  \"10:00\"", "mood: calm "]) expect(readCheckedProperties(blockOf([...base, odd]))).toBeUndefined();
		expect(readCheckedProperties(blockOf(base, "\r\n"))).toBeUndefined();
	});

	it("reads the example vault and the real-world notes as the general path does", () => {
		const root = fileURLToPath(new URL("../../..", import.meta.url));
		// The real-world notes kept in the repository, and the larger collection beside it when it is there.
		const folders = ["examples/vault", "test/fixtures/real-vaults", "../shared/real-vaults"].map((folder) => join(root, folder));
		let answered = 0;
		let read = 0;
		for (const file of folders.flatMap(markdownFiles)) {
			const block = locateFrontmatter(readFileSync(file, "utf8"));
			if (!block) continue;
			read++;
			if (checkedAndCompared(block) !== undefined) answered++;
		}
		expect(read).toBeGreaterThan(20);
		expect(answered).toBeGreaterThan(10);
	});
});

function markdownFiles(folder: string): string[] {
	let entries: string[];
	try {
		entries = readdirSync(folder);
	} catch {
		return [];
	}
	return entries.flatMap((name) => {
		const path = join(folder, name);
		if (name.startsWith(".")) return [];
		if (statSync(path).isDirectory()) return markdownFiles(path);
		return name.endsWith(".md") ? [path] : [];
	});
}
