/**
 * Validates a note's frontmatter against its note type's definition.
 */
import type { Allowed, Problem, ProblemCode, Severity } from "../model";
import { allowedNumber, coerceField, type ValueIssue } from "./coerce";
import type { FieldSpec, NoteSchema, PrefixFieldSpec } from "./field-spec";

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

/** The parts of a problem besides its place, code and severity. */
export interface ProblemParts {
	field?: string;
	kpi?: Problem["kpi"];
	found?: string;
	allowed?: Allowed;
	detail?: string;
}

/**
 * Builds a {@link Problem} from facts (no sentence: the presentation layer writes it).
 *
 * @example makeProblem("M.md", 3, "field-invalid", "error", { field: "trust", found: "7", allowed: { kind: "integer-range", min: 1, max: 5 } })
 */
export function makeProblem(path: string, line: number, code: ProblemCode, severity: Severity, parts: ProblemParts = {}): Problem {
	const problem: Problem = { path, line, severity, code };
	if (parts.field !== undefined) problem.field = parts.field;
	if (parts.kpi !== undefined) problem.kpi = parts.kpi;
	if (parts.found !== undefined && parts.found !== "") problem.found = parts.found;
	if (parts.allowed !== undefined) problem.allowed = parts.allowed;
	if (parts.detail !== undefined) problem.detail = parts.detail;
	return problem;
}

function issueProblem(context: ProblemContext, key: string, issue: ValueIssue): Problem {
	return makeProblem(context.path, context.lineOf(key), issue.code, issue.severity, { field: key, found: issue.found, allowed: issue.allowed });
}

function describeAllowed(spec: FieldSpec): Allowed {
	switch (spec.kind) {
		case "enum":
			return { kind: "one-of", values: [...(spec.values ?? [])] };
		case "text-list":
			return { kind: "names-or-links" };
		case "integer":
		case "number":
			return allowedNumber(spec, spec.kind === "integer");
		default:
			return { kind: spec.kind };
	}
}

/**
 * Empty properties (`phase:` with nothing after it) are common and mean "not set".
 *
 * @example isEmptyValue("  ") // true
 */
export function isEmptyValue(raw: unknown): boolean {
	return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "") || (Array.isArray(raw) && raw.length === 0);
}

const NO_KEYS: readonly string[] = [];

/** Each prefixed family as the field spec its values are read by (a value's reading needs no key). */
const PREFIX_FIELD_SPECS = new WeakMap<PrefixFieldSpec, FieldSpec>();

/** The field spec a prefixed family's values are read by, made once per family. */
export function fieldSpecOf(prefixSpec: PrefixFieldSpec): FieldSpec {
	let spec = PREFIX_FIELD_SPECS.get(prefixSpec);
	if (spec === undefined) {
		spec = { key: prefixSpec.prefix, kind: prefixSpec.kind, description: prefixSpec.description };
		if (prefixSpec.min !== undefined) spec.min = prefixSpec.min;
		if (prefixSpec.max !== undefined) spec.max = prefixSpec.max;
		PREFIX_FIELD_SPECS.set(prefixSpec, spec);
	}
	return spec;
}

/** The prefixed family a property belongs to (`kpi_nps` to `kpi_`), if any: a loop, not a callback per property. */
export function prefixFieldOf(prefixFields: NoteSchema["prefixFields"], key: string): NoteSchema["prefixFields"][number] | undefined {
	for (const candidate of prefixFields) if (key.length > candidate.prefix.length && key.startsWith(candidate.prefix)) return candidate;
	return undefined;
}

/**
 * A prefixed property's number as a reading: `kpi_NPS: 42` is the reading
 * `nps` of the family `kpi_`.
 *
 * @example prefixReading({ prefix: "kpi_", kind: "number", description: "" }, "kpi_NPS", 42, 9) // { prefix: "kpi_", key: "nps", value: 42, line: 9 }
 */
export function prefixReading(prefixSpec: PrefixFieldSpec, key: string, value: number, line: number): PrefixReading {
	return { prefix: prefixSpec.prefix, key: key.slice(prefixSpec.prefix.length).toLowerCase(), value, line };
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
		if (isEmptyValue(raw)) {
			if (spec.required) {
				problems.push(makeProblem(context.path, context.lineOf(spec.key), "field-missing", "error", { field: spec.key, allowed: describeAllowed(spec) }));
			}
			continue;
		}
		const coerced = coerceField(raw, spec);
		if (coerced.issue) problems.push(issueProblem(context, spec.key, coerced.issue));
		if (coerced.value !== undefined) values[spec.key] = coerced.value;
	}
	const readings: PrefixReading[] = [];
	const { prefixFields } = schema;
	for (const key of prefixFields.length === 0 ? NO_KEYS : Object.keys(data)) {
		const prefixSpec = prefixFieldOf(prefixFields, key);
		const raw = data[key];
		if (!prefixSpec || isEmptyValue(raw)) continue;
		const coerced = coerceField(raw, fieldSpecOf(prefixSpec));
		if (coerced.issue) problems.push(issueProblem(context, key, coerced.issue));
		if (typeof coerced.value === "number") readings.push(prefixReading(prefixSpec, key, coerced.value, context.lineOf(key)));
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
	const entries: unknown[] = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(",") : [];
	const aliases: string[] = [];
	for (const entry of entries) {
		if (typeof entry !== "string" && typeof entry !== "number") continue;
		const alias = String(entry).trim();
		if (alias) aliases.push(alias);
	}
	return aliases;
}

