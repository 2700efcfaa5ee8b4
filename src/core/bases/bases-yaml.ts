/**
 * A small YAML writer for the fixed shape of a `.base` file: mappings,
 * lists, strings, finite numbers and booleans, nothing else. The output is
 * deterministic (keys in the order given) and every string that YAML could
 * read as something else — a number, a date, `true`, `null`, a comment, a
 * key, a list item — is quoted, so a hostile alliance name or KPI label is
 * always read back as the same text.
 */

/** A value the writer takes: what a `.base` file holds. */
export type YamlValue = string | number | boolean | readonly YamlValue[] | { readonly [key: string]: YamlValue };

/** Spaces per level of nesting. */
const INDENT = "  ";

/**
 * Text YAML reads back as the same string without quotes: it starts with a
 * letter, holds only letters, digits, spaces and `_ . - ( )`, and does not
 * end in a space. (No `:`, `#`, quote, bracket, comma or line break.)
 */
const PLAIN_SAFE = /^[A-Za-z](?:[A-Za-z0-9_. ()-]*[A-Za-z0-9_.()-])?$/;
/** Words YAML 1.1 (js-yaml, which gray-matter uses) or 1.2 reads as a boolean or null. */
const RESERVED_WORDS = new Set(["true", "false", "yes", "no", "on", "off", "y", "n", "null"]);
/**
 * Whether a UTF-16 code unit is outside YAML's printable set (tab, line
 * feed, carriage return, U+0020–U+007E, U+0085, U+00A0–U+D7FF,
 * U+E000–U+FFFD and, as surrogate pairs, the astral planes).
 */
function isUnprintableUnit(code: number): boolean {
	if (code === 0x09 || code === 0x0a || code === 0x0d || code === 0x85) return false;
	return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfeff || code === 0xfffe || code === 0xffff;
}

/** Whether a string holds a character YAML does not allow as it is (a lone surrogate included). */
function hasUnprintable(text: string): boolean {
	for (const char of text) {
		const code = char.charCodeAt(0);
		if (isUnprintableUnit(code) || (char.length === 1 && code >= 0xd800 && code <= 0xdfff)) return true;
	}
	return false;
}

/** Line breaks, which a single-quoted string would fold. */
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;

/** Whether a string can be written without quotes. */
function isPlainSafe(text: string): boolean {
	return PLAIN_SAFE.test(text) && !RESERVED_WORDS.has(text.toLowerCase());
}

/** The escape for one character inside double quotes. */
function escapeCharacter(char: string): string {
	switch (char) {
		case "\\":
			return "\\\\";
		case '"':
			return '\\"';
		case "\n":
			return "\\n";
		case "\t":
			return "\\t";
		case "\r":
			return "\\r";
		default: {
			const code = char.charCodeAt(0);
			return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
		}
	}
}

/** Whether a character (a code point) is escaped inside double quotes: the quote, the backslash, line breaks and everything not printable. */
function needsEscape(char: string): boolean {
	if (char.length === 2) return false; // a well-formed surrogate pair: printable
	const code = char.charCodeAt(0);
	return char === "\\" || char === '"' || isUnprintableUnit(code) || code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff);
}

/** A double-quoted YAML string; a surrogate pair is kept as it is, a lone surrogate escaped. */
function doubleQuoted(text: string): string {
	let result = "";
	for (const char of text) result += needsEscape(char) ? escapeCharacter(char) : char;
	return `"${result}"`;
}

/**
 * A string as a YAML scalar: plain when that is safe, else single-quoted
 * (only `'` is doubled) when it is one line of printable characters, else
 * double-quoted with escapes.
 *
 * @example yamlString("Meetings") // "Meetings"
 * @example yamlString('type == "alliance-meeting"') // `'type == "alliance-meeting"'`
 * @example yamlString("a\nb") // `"a\\nb"`
 */
export function yamlString(text: string): string {
	if (isPlainSafe(text)) return text;
	if (!hasUnprintable(text) && !LINE_BREAK.test(text)) return `'${text.replace(/'/g, "''")}'`;
	return doubleQuoted(text);
}

/** A number as YAML writes it; only finite numbers have a YAML form that reads back the same. */
function yamlNumber(value: number): string {
	if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
	return String(value);
}

function isList(value: YamlValue): value is readonly YamlValue[] {
	return Array.isArray(value);
}

function isMapping(value: YamlValue): value is { readonly [key: string]: YamlValue } {
	return typeof value === "object" && !Array.isArray(value);
}

/** A scalar, or `[]` / `{}` for an empty list or mapping. */
function inline(value: YamlValue): string | undefined {
	if (typeof value === "string") return yamlString(value);
	if (typeof value === "number") return yamlNumber(value);
	if (typeof value === "boolean") return String(value);
	if (isList(value)) return value.length === 0 ? "[]" : undefined;
	return Object.keys(value).length === 0 ? "{}" : undefined;
}

/** The lines of a mapping's entries, at a depth. */
function mappingLines(mapping: { readonly [key: string]: YamlValue }, depth: number): string[] {
	const lines: string[] = [];
	const indent = INDENT.repeat(depth);
	for (const [key, value] of Object.entries(mapping)) {
		const scalar = inline(value);
		if (scalar !== undefined) lines.push(`${indent}${yamlString(key)}: ${scalar}`);
		else {
			lines.push(`${indent}${yamlString(key)}:`);
			lines.push(...blockLines(value, depth + 1));
		}
	}
	return lines;
}

/** The lines of a list's items, at a depth: `- item`, a mapping's first entry on the dash's line. */
function listLines(list: readonly YamlValue[], depth: number): string[] {
	const lines: string[] = [];
	const indent = INDENT.repeat(depth);
	for (const item of list) {
		const scalar = inline(item);
		if (scalar !== undefined) {
			lines.push(`${indent}- ${scalar}`);
			continue;
		}
		// The item's own lines, one level deeper; the first one moves up beside the dash.
		const nested = isMapping(item) ? mappingLines(item, depth + 1) : listLines(item as readonly YamlValue[], depth + 1);
		const [first = "", ...rest] = nested;
		lines.push(`${indent}- ${first.slice(indent.length + INDENT.length)}`, ...rest);
	}
	return lines;
}

/** The lines of a non-empty list or mapping. */
function blockLines(value: YamlValue, depth: number): string[] {
	if (isList(value)) return listLines(value, depth);
	if (isMapping(value)) return mappingLines(value, depth);
	throw new TypeError("a scalar has no block form");
}

/**
 * Writes a mapping as a YAML document (block style, two spaces per level,
 * ending in a line break).
 *
 * @throws RangeError for a number that is not finite
 * @example toYaml({ views: [{ type: "table", name: "Meetings" }] })
 *   // "views:\n  - type: table\n    name: Meetings\n"
 */
export function toYaml(document: { readonly [key: string]: YamlValue }): string {
	return `${mappingLines(document, 0).join("\n")}\n`;
}
