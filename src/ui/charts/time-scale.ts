/**
 * The arithmetic of a time chart, free of the DOM: where a date and a value
 * sit, which dates get a tick, where a line breaks for a gap, and how
 * thousands of readings become a few dozen means. Pure numbers and dates, so
 * it is tested without a browser.
 */

/** A calendar date as `YYYY-MM-DD`. */
export type DayString = string;

/** How a point reads at a glance, judged on its own value (on or off track). */
export type PointStatus = "good" | "bad" | "neutral";

/** One reading of a series. */
export interface TimePoint<Source = unknown> {
	date: DayString;
	value: number;
	status?: PointStatus;
	/** Where the reading was written (what a click opens). */
	source?: Source;
}

/** A point as drawn: a single reading, or the mean of the readings in a period. */
export interface PlotPoint<Source = unknown> extends TimePoint<Source> {
	/** How many readings the point stands for (1 for a single reading). */
	count: number;
	/** The period a mean stands for; absent for a single reading. */
	period?: { unit: AggregateUnit; start: DayString };
}

/** The periods readings are averaged over when a chart would be too dense. */
export type AggregateUnit = "month" | "quarter" | "year";

/** The units of the x axis's ticks. */
export type TickUnit = "day" | "month" | "month-year" | "year";

export interface Tick {
	date: DayString;
	/** 0–100: where the tick sits, as a percentage of the chart's width. */
	x: number;
	unit: TickUnit;
}

const MS_PER_DAY = 86_400_000;
/** A line breaks where two readings are further apart than this many times the usual distance… */
export const GAP_FACTOR = 1.75;
/** …and further apart than this many days (weekly readings may skip a week unnoticed). */
export const MIN_GAP_DAYS = 45;
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120] as const;
const LONGEST_MONTH_STEP = 120;
const DAY_STEPS = [1, 2, 7, 14] as const;
const MONTHS_PER_QUARTER = 3;

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date (no time zone involved).
 *
 * @example dayNumber("1970-01-02") // 1
 */
export function dayNumber(date: DayString): number {
	const [year = "1970", month = "1", day = "1"] = date.split("-");
	return Math.round(Date.UTC(Number(year), Number(month) - 1, Number(day)) / MS_PER_DAY);
}

/**
 * The `YYYY-MM-DD` date of a day number.
 *
 * @example dayString(1) // "1970-01-02"
 */
export function dayString(day: number): DayString {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Where a date sits between a start and an end date, as a percentage of
 * the width (0 at the start, 100 at the end), rounded to two decimals.
 *
 * @example timeX("2026-01-16", "2026-01-01", "2026-01-31") // 50
 */
export function timeX(date: DayString, start: DayString, end: DayString): number {
	const from = dayNumber(start);
	const span = dayNumber(end) - from;
	if (span <= 0) return 50;
	return round(((dayNumber(date) - from) / span) * 100);
}

/** The value range of a chart: the readings' and the target's, or fixed bounds (ratings 1–5). */
export interface ValueDomain {
	low: number;
	high: number;
}

/**
 * The values a chart spans: every value and the target; fixed bounds win.
 * A flat series gets room above and below so it sits in the middle.
 *
 * @example valueDomain([80, 90], { target: 95 }) // { low: 80, high: 95 }
 */
export function valueDomain(values: readonly number[], options: { target?: number; min?: number; max?: number } = {}): ValueDomain {
	const all = options.target === undefined ? [...values] : [...values, options.target];
	let low = options.min ?? minimum(all);
	let high = options.max ?? maximum(all);
	if (!Number.isFinite(low) || !Number.isFinite(high)) {
		low = 0;
		high = 1;
	}
	if (high === low) {
		const room = Math.abs(low) > 0 ? Math.abs(low) * 0.1 : 1;
		low -= room;
		high += room;
	}
	return { low, high };
}

/**
 * Where a value sits vertically, in pixels from the top: `top` for the
 * domain's high end, `bottom` for its low end.
 *
 * @example valueY(5, { low: 0, high: 10 }, 0, 100) // 50
 */
export function valueY(value: number, domain: ValueDomain, top: number, bottom: number): number {
	return round(bottom - ((value - domain.low) / (domain.high - domain.low)) * (bottom - top));
}

/**
 * The coarsest needed period to average readings over so that at most
 * `maxPoints` points remain; undefined when the readings fit as they are.
 *
 * @example aggregateUnit(["2026-01-01", "2026-01-08", "2026-01-15"], 2) // "month"
 */
export function aggregateUnit(dates: readonly DayString[], maxPoints: number): AggregateUnit | undefined {
	if (dates.length <= maxPoints) return undefined;
	for (const unit of ["month", "quarter", "year"] as const) {
		if (new Set(dates.map((date) => periodStart(date, unit))).size <= maxPoints) return unit;
	}
	return "year";
}

/**
 * The first day of the month, quarter or year a date falls in.
 *
 * @example periodStart("2026-08-14", "quarter") // "2026-07-01"
 */
export function periodStart(date: DayString, unit: AggregateUnit): DayString {
	const year = date.slice(0, 4);
	const month = Number(date.slice(5, 7));
	if (unit === "year") return `${year}-01-01`;
	if (unit === "month") return `${year}-${pad(month)}-01`;
	const first = month - ((month - 1) % MONTHS_PER_QUARTER);
	return `${year}-${pad(first)}-01`;
}

/** The middle day of a period (where its mean is drawn). */
function periodMiddle(start: DayString, unit: AggregateUnit): DayString {
	const months = unit === "month" ? 1 : unit === "quarter" ? MONTHS_PER_QUARTER : 12;
	const [year = 1970, month = 1] = start.split("-").map(Number);
	const from = dayNumber(start);
	const to = Math.round(Date.UTC(year, month - 1 + months, 1) / MS_PER_DAY);
	return dayString(Math.floor((from + to - 1) / 2));
}

/**
 * The points a series is drawn with: its readings as they are when they
 * fit, else one mean per month, quarter or year (dated in the middle of the
 * period, with the number of readings it stands for). A mean's status comes
 * from `statusOf`, since the readings' own statuses may differ.
 *
 * @example plotPoints([{ date: "2026-01-05", value: 1 }, { date: "2026-01-20", value: 3 }], 1)[0] // { date: "2026-01-16", value: 2, count: 2, period: … }
 */
export function plotPoints<Source>(
	points: readonly TimePoint<Source>[],
	maxPoints: number,
	statusOf?: (value: number) => PointStatus | undefined,
): PlotPoint<Source>[] {
	const sorted = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	const unit = aggregateUnit(
		sorted.map((point) => point.date),
		maxPoints,
	);
	if (!unit) return sorted.map((point) => ({ ...point, count: 1 }));
	const periods = new Map<DayString, { sum: number; count: number; last: TimePoint<Source> }>();
	for (const point of sorted) {
		const start = periodStart(point.date, unit);
		const period = periods.get(start);
		if (period) {
			period.sum += point.value;
			period.count += 1;
			period.last = point;
		} else periods.set(start, { sum: point.value, count: 1, last: point });
	}
	return [...periods].map(([start, { sum, count, last }]) => {
		const value = round(sum / count);
		const status = statusOf?.(value);
		const plotted: PlotPoint<Source> = { date: periodMiddle(start, unit), value, count, period: { unit, start } };
		if (status) plotted.status = status;
		if (last.source !== undefined) plotted.source = last.source;
		return plotted;
	});
}

/**
 * The indexes after which a line breaks: two neighbouring points further
 * apart than {@link GAP_FACTOR} times the usual (median) distance and than
 * `minDays`, so a missed meeting or a long silence shows as a gap.
 *
 * @example gapsAfter(["2026-01-01", "2026-02-01", "2026-03-01", "2026-09-01"]) // [2]
 */
export function gapsAfter(dates: readonly DayString[], minDays = MIN_GAP_DAYS): number[] {
	if (dates.length < 3) return [];
	const distances = dates.slice(1).map((date, index) => dayNumber(date) - dayNumber(dates[index] ?? date));
	const usual = median(distances);
	const threshold = Math.max(GAP_FACTOR * usual, minDays);
	return distances.flatMap((distance, index) => (distance > threshold ? [index] : []));
}

/**
 * A few dates for the x axis at whole months (or days, for a short range, or
 * years, for a long one), at most `maxTicks`, each with where it sits. The
 * first tick and every tick in a new year say the year.
 *
 * @example timeTicks("2026-01-10", "2026-06-20", 3).map((tick) => tick.date) // ["2026-02-01", "2026-04-01", "2026-06-01"]
 */
export function timeTicks(start: DayString, end: DayString, maxTicks: number): Tick[] {
	const from = dayNumber(start);
	const to = dayNumber(end);
	if (to <= from || maxTicks < 1) return [];
	const months = monthsBetween(start, end);
	if (months < 2) {
		const step = DAY_STEPS.find((candidate) => Math.floor((to - from) / candidate) + 1 <= maxTicks) ?? Math.ceil((to - from) / maxTicks);
		const ticks: Tick[] = [];
		for (let day = from; day <= to; day += step) ticks.push({ date: dayString(day), x: timeX(dayString(day), start, end), unit: "day" });
		return ticks;
	}
	const step = MONTH_STEPS.find((candidate) => monthStarts(start, end, candidate).length <= maxTicks) ?? LONGEST_MONTH_STEP;
	let previousYear = "";
	return monthStarts(start, end, step).map((date) => {
		const year = date.slice(0, 4);
		const unit: TickUnit = step >= 12 ? "year" : year !== previousYear ? "month-year" : "month";
		previousYear = year;
		return { date, x: timeX(date, start, end), unit };
	});
}

/** The first days of months in [start, end] whose month number is a multiple of `step` (January counts as 0). */
function monthStarts(start: DayString, end: DayString, step: number): DayString[] {
	const dates: DayString[] = [];
	let year = Number(start.slice(0, 4));
	let month = Number(start.slice(5, 7)) - 1;
	if (start.slice(8, 10) !== "01") month += 1;
	for (;;) {
		year += Math.floor(month / 12);
		month %= 12;
		const date = `${year}-${pad(month + 1)}-01`;
		if (date > end) return dates;
		if (month % step === 0) dates.push(date);
		month += 1;
	}
}

function monthsBetween(start: DayString, end: DayString): number {
	return (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(start.slice(5, 7));
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Math.min/max over an array without spreading it (thousands of values overflow the argument stack). */
function minimum(values: readonly number[]): number {
	return values.reduce((low, value) => (value < low ? value : low), Infinity);
}

function maximum(values: readonly number[]): number {
	return values.reduce((high, value) => (value > high ? value : high), -Infinity);
}

function pad(value: number): string {
	return String(value).padStart(2, "0");
}

/** Two decimals are plenty for a chart a few hundred pixels wide, and keep the attributes short. */
function round(value: number): number {
	return Math.round(value * 100) / 100;
}
