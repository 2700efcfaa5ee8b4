/**
 * Parsing a built note and getting the typed note back, failing loudly when
 * the note is not of the expected type.
 */
import type {
	AllianceProfile,
	HealthCheckNote,
	JournalNote,
	MeetingNote,
	NoteType,
	ParseResult,
	Problem,
	ProblemCode,
	ReflectionNote,
	StakeholderNote,
} from "../../../src/core/model";
import { parseNote } from "../../../src/core/parse/parse-note";
import type { NoteBuilder } from "./note-builder";

type NoteOf<T extends NoteType> = Extract<JournalNote, { type: T }>;

export function parse(note: NoteBuilder | string, path = "Meetings/2026-11-27 Acme.md"): ParseResult {
	return parseNote(path, typeof note === "string" ? note : note.build());
}

function noteOfType<T extends NoteType>(type: T, result: ParseResult): NoteOf<T> {
	if (result.note?.type !== type) {
		throw new Error(`expected a ${type} note, got ${result.note?.type ?? "null"}; problems: ${JSON.stringify(result.problems)}`);
	}
	return result.note as NoteOf<T>;
}

export const parseMeeting = (note: NoteBuilder | string, path?: string): MeetingNote =>
	noteOfType("alliance-meeting", parse(note, path));
export const parseProfile = (note: NoteBuilder | string, path = "Alliances/Acme.md"): AllianceProfile =>
	noteOfType("alliance", parse(note, path));
export const parseReflection = (note: NoteBuilder | string, path?: string): ReflectionNote =>
	noteOfType("alliance-reflection", parse(note, path));
export const parseStakeholder = (note: NoteBuilder | string, path = "People/Sanne.md"): StakeholderNote =>
	noteOfType("alliance-stakeholder", parse(note, path));

export const parseHealthCheck = (note: NoteBuilder | string, path = "Health checks/2026-11-27 Acme.md"): HealthCheckNote =>
	noteOfType("alliance-health-check", parse(note, path));

/** The problems of one kind, so a test can ignore the others. */
export function problemsOf(result: ParseResult | Problem[], code: ProblemCode): Problem[] {
	const problems = Array.isArray(result) ? result : result.problems;
	return problems.filter((problem) => problem.code === code);
}
