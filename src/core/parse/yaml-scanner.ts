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

/** `key:` then the rest of the line; the value's spaces are trimmed by {@link spacedValue}, not by a lazy pattern. */
const KEY_LINE = /^([A-Za-z_][\w-]*):(.*)$/;
/** Indentation, `-`, then the rest of the line. */
const LIST_ITEM = /^([ ]*)-(.*)$/;
const INTEGER = /^(?:0|-?[1-9]\d{0,14})$/;
const FLOAT = /^-?(?:0|[1-9]\d{0,14})\.\d{1,15}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A plain scalar that is certainly a string to YAML: no indicator first, no `: ` or ` #` inside. */
const PLAIN_START = /^[^\s\-?:,[\]{}#&*!|>'"%@`\d.+~]/;
const NULL_WORDS = new Set(["null", "Null", "NULL", "~"]);
/** Keys js-yaml reads as a boolean or null and then spells its own way (`True:` is the key "true"). */
const NON_STRING_KEY = /^(?:true|false|null)$/i;
/**
 * Characters js-yaml refuses ("the stream contains non-printable characters",
 * "null byte is not allowed"): C0 and C1 controls other than tab, line breaks
 * and NEL, U+FFFE/U+FFFF and lone surrogates (a well-formed pair is one code
 * point here, so only a lone half is `\p{Cs}`).
 */
const NON_PRINTABLE = /(?![\t\n\r\u0085])[\p{Cc}\p{Cs}\uFFFE\uFFFF]/u;
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

/** Reads one scalar the way js-yaml's default schema does, or declines. */
function scalar(text: string): unknown {
	if (text === "") return null;
	if (text.includes(" #") || text.includes(": ") || text.endsWith(":") || text.includes("\t")) {
		// A comment or a mapping inside the value: quoted strings aside, leave it to YAML.
		if (!(text.startsWith('"') || text.startsWith("'"))) return DECLINE;
	}
	const first = text.charAt(0);
	if (first === '"') {
		const inner = text.slice(1, -1);
		return text.length >= 2 && text.endsWith('"') && !/["\\]/.test(inner) ? inner : DECLINE;
	}
	if (first === "'") {
		const inner = text.slice(1, -1);
		return text.length >= 2 && text.endsWith("'") && !inner.includes("'") ? inner : DECLINE;
	}
	if (text === "true") return true;
	if (text === "false") return false;
	if (NULL_WORDS.has(text)) return null;
	if (INTEGER.test(text) || FLOAT.test(text)) return Number(text);
	const date = DATE.exec(text);
	if (date) return new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
	if (!PLAIN_START.test(text) || /^(?:true|false|yes|no|on|off|y|n)$/i.test(text)) return DECLINE;
	return text;
}

/**
 * Reads flat frontmatter without a YAML parser.
 *
 * @param yaml the text between the `---` fences
 * @returns the properties, or `null` when the frontmatter needs a real YAML parser
 * @example scanFrontmatter("type: alliance\npartner: Acme Corp\n") // { type: "alliance", partner: "Acme Corp" }
 */
export function scanFrontmatter(yaml: string): Record<string, unknown> | null {
	if (NON_PRINTABLE.test(yaml)) return null;
	const data: Record<string, unknown> = {};
	let listKey: string | undefined;
	let listIndent = -1;
	let list: unknown[] | undefined;
	let start = 0;
	while (start < yaml.length) {
		const next = yaml.indexOf("\n", start);
		const end = next < 0 ? yaml.length : next;
		let line = yaml.slice(start, end);
		start = end + 1;
		if (line.endsWith("\r")) line = line.slice(0, -1);
		if (line.trim() === "") {
			if (/[^ ]/.test(line)) return null;
			continue;
		}
		if (line.startsWith("#") || line.includes("\t")) return null;
		const item = listKey === undefined ? null : LIST_ITEM.exec(line);
		const itemText = item ? spacedValue(item[2] ?? "") : undefined;
		if (item && itemText !== undefined && itemText !== "" && listKey !== undefined) {
			const indent = (item[1] ?? "").length;
			if (listIndent >= 0 && indent !== listIndent) return null;
			listIndent = indent;
			const value = scalar(itemText);
			if (value === DECLINE || value === null || itemText.startsWith("- ")) return null;
			list ??= [];
			list.push(value);
			data[listKey] = list;
			continue;
		}
		const keyLine = KEY_LINE.exec(line);
		const raw = keyLine ? spacedValue(keyLine[2] ?? "") : undefined;
		if (!keyLine || raw === undefined) return null;
		const key = keyLine[1] ?? "";
		if (Object.prototype.hasOwnProperty.call(data, key) || key === "__proto__" || NON_STRING_KEY.test(key)) return null;
		const value = scalar(raw);
		if (value === DECLINE) return null;
		data[key] = value;
		listKey = raw === "" ? key : undefined;
		listIndent = -1;
		list = undefined;
	}
	return data;
}
