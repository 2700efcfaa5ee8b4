/**
 * The formatters and words a chart is given, made from the presentation
 * layer's {@link Words} for the dashboard's language: numbers with the
 * language's decimal mark, dates as the language writes them ("12 Feb 2026",
 * "12 feb 2026"), quarters, and the chart's few phrases from the catalogue.
 */
import type { Language } from "../../core/i18n/language";
import type { Words } from "../../core/present/words";
import type { ChartFormat, ChartWords, PointStatus } from "./time-chart";
import type { AggregateUnit, DayString, TickUnit } from "./time-scale";

/** English dates are written day-month-year here, as the product's users in Europe write them (as core/present does). */
const DATE_LOCALES: Record<Language, string> = { en: "en-GB", nl: "nl-NL" };
const MONTHS_PER_QUARTER = 3;

/** The shorter ways an axis writes a date (a date in full comes from {@link Words.date}). */
type DateStyle = TickUnit;
const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
	day: { day: "numeric", month: "short" },
	month: { month: "short" },
	"month-year": { month: "short", year: "numeric" },
	year: { year: "numeric" },
};
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A `YYYY-MM-DD` date written in a language and a short style (never shifted by a time zone).
 *
 * @example formatDay("2026-02-12", "en", "month-year") // "Feb 2026"
 */
export function formatDay(date: DayString, language: Language, style: DateStyle): string {
	const key = `${language}:${style}`;
	let format = dateFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(DATE_LOCALES[language], { ...DATE_OPTIONS[style], timeZone: "UTC" });
		dateFormats.set(key, format);
	}
	const [year = 1970, month = 1, day = 1] = date.split("-").map(Number);
	return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * The quarter (`2026-Q1`) a date falls in.
 *
 * @example quarterOf("2026-02-12") // "2026-Q1"
 */
function quarterOf(date: DayString): string {
	const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / MONTHS_PER_QUARTER) + 1;
	return `${date.slice(0, 4)}-Q${quarter}`;
}

/**
 * How a chart writes values (with `unit`) and dates in the words' language.
 *
 * @example chartFormat(wordsFor("nl"), "%").value(87.5) // "87,5 %"
 */
export function chartFormat(words: Words, unit?: string): ChartFormat {
	return {
		value: (value) => words.value(value, unit),
		date: (date) => words.date(date),
		shortDate: (date, tickUnit: TickUnit) => formatDay(date, words.language, tickUnit),
		period: (start, periodUnit: AggregateUnit) => {
			if (periodUnit === "month") return formatDay(start, words.language, "month-year");
			if (periodUnit === "year") return formatDay(start, words.language, "year");
			return words.quarter(quarterOf(start));
		},
	};
}

/**
 * The chart's words in the words' language.
 *
 * @example chartWords(wordsFor("en")).target("95 %") // "target 95 %"
 */
export function chartWords(words: Words): ChartWords {
	const { t } = words;
	return {
		target: (value) => t("chart-target", { value }),
		average: (value, count) => t("chart-average", { value, count }),
		status: (status: PointStatus) => (status === "good" ? t("chart-on-track") : status === "bad" ? t("chart-off-track") : undefined),
	};
}

/**
 * A quarter (`2026-Q3`) as the bars' axis writes it: "Q3", and its year.
 *
 * @example quarterParts("2026-Q3", wordsFor("en")) // { short: "Q3", year: "2026" }
 */
export function quarterParts(quarter: string, words: Words): { short: string; year: string } {
	const [year = "", number = ""] = quarter.split("-Q");
	return { short: words.t("chart-quarter-short", { quarter: number }), year };
}
