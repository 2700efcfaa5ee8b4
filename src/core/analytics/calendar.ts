/**
 * Arithmetic on calendar dates (`YYYY-MM-DD`), with date-fns, never shifted
 * by a time zone: every date is read and written as a local calendar day.
 */
import { addDays as addDaysToDate, format, parseISO } from "date-fns";
import type { CalendarDate } from "../model";

const MS_PER_DAY = 86_400_000;
const MONTHS_PER_QUARTER = 3;
/** Years written with four digits that day arithmetic in UTC handles as written. */
const MIN_UTC_YEAR = 1000;
const MAX_YEAR = 9999;
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
 * The date a number of days later (or earlier, when negative).
 *
 * @example addDays("2026-12-30", 3) // "2027-01-02"
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
	// Date.UTC reads a year below 100 as 19xx: date-fns takes those few.
	if (Number(date.slice(0, 4)) < MIN_UTC_YEAR) return format(addDaysToDate(parseISO(date), days), "yyyy-MM-dd");
	const shifted = new Date((dayNumber(date) + days) * MS_PER_DAY);
	const year = shifted.getUTCFullYear();
	if (year < MIN_UTC_YEAR || year > MAX_YEAR) return format(addDaysToDate(parseISO(date), days), "yyyy-MM-dd");
	return `${year}-${String(shifted.getUTCMonth() + 1).padStart(2, "0")}-${String(shifted.getUTCDate()).padStart(2, "0")}`;
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
