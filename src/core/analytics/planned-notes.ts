/**
 * Planned notes: a meeting or reflection written in advance (the README
 * recommends creating the next meeting's note from its template) is not a
 * meeting held. It is planned when it is dated after today, or dated today
 * with nothing filled in yet; once it has content on or after its date it counts.
 */
import type { AllianceGroup } from "../index/vault-index";
import type { CalendarDate, MeetingNote, ReflectionNote } from "../model";
import { REFLECTION_SECTIONS } from "../model";

/**
 * Whether nothing is filled in: no KPI reading, no rating, no item under a
 * parsed section (the template's carried-over agenda is not one).
 */
export function isUnfilled(note: MeetingNote | ReflectionNote): boolean {
	if (note.conflicts.length > 0 || note.quickWins.length > 0 || note.actions.length > 0) return false;
	if (note.type === "alliance-meeting") return note.kpis.length === 0 && Object.keys(note.ratings).length === 0 && note.decisions.length === 0;
	return note.relationship === undefined && note.adoptionStage === undefined && REFLECTION_SECTIONS.every((section) => note.sections[section].length === 0);
}

/**
 * Whether a note is planned rather than held: dated after today, or today
 * and not filled in. An undated note is not planned (its date is a problem of its own).
 *
 * @example isPlanned(meetingOn("2026-12-03"), "2026-12-02") // true
 */
export function isPlanned(note: MeetingNote | ReflectionNote, today: CalendarDate): boolean {
	if (note.date === undefined) return false;
	return note.date > today || (note.date === today && isUnfilled(note));
}

/** An alliance split into what was held and the meetings planned. */
export interface HeldAndPlanned {
	/** The alliance with only the meetings and reflections held (same order). */
	held: AllianceGroup;
	/** The planned meetings, oldest first. */
	plannedMeetings: MeetingNote[];
}

/**
 * Leaves planned meetings and reflections out of an alliance. The group
 * itself is returned when nothing is planned, so views keyed by it are reused.
 *
 * @param group the alliance as the index gives it
 * @param today the day of the dashboard
 */
export function heldNotes(group: AllianceGroup, today: CalendarDate): HeldAndPlanned {
	const meetings = splitPlanned(group.meetings, today);
	const reflections = splitPlanned(group.reflections, today);
	if (meetings.planned.length === 0 && reflections.planned.length === 0) return { held: group, plannedMeetings: meetings.planned };
	const held: AllianceGroup = { ...group, meetings: meetings.held, reflections: reflections.held };
	return { held, plannedMeetings: meetings.planned };
}

/**
 * A list in the index's order (by date, the undated ones last) split into
 * the notes held and those planned, each in that order. A planned note is
 * dated today or later, so only the end of the list is read: back to the
 * last note before today. The list itself is the held list when nothing is planned.
 */
function splitPlanned<T extends MeetingNote | ReflectionNote>(notes: T[], today: CalendarDate): { held: T[]; planned: T[] } {
	const planned: T[] = [];
	const heldAtEnd: T[] = [];
	let at = notes.length - 1;
	for (; at >= 0; at--) {
		const note = notes[at] as T;
		if (note.date !== undefined && note.date < today) break;
		(isPlanned(note, today) ? planned : heldAtEnd).push(note);
	}
	if (planned.length === 0) return { held: notes, planned };
	return { held: notes.slice(0, at + 1).concat(heldAtEnd.reverse()), planned: planned.reverse() };
}
