/**
 * The fast path for an alliance note's properties: most are written one
 * `key: value` per line, lists as `  - item`, and nothing in them is wrong.
 * Such a frontmatter is read and checked here in one pass over its lines,
 * each property taken to its field as it is read — what reading the
 * properties (`readProperties`), checking them against the note type
 * (`validateFrontmatter`) and finding each field's line give for it, without
 * a property object to look every field up in afterwards. Anything else makes
 * it answer `undefined`, and the general path reads the note: another layout
 * (blank or comment lines, other indentation, more spaces, a carriage
 * return), anything the YAML scanner declines, a type this product does not
 * know, and any problem at all (so the general path alone says what is
 * wrong). `test/core/parse/checked-properties.test.ts` holds the two to the
 * same answers.
 */
import { isNoteType, type NoteType, type Problem } from "../model";
import { coerceField } from "../schema/coerce";
import { NOTE_SCHEMAS } from "../schema/definitions";
import type { NoteSchema } from "../schema/field-spec";
import { type FieldValues, fieldSpecOf, isEmptyValue, type PrefixReading, prefixFieldOf, prefixReading, readAliases, readTags } from "../schema/validate";
import type { FrontmatterBlock } from "./frontmatter";
import { DECLINE, hasDeclinedCharacter, isPlainKey, keyAt, listItemValue, propertyValue } from "./yaml-scanner";

/** A note's properties read and checked: what the note is built from. */
export interface NoteProperties {
	type: NoteType;
	/** The typed values of the type's fields that are set. */
	values: FieldValues;
	/** The prefixed properties' numbers, in the order written. */
	readings: PrefixReading[];
	/** The 1-based line of each of the type's fields that is written (set or empty), in the type's field order. */
	fieldLines: Record<string, number>;
	aliases: string[];
	tags: string[];
	/** What is wrong in them (never anything on the fast path, which leaves every problem to the general one). */
	problems: Problem[];
}

const SPACE = 0x20;
const DASH = 0x2d;
const CARRIAGE_RETURN = 0x0d;
/** `  - `: the one list item layout read here. */
const ITEM_MARKER_LENGTH = 4;

/** Each note type's fields by key, to the field's place in the type's list. */
const FIELD_PLACES: ReadonlyMap<NoteSchema, ReadonlyMap<string, number>> = new Map(
	Object.values(NOTE_SCHEMAS).map((schema) => [schema, new Map(schema.fields.map((spec, place) => [spec.key, place]))]),
);

/** The properties as written: keys, values and 0-based lines, in the order written. */
interface WrittenProperties {
	keys: string[];
	values: unknown[];
	lines: number[];
}

/**
 * Reads the lines of a frontmatter laid out one way only — `key: value`,
 * `key:` and `  - item`, nothing more — into its properties, with the very
 * keys, values and lines the YAML scanner reads from them.
 *
 * @returns the properties, or `undefined` for any other layout, or anything the scanner declines
 */
function readWritten(yaml: string): WrittenProperties | undefined {
	if (hasDeclinedCharacter(yaml)) return undefined;
	const written: WrittenProperties = { keys: [], values: [], lines: [] };
	const seen = new Set<string>();
	/** The place of the `key:` property whose list items may follow, or -1. */
	let listPlace = -1;
	let list: unknown[] | undefined;
	let start = 0;
	for (let lineIndex = 0; start < yaml.length; lineIndex++) {
		const next = yaml.indexOf("\n", start);
		const end = next < 0 ? yaml.length : next;
		const lineStart = start;
		start = end + 1;
		// No line ends in a space or a carriage return, and none is empty.
		const last = yaml.charCodeAt(end - 1);
		if (end === lineStart || last === SPACE || last === CARRIAGE_RETURN) return undefined;
		if (yaml.charCodeAt(lineStart) === SPACE) {
			const itemStart = lineStart + ITEM_MARKER_LENGTH;
			if (listPlace < 0 || itemStart >= end || yaml.charCodeAt(lineStart + 1) !== SPACE || yaml.charCodeAt(lineStart + 2) !== DASH || yaml.charCodeAt(lineStart + 3) !== SPACE) {
				return undefined;
			}
			if (yaml.charCodeAt(itemStart) === SPACE) return undefined;
			const value = listItemValue(yaml.slice(itemStart, end));
			if (value === DECLINE) return undefined;
			if (list === undefined) {
				list = [];
				written.values[listPlace] = list;
			}
			list.push(value);
			continue;
		}
		const key = keyAt(yaml, lineStart, end);
		if (key === undefined || seen.has(key) || !isPlainKey(key)) return undefined;
		const valueStart = lineStart + key.length + 1;
		let value: unknown = null;
		if (valueStart < end) {
			if (yaml.charCodeAt(valueStart) !== SPACE || yaml.charCodeAt(valueStart + 1) === SPACE || valueStart + 1 === end) return undefined;
			value = propertyValue(yaml.slice(valueStart + 1, end), true);
			if (value === DECLINE) return undefined;
		}
		seen.add(key);
		listPlace = valueStart < end ? -1 : written.keys.length;
		list = undefined;
		written.keys.push(key);
		written.values.push(value);
		written.lines.push(lineIndex);
	}
	return written;
}

/** The note type a `type` property names, as the general path reads it (trimmed, any case), or `undefined`. */
function typeOf(written: WrittenProperties): NoteType | undefined {
	const place = written.keys.indexOf("type");
	const value = place < 0 ? undefined : written.values[place];
	const type = typeof value === "string" ? value.trim().toLowerCase() : "";
	return isNoteType(type) ? type : undefined;
}

/**
 * Reads and checks an alliance note's properties in one pass, when they are
 * written the common way and nothing in them is wrong.
 *
 * @param block the note's frontmatter
 * @returns the properties, or `undefined` when the general path must read them
 * @example readCheckedProperties(locateFrontmatter("---\ntype: alliance\npartner: Acme\n---\n")!)?.values // { partner: "Acme" }
 */
export function readCheckedProperties(block: FrontmatterBlock): NoteProperties | undefined {
	const written = readWritten(block.yaml);
	const type = written === undefined ? undefined : typeOf(written);
	if (written === undefined || type === undefined) return undefined;
	const schema = NOTE_SCHEMAS[type];
	const places = FIELD_PLACES.get(schema);
	const { keys, values: raws, lines } = written;
	/** Which written property each of the type's fields is, by its place in the type's list (-1: not written). */
	const fieldIndexes: number[] = new Array<number>(schema.fields.length).fill(-1);
	const readings: PrefixReading[] = [];
	const first = block.yamlFirstLine;
	let aliases: unknown;
	let tags: unknown;
	for (let index = 0; index < keys.length; index++) {
		const key = keys[index] as string;
		const raw = raws[index];
		const place = places?.get(key);
		if (place !== undefined) fieldIndexes[place] = index;
		if (key === "aliases") aliases = raw;
		if (key === "tags") tags = raw;
		const prefixSpec = schema.prefixFields.length === 0 ? undefined : prefixFieldOf(schema.prefixFields, key);
		if (prefixSpec === undefined || isEmptyValue(raw)) continue;
		const coerced = coerceField(raw, fieldSpecOf(prefixSpec));
		if (coerced.issue) return undefined;
		if (typeof coerced.value === "number") readings.push(prefixReading(prefixSpec, key, coerced.value, first + (lines[index] as number)));
	}
	const values: FieldValues = {};
	const fieldLines: Record<string, number> = {};
	for (let place = 0; place < schema.fields.length; place++) {
		const spec = schema.fields[place];
		const index = fieldIndexes[place] as number;
		if (spec === undefined) continue;
		const raw = index < 0 ? undefined : raws[index];
		if (index >= 0) fieldLines[spec.key] = first + (lines[index] as number);
		if (isEmptyValue(raw)) {
			if (spec.required) return undefined;
			continue;
		}
		const coerced = coerceField(raw, spec);
		if (coerced.issue) return undefined;
		if (coerced.value !== undefined) values[spec.key] = coerced.value;
	}
	return { type, values, readings, fieldLines, aliases: readAliases(aliases), tags: readTags(tags), problems: [] };
}
