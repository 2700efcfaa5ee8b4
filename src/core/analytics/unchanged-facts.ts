/**
 * Whether an edit left what one analysis reads of the edited notes as it
 * was: then the analysis made before the edit is the analysis after it, and
 * the builder keeps it instead of reading every note of the alliance again.
 * Each test compares exactly the fields its analysis reads of a note, and
 * the note's place among its neighbours where the order decides something.
 */
import { RATING_KEYS, type CalendarDate, type MeetingNote, type ReflectionNote } from "../model";
import { isPlanned } from "./planned-notes";

/** A note before and after an edit, and its position in the alliance's list (the same before and after). */
export type Replaced<N> = readonly [before: N, after: N, position: number];

/** Same path, date and planned or held. */
function samePlace(before: MeetingNote | ReflectionNote, after: MeetingNote | ReflectionNote, today: CalendarDate): boolean {
	return before.path === after.path && before.date === after.date && isPlanned(before, today) === isPlanned(after, today);
}

/**
 * Whether the KPI trends read the same of the replaced meetings: the same
 * readings on the same lines, on the same date and time. A meeting with
 * readings that shares its date with another meeting is never the same: which
 * reading wins, and why, may rest on the modification time the edit changed.
 *
 * @param meetings the alliance's meetings after the edit
 */
export function sameKpiFacts(replaced: readonly Replaced<MeetingNote>[], meetings: readonly MeetingNote[], today: CalendarDate): boolean {
	return replaced.every(([before, after, position]) => {
		if (!samePlace(before, after, today) || (before.time ?? "") !== (after.time ?? "")) return false;
		if (before.kpis.length !== after.kpis.length) return false;
		if (after.kpis.length === 0) return true;
		const sameReadings = after.kpis.every((reading, index) => {
			const earlier = before.kpis[index];
			return earlier?.key === reading.key && earlier.value === reading.value && earlier.line === reading.line;
		});
		return sameReadings && meetings[position - 1]?.date !== after.date && meetings[position + 1]?.date !== after.date;
	});
}

/** Whether relationship health reads the same of the replaced meetings and reflections: the same ratings on the same lines. */
export function sameHealthFacts(meetings: readonly Replaced<MeetingNote>[], reflections: readonly Replaced<ReflectionNote>[], today: CalendarDate): boolean {
	return (
		meetings.every(
			([before, after]) =>
				samePlace(before, after, today) && RATING_KEYS.every((key) => before.ratings[key] === after.ratings[key] && before.fieldLines[key] === after.fieldLines[key]),
		) &&
		reflections.every(
			([before, after]) => samePlace(before, after, today) && before.relationship === after.relationship && before.fieldLines.relationship === after.fieldLines.relationship,
		)
	);
}
