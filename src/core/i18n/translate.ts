/**
 * Looking up a message in a catalogue and filling in its `{placeholders}`.
 */
import type { Language } from "./language";

/** A catalogue: the same keys in every language. */
export type Catalogue<K extends string> = Record<Language, Record<K, string>>;

/**
 * Makes a translator for one catalogue and language.
 *
 * @example
 * const t = translator(PROBLEM_MESSAGES, "nl");
 * t("field-missing", { field: "date" }) // "date: ontbreekt; …"
 */
export function translator<K extends string>(catalogue: Catalogue<K>, language: Language): (key: K, values?: Record<string, string | number>) => string {
	const messages = catalogue[language];
	return (key, values = {}) =>
		messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
			const value = values[name];
			return value === undefined ? whole : String(value);
		});
}
