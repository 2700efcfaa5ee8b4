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

const INTEGER = /^(?:0|-?[1-9]\d{0,14})$/;
const FLOAT = /^-?(?:0|[1-9]\d{0,14})\.\d{1,15}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A plain scalar that is certainly a string to YAML: no indicator first, no `: ` or ` #` inside. */
const PLAIN_START = /^[^\s\-?:,[\]{}#&*!|>'"%@`\d.+~]/;
const NULL_WORDS = new Set(["null", "Null", "NULL", "~"]);
/** Keys js-yaml reads as a boolean or null and then spells its own way (`True:` is the key "true"). */
const NON_STRING_KEY = /^(?:true|false|null)$/i;
const DECLINE = Symbol("decline");

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

/** Inside a plain value, a comment (` #`) or a mapping (`: `, a `:` at the end) that only YAML reads right. */
const COMMENT_OR_MAPPING = / #|: |:$|\t/;
/** Plain words js-yaml 3 reads as booleans; the longest is five letters, like every null word. */
const BOOLEAN_LIKE = /^(?:true|false|yes|no|on|off|y|n)$/i;
const LONGEST_WORD = 5;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

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
		const inner = text.slice(1, -1);
		return text.length >= 2 && text.endsWith('"') && !/["\\]/.test(inner) ? inner : DECLINE;
	}
	if (first === SINGLE_QUOTE) {
		const inner = text.slice(1, -1);
		return text.length >= 2 && text.endsWith("'") && !inner.includes("'") ? inner : DECLINE;
	}
	// A comment or a mapping inside the value: leave it to YAML.
	if (COMMENT_OR_MAPPING.test(text)) return DECLINE;
	if (text.length <= LONGEST_WORD) {
		if (text === "true") return true;
		if (text === "false") return false;
		if (NULL_WORDS.has(text)) return null;
	}
	if (first === DASH || (first >= 0x30 && first <= 0x39)) {
		if (INTEGER.test(text) || FLOAT.test(text)) return Number(text);
		const date = DATE.exec(text);
		if (date) return writtenDay ? text : new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
	}
	if (!PLAIN_START.test(text) || (text.length <= LONGEST_WORD && BOOLEAN_LIKE.test(text))) return DECLINE;
	return text;
}

/** `[]`: an empty flow list, which templates leave (`attendees: []`). */
const EMPTY_FLOW_LIST = "[]";
const DASH = 0x2d;
const COLON = 0x3a;
const UNDERSCORE = 0x5f;

/** `[A-Za-z_]`: what a key the scanner reads starts with. */
function isKeyStart(code: number): boolean {
	return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === UNDERSCORE;
}

/** `[\w-]`: what the rest of such a key is made of. */
function isKeyPart(code: number): boolean {
	return isKeyStart(code) || (code >= 0x30 && code <= 0x39) || code === DASH;
}

/**
 * Where the `:` of a `key:` line from `start` to `end` is (the key written
 * `[A-Za-z_][\w-]*` from the line's first column), or -1.
 */
function keyColon(text: string, start: number, end: number): number {
	if (start === end || !isKeyStart(text.charCodeAt(start))) return -1;
	let position = start + 1;
	while (position < end && isKeyPart(text.charCodeAt(position))) position++;
	return position < end && text.charCodeAt(position) === COLON ? position : -1;
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
 * reads then hold none of them.
 */
const DECLINED_ANYWHERE = /[^\P{Cc}\n\r\u0085]|[\p{Cs}\uFFFE\uFFFF\u2028\u2029]|\r(?!\n|$)/u;

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
	if (DECLINED_ANYWHERE.test(yaml)) return null;
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
				const value = scalar(itemText, false);
				if (value === DECLINE || value === null || itemText.startsWith("- ")) return null;
				list ??= [];
				list.push(value);
				data[listKey] = list;
				continue;
			}
		}
		const colon = keyColon(yaml, lineStart, end);
		const raw = colon < 0 ? undefined : spacedValueAt(yaml, colon + 1, end);
		if (raw === undefined) return null;
		const key = yaml.slice(lineStart, colon);
		if (keyLines.has(key) || key === "__proto__" || (key.length <= LONGEST_WORD && NON_STRING_KEY.test(key))) return null;
		const value = raw === EMPTY_FLOW_LIST ? [] : scalar(raw, writtenDays);
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
