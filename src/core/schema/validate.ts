/**
 * Validates a note's frontmatter against its note type's definition.
 */
import type { Problem, ProblemCode, Severity } from "../model";
import { coerceField, type ValueIssue } from "./coerce";
import type { FieldSpec, NoteSchema } from "./field-spec";

/** Where a problem sits: the file and a way to find a property's line. */
export interface ProblemContext {
	path: string;
	/** The 1-based line a property is written on (the frontmatter's first line when unknown). */
	lineOf: (key: string) => number;
}

/** The typed values of a note's properties, by property name. */
export type FieldValues = Record<string, unknown>;

/** A valid number in a prefixed property, such as `kpi_nps: 42` or `ours_trust: 4`. */
export interface PrefixReading {
	/** The family's prefix, e.g. `kpi_`. */
	prefix: string;
	/** What follows the prefix, lower case. */
	key: string;
	value: number;
	line: number;
}

export interface ValidatedFrontmatter {
	values: FieldValues;
	/** The prefixed properties' numbers, in the order written. */
	readings: PrefixReading[];
	problems: Problem[];
}

/**
 * Writes a problem's message in plain English.
 *
 * @example problemMessage("field-invalid", "trust", "7", "a whole number from 1 to 5")
 *   // "trust: found 7, allowed a whole number from 1 to 5"
 */
export function problemMessage(code: ProblemCode, field: string | undefined, found?: string, allowed?: string): string {
	const subject = field ? `${field}: ` : "";
	switch (code) {
		case "yaml-invalid":
			return `the frontmatter is not valid YAML: ${found ?? "unreadable"}`;
		case "field-missing":
			return `${subject}missing; this property is required (${allowed ?? "a value"})`;
		case "template-unfilled":
			return `${subject}template not filled in (found ${found ?? "{{…}}"})`;
		case "link-unquoted":
			return `${subject}link ${found ?? ""} is not quoted; read as the link, but write it as ${allowed ?? "a quoted link"}`;
		case "link-unresolved":
			return `${subject}no note found for ${found ?? "the link"}; ${allowed ?? "link to an existing note"}`;
		case "yaml-alias":
			return `${subject}YAML anchors and aliases (& and *) are not read in alliance notes (found ${found ?? "an alias"}); ${allowed ?? "write the value out"}`;
		case "section-read-line-by-line":
			return `${subject}too large or too deeply nested to read in full; read line by line`;
		case "note-unreadable":
			return `the note could not be read (${found ?? "unreadable"}); the other notes are read as usual`;
		default:
			return `${subject}found ${found ?? "nothing"}, allowed ${allowed ?? "something else"}`;
	}
}

/** Builds a {@link Problem} with its message. */
export function makeProblem(
	path: string,
	line: number,
	code: ProblemCode,
	severity: Severity,
	field: string | undefined,
	found?: string,
	allowed?: string,
): Problem {
	const problem: Problem = { path, line, severity, code, message: problemMessage(code, field, found, allowed) };
	if (field !== undefined) problem.field = field;
	if (found !== undefined) problem.found = found;
	if (allowed !== undefined) problem.allowed = allowed;
	return problem;
}

function issueProblem(context: ProblemContext, key: string, issue: ValueIssue): Problem {
	return makeProblem(context.path, context.lineOf(key), issue.code, issue.severity, key, issue.found, issue.allowed);
}

function describeAllowed(spec: FieldSpec): string {
	switch (spec.kind) {
		case "enum":
			return `one of ${(spec.values ?? []).join(", ")}`;
		case "link":
			return 'a link such as "[[Acme]]"';
		case "links":
			return 'a list of links such as ["[[Acme]]"]';
		case "date":
			return "a date written YYYY-MM-DD";
		default:
			return spec.kind;
	}
}

/** Empty properties (`phase:` with nothing after it) are common and mean "not set". */
function isEmpty(raw: unknown): boolean {
	return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "") || (Array.isArray(raw) && raw.length === 0);
}

/**
 * Checks every property the note type defines and reads it into its typed value.
 * Properties the schema does not know are the user's own and left alone.
 *
 * @param schema the note type's definition
 * @param data the frontmatter as YAML parsed it
 * @param context the file, and where each property is written
 */
export function validateFrontmatter(schema: NoteSchema, data: Record<string, unknown>, context: ProblemContext): ValidatedFrontmatter {
	const values: FieldValues = {};
	const problems: Problem[] = [];
	for (const spec of schema.fields) {
		const raw = data[spec.key];
		if (isEmpty(raw)) {
			if (spec.required) {
				problems.push(makeProblem(context.path, context.lineOf(spec.key), "field-missing", "error", spec.key, undefined, describeAllowed(spec)));
			}
			continue;
		}
		const coerced = coerceField(raw, spec);
		if (coerced.issue) problems.push(issueProblem(context, spec.key, coerced.issue));
		if (coerced.value !== undefined) values[spec.key] = coerced.value;
	}
	const readings: PrefixReading[] = [];
	for (const [key, raw] of Object.entries(data)) {
		const prefixSpec = schema.prefixFields.find((candidate) => key.startsWith(candidate.prefix) && key.length > candidate.prefix.length);
		if (!prefixSpec || isEmpty(raw)) continue;
		const spec: FieldSpec = { key, kind: prefixSpec.kind, description: prefixSpec.description };
		if (prefixSpec.min !== undefined) spec.min = prefixSpec.min;
		if (prefixSpec.max !== undefined) spec.max = prefixSpec.max;
		const coerced = coerceField(raw, spec);
		if (coerced.issue) problems.push(issueProblem(context, key, coerced.issue));
		if (typeof coerced.value === "number") {
			readings.push({ prefix: prefixSpec.prefix, key: key.slice(prefixSpec.prefix.length).toLowerCase(), value: coerced.value, line: context.lineOf(key) });
		}
	}
	return { values, readings, problems };
}

/**
 * Reads Obsidian's `tags` property, written as a list, a string, a
 * comma-separated string or nothing at all.
 *
 * @example readTags("meeting, #alliance") // ["meeting", "alliance"]
 */
export function readTags(raw: unknown): string[] {
	const entries = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[,\s]+/) : [];
	const tags: string[] = [];
	for (const entry of entries) {
		if (typeof entry !== "string" && typeof entry !== "number") continue;
		const tag = String(entry).trim().replace(/^#/, "").toLowerCase();
		if (tag) tags.push(tag);
	}
	return tags;
}

/** Reads Obsidian's `aliases` property (a list or one string). */
export function readAliases(raw: unknown): string[] {
	const entries = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(",") : [];
	return entries
		.filter((entry): entry is string | number => typeof entry === "string" || typeof entry === "number")
		.map((entry) => String(entry).trim())
		.filter(Boolean);
}

