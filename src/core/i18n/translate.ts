/**
 * Looking up a message in a catalogue and filling in its `{placeholders}`.
 */
import type { Language } from "./language";

/** A catalogue: the same keys in every language. */
export type Catalogue<K extends string> = Record<Language, Record<K, string>>;

/** `{days}` is a value; `{days?day|days}` picks the word for one or for any other number. */
const PLACEHOLDER = /\{(\w+)(?:\?([^|}]*)\|([^}]*))?\}/g;

/**
 * Makes a translator for one catalogue and language. A message may choose a
 * word by number: `"{days} {days?day|days} overdue"`.
 *
 * @example
 * const t = translator(PROBLEM_MESSAGES, "nl");
 * t("field-missing", { field: "date" }) // "date: ontbreekt; …"
 */
export function translator<K extends string>(catalogue: Catalogue<K>, language: Language): (key: K, values?: Record<string, string | number>) => string {
	const messages = catalogue[language];
	const compiled = new Map<K, Part[]>();
	return (key, values = {}) => {
		let parts = compiled.get(key);
		if (!parts) {
			parts = compile(messages[key]);
			compiled.set(key, parts);
		}
		let text = "";
		for (const part of parts) {
			if (typeof part === "string") {
				text += part;
				continue;
			}
			const value = values[part.name];
			if (value === undefined) text += part.whole;
			else if (part.one === undefined || part.other === undefined) text += String(value);
			else text += Number(value) === 1 ? part.one : part.other;
		}
		return text;
	};
}

/** A message cut into literal text and placeholders, so filling it in needs no pattern matching. */
type Part = string | { whole: string; name: string; one?: string; other?: string };

function compile(message: string): Part[] {
	const parts: Part[] = [];
	let from = 0;
	for (const match of message.matchAll(PLACEHOLDER)) {
		if (match.index > from) parts.push(message.slice(from, match.index));
		const [whole, name = "", one, other] = match;
		const part: Part = { whole, name };
		if (one !== undefined && other !== undefined) {
			part.one = one;
			part.other = other;
		}
		parts.push(part);
		from = match.index + whole.length;
	}
	if (from < message.length) parts.push(message.slice(from));
	return parts;
}
