/**
 * Arithmetic on calendar dates (`YYYY-MM-DD`), never shifted by a time zone:
 * every day is a UTC day, so no clock change can move it. The tests hold it
 * to the days date-fns gives.
 */
import type { CalendarDate } from "../model";

const MS_PER_DAY = 86_400_000;
const MONTHS_PER_QUARTER = 3;
/** Years `Date.UTC` reads as written (it reads 0–99 as 1900–1999). */
const MIN_UTC_YEAR = 1000;
/** Day numbers of dates seen before: analytics ask for the same few hundred dates many times. */
const dayNumbers = new Map<string, number>();
const DAY_NUMBER_CACHE_LIMIT = 10_000;

/** Days since 1970-01-01 of a calendar date (UTC arithmetic, so no time zone can shift it). */
function dayNumber(date: CalendarDate): number {
	let day = dayNumbers.get(date);
	if (day === undefined) {
		day = Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY);
		if (dayNumbers.size >= DAY_NUMBER_CACHE_LIMIT) dayNumbers.clear();
		dayNumbers.set(date, day);
	}
	return day;
}

/**
 * Days from `from` to `to` (positive when `to` is later).
 *
 * @example daysBetween("2026-11-20", "2026-11-27") // 7
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
	return dayNumber(to) - dayNumber(from);
}

/**
 * A UTC day written `YYYY-MM-DD`, its year as date-fns's `yyyy` writes it:
 * at least four digits, and a year before 1 as the year before Christ it is.
 */
function utcDay(day: Date): CalendarDate {
	const year = day.getUTCFullYear();
	return `${String(year > 0 ? year : 1 - year).padStart(4, "0")}-${String(day.getUTCMonth() + 1).padStart(2, "0")}-${String(day.getUTCDate()).padStart(2, "0")}`;
}

/**
 * The date a number of days later (or earlier, when negative).
 *
 * @example addDays("2026-12-30", 3) // "2027-01-02"
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
	const year = Number(date.slice(0, 4));
	if (year >= MIN_UTC_YEAR) return utcDay(new Date((dayNumber(date) + days) * MS_PER_DAY));
	// `setUTCFullYear` takes a year below 100 as written, and rolls the day over into months and years.
	const shifted = new Date(0);
	shifted.setUTCFullYear(year, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days);
	return utcDay(shifted);
}

/**
 * The quarter a date falls in.
 *
 * @example quarterOf("2026-08-15") // "2026-Q3"
 */
export function quarterOf(date: CalendarDate): string {
	// A calendar date is `YYYY-MM-DD`: its quarter is its month's.
	return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / MONTHS_PER_QUARTER) + 1}`;
}
