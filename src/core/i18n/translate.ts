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
	return (key, values = {}) =>
		messages[key].replace(PLACEHOLDER, (whole, name: string, one: string | undefined, other: string | undefined) => {
			const value = values[name];
			if (value === undefined) return whole;
			if (one === undefined || other === undefined) return String(value);
			return Number(value) === 1 ? one : other;
		});
}
