/**
 * The vault index: every note's parse result, kept up to date one file at a
 * time, with Obsidian-style link resolution and a serialisable snapshot so a
 * restart never parses an unchanged note again.
 */
import type {
	AllianceProfile,
	HealthCheckNote,
	Allowed,
	JournalNote,
	Link,
	MeetingNote,
	ParseResult,
	Problem,
	ReflectionNote,
	StakeholderNote,
} from "../model";
import { basenameOf, parseNote } from "../parse/parse-note";
import { makeProblem } from "../schema/validate";
import { LinkResolver } from "./link-resolver";
import { isParseResult, leanResult } from "./snapshot-shape";
import { compactResult, StringPool } from "./compact";
import { compareText } from "../order";
import { byNoteOrder, type ModifiedAt } from "../note-order";

/** Bump when the parsed shape changes: a snapshot of another version is ignored. */
export const INDEX_FORMAT_VERSION = 7;
const SNAPSHOT_FORMAT = "alliance-journal-index";

interface Entry {
	mtime: number;
	result: ParseResult;
}

/** The serialisable form of an index (plain JSON). */
export interface IndexSnapshot {
	format: typeof SNAPSHOT_FORMAT;
	version: number;
	entries: [path: string, mtime: number, result: ParseResult][];
}

/** Counters that show how much work the index did. */
export interface IndexStats {
	/** Notes parsed since the index was created. */
	parsed: number;
	/** Upserts skipped because the note was unchanged. */
	unchanged: number;
}

/** True when a parse result says its note could not be read at all. */
function isUnreadable(result: ParseResult): boolean {
	return result.problems.some((problem) => problem.code === "note-unreadable");
}

/** An alliance with every note that belongs to it. */
export interface AllianceGroup {
	profile: AllianceProfile;
	/** Meetings, oldest first (one date: by time, then modification time, then path; undated ones last). */
	meetings: MeetingNote[];
	/** Reflections, oldest first. */
	reflections: ReflectionNote[];
	stakeholders: StakeholderNote[];
	/** Joint health checks, oldest first. */
	healthChecks: HealthCheckNote[];
}

/** A note that belongs to alliances through its links. */
type MemberNote = MeetingNote | ReflectionNote | StakeholderNote | HealthCheckNote;

function isMember(note: JournalNote | null): note is MemberNote | null {
	return note === null || note.type !== "alliance";
}

/** What the index derives from its notes: the alliances and the problems. */
interface Derived {
	/** By profile path. */
	groups: Map<string, AllianceGroup>;
	/** Note path → the profile paths it is attached to. */
	membership: Map<string, string[]>;
	/** Note path → its unresolved alliance links. */
	linkProblems: Map<string, Problem[]>;
	/** The groups by name, made when asked for. */
	ordered: AllianceGroup[] | undefined;
	/** Every problem by file and line, made when asked for. */
	problems: Problem[] | undefined;
}

function addTo(group: AllianceGroup, note: MemberNote): void {
	if (note.type === "alliance-meeting") group.meetings.push(note);
	else if (note.type === "alliance-reflection") group.reflections.push(note);
	else if (note.type === "alliance-health-check") group.healthChecks.push(note);
	else group.stakeholders.push(note);
}

function sortGroup(group: AllianceGroup, modifiedAt: ModifiedAt): void {
	const byDate = byNoteOrder(modifiedAt);
	group.meetings.sort(byDate);
	group.reflections.sort(byDate);
	group.healthChecks.sort(byDate);
	group.stakeholders.sort((a, b) => compareText(a.path, b.path));
}

/** Re-homes a parse result after a rename: new path, new name, same content. */
function moveResult(result: ParseResult, newPath: string): ParseResult {
	const problems = result.problems.map((problem) => ({ ...problem, path: newPath }));
	const note = result.note ? { ...result.note, path: newPath, basename: basenameOf(newPath) } : null;
	return result.aliases ? { note, problems, aliases: result.aliases } : { note, problems };
}

/**
 * The index of a vault's alliance notes.
 *
 * @example
 * const index = new VaultIndex();
 * index.upsert("Alliances/Acme/Acme.md", text, file.mtime);
 * index.alliances(); // [{ profile, meetings, reflections, stakeholders, healthChecks }]
 */
export class VaultIndex {
	private readonly entries = new Map<string, Entry>();
	private readonly links = new LinkResolver();
	/** The paths of the notes that could not be read (a `note-unreadable` problem). */
	private readonly unreadablePaths = new Set<string>();
	/** The strings the index keeps, each short one once (see `compact.ts`). */
	private readonly strings = new StringPool();
	private derived: Derived | undefined;
	private changeCount = 0;
	private restoreDropped = 0;
	readonly stats: IndexStats = { parsed: 0, unchanged: 0 };

	/** Grows by one with every change; lets callers see whether their derived views are stale. */
	get version(): number {
		return this.changeCount;
	}

	/** How many notes could not be read: each has a `note-unreadable` problem. */
	get unreadable(): number {
		return this.unreadablePaths.size;
	}

	/**
	 * Records a file that could not even be read (the disk refused it): a
	 * `note-unreadable` problem on it, so it is counted and shown like a note
	 * the parser could not read.
	 *
	 * @param path the vault path
	 * @param mtime the file's modification time, when known (0 otherwise)
	 * @param reason what happened, in one line
	 */
	upsertUnreadable(path: string, mtime: number, reason: string): void {
		this.stats.parsed++;
		this.store(path, { mtime, result: { note: null, problems: [makeProblem(path, 1, "note-unreadable", "error", { found: reason })] } });
	}

	/** The number of files the index knows, alliance notes or not. */
	get size(): number {
		return this.entries.size;
	}

	/**
	 * True when the index already holds this version of the file, so it need
	 * not even be read.
	 */
	isCurrent(path: string, mtime: number): boolean {
		return this.entries.get(path)?.mtime === mtime;
	}

	/**
	 * Adds or updates a note. An unchanged note (same `mtime`) is not parsed again.
	 *
	 * @returns true when the index changed
	 */
	upsert(path: string, text: string, mtime: number): boolean {
		if (this.isCurrent(path, mtime)) {
			this.stats.unchanged++;
			return false;
		}
		this.stats.parsed++;
		this.store(path, { mtime, result: compactResult(parseNote(path, text), this.strings) });
		return true;
	}

	/** Forgets a deleted note. */
	remove(path: string): boolean {
		if (!this.entries.delete(path)) return false;
		this.links.delete(path);
		this.unreadablePaths.delete(path);
		this.changed();
		return true;
	}

	/**
	 * Follows a rename without parsing again: links in other notes now resolve
	 * by the new name.
	 */
	rename(oldPath: string, newPath: string): boolean {
		const entry = this.entries.get(oldPath);
		if (!entry) return false;
		this.entries.delete(oldPath);
		this.links.delete(oldPath);
		this.unreadablePaths.delete(oldPath);
		this.store(newPath, { mtime: entry.mtime, result: moveResult(entry.result, newPath) });
		return true;
	}

	/** A file's modification time as the index has it (the order of notes on one date). */
	readonly modifiedAt: ModifiedAt = (path) => this.entries.get(path)?.mtime;

	/**
	 * The `aliases` of a note, alliance note or not (a conflict's theme note
	 * goes by them too).
	 *
	 * @param path the note's path
	 */
	aliasesOf(path: string): readonly string[] {
		const result = this.entries.get(path)?.result;
		return result?.note?.aliases ?? result?.aliases ?? [];
	}

	/** The parse result of one file, if the index has it. */
	get(path: string): ParseResult | undefined {
		return this.entries.get(path)?.result;
	}

	/** Every alliance note, in path order. */
	notes(): JournalNote[] {
		const notes: JournalNote[] = [];
		for (const entry of this.entries.values()) if (entry.result.note) notes.push(entry.result.note);
		return notes.sort((a, b) => compareText(a.path, b.path));
	}

	/**
	 * Finds the path of the note a link points to, as Obsidian would.
	 *
	 * @param link the link
	 * @param fromPath the note the link is written in
	 */
	resolve(link: Link, fromPath: string): string | undefined {
		return this.links.resolve(link, fromPath);
	}

	/** The alliance profile a link points to, if it points to one. */
	resolveAlliance(link: Link | undefined, fromPath: string): AllianceProfile | undefined {
		if (!link) return undefined;
		const path = this.links.resolve(link, fromPath);
		const note = path === undefined ? undefined : this.entries.get(path)?.result.note;
		return note?.type === "alliance" ? note : undefined;
	}

	/** Every alliance with its meetings, reflections and stakeholders, by name. */
	alliances(): AllianceGroup[] {
		return this.orderedGroups();
	}

	/**
	 * Every problem: those found while parsing, and links to alliances that do
	 * not resolve. Sorted by file and line.
	 */
	problems(): Problem[] {
		return this.allProblems();
	}

	/** Every path the index knows, alliance notes or not, in the order they were added. */
	paths(): string[] {
		return [...this.entries.keys()];
	}

	/** The index as plain JSON-serialisable data, each note without its empty lists. */
	snapshot(): IndexSnapshot {
		const entries: IndexSnapshot["entries"] = [];
		for (const [path, entry] of this.entries) entries.push([path, entry.mtime, leanResult(entry.result)]);
		return { format: SNAPSHOT_FORMAT, version: INDEX_FORMAT_VERSION, entries };
	}

	/**
	 * Loads a snapshot into an empty index. A snapshot of another version, or
	 * anything that is not a snapshot, is refused and leaves the index empty.
	 * Each entry is checked against the parser's shape, field by field; an
	 * entry that does not fit is left out, so its note is read again like a
	 * note the snapshot never had. The entries are kept as JSON made them (its
	 * strings are already copies, not slices of a note, and V8 shares the
	 * short ones); the lists the snapshot left out become the shared empty list.
	 *
	 * @returns true when the snapshot was loaded (perhaps without some entries)
	 */
	restore(snapshot: unknown): boolean {
		if (!isSnapshot(snapshot)) return false;
		this.entries.clear();
		this.links.clear();
		this.unreadablePaths.clear();
		let dropped = 0;
		for (const value of snapshot.entries) {
			const entry = savedEntry(value);
			if (entry) this.store(entry[0], { mtime: entry[1], result: entry[2] });
			else dropped++;
		}
		this.restoreDropped = dropped;
		return true;
	}

	/** How many entries the last restore left out because they did not fit. */
	get droppedOnRestore(): number {
		return this.restoreDropped;
	}

	private store(path: string, entry: Entry): void {
		const previous = this.entries.get(path);
		if (!previous) this.links.add(path);
		this.entries.set(path, entry);
		if (isUnreadable(entry.result)) this.unreadablePaths.add(path);
		else this.unreadablePaths.delete(path);
		this.changeCount++;
		// An edited meeting, reflection or stakeholder changes only the alliances
		// it was and is attached to; anything else (a new or removed path, an
		// alliance profile) can change how links resolve, so everything is
		// derived again.
		if (this.derived && previous && isMember(previous.result.note) && isMember(entry.result.note)) {
			this.reattach(path, previous.result.note, entry.result);
		} else {
			this.derived = undefined;
		}
	}

	private changed(): void {
		this.derived = undefined;
		this.changeCount++;
	}

	/**
	 * Moves one edited note in the derived alliances: the groups it leaves and
	 * joins are replaced by new objects (untouched groups keep their identity,
	 * so views derived from them can be reused).
	 */
	private reattach(path: string, before: MemberNote | null, result: ParseResult): void {
		const derived = this.derived;
		if (!derived) return;
		const after = result.note as MemberNote | null;
		const touched = new Set<string>();
		if (before) for (const profilePath of derived.membership.get(before.path) ?? []) touched.add(profilePath);
		derived.membership.delete(before?.path ?? after?.path ?? "");
		derived.linkProblems.delete(before?.path ?? after?.path ?? "");
		const joined = after ? this.attach(after, derived) : [];
		for (const profilePath of joined) touched.add(profilePath);
		for (const profilePath of touched) {
			const group = derived.groups.get(profilePath);
			if (!group) continue;
			const keep = <T extends JournalNote>(notes: T[]): T[] => notes.filter((note) => note.path !== before?.path && note.path !== after?.path);
			const next: AllianceGroup = {
				profile: group.profile,
				meetings: keep(group.meetings),
				reflections: keep(group.reflections),
				stakeholders: keep(group.stakeholders),
				healthChecks: keep(group.healthChecks),
			};
			if (after && joined.includes(profilePath)) addTo(next, after);
			sortGroup(next, this.modifiedAt);
			derived.groups.set(profilePath, next);
		}
		derived.ordered = undefined;
		if (derived.problems) derived.problems = replacePathProblems(derived.problems, path, [...result.problems, ...(derived.linkProblems.get(path) ?? [])]);
	}

	/**
	 * Resolves a note's alliance links, records link problems, and returns the
	 * profiles it belongs to (without adding it to their groups).
	 */
	private attach(note: MemberNote, derived: Derived): string[] {
		const links = note.type === "alliance-stakeholder" ? note.alliances.map((link) => [link, "alliances"] as const) : [[note.alliance, "alliance"] as const];
		const profiles: string[] = [];
		const problems: Problem[] = [];
		for (const [link, field] of links) {
			if (!link) continue;
			const target = this.links.resolve(link, note.path);
			if (target !== undefined && derived.groups.has(target)) {
				// Two links to one alliance (`[[Acme]]`, `[[acme]]`) make one membership, not two.
				if (!profiles.includes(target)) profiles.push(target);
				continue;
			}
			const allowed: Allowed = target === undefined ? { kind: "alliance-link" } : { kind: "alliance-note", target };
			problems.push(makeProblem(note.path, this.lineOf(note, field), "link-unresolved", "error", { field, found: `[[${link.target}]]`, allowed }));
		}
		if (profiles.length > 0) derived.membership.set(note.path, profiles);
		if (problems.length > 0) derived.linkProblems.set(note.path, problems);
		return profiles;
	}

	private derive(): Derived {
		if (this.derived) return this.derived;
		const derived: Derived = { groups: new Map(), membership: new Map(), linkProblems: new Map(), ordered: undefined, problems: undefined };
		const members: MemberNote[] = [];
		for (const entry of this.entries.values()) {
			const note = entry.result.note;
			if (note?.type === "alliance") derived.groups.set(note.path, { profile: note, meetings: [], reflections: [], stakeholders: [], healthChecks: [] });
			else if (note) members.push(note);
		}
		for (const note of members) {
			for (const profilePath of this.attach(note, derived)) {
				const group = derived.groups.get(profilePath);
				if (group) addTo(group, note);
			}
		}
		for (const group of derived.groups.values()) sortGroup(group, this.modifiedAt);
		this.derived = derived;
		return derived;
	}

	private orderedGroups(): AllianceGroup[] {
		const derived = this.derive();
		derived.ordered ??= [...derived.groups.values()].sort((a, b) =>
			compareText(a.profile.basename.toLowerCase(), b.profile.basename.toLowerCase()),
		);
		return derived.ordered;
	}

	private allProblems(): Problem[] {
		const derived = this.derive();
		if (!derived.problems) {
			const problems: Problem[] = [];
			for (const entry of this.entries.values()) if (entry.result.problems.length > 0) problems.push(...entry.result.problems);
			for (const linkProblems of derived.linkProblems.values()) problems.push(...linkProblems);
			derived.problems = problems.sort((a, b) => compareText(a.path, b.path) || a.line - b.line);
		}
		return derived.problems;
	}

	/** The line of a property, as the parser saw it (kept in the note for this). */
	private lineOf(note: JournalNote, field: string): number {
		return note.fieldLines[field] ?? 1;
	}
}

/** The first position in problems sorted by path whose path is not before `path` (or, with `after`, not `path` or before). */
function pathBound(problems: readonly Problem[], path: string, after: boolean): number {
	let low = 0;
	let high = problems.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		const order = compareText((problems[middle] as Problem).path, path);
		if (order < 0 || (after && order === 0)) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * The vault's problems with one note's replaced: a new list (a dashboard made
 * before keeps its own), found by binary search, so an edit costs no sort of
 * every problem of the vault.
 *
 * @param problems every problem, sorted by path and line
 * @param path the note whose problems change
 * @param fresh that note's problems now, in the order the full sort would give them
 */
function replacePathProblems(problems: readonly Problem[], path: string, fresh: Problem[]): Problem[] {
	const start = pathBound(problems, path, false);
	const end = pathBound(problems, path, true);
	if (start === end && fresh.length === 0) return problems as Problem[];
	fresh.sort((a, b) => a.line - b.line);
	const next = problems.slice(0, start);
	for (const problem of fresh) next.push(problem);
	for (let position = end; position < problems.length; position++) next.push(problems[position] as Problem);
	return next;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null;
}

/** A snapshot of this format and version; its entries are checked one by one when restored. */
function isSnapshot(value: unknown): value is { format: typeof SNAPSHOT_FORMAT; version: number; entries: unknown[] } {
	return isObject(value) && value.format === SNAPSHOT_FORMAT && value.version === INDEX_FORMAT_VERSION && Array.isArray(value.entries);
}

/** One saved entry, if it has the shape the index writes: path, modification time, parse result. */
function savedEntry(value: unknown): IndexSnapshot["entries"][number] | undefined {
	if (!Array.isArray(value) || value.length !== 3) return undefined;
	const [path, mtime, result] = value as unknown[];
	if (typeof path !== "string" || typeof mtime !== "number" || !Number.isFinite(mtime) || !isParseResult(result)) return undefined;
	// A result saved under another path (edited by hand, or copied) is not this note's.
	if (result.note !== null && result.note.path !== path) return undefined;
	if (result.problems.some((problem) => problem.path !== path)) return undefined;
	return [path, mtime, result];
}
