/**
 * The language the plugin speaks: the setting when it names one, else
 * Obsidian's own language, else English.
 */
import { getLanguage, moment, requireApiVersion } from "obsidian";
import { type Language, type LanguageSetting, resolveLanguage } from "../core/i18n/language";
import { PLUGIN_MESSAGES, type PluginMessageKey } from "../core/i18n/messages/plugin";
import { translator } from "../core/i18n/translate";

/** Obsidian's interface language (`getLanguage()` from 1.8.7, the locale it gives moment before). */
export function obsidianLocale(): string {
	return requireApiVersion("1.8.7") ? getLanguage() : moment.locale();
}

/**
 * The language to use for a language setting.
 *
 * @example pluginLanguage("auto") // "nl" when Obsidian speaks Dutch
 */
export function pluginLanguage(setting: LanguageSetting): Language {
	return resolveLanguage(setting, [obsidianLocale()]);
}

/** Looks up the plugin's own words. */
export type PluginTranslator = (key: PluginMessageKey, values?: Record<string, string | number>) => string;

/** The plugin's words in a language. */
export function pluginTranslator(language: Language): PluginTranslator {
	return translator(PLUGIN_MESSAGES, language);
}
