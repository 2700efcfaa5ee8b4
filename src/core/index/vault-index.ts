/**
 * The vault index: every note's parse result, kept up to date one file at a
 * time, with Obsidian-style link resolution and a saved form (see
 * `saved-index.ts`) so a restart never parses an unchanged note again, and
 * decodes a note only when its alliance is first analysed.
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
import { allianceLinksOf, decodeSavedNote, type MemberNote, readSavedIndex, type SavedEntry, SavedIndexWriter } from "./saved-index";
import { basenameOf, parseNote } from "../parse/parse-note";
import { makeProblem } from "../schema/validate";
import { LinkResolver } from "./link-resolver";
import { compactResult, StringPool } from "./compact";
import { compareText } from "../order";
import { byNoteOrder, type ModifiedAt, type OrderedNote } from "../note-order";

export { INDEX_FORMAT_VERSION } from "./saved-index";

/**
 * One file of the index: its parse result, or, restored from the saved index
 * and not needed yet, a member note's head with the note still as text.
 */
type Entry = SavedEntry;

/** What a saved note that turned out damaged reads as until its file is read again: nothing. */
const DAMAGED: ParseResult = Object.freeze({ note: null, problems: [] as Problem[] });

/** Counters that show how much work the index did. */
export interface IndexStats {
	/** Notes parsed since the index was created. */
	parsed: number;
	/** Upserts skipped because the note was unchanged. */
	unchanged: number;
}

/** The problems found while parsing the entry's note (known before the note is decoded). */
function problemsOf(entry: Entry): Problem[] {
	return entry.result?.problems ?? entry.saved?.problems ?? [];
}

/** True when an entry says its note could not be read at all. */
function isUnreadable(entry: Entry): boolean {
	const problems = problemsOf(entry);
	for (let position = 0; position < problems.length; position++) if (problems[position]?.code === "note-unreadable") return true;
	return false;
}

/** The entry's note type (known before the note is decoded), or `null` when it is not an alliance note. */
function typeOf(entry: Entry): JournalNote["type"] | null {
	return entry.result ? (entry.result.note?.type ?? null) : (entry.saved?.type ?? null);
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

/** The alliance links of an entry's member note (known before the note is decoded); none for any other note. */
function linksOfEntry(entry: Entry): readonly Link[] {
	const note = entry.result?.note;
	if (note) return note.type === "alliance" ? [] : allianceLinksOf(note);
	return entry.saved?.links ?? [];
}

/** True for an entry that is not an alliance profile (a member note, or not an alliance note at all). */
function isMemberOrPlain(entry: Entry): boolean {
	return typeOf(entry) !== "alliance";
}

/** The alliances a note belongs to: one profile path (most notes), or several. */
type Membership = string | readonly string[];

/** A membership as a list. */
function listOf(membership: Membership | undefined): readonly string[] {
	if (membership === undefined) return [];
	return typeof membership === "string" ? [membership] : membership;
}

/** Adds a note that waits as text to its alliance's list of such notes. */
function addWaiting(waiting: Map<string, string[]>, profilePath: string, path: string): void {
	const paths = waiting.get(profilePath);
	if (paths) paths.push(path);
	else waiting.set(profilePath, [path]);
}

/** The lists of a group, in the order they are built. */
const GROUP_LISTS = ["meetings", "reflections", "stakeholders", "healthChecks"] as const;

/**
 * A group whose notes still wait as text: its lists are made (every note
 * decoded and checked, then sorted) when one of them is first read, and are
 * plain lists from then on.
 */
function waitingGroup(profile: AllianceProfile, load: () => MemberNote[], modifiedAt: ModifiedAt): AllianceGroup {
	const group = { profile } as AllianceGroup;
	const make = (): void => {
		const full: AllianceGroup = { profile, meetings: [], reflections: [], stakeholders: [], healthChecks: [] };
		for (const note of load()) addTo(full, note);
		sortGroup(full, modifiedAt);
		for (const list of GROUP_LISTS) Object.defineProperty(group, list, { value: full[list], writable: true, enumerable: true, configurable: true });
	};
	for (const list of GROUP_LISTS) {
		Object.defineProperty(group, list, {
			get(): unknown {
				make();
				return group[list];
			},
			enumerable: true,
			configurable: true,
		});
	}
	return group;
}

/** What the index derives from its notes: the alliances and the problems. */
interface Derived {
	/** By profile path. */
	groups: Map<string, AllianceGroup>;
	/** Note path → its unresolved alliance links. */
	linkProblems: Map<string, Problem[]>;
	/** The groups by name, made when asked for. */
	ordered: AllianceGroup[] | undefined;
	/** Every problem by file and line, made when asked for. */
	problems: Problem[] | undefined;
}

function addTo(group: AllianceGroup, note: MemberNote): void {
	(group[listKeyOf(note.type)] as MemberNote[]).push(note);
}

function sortGroup(group: AllianceGroup, modifiedAt: ModifiedAt): void {
	const byDate = byNoteOrder(modifiedAt);
	group.meetings.sort(byDate);
	group.reflections.sort(byDate);
	group.healthChecks.sort(byDate);
	group.stakeholders.sort(byPath);
}

function byPath(a: { path: string }, b: { path: string }): number {
	return compareText(a.path, b.path);
}

/**
 * Puts a note into its list of a group whose lists are in order already, at
 * the place {@link sortGroup} would give it: found by binary search, where
 * sorting the list again compared every note of an alliance (800 meetings at
 * 20,000) on each edit.
 */
function placeIn(group: AllianceGroup, note: MemberNote, modifiedAt: ModifiedAt): void {
	const list = listKeyOf(note.type);
	insertInOrder<OrderedNote>(group[list], note, list === "stakeholders" ? byPath : byNoteOrder(modifiedAt));
}

/** Inserts an item into a sorted list after every item that is not greater (where a stable sort puts it). */
function insertInOrder<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (compare(list[middle] as T, item) <= 0) low = middle + 1;
		else high = middle;
	}
	list.splice(low, 0, item);
}

/** The group list a member note of this type is kept in. */
function listKeyOf(type: MemberNote["type"]): "meetings" | "reflections" | "healthChecks" | "stakeholders" {
	if (type === "alliance-meeting") return "meetings";
	if (type === "alliance-reflection") return "reflections";
	return type === "alliance-health-check" ? "healthChecks" : "stakeholders";
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
	/** The notes by path; each entry's own `path` is its key (loops read it there, by value). */
	private readonly entries = new Map<string, Entry>();
	private readonly links = new LinkResolver();
	/** The paths of the notes that could not be read (a `note-unreadable` problem). */
	private readonly unreadablePaths = new Set<string>();
	/** The strings the index keeps, each short one once (see `compact.ts`). */
	private readonly strings = new StringPool();
	private derived: Derived | undefined;
	private changeCount = 0;
	private restoreDropped = 0;
	/** How many restored notes still wait as text. */
	private waitingCount = 0;
	/** Restored notes found damaged when decoded, not yet handed out by {@link takeDamaged}. */
	private damagedPaths: string[] = [];
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
		this.store(path, { path, mtime, result: { note: null, problems: [makeProblem(path, 1, "note-unreadable", "error", { found: reason })] }, saved: undefined });
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
		this.store(path, { path, mtime, result: compactResult(parseNote(path, text), this.strings), saved: undefined });
		return true;
	}

	/** Forgets a deleted note. */
	remove(path: string): boolean {
		const entry = this.entries.get(path);
		if (!entry) return false;
		if (entry.saved) this.waitingCount--;
		this.entries.delete(path);
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
		const result = this.resultOf(oldPath, entry);
		this.entries.delete(oldPath);
		this.links.delete(oldPath);
		this.unreadablePaths.delete(oldPath);
		this.store(newPath, { path: newPath, mtime: entry.mtime, result: moveResult(result, newPath), saved: undefined });
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
		const entry = this.entries.get(path);
		const result = entry && this.resultOf(path, entry);
		return result?.note?.aliases ?? result?.aliases ?? [];
	}

	/** The parse result of one file, if the index has it (a restored note found damaged has none until it is read again). */
	get(path: string): ParseResult | undefined {
		const entry = this.entries.get(path);
		const result = entry && this.resultOf(path, entry);
		return result === DAMAGED ? undefined : result;
	}

	/** Every alliance note, in path order. */
	notes(): JournalNote[] {
		const notes: JournalNote[] = [];
		for (const entry of this.entries.values()) {
			const note = this.resultOf(entry.path, entry).note;
			if (note) notes.push(note);
		}
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
		const note = path === undefined ? undefined : this.entries.get(path)?.result?.note;
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

	/**
	 * The index as the text `index.json` keeps (see `saved-index.ts`): one
	 * line per note, each without its empty lists; a note restored and not
	 * needed since is written back as it was read.
	 */
	snapshot(): string {
		const writer = new SavedIndexWriter();
		for (const entry of this.entries.values()) {
			if (entry.saved) writer.addWaiting(entry.path, entry.mtime, entry.saved);
			else writer.add(entry.path, entry.mtime, entry.result ?? DAMAGED);
		}
		return writer.text();
	}

	/**
	 * Loads a saved index into an empty index. Text of another version, or
	 * anything that is not a saved index, is refused and leaves the index
	 * empty. Each line is checked on its own; one that does not have the
	 * shape the index writes is left out, so its note is read again like a
	 * note the index never had. A member note's fields wait as text and are
	 * checked, field by field, when its alliance is first analysed (or by
	 * {@link decodeWaiting}); a damaged one is then left out and named by
	 * {@link takeDamaged}.
	 *
	 * @returns true when the saved index was loaded (perhaps without some lines)
	 */
	restore(text: unknown): boolean {
		let dropped = 0;
		let emptied = false;
		const read = readSavedIndex(text, (entry) => {
			if (!emptied) emptied = this.empty();
			if (!entry || this.entries.has(entry.path)) {
				dropped++;
				return;
			}
			// What `store` does for a new path, for an index being filled from nothing (the link resolver learns the paths at the end, all at once).
			this.entries.set(entry.path, entry);
			if (entry.saved) this.waitingCount++;
			// Most notes have nothing to say: no problems to look through.
			else if (entry.result !== undefined && entry.result.problems.length > 0 && isUnreadable(entry)) this.unreadablePaths.add(entry.path);
		});
		if (!read) return false;
		if (!emptied) this.empty();
		this.links.addAll(this.entries.keys());
		this.changeCount++;
		this.restoreDropped = dropped;
		return true;
	}

	/** Forgets every note, before a restore. */
	private empty(): true {
		this.entries.clear();
		this.links.clear();
		this.unreadablePaths.clear();
		this.derived = undefined;
		this.waitingCount = 0;
		this.damagedPaths = [];
		return true;
	}

	/** How many notes the last restore left out because their saved head did not fit. */
	get droppedOnRestore(): number {
		return this.restoreDropped;
	}

	/** How many restored notes still wait as text (decoded when their alliance is analysed, or by {@link decodeWaiting}). */
	get waiting(): number {
		return this.waitingCount;
	}

	/**
	 * Decodes and checks up to `limit` restored notes that still wait as
	 * text, so a host can finish the work in idle moments (and free the saved
	 * text) before anyone asks.
	 *
	 * @returns how many still wait
	 */
	decodeWaiting(limit: number): number {
		let left = limit;
		for (const entry of this.entries.values()) {
			if (this.waitingCount === 0 || left <= 0) break;
			if (!entry.saved) continue;
			this.resultOf(entry.path, entry);
			left--;
		}
		return this.waitingCount;
	}

	/**
	 * The restored notes found damaged since the last call: each reads as no
	 * note, is never current, and should be read again.
	 */
	takeDamaged(): string[] {
		const damaged = this.damagedPaths;
		this.damagedPaths = [];
		return damaged;
	}

	/** An entry's parse result, decoding (and checking) a restored note that still waits as text. */
	private resultOf(path: string, entry: Entry): ParseResult {
		if (entry.result) return entry.result;
		const saved = entry.saved;
		entry.saved = undefined;
		this.waitingCount--;
		const note = saved && decodeSavedNote(path, saved);
		if (saved && note) {
			entry.result = { note, problems: saved.problems };
		} else {
			entry.result = DAMAGED;
			// Never current: the next pass (or {@link takeDamaged}'s caller) reads it again.
			entry.mtime = Number.NaN;
			this.damagedPaths.push(path);
		}
		return entry.result;
	}

	private store(path: string, entry: Entry): void {
		const previous = this.entries.get(path);
		if (!previous) this.links.add(path);
		if (previous?.saved) this.waitingCount--;
		this.entries.set(path, entry);
		if (isUnreadable(entry)) this.unreadablePaths.add(path);
		else this.unreadablePaths.delete(path);
		this.changeCount++;
		// An edited meeting, reflection or stakeholder changes only the alliances
		// it was and is attached to; anything else (a new or removed path, an
		// alliance profile) can change how links resolve, so everything is
		// derived again.
		if (this.derived && previous && entry.result && isMemberOrPlain(previous) && isMemberOrPlain(entry)) {
			this.reattach(path, entry.result, previous);
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
	private reattach(path: string, result: ParseResult, previous: Entry): void {
		const derived = this.derived;
		if (!derived) return;
		const after = result.note as MemberNote | null;
		const before = previous.result?.note ?? undefined;
		// The alliances it was in: its old links resolve as they did (no path has come or gone since the groups were made, or they would be made again).
		const touched = new Set<string>(this.profilesOf(path, linksOfEntry(previous), derived));
		derived.linkProblems.delete(path);
		const joined = listOf(after ? this.attach(path, after.type, allianceLinksOf(after), derived) : undefined);
		for (const profilePath of joined) touched.add(profilePath);
		// The note's old object sits in one list only (its type's): the others are copied as they are.
		const beforeList = before !== undefined && before.type !== "alliance" ? listKeyOf(before.type) : undefined;
		const without = <T extends JournalNote>(notes: T[], key: keyof Omit<AllianceGroup, "profile">): T[] => {
			if (beforeList === undefined) return notes.filter((note) => note.path !== path);
			if (key !== beforeList) return notes.slice();
			// Found by identity: comparing the path with every note's path cost more than the edit itself.
			const at = notes.indexOf(before as T);
			return at < 0 ? notes.filter((note) => note.path !== path) : notes.slice(0, at).concat(notes.slice(at + 1));
		};
		for (const profilePath of touched) {
			const group = derived.groups.get(profilePath);
			if (!group) continue;
			// The lists are in order, and stay so with a note taken out; the edited note is put back in its place.
			const next: AllianceGroup = {
				profile: group.profile,
				meetings: without(group.meetings, "meetings"),
				reflections: without(group.reflections, "reflections"),
				stakeholders: without(group.stakeholders, "stakeholders"),
				healthChecks: without(group.healthChecks, "healthChecks"),
			};
			if (after && joined.includes(profilePath)) placeIn(next, after, this.modifiedAt);
			derived.groups.set(profilePath, next);
		}
		derived.ordered = undefined;
		if (derived.problems) derived.problems = replacePathProblems(derived.problems, path, [...result.problems, ...(derived.linkProblems.get(path) ?? [])]);
	}

	/**
	 * Resolves a note's alliance links, records link problems, and returns the
	 * profiles it belongs to (without adding it to their groups).
	 *
	 * @param path the note's path
	 * @param type its type (a stakeholder's links are its `alliances`, every other note's its `alliance`)
	 * @param links its alliance links
	 */
	private attach(path: string, type: MemberNote["type"], links: readonly Link[], derived: Derived): Membership | undefined {
		// Most notes: one link, to an alliance.
		const only = links.length === 1 ? this.links.resolve(links[0] as Link, path) : undefined;
		if (only !== undefined && derived.groups.has(only)) return only;
		const field = type === "alliance-stakeholder" ? "alliances" : "alliance";
		let problems: Problem[] | undefined;
		const profiles = this.profilesOf(path, links, derived, (link, target) => {
			const allowed: Allowed = target === undefined ? { kind: "alliance-link" } : { kind: "alliance-note", target };
			(problems ??= []).push(makeProblem(path, this.lineOf(path, field), "link-unresolved", "error", { field, found: `[[${link.target}]]`, allowed }));
		});
		if (problems) derived.linkProblems.set(path, problems);
		if (profiles.length === 0) return undefined;
		// Most notes belong to one alliance: its path alone, not a list of one.
		return profiles.length === 1 ? profiles[0] : profiles;
	}

	/**
	 * The profiles a note's alliance links resolve to; two links to one
	 * alliance (`[[Acme]]`, `[[acme]]`) count once. Each link that reaches no
	 * alliance is handed to `unresolved`, with the note it reaches, if any.
	 */
	private profilesOf(path: string, links: readonly Link[], derived: Derived, unresolved?: (link: Link, target: string | undefined) => void): string[] {
		const profiles: string[] = [];
		for (const link of links) {
			const target = this.links.resolve(link, path);
			if (target === undefined || !derived.groups.has(target)) unresolved?.(link, target);
			else if (!profiles.includes(target)) profiles.push(target);
		}
		return profiles;
	}

	/**
	 * The alliances and their notes. A restored note that still waits as text
	 * is grouped by its head; its group's lists are made when first read.
	 */
	private derive(): Derived {
		if (this.derived) return this.derived;
		const derived: Derived = { groups: new Map(), linkProblems: new Map(), ordered: undefined, problems: undefined };
		for (const entry of this.entries.values()) {
			const note = entry.result?.note;
			if (note?.type === "alliance") derived.groups.set(note.path, { profile: note, meetings: [], reflections: [], stakeholders: [], healthChecks: [] });
		}
		/** Profile path → the paths of its notes that still wait as text. */
		const waiting = new Map<string, string[]>();
		// By value, not by [key, value]: no pair made for each note.
		for (const entry of this.entries.values()) {
			const path = entry.path;
			const note = entry.result?.note;
			if (note && note.type !== "alliance") {
				const joined = this.attach(path, note.type, allianceLinksOf(note), derived);
				if (typeof joined === "string") addTo(derived.groups.get(joined) as AllianceGroup, note);
				else if (joined) for (const profilePath of joined) addTo(derived.groups.get(profilePath) as AllianceGroup, note);
			} else if (entry.saved) {
				const joined = this.attach(path, entry.saved.type, entry.saved.links, derived);
				if (typeof joined === "string") addWaiting(waiting, joined, path);
				else if (joined) for (const profilePath of joined) addWaiting(waiting, profilePath, path);
			}
		}
		for (const [profilePath, group] of derived.groups) {
			const paths = waiting.get(profilePath);
			if (paths) derived.groups.set(profilePath, waitingGroup(group.profile, this.membersOf(group, paths), this.modifiedAt));
			else sortGroup(group, this.modifiedAt);
		}
		this.derived = derived;
		return derived;
	}

	/**
	 * What makes a waiting group's notes: those already decoded, and those
	 * waiting as text, decoded (and checked) now; a damaged one is left out.
	 */
	private membersOf(group: AllianceGroup, paths: readonly string[]): () => MemberNote[] {
		const decoded: MemberNote[] = [...group.meetings, ...group.reflections, ...group.stakeholders, ...group.healthChecks];
		return () => {
			for (const path of paths) {
				const entry = this.entries.get(path);
				const note = entry && this.resultOf(path, entry).note;
				if (note && note.type !== "alliance") decoded.push(note);
			}
			return decoded;
		};
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
			for (const entry of this.entries.values()) {
				const found = problemsOf(entry);
				if (found.length > 0) problems.push(...found);
			}
			for (const linkProblems of derived.linkProblems.values()) problems.push(...linkProblems);
			derived.problems = problems.sort((a, b) => compareText(a.path, b.path) || a.line - b.line);
		}
		return derived.problems;
	}

	/** The line of a property, as the parser saw it (kept in the note for this). */
	private lineOf(path: string, field: string): number {
		const entry = this.entries.get(path);
		return (entry && this.resultOf(path, entry).note?.fieldLines[field]) ?? 1;
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
