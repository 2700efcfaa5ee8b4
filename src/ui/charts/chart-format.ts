/**
 * The formatters and words a chart is given, made for the dashboard's
 * language: numbers with the language's decimal mark, dates as the language
 * writes them ("12 feb. 2026", "12 Feb 2026"), quarters, and the chart's
 * few phrases from the UI catalogue.
 */
import type { Language } from "../../core/i18n/language";
import { formatValue, plural, type Translate } from "../format";
import type { ChartFormat, ChartWords, PointStatus } from "./time-chart";
import type { AggregateUnit, DayString, TickUnit } from "./time-scale";

/** English dates are written day-month-year here, as the product's users in Europe write them. */
const DATE_LOCALES: Record<Language, string> = { en: "en-GB", nl: "nl-NL" };
const MONTHS_PER_QUARTER = 3;

type DateStyle = "full" | "day" | "month" | "month-year" | "year";
const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
	full: { day: "numeric", month: "short", year: "numeric" },
	day: { day: "numeric", month: "short" },
	month: { month: "short" },
	"month-year": { month: "short", year: "numeric" },
	year: { year: "numeric" },
};
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A `YYYY-MM-DD` date written in a language and style (never shifted by a time zone).
 *
 * @example formatDay("2026-02-12", "en", "full") // "12 Feb 2026"
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
 * How a chart writes values (with `unit`) and dates in `language`.
 *
 * @example chartFormat("nl", t, "%").value(87.5) // "87,5 %"
 */
export function chartFormat(language: Language, t: Translate, unit?: string): ChartFormat {
	const quarterOf = (date: DayString): number => Math.floor((Number(date.slice(5, 7)) - 1) / MONTHS_PER_QUARTER) + 1;
	return {
		value: (value) => formatValue(value, unit, language),
		date: (date) => formatDay(date, language, "full"),
		shortDate: (date, tickUnit: TickUnit) => formatDay(date, language, tickUnit),
		period: (start, periodUnit: AggregateUnit) => {
			if (periodUnit === "month") return formatDay(start, language, "month-year");
			if (periodUnit === "year") return formatDay(start, language, "year");
			return t("chart-quarter", { quarter: quarterOf(start), year: start.slice(0, 4) });
		},
	};
}

/**
 * The chart's words in the catalogue's language.
 *
 * @example chartWords(t).target("95 %") // "target 95 %"
 */
export function chartWords(t: Translate): ChartWords {
	return {
		target: (value) => t("chart-target", { value }),
		average: (value, count) => plural(t, "chart-average", count, { value }),
		status: (status: PointStatus) => (status === "good" ? t("chart-on-track") : status === "bad" ? t("chart-off-track") : undefined),
	};
}

/**
 * A quarter (`2026-Q3`) as the bars' axis writes it: "Q3", and its year.
 *
 * @example quarterParts("2026-Q3", t) // { short: "Q3", year: "2026" }
 */
export function quarterParts(quarter: string, t: Translate): { short: string; year: string } {
	const [year = "", number = ""] = quarter.split("-Q");
	return { short: t("chart-quarter-short", { quarter: number }), year };
}
