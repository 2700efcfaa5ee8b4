/**
 * Numbers and dates as each language writes them: "1,580.5" and "3 Dec 2026"
 * in English, "1.580,5" and "3 dec 2026" in Dutch. One format per language,
 * made once, used by every output a person reads (JSON keeps ISO dates and
 * plain numbers).
 */
import type { Language } from "../i18n/language";
import type { CalendarDate } from "../model";

/** Readings and averages are shown with at most this many decimals. */
const MAX_DECIMALS = 2;
/** Units that only say "a number of": left out when a value is shown. */
const COUNT_UNITS = new Set(["count", "number", "aantal", "#"]);
/** The locale whose conventions each language follows (British English: "3 Dec 2026", "organisation"). */
const LOCALES: Record<Language, string> = { en: "en-GB", nl: "nl-NL" };
/** A real minus sign, not a hyphen. */
const MINUS = "\u2212";

const numberFormats = new Map<Language, Intl.NumberFormat>();
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/**
 * A number as the language writes it, with thousands separators.
 *
 * @example formatNumber(1580.5, "nl") // "1.580,5"
 */
export function formatNumber(value: number, language: Language): string {
	let format = numberFormats.get(language);
	if (!format) {
		format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: MAX_DECIMALS });
		numberFormats.set(language, format);
	}
	return format.format(value);
}

/**
 * A KPI reading with its unit (a unit that only says "count" is left out).
 *
 * @example formatValue(87.2, "%", "en") // "87.2 %"
 */
export function formatValue(value: number, unit: string | undefined, language: Language): string {
	const number = formatNumber(value, language);
	return unit && !COUNT_UNITS.has(unit.toLowerCase()) ? `${number} ${unit}` : number;
}

/**
 * A change with its sign: a real minus, and a plus for growth.
 *
 * @example formatSigned(-0.9, "nl") // "−0,9"
 */
export function formatSigned(change: number, language: Language): string {
	const magnitude = formatNumber(Math.abs(change), language);
	if (change > 0) return `+${magnitude}`;
	if (change < 0) return `${MINUS}${magnitude}`;
	return magnitude;
}

/**
 * A calendar date as the language writes it for a reader.
 *
 * @example formatDate("2026-12-03", "nl") // "3 dec 2026"
 */
export function formatDate(date: CalendarDate, language: Language): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) return date;
	let format = dateFormats.get(language);
	if (!format) {
		format = new Intl.DateTimeFormat(LOCALES[language], { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
		dateFormats.set(language, format);
	}
	return format.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/**
 * A quarter as a reader writes it.
 *
 * @example formatQuarter("2026-Q3") // "Q3 2026"
 */
export function formatQuarter(quarter: string): string {
	const match = /^(\d{4})-(Q[1-4])$/.exec(quarter);
	return match ? `${match[2]} ${match[1]}` : quarter;
}

/**
 * The text with its first letter in upper case, for a label that starts a line.
 *
 * @example capitalize("niet op de hoogte") // "Niet op de hoogte"
 */
export function capitalize(text: string): string {
	return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
