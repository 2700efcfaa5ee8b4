/**
 * The saved index (`index.json`) as text, one line per note, so a restart
 * reads only what it needs before the first dashboard:
 *
 * ```text
 * {"format":"alliance-journal-index","version":8}
 * ["Alliances/Acme.md",1714000000000,{"note":{"type":"alliance",…},"problems":[]}]
 * ["Daily/2026-11-27.md",1714000000000,null]
 * ["Meetings/2026-11-27 Acme.md",1714000000000,"alliance-meeting",[{"target":"Acme"}],[]]\t{"type":"alliance-meeting",…}
 * ```
 *
 * A profile, a note that is not an alliance note and an unreadable note are
 * saved whole and restored at once (a plain note with nothing to say about it
 * as `null`). A meeting, reflection, stakeholder or
 * health check is saved as a head (path, modification time, type, alliance
 * links, problems: what grouping and the problem list need) and, after a tab,
 * its note: the note stays text until its alliance is first analysed, and is
 * then parsed and checked field by field. JSON never writes a raw tab or line
 * break, so both split the text safely; every line is read on its own, and a
 * damaged one costs only its own note.
 */
import type { HealthCheckNote, Link, MeetingNote, NoteType, ParseResult, Problem, ReflectionNote, StakeholderNote } from "../model";
import { EMPTY_LIST } from "./compact";
import { isLinkList, isNoteOf, isParseResult, isProblemList, leanNote, leanResult } from "./snapshot-shape";

/** Bump when the parsed shape changes: a saved index of another version is ignored. */
export const INDEX_FORMAT_VERSION = 8;
export const SNAPSHOT_FORMAT = "alliance-journal-index";
/** The first line of a saved index of this version. */
const HEADER = JSON.stringify({ format: SNAPSHOT_FORMAT, version: INDEX_FORMAT_VERSION });
/** A first line longer than this is not this format's header (an old index is one long line): refused unread. */
const MAX_HEADER_LENGTH = 200;
const TAB = "\t";
const NEWLINE = "\n";

/** A note that belongs to alliances through its links. */
export type MemberNote = MeetingNote | ReflectionNote | StakeholderNote | HealthCheckNote;

/** The one result of every restored note that is not an alliance note and has nothing to say (frozen: shared). */
const PLAIN_RESULT: ParseResult = Object.freeze({ note: null, problems: EMPTY_LIST as Problem[] });

/** The types whose notes wait as text until their alliance is analysed. */
export type MemberType = Exclude<NoteType, "alliance">;
const MEMBER_TYPES: ReadonlySet<string> = new Set<MemberType>(["alliance-meeting", "alliance-reflection", "alliance-stakeholder", "alliance-health-check"]);

/** A member note as it waits in the restored index: what grouping needs, and its note as JSON text. */
export interface SavedNote {
	type: MemberType;
	/** Its alliance links: `alliance` of a meeting, reflection or health check, `alliances` of a stakeholder. */
	links: readonly Link[];
	problems: Problem[];
	/** The note, as the JSON text the index saved (lean: no empty lists). */
	json: string;
}

/** One line of a saved index, read. */
export type SavedLine = { path: string; mtime: number; result: ParseResult; saved?: undefined } | { path: string; mtime: number; result?: undefined; saved: SavedNote };

/** The alliance links of a member note. */
export function allianceLinksOf(note: MemberNote): readonly Link[] {
	if (note.type === "alliance-stakeholder") return note.alliances;
	return note.alliance ? [note.alliance] : [];
}

/** The first line of a saved index. */
export function savedHeader(): string {
	return HEADER;
}

/**
 * The line that saves one note: a member note as head and JSON, anything else whole.
 *
 * @example savedLine("Notes/Plain.md", 5, { note: null, problems: [] }) // '["Notes/Plain.md",5,null]'
 */
export function savedLine(path: string, mtime: number, result: ParseResult): string {
	const note = result.note;
	// Most of a vault: a note that is not an alliance note, with nothing to say about it.
	if (note === null && result.problems.length === 0 && (result.aliases === undefined || result.aliases.length === 0)) return JSON.stringify([path, mtime, null]);
	if (note === null || note.type === "alliance") return JSON.stringify([path, mtime, leanResult(result)]);
	return JSON.stringify([path, mtime, note.type, allianceLinksOf(note), result.problems]) + TAB + JSON.stringify(leanNote(note));
}

/** The line of a note that still waits as text: written back as it was read. */
export function waitingLine(path: string, mtime: number, saved: SavedNote): string {
	return JSON.stringify([path, mtime, saved.type, saved.links, saved.problems]) + TAB + saved.json;
}

/**
 * Where the lines after the header start, when the text is a saved index of
 * this format and version; `undefined` for anything else (another version, an
 * old single-line index, damaged text, not text at all).
 */
export function bodyStart(text: unknown): number | undefined {
	if (typeof text !== "string") return undefined;
	const end = text.indexOf(NEWLINE);
	const headerEnd = end < 0 ? text.length : end;
	if (headerEnd > MAX_HEADER_LENGTH) return undefined;
	let header: unknown;
	try {
		header = JSON.parse(text.slice(0, headerEnd));
	} catch {
		return undefined;
	}
	if (typeof header !== "object" || header === null) return undefined;
	const { format, version } = header as Record<string, unknown>;
	return format === SNAPSHOT_FORMAT && version === INDEX_FORMAT_VERSION ? headerEnd + 1 : undefined;
}

/**
 * Calls `read` with the start and end of every line from `start` on: a loop
 * over line breaks, linear in the text.
 */
export function forEachLine(text: string, start: number, read: (start: number, end: number) => void): void {
	let position = start;
	while (position < text.length) {
		let end = text.indexOf(NEWLINE, position);
		if (end < 0) end = text.length;
		if (end > position) read(position, end);
		position = end + 1;
	}
}

/** JSON text parsed, or `undefined` when it is not JSON. */
function parsed(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

/** True for a finite modification time. */
function isTime(value: unknown): value is number {
	return typeof value === "number" && Number.isFinite(value);
}

/**
 * One saved line read: a whole entry checked field by field, or a member
 * note's head checked and its JSON kept as text. `undefined` when the line
 * does not have the shape the index writes (it is then left out, and its
 * note is read again like one the index never had).
 */
export function readSavedLine(text: string, start: number, end: number): SavedLine | undefined {
	// The line on its own first: a search for the tab must not run on into the lines after it.
	const line = text.slice(start, end);
	const tab = line.indexOf(TAB);
	if (tab < 0) {
		const value = parsed(line);
		if (!Array.isArray(value) || value.length !== 3) return undefined;
		const [path, mtime, result] = value as unknown[];
		if (typeof path !== "string" || !isTime(mtime)) return undefined;
		if (result === null) return { path, mtime, result: PLAIN_RESULT };
		if (!isParseResult(result)) return undefined;
		// A result saved under another path (edited by hand, or copied) is not this note's.
		if (result.note !== null && (result.note.path !== path || result.note.type !== "alliance")) return undefined;
		if (result.problems.some((problem) => problem.path !== path)) return undefined;
		return { path, mtime, result };
	}
	const head = parsed(line.slice(0, tab));
	if (!Array.isArray(head) || head.length !== 5) return undefined;
	const [path, mtime, type, links, problems] = head as unknown[];
	if (typeof path !== "string" || !isTime(mtime) || typeof type !== "string" || !MEMBER_TYPES.has(type)) return undefined;
	if (!isLinkList(links) || !isProblemList(problems) || problems.some((problem) => problem.path !== path)) return undefined;
	return { path, mtime, saved: { type: type as MemberType, links, problems, json: line.slice(tab + 1) } };
}

/** True when two link lists name the same targets with the same display text. */
function sameLinks(a: readonly Link[], b: readonly Link[]): boolean {
	if (a.length !== b.length) return false;
	for (let position = 0; position < a.length; position++) {
		if (a[position]?.target !== b[position]?.target || a[position]?.display !== b[position]?.display) return false;
	}
	return true;
}

/**
 * A waiting note parsed and checked: its fields, its path, and that it is the
 * note its head described (type and alliance links). `undefined` when
 * anything does not fit.
 */
export function decodeSavedNote(path: string, saved: SavedNote): MemberNote | undefined {
	const note = parsed(saved.json);
	if (!isNoteOf(saved.type, note) || note.path !== path) return undefined;
	const member = note as MemberNote;
	return sameLinks(allianceLinksOf(member), saved.links) ? member : undefined;
}
