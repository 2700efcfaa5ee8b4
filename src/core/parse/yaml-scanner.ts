/**
 * The fast path for frontmatter: most alliance notes' properties are flat —
 * `key: value` lines and simple lists — and reading those needs no YAML
 * parser. This scanner reads exactly that subset, giving the very values
 * gray-matter (js-yaml) gives, and declines (`null`) everything else: flow
 * collections, block scalars, anchors, tags, escapes, comments after values,
 * numbers in other notations, nested maps, keys YAML reads as booleans or
 * null, characters js-yaml refuses. gray-matter reads what it declines,
 * and `test/core/parse/yaml-scanner.test.ts` holds the two to the same answers.
 */

import { CALENDAR_DATE_LENGTH } from "../model";
import { isAsciiDigit } from "./block-types";

const NULL_WORDS = new Set(["null", "Null", "NULL", "~"]);
/** What the scanner's readers answer for what only YAML reads right. */
export const DECLINE = Symbol("decline");

/** Line terminators to a regular expression's `.`: a value holding one is left to YAML. */
const DOT_EXCLUDED = /[\r\u2028\u2029]/;
const SPACE = 0x20;

/**
 * The value after `key:` or `-`: nothing, or spaces then the value, whose
 * trailing spaces are dropped. `undefined` when the rest does not start with
 * a space (`key:value`). Two index loops: linear whatever the run of spaces.
 *
 * @example spacedValue("  Acme Corp  ") // "Acme Corp"
 */
export function spacedValue(rest: string): string | undefined {
	if (rest === "") return "";
	if (rest.charCodeAt(0) !== SPACE || DOT_EXCLUDED.test(rest)) return undefined;
	let start = 0;
	while (start < rest.length && rest.charCodeAt(start) === SPACE) start++;
	let end = rest.length;
	while (end > start && rest.charCodeAt(end - 1) === SPACE) end--;
	return rest.slice(start, end);
}

/** Plain words js-yaml 3 reads as booleans; the longest is five letters, like every null word. */
const BOOLEAN_LIKE = /^(?:true|false|yes|no|on|off|y|n)$/i;
const LONGEST_WORD = 5;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const DOT = 0x2e;
/** The most digits an integer (or a float's whole part, or its fraction) may have and still be read here: `\d{1,15}`. */
const MAX_DIGITS = 15;
/** What {@link numberOrDay} answers for a value that is neither a number nor a bare date. */
const NEITHER = Symbol("neither");

/**
 * A value starting with a digit or `-` read as js-yaml reads the numbers and
 * dates the scanner accepts: an integer `0` or `-?[1-9]\d{0,14}`, a float
 * `-?(0|[1-9]\d{0,14}).\d{1,15}`, or a bare date `\d{4}-\d{2}-\d{2}`. One
 * index loop over the digits, where three patterns each read the value again.
 *
 * @param writtenDay give a bare date as written (`2026-02-30`), not as YAML's Date
 * @returns the number or the day, or {@link NEITHER}
 */
function numberOrDay(text: string, writtenDay: boolean): unknown {
	const length = text.length;
	const digitsStart = text.charCodeAt(0) === DASH ? 1 : 0;
	let position = digitsStart;
	while (position < length && isAsciiDigit(text.charCodeAt(position))) position++;
	const digits = position - digitsStart;
	if (digits >= 1 && digits <= MAX_DIGITS && (digits === 1 || text.charCodeAt(digitsStart) !== 0x30)) {
		// `-0` is no integer to the scanner (js-yaml reads it as -0); `-0.5` is a float.
		if (position === length) return digitsStart === 1 && text.charCodeAt(1) === 0x30 ? NEITHER : Number(text);
		if (text.charCodeAt(position) === DOT) {
			let end = position + 1;
			while (end < length && isAsciiDigit(text.charCodeAt(end))) end++;
			const fraction = end - position - 1;
			if (end === length && fraction >= 1 && fraction <= MAX_DIGITS) return Number(text);
		}
	}
	if (length === CALENDAR_DATE_LENGTH && digitsStart === 0 && digits === 4 && text.charCodeAt(4) === DASH && text.charCodeAt(7) === DASH) {
		if (isAsciiDigit(text.charCodeAt(5)) && isAsciiDigit(text.charCodeAt(6)) && isAsciiDigit(text.charCodeAt(8)) && isAsciiDigit(text.charCodeAt(9))) {
			return writtenDay ? text : new Date(Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10))));
		}
	}
	return NEITHER;
}

/** White space to a regular expression's `\s`, for one character beyond ASCII. */
const WHITE_SPACE = /\s/;

/**
 * Whether a plain scalar may start with this character and certainly be a
 * string to YAML: no white space, no indicator (`-?:,[]{}#&*!|>'"%@` and a
 * backtick), no digit, `.`, `+` or `~`.
 */
function isPlainStart(text: string): boolean {
	const code = text.charCodeAt(0);
	if (code >= 0x80) return !WHITE_SPACE.test(text.charAt(0));
	return code > SPACE && !isAsciiDigit(code) && !INDICATORS.includes(text.charAt(0));
}

/** The characters no plain scalar the scanner reads may start with (digits and white space aside). */
const INDICATORS = "-?:,[]{}#&*!|>'\"%@`.+~";

/**
 * Inside a plain value, a comment (` #`) or a mapping (`: `, a `:` at the
 * end) that only YAML reads right. (A tab makes the scanner decline the whole
 * frontmatter before any value is read.)
 */
function holdsCommentOrMapping(text: string): boolean {
	return text.charCodeAt(text.length - 1) === COLON || text.includes(": ") || text.includes(" #");
}

/**
 * Reads one scalar the way js-yaml's default schema does, or declines.
 * Numbers and dates start with a digit or `-`, and the words YAML reads are
 * at most five letters: a value that cannot be one is not tried as one.
 *
 * @param writtenDay give a bare date as written (`2026-02-30`), not as YAML's Date
 */
function scalar(text: string, writtenDay: boolean): unknown {
	if (text === "") return null;
	const first = text.charCodeAt(0);
	if (first === DOUBLE_QUOTE) {
		if (text.length < 2 || text.charCodeAt(text.length - 1) !== DOUBLE_QUOTE) return DECLINE;
		const inner = text.slice(1, -1);
		return inner.includes('"') || inner.includes("\\") ? DECLINE : inner;
	}
	if (first === SINGLE_QUOTE) {
		const inner = text.slice(1, -1);
		return text.length >= 2 && text.endsWith("'") && !inner.includes("'") ? inner : DECLINE;
	}
	// A comment or a mapping inside the value: leave it to YAML.
	if (holdsCommentOrMapping(text)) return DECLINE;
	if (text.length <= LONGEST_WORD) {
		if (text === "true") return true;
		if (text === "false") return false;
		if (NULL_WORDS.has(text)) return null;
	}
	if (first === DASH || isAsciiDigit(first)) {
		const value = numberOrDay(text, writtenDay);
		if (value !== NEITHER) return value;
	}
	if (!isPlainStart(text) || (text.length <= LONGEST_WORD && BOOLEAN_LIKE.test(text))) return DECLINE;
	return text;
}

/** `[]`: an empty flow list, which templates leave (`attendees: []`). */
const EMPTY_FLOW_LIST = "[]";
const DASH = 0x2d;
const COLON = 0x3a;

/** A key the scanner reads: `[A-Za-z_][\w-]*`. */
const KEY_NAME = /^[A-Za-z_][\w-]*$/;

/**
 * The key of a `key:` line from `start` to `end` (the key written
 * `[A-Za-z_][\w-]*` from the line's first column, then `:`), or `undefined`.
 * The first `:` is found and the key checked by native searches.
 */
export function keyAt(text: string, start: number, end: number): string | undefined {
	const colon = text.indexOf(":", start);
	if (colon <= start || colon >= end) return undefined;
	const key = text.slice(start, colon);
	return KEY_NAME.test(key) ? key : undefined;
}

/** Flat frontmatter as the scanner read it, with the line each property is written on. */
export interface ScannedProperties {
	/** The properties; top-level bare dates as written (`2026-02-30`), not as the Date YAML makes of them. */
	data: Record<string, unknown>;
	/** The 0-based line (within the YAML) of each property's key. */
	keyLines: Map<string, number>;
}

/**
 * What makes the scanner decline a frontmatter whole, found in one pass
 * before any line is read: a character js-yaml refuses ("the stream contains
 * non-printable characters", "null byte is not allowed": C0 and C1 controls
 * other than tab, line breaks and NEL, U+FFFE/U+FFFF and lone surrogates, a
 * well-formed pair being one code point here), a tab, a line or paragraph
 * separator, or a carriage return that ends no line. The lines the scanner
 * reads then hold none of them. The Unicode pattern that finds them is slow
 * on every character; a text of printable ASCII and line feeds, which holds
 * none of them, is passed by a one-class search first.
 */
export function hasDeclinedCharacter(text: string): boolean {
	// Printable ASCII and line feeds only (nearly every frontmatter): the short search says so.
	return BEYOND_PRINTABLE_ASCII.test(text) && DECLINED_ANYWHERE.test(text);
}
/** A character other than printable ASCII or a line feed: where a declined character may be. */
const BEYOND_PRINTABLE_ASCII = /[^\x20-\x7e\n]/;
const DECLINED_ANYWHERE = /[^\P{Cc}\n\r\u0085]|[\p{Cs}\uFFFE\uFFFF\u2028\u2029]|\r(?!\n|$)/u;
/** Keys js-yaml reads as a boolean or null and then spells its own way (`True:` is the key "true"). */
const NON_STRING_KEY = /^(?:true|false|null)$/i;

/**
 * Whether the scanner may read a key as written: not `__proto__` (which
 * would set no property), nor a key YAML reads as a boolean or null.
 *
 * @example isPlainKey("True") // false
 */
export function isPlainKey(key: string): boolean {
	return key !== "__proto__" && !(key.length <= LONGEST_WORD && NON_STRING_KEY.test(key));
}

/**
 * A property's value after `key: `, as the scanner reads it: `[]` is an
 * empty list, anything else one scalar.
 *
 * @param writtenDays keep a bare date as the day written (`2026-02-30`) instead of YAML's Date
 * @returns the value, or {@link DECLINE}
 */
export function propertyValue(raw: string, writtenDays: boolean): unknown {
	return raw === EMPTY_FLOW_LIST ? [] : scalar(raw, writtenDays);
}

/**
 * A list item's value after `- `, as the scanner reads it: one scalar, not
 * empty or null, not a nested list (a bare date in a list is YAML's Date).
 *
 * @returns the value, or {@link DECLINE}
 */
export function listItemValue(itemText: string): unknown {
	const value = scalar(itemText, false);
	return value === null || itemText.startsWith("- ") ? DECLINE : value;
}

/** Only spaces (or nothing) from `start` to `end`: a blank line between properties. */
function isSpaces(text: string, start: number, end: number): boolean {
	for (let position = start; position < end; position++) if (text.charCodeAt(position) !== SPACE) return false;
	return true;
}

/** {@link spacedValue} of the text from `start` to `end`, read in place (the text holds no line terminator). */
function spacedValueAt(text: string, start: number, end: number): string | undefined {
	if (start === end) return "";
	if (text.charCodeAt(start) !== SPACE) return undefined;
	while (start < end && text.charCodeAt(start) === SPACE) start++;
	while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
	return text.slice(start, end);
}

/**
 * Reads flat frontmatter without a YAML parser, in one pass: the properties,
 * and the line each is written on. Lines are read in place, by their offsets.
 *
 * @param yaml the text between the `---` fences
 * @param writtenDays keep a top-level bare date as the day written (`2026-02-30`) instead of YAML's Date (March 2nd)
 * @param keyLines filled with each key's 0-based line (and how duplicate keys are found)
 * @returns the properties, or `null` when the frontmatter needs a real YAML parser
 */
function scan(yaml: string, writtenDays: boolean, keyLines: Map<string, number>): Record<string, unknown> | null {
	if (hasDeclinedCharacter(yaml)) return null;
	const data: Record<string, unknown> = {};
	let listKey: string | undefined;
	let listIndent = -1;
	let list: unknown[] | undefined;
	let start = 0;
	for (let lineIndex = 0; start < yaml.length; lineIndex++) {
		const next = yaml.indexOf("\n", start);
		let end = next < 0 ? yaml.length : next;
		if (end > start && yaml.charCodeAt(end - 1) === 0x0d) end--;
		const lineStart = start;
		start = next < 0 ? yaml.length : next + 1;
		// Blank: only spaces. A line of other white space is declined below (no key, no item).
		if (isSpaces(yaml, lineStart, end)) continue;
		if (yaml.charCodeAt(lineStart) === 0x23) return null;
		if (listKey !== undefined) {
			let dash = lineStart;
			while (dash < end && yaml.charCodeAt(dash) === SPACE) dash++;
			const itemText = yaml.charCodeAt(dash) === DASH && dash < end ? spacedValueAt(yaml, dash + 1, end) : undefined;
			if (itemText !== undefined && itemText !== "") {
				const indent = dash - lineStart;
				if (listIndent >= 0 && indent !== listIndent) return null;
				listIndent = indent;
				const value = listItemValue(itemText);
				if (value === DECLINE) return null;
				list ??= [];
				list.push(value);
				data[listKey] = list;
				continue;
			}
		}
		const key = keyAt(yaml, lineStart, end);
		const raw = key === undefined ? undefined : spacedValueAt(yaml, lineStart + key.length + 1, end);
		if (key === undefined || raw === undefined) return null;
		if (keyLines.has(key) || !isPlainKey(key)) return null;
		const value = propertyValue(raw, writtenDays);
		if (value === DECLINE) return null;
		data[key] = value;
		keyLines.set(key, lineIndex);
		listKey = raw === "" ? key : undefined;
		listIndent = -1;
		list = undefined;
	}
	return data;
}

/**
 * Reads flat frontmatter without a YAML parser, giving exactly what
 * gray-matter gives (Dates for bare dates).
 *
 * @param yaml the text between the `---` fences
 * @returns the properties, or `null` when the frontmatter needs a real YAML parser
 * @example scanFrontmatter("type: alliance\npartner: Acme Corp\n") // { type: "alliance", partner: "Acme Corp" }
 */
export function scanFrontmatter(yaml: string): Record<string, unknown> | null {
	return scan(yaml, false, new Map());
}

/**
 * Reads flat frontmatter the way a note's properties are kept: like
 * {@link scanFrontmatter}, but a top-level bare date stays the day as written
 * (see `keepWrittenDays` in `frontmatter.ts`), and each key's line is noted.
 *
 * @param yaml the text between the `---` fences
 * @returns the properties and their lines, or `null` when the frontmatter needs a real YAML parser
 * @example scanProperties("date: 2026-02-30\n")?.data // { date: "2026-02-30" }
 */
export function scanProperties(yaml: string): ScannedProperties | null {
	const keyLines = new Map<string, number>();
	const data = scan(yaml, true, keyLines);
	return data === null ? null : { data, keyLines };
}
