/**
 * Numbers as each language writes them: "1,580.5" in English, "1.580,5" in Dutch.
 */
import type { Language } from "./language";

/** Readings and averages are shown with at most this many decimals. */
const MAX_DECIMALS = 2;
const numberFormats = new Map<Language, Intl.NumberFormat>();
/** Units that only say "a number of": left out when a value is shown. */
const COUNT_UNITS = new Set(["count", "number", "aantal", "#"]);

/**
 * A number as the language writes it.
 *
 * @example formatNumber(1580.5, "nl") // "1.580,5"
 */
export function formatNumber(value: number, language: Language): string {
	let format = numberFormats.get(language);
	if (!format) {
		format = new Intl.NumberFormat(language, { maximumFractionDigits: MAX_DECIMALS });
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
