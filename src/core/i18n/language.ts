/**
 * The languages Alliance Journal speaks, and how the one to use is chosen.
 */
export const LANGUAGES = ["en", "nl"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language setting: a language, or "auto" to follow Obsidian or the system. */
export type LanguageSetting = Language | "auto";

/**
 * Picks the language: the setting when it names one, else the first of the
 * given locales (Obsidian's, then the system's) that we speak, else English.
 *
 * @example resolveLanguage("auto", ["nl-BE"]) // "nl"
 */
export function resolveLanguage(setting: LanguageSetting | undefined, locales: readonly (string | undefined)[] = []): Language {
	if (setting === "en" || setting === "nl") return setting;
	for (const locale of locales) {
		const base = locale?.toLowerCase().split(/[-_]/)[0];
		if (base === "en" || base === "nl") return base;
	}
	return "en";
}
