/**
 * The date-fns locales, in one place: month and day names for `format` in
 * each language the product speaks.
 */
import type { Locale } from "date-fns";
import { enUS } from "date-fns/locale/en-US";
import { nl } from "date-fns/locale/nl";
import type { Language } from "../i18n/language";

const DATE_LOCALES: Readonly<Record<Language, Locale>> = { en: enUS, nl };

/**
 * The date-fns locale for a language.
 *
 * @example format(new Date(2026, 10, 27), "EEEE", { locale: dateLocale("nl") }) // "vrijdag"
 */
export function dateLocale(language: Language): Locale {
	return DATE_LOCALES[language];
}
