/**
 * The saved index (`index.json`) as text, made so a restart does as little as
 * it can before the first dashboard:
 *
 * ```text
 * {"format":"alliance-journal-index","version":9}
 * {"paths":["Alliances/Acme.md","Daily/2026-11-27.md","Meetings/2026-11-27 Acme.md"],"mtimes":[1714000000000,1714000000000,1714000000000],"kinds":[{"note":{"type":"alliance",…},"problems":[]},null,"alliance-meeting"],"links":[0,0,[{"target":"Acme"}]],"problems":[0,0,0]}
 *
 *
 * {"type":"alliance-meeting","path":"Meetings/2026-11-27 Acme.md",…}
 * ```
 *
 * The second line holds every note's head, in columns read at once (a
 * column of plain values reads faster than a list of small lists). A
 * profile, an unreadable note and a note that is not an alliance note are
 * whole in their head (a plain note with nothing to say as `null`). A
 * meeting, reflection, stakeholder or health check has a head of path,
 * modification time, type, alliance links and problems (`0` when there are
 * none) — what grouping and the problem list need — and its note on a line
 * of its own: the line after the heads for the first note, and so on (empty
 * for a note that is whole in its head). A note stays text until its
 * alliance is first analysed, and is then parsed and checked field by field
 * (the note lines are found by one pass over the text when the first note
 * is decoded). JSON never writes a raw line break, so lines split the text
 * safely; a damaged head or note costs only its own note, and columns of
 * different lengths cost the whole saved index (every note is read again).
 */
import type { HealthCheckNote, Link, MeetingNote, NoteType, ParseResult, Problem, ReflectionNote, StakeholderNote } from "../model";
import { EMPTY_LIST } from "./compact";
import { isLinkList, isNoteOf, isParseResult, isProblemList, leanNote, leanResult } from "./snapshot-shape";

/** Bump when the parsed shape changes: a saved index of another version is ignored. */
export const INDEX_FORMAT_VERSION = 9;
const SNAPSHOT_FORMAT = "alliance-journal-index";
/** The first line of a saved index of this version. */
const HEADER = JSON.stringify({ format: SNAPSHOT_FORMAT, version: INDEX_FORMAT_VERSION });
/** A first line longer than this is not this format's header (an old index is one long line): refused unread. */
const MAX_HEADER_LENGTH = 200;
const NEWLINE = "\n";

/** A note that belongs to alliances through its links. */
export type MemberNote = MeetingNote | ReflectionNote | StakeholderNote | HealthCheckNote;

/** The one result of every restored note that is not an alliance note and has nothing to say (frozen: shared). */
const PLAIN_RESULT: ParseResult = Object.freeze({ note: null, problems: EMPTY_LIST as unknown as Problem[] });

/** The types whose notes wait as text until their alliance is analysed. */
export type MemberType = Exclude<NoteType, "alliance">;
const MEMBER_TYPES: ReadonlySet<string> = new Set<MemberType>(["alliance-meeting", "alliance-reflection", "alliance-stakeholder", "alliance-health-check"]);

/** A member note as it waits in the restored index: what grouping needs, and where its note's JSON is. */
export interface SavedNote {
	type: MemberType;
	/** Its alliance links: `alliance` of a meeting, reflection or health check, `alliances` of a stakeholder. */
	links: readonly Link[];
	problems: Problem[];
	/** The saved index's note lines, and which of them is this note's (the JSON the index saved, lean: no empty lists). */
	lines: NoteLines;
	line: number;
}

/**
 * The note lines of a saved index: found by one pass over the text the first
 * time a note is decoded, not while restoring.
 */
export class NoteLines {
	private starts: number[] | undefined;

	/**
	 * @param text the saved index's text
	 * @param first where its first note line starts
	 */
	constructor(
		private readonly text: string,
		private readonly first: number,
	) {}

	/** Note line `line` (from 0), or `""` when the text has no such line. */
	get(line: number): string {
		const starts = (this.starts ??= this.lineStarts());
		const start = starts[line];
		const next = starts[line + 1];
		if (start === undefined) return "";
		return this.text.slice(start, next === undefined ? this.text.length : next - 1);
	}

	/** Where each note line starts: one loop over the line breaks. */
	private lineStarts(): number[] {
		const starts: number[] = [];
		let position = this.first;
		while (position <= this.text.length) {
			starts.push(position);
			const end = this.text.indexOf(NEWLINE, position);
			if (end < 0) break;
			position = end + 1;
		}
		return starts;
	}
}

/**
 * One note of a saved index, read: its parse result, or (a member note) what
 * waits for decoding. The index keeps it as it is, as the note's entry.
 */
export interface SavedEntry {
	path: string;
	mtime: number;
	result: ParseResult | undefined;
	saved: SavedNote | undefined;
}

/** The alliance links of a member note. */
export function allianceLinksOf(note: MemberNote): readonly Link[] {
	if (note.type === "alliance-stakeholder") return note.alliances;
	return note.alliance ? [note.alliance] : [];
}

/** What a head's column holds for a note that has nothing there (a plain note's links, a member note without problems). */
const NONE = 0;

/**
 * Writes a saved index: every note's head in columns, then each member
 * note's JSON on a line of its own.
 *
 * @example
 * const writer = new SavedIndexWriter();
 * writer.add("Notes/Plain.md", 5, { note: null, problems: [] });
 * writer.text(); // '{"format":…,"version":9}\n{"paths":["Notes/Plain.md"],"mtimes":[5],"kinds":[null],"links":[0],"problems":[0]}\n'
 */
export class SavedIndexWriter {
	private readonly heads: SavedHeads = { paths: [], mtimes: [], kinds: [], links: [], problems: [] };
	private readonly notes: string[] = [];

	/** Adds a note from its parse result. */
	add(path: string, mtime: number, result: ParseResult): void {
		const note = result.note;
		if (note === null && result.problems.length === 0 && (result.aliases === undefined || result.aliases.length === 0)) {
			// Most of a vault: a note that is not an alliance note, with nothing to say about it.
			this.push(path, mtime, null, NONE, NONE, "");
		} else if (note === null || note.type === "alliance") {
			this.push(path, mtime, leanResult(result), NONE, NONE, "");
		} else {
			this.push(path, mtime, note.type, allianceLinksOf(note), result.problems, JSON.stringify(leanNote(note)));
		}
	}

	/** Adds a restored note that still waits as text, as it was read. */
	addWaiting(path: string, mtime: number, saved: SavedNote): void {
		this.push(path, mtime, saved.type, saved.links, saved.problems, saved.lines.get(saved.line));
	}

	/** The saved index's text. */
	text(): string {
		return [HEADER, JSON.stringify(this.heads), ...this.notes].join(NEWLINE);
	}

	private push(path: string, mtime: number, kind: SavedHeads["kinds"][number], links: readonly Link[] | typeof NONE, problems: readonly Problem[] | typeof NONE, note: string): void {
		const heads = this.heads;
		heads.paths.push(path);
		heads.mtimes.push(mtime);
		heads.kinds.push(kind);
		heads.links.push(links);
		// A note without problems has none in its head.
		heads.problems.push(problems === NONE || problems.length === 0 ? NONE : problems);
		this.notes.push(note);
	}
}

/**
 * The heads of a saved index, one column per part (a column of plain values
 * reads much faster than a list of small lists): note `n`'s path is
 * `paths[n]`, and so on. A note's kind is `null` for a plain note, its
 * whole parse result for a profile or another note with something to say,
 * and its type for a member note, whose alliance links and problems are in
 * `links` and `problems` (`0` where there are none to keep).
 */
interface SavedHeads {
	paths: string[];
	mtimes: number[];
	kinds: (ParseResult | MemberType | null)[];
	links: (readonly Link[] | typeof NONE)[];
	problems: (readonly Problem[] | typeof NONE)[];
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

/** The end of the line that starts at `start`. */
function lineEnd(text: string, start: number): number {
	const end = text.indexOf(NEWLINE, start);
	return end < 0 ? text.length : end;
}

/**
 * Reads a saved index: `read` gets each note's head, checked (a whole entry
 * field by field; a member note's head, with where its note's JSON is), or
 * `undefined` for a head that does not have the shape the index writes (it is
 * then left out, and its note read again like one the index never had).
 *
 * @returns false, reading nothing, when the text is not a saved index of
 *   this format and version (another version, an older single-document
 *   index, damaged heads, not text at all)
 */
export function readSavedIndex(text: unknown, read: (line: SavedEntry | undefined) => void): boolean {
	if (typeof text !== "string") return false;
	const headerEnd = lineEnd(text, 0);
	if (headerEnd > MAX_HEADER_LENGTH) return false;
	const header = parsed(text.slice(0, headerEnd));
	if (typeof header !== "object" || header === null) return false;
	const { format, version } = header as Record<string, unknown>;
	if (format !== SNAPSHOT_FORMAT || version !== INDEX_FORMAT_VERSION) return false;
	const headsStart = Math.min(headerEnd + 1, text.length);
	const headsEnd = lineEnd(text, headsStart);
	const heads = headsOf(parsed(text.slice(headsStart, headsEnd)));
	if (!heads) return false;
	const lines = new NoteLines(text, headsEnd + 1);
	for (let line = 0; line < heads.paths.length; line++) read(readHead(heads, lines, line));
	return true;
}

/** The heads' columns, when they are lists of one length (each value is checked when its note's head is read). */
function headsOf(value: unknown): { [K in keyof SavedHeads]: unknown[] } | undefined {
	if (typeof value !== "object" || value === null) return undefined;
	const { paths, mtimes, kinds, links, problems } = value as Record<string, unknown>;
	if (!Array.isArray(paths) || !Array.isArray(mtimes) || !Array.isArray(kinds) || !Array.isArray(links) || !Array.isArray(problems)) return undefined;
	const length = paths.length;
	if (mtimes.length !== length || kinds.length !== length || links.length !== length || problems.length !== length) return undefined;
	return { paths, mtimes, kinds, links, problems };
}

/** Whether every problem is about the note at `path` (one saved under another path is not this note's). */
function allOf(problems: readonly Problem[], path: string): boolean {
	for (let position = 0; position < problems.length; position++) if (problems[position]?.path !== path) return false;
	return true;
}

/** Note `line`'s head checked: a whole entry, or a member note's head with where its note is. */
function readHead(heads: { [K in keyof SavedHeads]: unknown[] }, lines: NoteLines, line: number): SavedEntry | undefined {
	const path = heads.paths[line];
	const mtime = heads.mtimes[line];
	if (typeof path !== "string" || !isTime(mtime)) return undefined;
	const kind = heads.kinds[line];
	if (kind === null) return { path, mtime, result: PLAIN_RESULT, saved: undefined };
	if (typeof kind === "string") {
		if (!MEMBER_TYPES.has(kind)) return undefined;
		const links = heads.links[line];
		const saved = heads.problems[line];
		const problems = saved === NONE ? EMPTY_LIST : saved;
		if (!isLinkList(links) || !isProblemList(problems) || !allOf(problems, path)) return undefined;
		return { path, mtime, result: undefined, saved: { type: kind as MemberType, links, problems, lines, line } };
	}
	if (!isParseResult(kind)) return undefined;
	// A result saved under another path (edited by hand, or copied) is not this note's.
	if (kind.note !== null && (kind.note.path !== path || kind.note.type !== "alliance")) return undefined;
	if (!allOf(kind.problems, path)) return undefined;
	return { path, mtime, result: kind, saved: undefined };
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
	const note = parsed(saved.lines.get(saved.line));
	if (!isNoteOf(saved.type, note) || note.path !== path) return undefined;
	const member = note as MemberNote;
	return sameLinks(allianceLinksOf(member), saved.links) ? member : undefined;
}
