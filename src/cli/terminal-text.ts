/**
 * Text from notes and file names made safe to print to a terminal: a newline
 * in a file name cannot start a line of its own (and forge a `lint` line), an
 * escape sequence in a note cannot recolour, move the cursor or retitle the
 * terminal, and a bidi override cannot reorder what the reader sees. The CLI's
 * own colours are added after this, and stay.
 */

/**
 * Control characters (C0, DEL, C1: `\p{Cc}`), the line and paragraph
 * separators, and the Unicode bidi controls (marks, embeddings, overrides,
 * isolates).
 */
const UNSAFE_CHARACTER = /[\p{Cc}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

/** The usual short escapes, as a programmer would write them. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The largest code point written as `\xHH`. */
const MAX_BYTE_ESCAPE = 0xff;

/** One unsafe character as a visible escape: `\n`, `\x1b`, `\u202e`. */
function visibleEscape(char: string): string {
	const short = SHORT_ESCAPES[char];
	if (short !== undefined) return short;
	const code = char.codePointAt(0) ?? 0;
	return code <= MAX_BYTE_ESCAPE ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * Replaces every control character, line separator and bidi control by a
 * visible escape, so the text prints as one line of inert characters.
 *
 * @param text a value from a note or a file name
 * @example terminalSafe("Pricing\u001b[31m!\nfake.md:1: error") // "Pricing\\x1b[31m!\\nfake.md:1: error"
 */
export function terminalSafe(text: string): string {
	return text.replace(UNSAFE_CHARACTER, visibleEscape);
}

/**
 * A copy of a plain data value (such as the dashboard model) with
 * {@link terminalSafe} applied to every string in it, for the formatters that
 * print it to a terminal. An object met twice is copied once, so sharing
 * stays (the dashboard tells an alliance's problems from the others by
 * identity). Recursion follows the value's own nesting, which for the
 * dashboard model is fixed by its type, never by note content.
 *
 * @example terminalSafeValue({ name: "A\nB", tags: ["\u001b[2J"] }) // { name: "A\\nB", tags: ["\\x1b[2J"] }
 */
export function terminalSafeValue<T>(value: T): T {
	const copies = new Map<object, unknown>();
	const copy = (item: unknown): unknown => {
		if (typeof item === "string") return terminalSafe(item);
		if (typeof item !== "object" || item === null) return item;
		const known = copies.get(item);
		if (known !== undefined) return known;
		if (Array.isArray(item)) {
			const array: unknown[] = [];
			copies.set(item, array);
			for (const element of item) array.push(copy(element));
			return array;
		}
		const record: Record<string, unknown> = {};
		copies.set(item, record);
		for (const [key, field] of Object.entries(item)) record[key] = copy(field);
		return record;
	};
	return copy(value) as T;
}
