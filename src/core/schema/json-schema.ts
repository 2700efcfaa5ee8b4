/**
 * JSON Schemas (draft-07) for the note types, generated from the same
 * definitions as validation and templates, so editors such as VS Code can
 * check an alliance note's frontmatter too.
 *
 * Each schema accepts what Alliance Journal's own validation accepts, read
 * the way it reads YAML: empty properties mean "not set", numbers may be
 * written as text (`"4"`), values of choice lists ignore case, dates may be
 * links to daily notes (`"[[2026-11-27]]"`), and a placeholder left from a
 * template (`{{date}}`, `<% … %>`) is never a value. What JSON Schema cannot
 * know, such as whether a link leads to a note, is not checked.
 */
import { NOTE_TYPES, type NoteType } from "../model";
import { NOTE_SCHEMAS } from "./definitions";
import type { FieldKind, FieldSpec, NoteSchema, PrefixFieldSpec } from "./field-spec";

/** A JSON Schema, as plain JSON data. */
export type JsonSchema = { [keyword: string]: unknown };

const DRAFT_07 = "http://json-schema.org/draft-07/schema#";

/** `YYYY` from 0100 to 9999 (JavaScript dates read years below 100 as 19xx, so those are no dates here). */
const YEAR = "(?:0[1-9]|[1-9]\\d)\\d{2}";
const MONTH_DAY =
	"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))";
/** Leap years: divisible by 4 but not by 100, or by 400. */
const LEAP_YEAR = "(?:(?:0[1-9]|[1-9]\\d)(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)";
/** A real calendar day, optionally with a time of day as YAML and ISO 8601 write it. */
const CALENDAR_DAY = `(?:${YEAR}-${MONTH_DAY}|${LEAP_YEAR}-02-29)(?:[T ][\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?`;

/** `2026-11-27`, or a link to that day's note, `[[2026-11-27]]`. */
export const DATE_PATTERN = `^\\s*(?:${CALENDAR_DAY}|!?\\[\\[\\s*${CALENDAR_DAY}\\s*(?:[#^][^\\]|]*)?(?:\\|[^\\]]*)?\\]\\])\\s*$`;
/** `14:30` or `9.05`. */
export const TIME_PATTERN = "^\\s*(?:[01]?\\d|2[0-3])[:.][0-5]\\d\\s*$";
/** A number written as text: `4`, `-2.5`, `87,2`. */
export const NUMBER_TEXT_PATTERN = "^\\s*[-+]?(?:\\d+(?:[.,]\\d+)?|[.,]\\d+)\\s*$";
/** `[[Acme]]`, `[[Partners/Acme#Profile|Acme]]`: a wikilink whose target is not empty. */
const WIKILINK_PATTERN = "^\\s*!?\\[\\[(?!\\s*(?:\\.[mM][dD])?\\s*[\\]|#^])[^\\]|#^]*(?:[#^][^\\]|]*)?(?:\\|[^\\]]*)?\\]\\]\\s*$";
/** `[Acme](Acme.md)`: a Markdown link whose target is not empty. */
const MARKDOWN_LINK_PATTERN = "^\\s*\\[[^\\]]*\\]\\((?!\\s*<?\\s*(?:\\.[mM][dD])?\\s*>?\\s*(?:[#?][^)]*)?\\))[^)]+\\)\\s*$";
/** A plain note name: anything but a Markdown link, without `[[` or `]]`. */
const PLAIN_LINK_PATTERN = "^(?!\\s*\\[[^\\]]*\\]\\([^)]+\\)\\s*$)(?![\\s\\S]*\\[\\[)(?![\\s\\S]*\\]\\])[\\s\\S]*\\S[\\s\\S]*$";
/** Text holding wikilinks, none of them with an empty target. */
const LINKS_IN_TEXT_PATTERN = "^(?![\\s\\S]*\\[\\[\\s*(?:\\.[mM][dD])?\\s*(?:[|#^][^\\]]*)?\\]\\])[\\s\\S]*\\[\\[[^\\]]*\\]\\][\\s\\S]*$";
/** Names separated by commas: no `[[` or `]]` at all. */
const NAMES_PATTERN = "^(?![\\s\\S]*\\[\\[)(?![\\s\\S]*\\]\\])[\\s\\S]*$";
/** A template placeholder nobody filled in: `{{date}}`, `<% tp.date.now() %>`. */
const TEMPLATE_PATTERN = "\\{\\{[^}]*\\}\\}|<%[\\s\\S]*?%>";

const EMPTY_REF = { $ref: "#/definitions/empty" };
const TEMPLATED_REF = { $ref: "#/definitions/templated" };
const LINK_REF = { $ref: "#/definitions/link" };

/** What every note type's schema shares. */
const DEFINITIONS: JsonSchema = {
	empty: {
		description: "An empty property: not set.",
		anyOf: [{ type: "null" }, { type: "string", pattern: "^\\s*$" }, { type: "array", maxItems: 0 }],
	},
	templated: {
		description: "A template placeholder nobody filled in.",
		anyOf: [
			{ type: "string", pattern: TEMPLATE_PATTERN },
			{ type: "array", contains: TEMPLATED_REF },
		],
	},
	link: {
		description: 'A link to a note, such as "[[Acme]]" (quoted).',
		type: "string",
		anyOf: [
			{ type: "string", pattern: WIKILINK_PATTERN },
			{ type: "string", pattern: MARKDOWN_LINK_PATTERN },
			{ type: "string", pattern: PLAIN_LINK_PATTERN },
		],
	},
};

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * A pattern matching a word in any case (JSON Schema patterns have no `i` flag).
 *
 * @example caseInsensitive("up") // "[uU][pP]"
 */
export function caseInsensitive(word: string): string {
	return [...word].map((char) => (/[a-z]/i.test(char) ? `[${char.toLowerCase()}${char.toUpperCase()}]` : escapeRegExp(char))).join("");
}

function group(alternatives: readonly string[]): string {
	return alternatives.length === 1 ? (alternatives[0] ?? "") : `(?:${alternatives.join("|")})`;
}

/** The numbers from `low` to `high`, both written with the same number of digits. */
function sameLengthRange(low: string, high: string): string[] {
	if (low === high) return [low];
	if (low.length === 1) return [`[${low}-${high}]`];
	const [lowFirst, highFirst] = [Number(low[0]), Number(high[0])];
	const [lowRest, highRest] = [low.slice(1), high.slice(1)];
	if (lowFirst === highFirst) return [`${lowFirst}${group(sameLengthRange(lowRest, highRest))}`];
	const nines = "9".repeat(lowRest.length);
	const zeros = "0".repeat(lowRest.length);
	const alternatives: string[] = [];
	let fullFrom = lowFirst;
	let fullTo = highFirst;
	if (lowRest !== zeros) {
		alternatives.push(`${lowFirst}${group(sameLengthRange(lowRest, nines))}`);
		fullFrom++;
	}
	if (highRest !== nines) fullTo--;
	if (fullFrom <= fullTo) alternatives.push(`${fullFrom === fullTo ? fullFrom : `[${fullFrom}-${fullTo}]`}\\d{${lowRest.length}}`);
	if (highRest !== nines) alternatives.push(`${highFirst}${group(sameLengthRange(zeros, highRest))}`);
	return alternatives;
}

/**
 * A pattern (without anchors) matching exactly the whole numbers from `min`
 * to `max`, written without leading zeros.
 *
 * @example integerRangePattern(1, 5) // "[1-5]"
 * @example integerRangePattern(1, 3650) // "(?:[1-9]|[1-9]\\d|[1-9]\\d{2}|[1-2]\\d{3}|3(?:[0-5]\\d{2}|6(?:[0-4]\\d|50)))" (or an equivalent)
 */
export function integerRangePattern(min: number, max: number): string {
	if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min) throw new Error(`no pattern for the range ${min}..${max}`);
	const alternatives: string[] = [];
	for (let low = min; low <= max; ) {
		const digits = String(low).length;
		const high = Math.min(max, 10 ** digits - 1);
		alternatives.push(...sameLengthRange(String(low), String(high)));
		low = high + 1;
	}
	return group(alternatives);
}

/** A whole number written as text (`"4"`, `"4.0"`), within the bounds when there are any. */
function wholeNumberTextPattern(spec: { min?: number; max?: number }): string {
	const zero = "[-+]?(?:0+(?:[.,]0+)?|[.,]0+)";
	if (spec.min === undefined || spec.max === undefined || spec.min < 0) return "^\\s*[-+]?(?:\\d+(?:[.,]0+)?|[.,]0+)\\s*$";
	const positive = spec.max < 1 ? undefined : `\\+?0*${integerRangePattern(Math.max(spec.min, 1), spec.max)}(?:[.,]0+)?`;
	const alternatives = [spec.min === 0 ? zero : undefined, positive].filter((part): part is string => part !== undefined);
	return `^\\s*${group(alternatives)}\\s*$`;
}

function bounds(spec: { min?: number; max?: number }): JsonSchema {
	const result: JsonSchema = {};
	if (spec.min !== undefined) result.minimum = spec.min;
	if (spec.max !== undefined) result.maximum = spec.max;
	return result;
}

/** The values a property of this kind may have, once it is not empty. */
function kindSchema(kind: FieldKind, spec: { values?: readonly string[]; min?: number; max?: number }): JsonSchema {
	switch (kind) {
		case "text":
			return { type: ["string", "number", "boolean"] };
		case "enum": {
			const values = spec.values ?? [];
			return {
				anyOf: [
					{ type: "string", enum: values },
					{ type: "string", pattern: `^\\s*${group(values.map(caseInsensitive))}\\s*$` },
				],
			};
		}
		case "date":
			return { type: "string", pattern: DATE_PATTERN };
		case "time":
			// YAML 1.1 reads an unquoted 14:30 as the number of minutes, 870.
			return { anyOf: [{ type: "string", pattern: TIME_PATTERN }, { type: "integer", minimum: 0, maximum: 1439 }] };
		case "integer":
			return { anyOf: [{ type: "integer", ...bounds(spec) }, { type: "string", pattern: wholeNumberTextPattern(spec) }] };
		case "number":
			return { anyOf: [{ type: "number", ...bounds(spec) }, { type: "string", pattern: NUMBER_TEXT_PATTERN }] };
		case "link":
			return LINK_REF;
		case "links":
			return {
				anyOf: [
					{ type: "array", items: { anyOf: [{ type: "null" }, { type: "string", maxLength: 0 }, LINK_REF] } },
					{ type: "string", pattern: LINKS_IN_TEXT_PATTERN },
					{ type: "string", pattern: NAMES_PATTERN },
				],
			};
		case "text-list":
			return { anyOf: [{ type: "array", items: { type: ["null", "string", "number"] } }, { type: ["string", "number"] }] };
	}
}

/** A literal example (not a placeholder, not empty), or the suggested values, for editors to suggest. */
function examplesOf(spec: FieldSpec): JsonSchema {
	if (spec.suggestions && spec.suggestions.length > 0) return { examples: [...spec.suggestions] };
	const example = spec.example;
	const isLiteral = (value: unknown): boolean => value !== "" && !(typeof value === "string" && /\{\{|<%/.test(value));
	if (example === undefined || !isLiteral(example) || (Array.isArray(example) && (example.length === 0 || !example.every(isLiteral)))) return {};
	return { examples: [example] };
}

function propertySchema(spec: FieldSpec): JsonSchema {
	const value = kindSchema(spec.kind, spec);
	const described = { title: spec.key, description: spec.description, ...examplesOf(spec) };
	if (spec.required) return { ...described, allOf: [{ not: EMPTY_REF }, { not: TEMPLATED_REF }, value] };
	return { ...described, anyOf: [EMPTY_REF, { allOf: [{ not: TEMPLATED_REF }, value] }] };
}

function prefixPropertySchema(spec: PrefixFieldSpec): JsonSchema {
	return { description: spec.description, anyOf: [EMPTY_REF, { allOf: [{ not: TEMPLATED_REF }, kindSchema(spec.kind, spec)] }] };
}

/**
 * The JSON Schema of one note type's frontmatter.
 *
 * @example noteJsonSchema(meetingSchema).required // ["type", "alliance", "date"]
 */
export function noteJsonSchema(schema: NoteSchema): JsonSchema {
	const properties: JsonSchema = {
		type: {
			title: "type",
			description: `The note type: ${schema.type}.`,
			anyOf: [{ type: "string", const: schema.type }, { type: "string", pattern: `^\\s*${caseInsensitive(schema.type)}\\s*$` }],
		},
	};
	for (const spec of schema.fields) properties[spec.key] = propertySchema(spec);
	const patternProperties: JsonSchema = {};
	for (const spec of schema.prefixFields) patternProperties[`^${escapeRegExp(spec.prefix)}[\\s\\S]`] = prefixPropertySchema(spec);
	return {
		$schema: DRAFT_07,
		$id: `urn:alliance-journal:schema:${schema.type}`,
		title: schema.title,
		description: schema.description,
		type: "object",
		required: ["type", ...schema.fields.filter((spec) => spec.required).map((spec) => spec.key)],
		properties,
		...(schema.prefixFields.length > 0 ? { patternProperties } : {}),
		definitions: DEFINITIONS,
	};
}

/** Every note type's JSON Schema, by type. */
export function noteJsonSchemas(): Record<NoteType, JsonSchema> {
	const schemas = {} as Record<NoteType, JsonSchema>;
	for (const type of NOTE_TYPES) schemas[type] = noteJsonSchema(NOTE_SCHEMAS[type]);
	return schemas;
}

/**
 * The file a note type's JSON Schema is written to.
 *
 * @example jsonSchemaFileName("alliance-meeting") // "alliance-meeting.schema.json"
 */
export function jsonSchemaFileName(type: NoteType): string {
	return `${type}.schema.json`;
}
