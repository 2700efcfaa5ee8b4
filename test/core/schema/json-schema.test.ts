/// <reference types="node" />
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv, { type ValidateFunction } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NOTE_TYPES, type NoteType, type Problem, type ProblemCode } from "../../../src/core/model";
import { keepWrittenDays, locateFrontmatter, propertyLines, readFrontmatterYaml } from "../../../src/core/parse/frontmatter";
import { parseNote } from "../../../src/core/parse/parse-note";
import { coerceField } from "../../../src/core/schema/coerce";
import { NOTE_SCHEMAS } from "../../../src/core/schema/definitions";
import type { FieldSpec } from "../../../src/core/schema/field-spec";
import {
	caseInsensitive,
	DATE_PATTERN,
	integerRangePattern,
	jsonSchemaFileName,
	noteJsonSchema,
	noteJsonSchemas,
} from "../../../src/core/schema/json-schema";

const exampleVault = fileURLToPath(new URL("../../../examples/vault", import.meta.url));

/** Problems JSON Schema cannot see: whether a link leads to a note, and the body's KPI table. */
const NOT_FRONTMATTER: ReadonlySet<ProblemCode> = new Set(["link-unresolved", "kpi-table-invalid"]);

/**
 * An independent validator, strict: a schema with an unknown keyword or a
 * keyword applied to the wrong type would not compile. (Union types such as
 * `["string", "number"]` are plain JSON Schema; ajv only asks to allow them.)
 */
function validators(): Record<NoteType, ValidateFunction> {
	const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true, strictNumbers: true });
	const schemas = noteJsonSchemas();
	return Object.fromEntries(NOTE_TYPES.map((type) => [type, ajv.compile(schemas[type])])) as Record<NoteType, ValidateFunction>;
}

/** Plain JSON data, the way an editor sees YAML: dates are the text they were written as. */
function asJson(value: unknown): unknown {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return value.map(asJson);
	if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, asJson(inner)]));
	return value;
}

/** The frontmatter as our parser reads it (the same YAML reading, so only the schema is compared). */
function frontmatterData(text: string): Record<string, unknown> {
	const block = locateFrontmatter(text);
	if (!block) throw new Error("no frontmatter");
	const yaml = readFrontmatterYaml(block);
	if (!yaml.ok) throw new Error(yaml.reason);
	const data = yaml.data as Record<string, unknown>;
	keepWrittenDays(block, data, propertyLines(block));
	return asJson(data) as Record<string, unknown>;
}

interface Verdict {
	type: NoteType;
	ours: Problem[];
	jsonSchemaValid: boolean;
	errors: unknown;
}

function judge(path: string, text: string, validate: Record<NoteType, ValidateFunction>): Verdict | undefined {
	const result = parseNote(path, text);
	if (!result.note) return undefined;
	const check = validate[result.note.type];
	const jsonSchemaValid = check(frontmatterData(text));
	return {
		type: result.note.type,
		ours: result.problems.filter((problem) => !NOT_FRONTMATTER.has(problem.code)),
		jsonSchemaValid,
		errors: check.errors,
	};
}

function markdownFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
		.sort();
}

describe("the JSON Schemas come from the note type definitions", () => {
	it("there is one schema per note type, named <type>.schema.json", () => {
		expect(Object.keys(noteJsonSchemas()).sort()).toEqual([...NOTE_TYPES].sort());
		expect(jsonSchemaFileName("alliance-meeting")).toBe("alliance-meeting.schema.json");
	});

	it("each schema requires the type and the required properties, and describes every property", () => {
		for (const type of NOTE_TYPES) {
			const definition = NOTE_SCHEMAS[type];
			const schema = noteJsonSchema(definition) as { required: string[]; properties: Record<string, { description?: string }>; title: string; description: string };
			expect(schema.title).toBe(definition.title);
			expect(schema.description).toBe(definition.description);
			expect(schema.required).toEqual(["type", ...definition.fields.filter((field) => field.required).map((field) => field.key)]);
			expect(Object.keys(schema.properties)).toEqual(["type", ...definition.fields.map((field) => field.key)]);
			for (const field of definition.fields) expect(schema.properties[field.key]?.description).toBe(field.description);
		}
	});

	it("a health check's ours_<dimension> and theirs_<dimension> are ratings, by pattern", () => {
		const schema = noteJsonSchema(NOTE_SCHEMAS["alliance-health-check"]) as { patternProperties?: Record<string, unknown> };
		expect(Object.keys(schema.patternProperties ?? {})).toEqual(["^ours_[\\s\\S]", "^theirs_[\\s\\S]"]);
	});

	it("a stakeholder's role suggests the key roles and takes any text", () => {
		const schema = noteJsonSchema(NOTE_SCHEMAS["alliance-stakeholder"]) as { properties: { role: { examples?: string[] } } };
		expect(schema.properties.role.examples).toEqual(expect.arrayContaining(["executive-sponsor", "decision-maker", "champion"]));
	});

	it("a meeting's kpi_<key> properties are numbers, by pattern", () => {
		const schema = noteJsonSchema(NOTE_SCHEMAS["alliance-meeting"]) as { patternProperties?: Record<string, unknown> };
		expect(Object.keys(schema.patternProperties ?? {})).toEqual(["^kpi_[\\s\\S]"]);
	});

	it("compiles under ajv's strict mode", () => {
		expect(() => validators()).not.toThrow();
	});
});

describe("ajv with our JSON Schemas agrees with our own validation, note by note", () => {
	const validate = validators();

	it("over every alliance note in the example vault, the deliberate trust: 7 being the one invalid note", () => {
		const verdicts = markdownFiles(exampleVault).flatMap((path) => {
			const verdict = judge(path, readFileSync(join(exampleVault, path), "utf8"), validate);
			return verdict ? [{ path, ...verdict }] : [];
		});
		expect(verdicts.length).toBeGreaterThan(60);
		expect(new Set(verdicts.map((verdict) => verdict.type))).toEqual(new Set(NOTE_TYPES));
		for (const verdict of verdicts) {
			const disagreement = { path: verdict.path, ours: verdict.ours, ajv: verdict.errors };
			expect(verdict.jsonSchemaValid, JSON.stringify(disagreement)).toBe(verdict.ours.length === 0);
		}
		expect(verdicts.filter((verdict) => !verdict.jsonSchemaValid).map((verdict) => verdict.path)).toEqual([
			"Alliances/Northwind/Meetings/2026-06-30 Northwind.md",
		]);
	});

	const cases: [type: string, yaml: string, valid: boolean][] = [
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27', true],
		["Alliance-Meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27', true],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\ntrust: 7', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\ntrust: "4"', true],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\ntrust: 4.0', true],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\ntrust: 3.5', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\ntrust: " 05,0 "', true],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\ntrust: 0', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\ntrust: yes', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\ntrust:', true],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\ntrust: ""', true],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\ntrust: "{{trust}}"', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-02-30', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: "2024-02-29"', true],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: "2026-02-29"', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: "[[2026-11-27]]"', true],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: [[2026-11-27]]', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27T10:00:00Z', true],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: "2026-11-27 10:00"', true],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: "27-11-2026"', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: "{{date}}"', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: <% tp.date.now() %>', false],
		["alliance-meeting", 'alliance: "[[Acme]]"', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\ntime: "14:30"', true],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\ntime: 14:30', true],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\ntime: "9.05"', true],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\ntime: "25:00"', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nmeeting_type: Steering', true],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nmeeting_type: " health-check "', true],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nmeeting_type: board', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nattendees: [Sanne, "[[Piet]]", 7]', true],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nattendees: Sanne, Piet', true],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nattendees: true', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nattendees: [[Piet]]', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nattendees:\n  - { a: 1 }', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nattendees:\n  - "{{attendee}}"', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nkpi_nps: 42.5\nkpi_otd: "87,2"\nkpi_empty:', true],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nkpi_nps: n/a', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nkpi_nps: .inf', false],
		["alliance-meeting", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nkpi_: anything\nmood: great', true],
		["alliance-meeting", 'alliance: "[[Acme|the partner]]"\ndate: 2026-11-27', true],
		["alliance-meeting", 'alliance: "[Acme](Acme.md)"\ndate: 2026-11-27', true],
		["alliance-meeting", 'alliance: "[Acme](#top)"\ndate: 2026-11-27', false],
		["alliance-meeting", "alliance: Acme\ndate: 2026-11-27", true],
		["alliance-meeting", 'alliance: "[[ ]]"\ndate: 2026-11-27', false],
		["alliance-meeting", 'alliance: "[[.md]]"\ndate: 2026-11-27', false],
		["alliance-meeting", 'alliance: "[[Acme]] and [[Beta]]"\ndate: 2026-11-27', false],
		["alliance-meeting", "alliance: 42\ndate: 2026-11-27", false],
		["alliance-meeting", "alliance: [[Acme]]\ndate: 2026-11-27", false],
		["alliance-meeting", 'alliance: ""\ndate: 2026-11-27', false],
		["alliance", "partner: Acme Corp", true],
		["alliance", "status: active", false],
		["alliance", "partner: 42", true],
		["alliance", "partner: [a, b]", false],
		["alliance", "partner: Acme\nstatus: Active\nphase: execution\nstarted: 2025-09-15", true],
		["alliance", "partner: Acme\nphase: launched", false],
		["alliance", "partner: Acme\nreview_every_days: 0", false],
		["alliance", "partner: Acme\nreview_every_days: 3650", true],
		["alliance", "partner: Acme\nreview_every_days: 3651", false],
		["alliance", 'partner: Acme\nreview_every_days: "90"', true],
		["alliance", 'partner: Acme\nowner: "[[Sanne]]"', true],
		["alliance", "partner: Acme\nowner: [[Sanne]]", false],
		["alliance", "partner: Acme\nnext_meeting: soon", false],
		["alliance-reflection", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nrelationship: 6', false],
		["alliance-reflection", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nrelationship: 5\nadoption_stage: Belief\ntrigger: incident', true],
		["alliance-reflection", 'alliance: "[[Acme]]"\ndate: 2026-11-27\ntrigger: boredom', false],
		["alliance-stakeholder", 'alliances:\n  - "[[Acme]]"\n  - "[[Beta]]"', true],
		["alliance-stakeholder", 'alliances: "[[Acme]], [[Beta]]"', true],
		["alliance-stakeholder", "alliances: Acme, Beta", true],
		["alliance-stakeholder", 'alliances: "[[ ]]"', false],
		["alliance-stakeholder", "alliances: []", false],
		["alliance-stakeholder", 'alliances: [null, "[[Acme]]"]', true],
		["alliance-stakeholder", 'alliances: ["  "]', false],
		["alliance-stakeholder", "alliances: 7", false],
		["alliance-stakeholder", 'alliances: ["[[Acme]]"]\nside: partner\nstance: Champion\ninfluence: high\nstage: belief\nlast_contact: ""\ncontact_every_days: 14', true],
		["alliance-stakeholder", 'alliances: ["[[Acme]]"]\nstance: enemy', false],
		["alliance-stakeholder", 'alliances: ["[[Acme]]"]\ncontact_every_days: -3', false],
		["alliance-stakeholder", 'alliances: ["[[Acme]]"]\nrole: executive-sponsor', true],
		["alliance-stakeholder", 'alliances: ["[[Acme]]"]\nrole: Head of Sales, our champion', true],
		["alliance-health-check", 'alliance: "[[Acme]]"\ndate: 2026-11-27', true],
		["alliance-health-check", "date: 2026-11-27", false],
		["alliance-health-check", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nours_trust: 4\ntheirs_trust: "3"\nours_market_access: 5\ntheirs_market_access:', true],
		["alliance-health-check", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nours_trust: 6', false],
		["alliance-health-check", 'alliance: "[[Acme]]"\ndate: 2026-11-27\ntheirs_value: 2.5', false],
		["alliance-health-check", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nours_trust: "{{trust}}"', false],
		["alliance-health-check", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nours_: 9\nouters: 9', true],
		["alliance-health-check", 'alliance: "[[Acme]]"\ndate: 2026-11-27\nour_participants: ["[[Sanne]]", Lotte]\ntheir_participants: James, Emily', true],
		["alliance-health-check", 'alliance: "[[Acme]]"\ndate: 2026-11-27\ntheir_participants: [[James]]', false],
	];

	it.each(cases)("type %s with %j: valid is %s in both", (type, yaml, valid) => {
		const verdict = judge("Notes/case.md", `---\ntype: ${type}\n${yaml}\n---\n`, validate);
		expect(verdict).toBeDefined();
		expect({ ours: (verdict?.ours.length ?? 1) === 0, jsonSchema: verdict?.jsonSchemaValid }).toEqual({ ours: valid, jsonSchema: valid });
	});
});

describe("the patterns behind the schemas", () => {
	it("a whole-number range matches exactly the numbers in it", () => {
		for (const [min, max] of [[1, 5], [1, 3650], [0, 1439], [7, 7], [15, 250], [99, 1000]] as const) {
			const pattern = new RegExp(`^(?:${integerRangePattern(min, max)})$`, "u");
			fc.assert(
				fc.property(fc.integer({ min: 0, max: 20_000 }), (number) => pattern.test(String(number)) === (number >= min && number <= max)),
				{ numRuns: 2000 },
			);
			for (const edge of [min - 1, min, max, max + 1]) expect(pattern.test(String(edge)), `${min}..${max}: ${edge}`).toBe(edge >= min && edge <= max);
		}
	});

	it("a date is exactly what our validation takes for a calendar day", () => {
		const date = new RegExp(DATE_PATTERN, "u");
		const spec: FieldSpec = { key: "date", kind: "date", description: "" };
		const pad = (number: number, width: number) => String(number).padStart(width, "0");
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
				const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
				return date.test(text) === (coerceField(text, spec).issue === undefined);
			}),
			{ numRuns: 5000 },
		);
		for (const leap of ["2000-02-29", "2024-02-29", "1600-02-29"]) expect(date.test(leap), leap).toBe(true);
		for (const notLeap of ["1900-02-29", "2026-02-29", "2100-02-29", "0000-02-29"]) expect(date.test(notLeap), notLeap).toBe(false);
	});

	it("a whole number written as text is read as our validation reads it", () => {
		const rating = NOTE_SCHEMAS["alliance-meeting"].fields.find((field) => field.key === "trust");
		if (!rating) throw new Error("no trust rating");
		const schema = noteJsonSchema(NOTE_SCHEMAS["alliance-meeting"]) as { properties: { trust: unknown } };
		const ajv = new Ajv({ strict: true, allowUnionTypes: true });
		const check = ajv.compile({ definitions: (noteJsonSchema(NOTE_SCHEMAS["alliance-meeting"]) as { definitions: unknown }).definitions, ...(schema.properties.trust as object) });
		const numberText = fc
			.tuple(fc.constantFrom("", " ", "+", "-", "0"), fc.integer({ min: 0, max: 9 }), fc.constantFrom("", ".0", ",00", ".5", ",", "x"), fc.constantFrom("", " "))
			.map(([before, digit, after, space]) => `${before}${digit}${after}${space}`);
		fc.assert(
			fc.property(numberText, (text) => check(text) === (text.trim() === "" || coerceField(text, rating).issue === undefined)),
			{ numRuns: 2000 },
		);
	});

	it("choice list values match in any case", () => {
		const pattern = new RegExp(`^${caseInsensitive("health-check")}$`, "u");
		expect(["health-check", "Health-Check", "HEALTH-CHECK"].every((value) => pattern.test(value))).toBe(true);
		expect(pattern.test("healthcheck")).toBe(false);
	});
});
