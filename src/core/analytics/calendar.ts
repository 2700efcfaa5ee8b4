/**
 * Arithmetic on calendar dates (`YYYY-MM-DD`), with date-fns, never shifted
 * by a time zone: every date is read and written as a local calendar day.
 */
import { addDays as addDaysToDate, differenceInCalendarDays, format, getQuarter, parseISO } from "date-fns";
import type { CalendarDate } from "../model";

/**
 * Days from `from` to `to` (positive when `to` is later).
 *
 * @example daysBetween("2026-11-20", "2026-11-27") // 7
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
	return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/**
 * The date a number of days later (or earlier, when negative).
 *
 * @example addDays("2026-12-30", 3) // "2027-01-02"
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
	return format(addDaysToDate(parseISO(date), days), "yyyy-MM-dd");
}

/**
 * The quarter a date falls in.
 *
 * @example quarterOf("2026-08-15") // "2026-Q3"
 */
export function quarterOf(date: CalendarDate): string {
	return `${date.slice(0, 4)}-Q${getQuarter(parseISO(date))}`;
}
