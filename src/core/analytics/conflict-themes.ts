/**
 * Recurring conflicts: conflict mentions grouped into themes across wordings
 * and languages, with when and where each theme came up, whether it is open,
 * whether it keeps returning, and why wordings were grouped.
 */
import type { AllianceGroup } from "../index/vault-index";
import type { CalendarDate, MeetingNote, ReflectionNote } from "../model";
import { mergeSortedRuns } from "../order";
import { addDays } from "./calendar";
import type { AnalyticsOptions, ConflictMention, ConflictTheme, MergeReason } from "./dashboard-model";
import { type AliasMap, aliasMap, themeWords, type ThemeWords } from "./theme-words";
import { DEFAULT_STATUS_TYPES, isResolvedItem, type StatusTypes } from "../task-status";

/**
 * The conflicts raised in one note (none when it has no date), in the note's order.
 *
 * @param alliance the alliance's name, for each mention
 * @param statusTypes what each status symbol means: a conflict is resolved when its status is DONE or CANCELLED
 */
export function noteMentions(note: MeetingNote | ReflectionNote, alliance: string, statusTypes: StatusTypes = DEFAULT_STATUS_TYPES): ConflictMention[] {
	const date = note.date;
	if (date === undefined) return [];
	return note.conflicts.map((conflict) => {
		const mention: ConflictMention = {
			path: note.path,
			line: conflict.line,
			date,
			alliance,
			text: conflict.text,
			wording: conflict.theme,
			resolved: isResolvedItem(conflict, statusTypes),
		};
		const link = conflict.themeSource === "link" ? conflict.links[0] : undefined;
		if (link) {
			// A linked theme is the note, whatever the link shows: `[[Data sharing|data]]` is "Data sharing".
			mention.link = link.target;
			mention.wording = link.target.slice(link.target.lastIndexOf("/") + 1);
		}
		return mention;
	});
}

/**
 * Lists every conflict raised in an alliance's dated meetings and reflections.
 *
 * @param group the alliance and its notes
 * @param statusTypes what each status symbol means: a conflict is resolved when its status is DONE or CANCELLED
 * @param mentionsOf the mentions of one note (to reuse those of notes read before)
 */
export function conflictMentions(
	group: AllianceGroup,
	statusTypes: StatusTypes = DEFAULT_STATUS_TYPES,
	mentionsOf: (note: MeetingNote | ReflectionNote) => readonly ConflictMention[] = (note) => noteMentions(note, group.profile.basename, statusTypes),
): ConflictMention[] {
	const mentions: ConflictMention[] = [];
	const { meetings, reflections } = group;
	// Meetings and reflections each come oldest first: merge them so the
	// mentions are in date order without sorting.
	let m = 0;
	let r = 0;
	while (m < meetings.length || r < reflections.length) {
		const meeting = meetings[m];
		const reflection = reflections[r];
		const takeMeeting = meeting !== undefined && (reflection === undefined || byNoteOrder(meeting, reflection) <= 0);
		const note = takeMeeting ? meeting : reflection;
		if (takeMeeting) m++;
		else r++;
		if (note === undefined || note.conflicts.length === 0) continue;
		for (const mention of mentionsOf(note)) mentions.push(mention);
	}
	return mentions;
}

/** The index's order of notes: by date (undated last), then path. */
function byNoteOrder(a: { date?: string; path: string }, b: { date?: string; path: string }): number {
	const left = a.date ?? "9999";
	const right = b.date ?? "9999";
	return left < right ? -1 : left > right ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Union–find over wordings; a group's root is its smallest key (the theme key). */
class Groups {
	private readonly parent = new Map<string, string>();

	find(key: string): string {
		let root = key;
		for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up;
		// Point every key on the way straight at the root, so later finds are short.
		for (let at = key; at !== root; ) {
			const up = this.parent.get(at) ?? root;
			this.parent.set(at, root);
			at = up;
		}
		if (!this.parent.has(root)) this.parent.set(root, root);
		return root;
	}

	join(a: string, b: string): void {
		const rootA = this.find(a);
		const rootB = this.find(b);
		if (rootA !== rootB) this.parent.set(rootB < rootA ? rootA : rootB, rootB < rootA ? rootB : rootA);
	}
}

interface Wording {
	/** The stem key: stems joined by spaces. */
	key: string;
	words: ThemeWords;
	/** The wordings as written that reduce to this key. */
	written: Set<string>;
	/** The alliances these wordings are used in. */
	alliances: Set<string>;
}

/**
 * A wording with at most this many stems finds the narrower wordings it takes
 * in by looking up each of its smaller sets of stems (at most 2^8 − 2
 * look-ups); a longer one is found from the narrower side instead.
 */
const SUBSET_LOOKUP_LIMIT = 8;

function shareAlliance(a: Wording, b: Wording): boolean {
	const [few, many] = a.alliances.size <= b.alliances.size ? [a.alliances, b.alliances] : [b.alliances, a.alliances];
	for (const alliance of few) if (many.has(alliance)) return true;
	return false;
}

/** Joins a wording of a few stems with every narrower wording (a proper subset of its stems) used in the same alliance. */
function joinNarrower(broad: Wording, byKey: ReadonlyMap<string, Wording>, groups: Groups): void {
	const { stems } = broad.words;
	const all = (1 << stems.length) - 1;
	for (let mask = 1; mask < all; mask++) {
		const picked: string[] = [];
		for (let bit = 0; bit < stems.length; bit++) if (mask & (1 << bit)) picked.push(stems[bit] ?? "");
		const narrow = byKey.get(picked.join(" "));
		if (narrow && narrow.words.stems.length > 0 && shareAlliance(narrow, broad)) groups.join(narrow.key, broad.key);
	}
}

/** Joins a wording with every long wording (more than {@link SUBSET_LOOKUP_LIMIT} stems) that contains all its stems, in the same alliance. */
function joinLongBroader(narrow: Wording, longByStem: ReadonlyMap<string, { entry: Wording; stems: Set<string> }[]>, groups: Groups): void {
	let fewest: { entry: Wording; stems: Set<string> }[] | undefined;
	for (const word of narrow.words.stems) {
		const list = longByStem.get(word);
		if (!list) return;
		if (!fewest || list.length < fewest.length) fewest = list;
	}
	for (const broad of fewest ?? []) {
		if (broad.entry === narrow || broad.stems.size <= narrow.words.stems.length) continue;
		if (narrow.words.stems.every((word) => broad.stems.has(word)) && shareAlliance(narrow, broad.entry)) groups.join(narrow.key, broad.entry.key);
	}
}

/** The first alias either wording was reduced through, as `from → to`. */
function aliasOf(joined: ThemeWords, wording: ThemeWords): string | undefined {
	return joined.aliasesUsed[0] ?? wording.aliasesUsed[0];
}

/**
 * Why `joined` belongs with `wording`, as a fact: an alias made them match;
 * they reduce to the same words; they are written differently but reduce to
 * the same stems; one is the other narrowed down (within one alliance); or,
 * joined through a third wording, they share a stem.
 */
function mergeReason(wording: string, joined: string, aliases: AliasMap): MergeReason {
	const a = themeWords(wording, aliases);
	const b = themeWords(joined, aliases);
	const alias = aliasOf(b, a);
	if (alias !== undefined) return { kind: "alias", wording, joined, alias };
	const key = a.stems.join(" ");
	if (key === b.stems.join(" ")) {
		return a.words.join(" ") === b.words.join(" ") ? { kind: "same-words", wording, joined } : { kind: "shared-stem", wording, joined, stem: key };
	}
	const inB = new Set(b.stems);
	const shared = a.stems.filter((word) => inB.has(word));
	if (shared.length === Math.min(a.stems.length, b.stems.length)) return { kind: "broader-wording", wording, joined };
	return { kind: "shared-stem", wording, joined, stem: shared.join(" ") };
}

function isSorted(mentions: readonly ConflictMention[]): boolean {
	for (let index = 1; index < mentions.length; index++) {
		const previous = mentions[index - 1];
		const current = mentions[index];
		if (previous && current && byDateThenPlace(previous, current) > 0) return false;
	}
	return true;
}

function byDateThenPlace(a: ConflictMention, b: ConflictMention): number {
	return a.date < b.date ? -1 : a.date > b.date ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line;
}

/** The dates that bound the recurrence window and its two halves. */
interface Window {
	today: CalendarDate;
	start: CalendarDate;
	halfway: CalendarDate;
}

function windowOf(options: AnalyticsOptions, today: CalendarDate): Window {
	return { today, start: addDays(today, -options.windowDays), halfway: addDays(today, -Math.floor(options.windowDays / 2)) };
}

/**
 * Builds one theme from its mentions (sorted oldest first) in one pass. A note
 * has one date, so its mentions sit together: counting path changes counts
 * distinct notes.
 */
function toTheme(key: string, mentions: ConflictMention[], mergeReasons: MergeReason[], options: AnalyticsOptions, window: Window): ConflictTheme {
	let notes = 0;
	let inWindow = 0;
	let recent = 0;
	let earlier = 0;
	let previousPath: string | undefined;
	const wordingCounts = new Map<string, number>();
	const alliances = new Set<string>();
	for (const mention of mentions) {
		wordingCounts.set(mention.wording, (wordingCounts.get(mention.wording) ?? 0) + 1);
		alliances.add(mention.alliance);
		if (mention.path === previousPath) continue;
		previousPath = mention.path;
		notes++;
		if (mention.date <= window.start || mention.date > window.today) continue;
		inWindow++;
		if (mention.date > window.halfway) recent++;
		else earlier++;
	}
	// The label is the most used wording; ties go to the one seen first (Map keeps first-seen order).
	let label = mentions[0]?.wording ?? key;
	for (const [wording, count] of wordingCounts) if (count > (wordingCounts.get(label) ?? 0)) label = wording;
	const first = mentions[0];
	const last = mentions[mentions.length - 1];
	return {
		key,
		label,
		wordings: [...wordingCounts.keys()],
		mergeReasons,
		mentions,
		meetingCount: notes,
		firstSeen: first?.date ?? window.today,
		lastSeen: last?.date ?? window.today,
		status: last?.resolved ? "resolved" : "open",
		recurring: inWindow >= options.minMeetings,
		escalating: recent > earlier && recent >= 2,
		alliances: [...alliances].sort(),
	};
}

/** Orders themes by what needs attention: open before resolved, recurring first, then most recent. */
export function byAttention(a: ConflictTheme, b: ConflictTheme): number {
	const weight = (theme: ConflictTheme): number => (theme.status === "open" ? 0 : 4) + (theme.recurring ? 0 : 2) + (theme.escalating ? 0 : 1);
	return weight(a) - weight(b) || (a.lastSeen > b.lastSeen ? -1 : a.lastSeen < b.lastSeen ? 1 : 0) || a.label.localeCompare(b.label);
}

/** A note a conflict links to as its theme: its path, its name and its `aliases`. */
export interface ThemeNote {
	path: string;
	name: string;
	aliases: readonly string[];
}

/** The note a theme is, with the keys its name and aliases reduce to. */
export interface GroupedThemeNote {
	path: string;
	name: string;
	/** The key of the note's name. */
	nameKey: string;
	/** The keys of its name and of each alias. */
	keys: ReadonlySet<string>;
}

/** Which theme each wording belongs to. */
export interface ThemeGrouping {
	/** Wording as written → theme key. */
	themeOf: Map<string, string>;
	/** The aliases the grouping used (to explain it). */
	aliases: AliasMap;
	/** Theme key → the note the theme is, for themes written as a link to a note. */
	notes: Map<string, GroupedThemeNote>;
}

/** The key a wording reduces to: its meaningful stems, or (none) its lower case. */
function keyOf(wording: string, aliases: AliasMap): string {
	return themeWords(wording, aliases).stems.join(" ") || wording.toLowerCase();
}

/**
 * Says, for every wording of a theme but its label, why it belongs: with the
 * label where they share a stem, else with the first wording that does. One
 * pass over the wordings' stems.
 *
 * @example explainGrouping("Pricing", ["Pricing", "Price discussion"], aliasMap({}))
 *   // [{ kind: "shared-stem", wording: "Pricing", joined: "Price discussion", stem: "pric" }]
 */
export function explainGrouping(label: string, wordings: readonly string[], aliases: AliasMap): MergeReason[] {
	const partners = [label, ...wordings.filter((wording) => wording !== label)];
	// The first two partners (by position) that have each stem: a wording's partner is the first one that is not itself.
	const firstWith = new Map<string, [number, number]>();
	partners.forEach((partner, position) => {
		for (const word of themeWords(partner, aliases).stems) {
			const known = firstWith.get(word);
			if (!known) firstWith.set(word, [position, -1]);
			else if (known[1] < 0) known[1] = position;
		}
	});
	const reasons: MergeReason[] = [];
	partners.forEach((wording, position) => {
		if (position === 0) return;
		let partner = -1;
		for (const word of themeWords(wording, aliases).stems) {
			const [first, second] = firstWith.get(word) ?? [-1, -1];
			const candidate = first === position ? second : first;
			if (candidate >= 0 && (partner < 0 || candidate < partner)) partner = candidate;
		}
		const partnerWording = partners[partner];
		if (partnerWording !== undefined) reasons.push(mergeReason(partnerWording, wording, aliases));
	});
	return reasons;
}

/**
 * Why each wording of a theme note's theme belongs: its name written another
 * way, one of its aliases, or — for the rest — the usual reasons.
 */
function explainNoteTheme(theme: ConflictTheme, note: GroupedThemeNote, aliases: AliasMap): MergeReason[] {
	const reasons: MergeReason[] = [];
	const rest: string[] = [];
	for (const wording of theme.wordings) {
		if (wording === note.name) continue;
		const key = keyOf(wording, aliases);
		if (key === note.nameKey) reasons.push({ kind: "same-words", wording: note.name, joined: wording });
		else if (note.keys.has(key)) reasons.push({ kind: "note-alias", wording: note.name, joined: wording });
		else rest.push(wording);
	}
	return rest.length === 0 ? reasons : [...reasons, ...explainGrouping(note.name, rest, aliases)];
}

/**
 * Groups wordings into themes. Wordings whose meaningful stems are the same
 * are one theme everywhere ("Pricing", "Prijs"). A broader wording takes in a
 * narrower one ("pricing model" ⊃ "pricing") only where both are used in the
 * same alliance: across alliances a shared word alone ("communication") is too
 * little to call two conflicts one.
 *
 * @param uses every wording as written, with the alliance it was used in
 * @param aliases the user's aliases (normalised)
 */
export function groupWordings(
	uses: Iterable<{ wording: string; alliance: string }>,
	aliases: AliasMap,
	themeNotes: ReadonlyMap<string, ThemeNote> = new Map(),
): ThemeGrouping {
	const byKey = new Map<string, Wording>();
	const keys = new Map<string, string>();
	const entryOf = (wording: string): Wording => {
		let key = keys.get(wording);
		if (key === undefined) {
			key = keyOf(wording, aliases);
			keys.set(wording, key);
		}
		let entry = byKey.get(key);
		if (!entry) {
			entry = { key, words: themeWords(wording, aliases), written: new Set(), alliances: new Set() };
			byKey.set(key, entry);
		}
		return entry;
	};
	for (const { wording, alliance } of uses) {
		const entry = entryOf(wording);
		entry.written.add(wording);
		entry.alliances.add(alliance);
	}
	// A theme note's name and aliases are one theme with the link: their entries
	// have no alliance, so they take in no narrower wording of their own.
	const noteKeys = new Map<ThemeNote, string[]>();
	for (const [wording, note] of themeNotes) {
		noteKeys.set(note, [entryOf(wording).key, entryOf(note.name).key, ...note.aliases.map((alias) => entryOf(alias).key)]);
	}
	const groups = new Groups();
	for (const list of noteKeys.values()) for (const key of list.slice(1)) groups.join(list[0] ?? key, key);
	const entries = [...byKey.values()];
	const longByStem = new Map<string, { entry: Wording; stems: Set<string> }[]>();
	for (const entry of entries) {
		groups.find(entry.key);
		if (entry.words.stems.length <= SUBSET_LOOKUP_LIMIT) continue;
		const long = { entry, stems: new Set(entry.words.stems) };
		for (const word of entry.words.stems) {
			const list = longByStem.get(word);
			if (list) list.push(long);
			else longByStem.set(word, [long]);
		}
	}
	for (const entry of entries) {
		if (entry.words.stems.length === 0) continue;
		if (entry.words.stems.length <= SUBSET_LOOKUP_LIMIT) joinNarrower(entry, byKey, groups);
		if (longByStem.size > 0) joinLongBroader(entry, longByStem, groups);
	}
	const themeOf = new Map<string, string>();
	for (const entry of entries) for (const written of entry.written) themeOf.set(written, groups.find(entry.key));
	const notes = new Map<string, GroupedThemeNote>();
	for (const [note, list] of noteKeys) {
		const root = groups.find(list[0] ?? "");
		if (!notes.has(root)) notes.set(root, { path: note.path, name: note.name, nameKey: list[1] ?? "", keys: new Set(list.slice(1)) });
	}
	return { themeOf, aliases, notes };
}

/**
 * Groups conflict mentions into themes.
 *
 * @param mentions the mentions, from {@link conflictMentions}
 * @param options `minMeetings`, `windowDays` and `conflictAliases`
 * @param today the day the dashboard is for; the window ends here
 * @param grouping a grouping made over a wider set of mentions (so an alliance's themes match the vault's), optional
 * @returns the themes, ordered by what needs attention
 * @example conflictThemes(mentions, options, "2026-11-27")[0].label // "Pricing"
 */
export function conflictThemes(
	mentions: readonly ConflictMention[],
	options: AnalyticsOptions,
	today: CalendarDate,
	grouping: ThemeGrouping = groupWordings(mentions, aliasMap(options.conflictAliases)),
): ConflictTheme[] {
	const byTheme = new Map<string, ConflictMention[][]>();
	for (const mention of mentions) {
		const key = grouping.themeOf.get(mention.wording) ?? mention.wording.toLowerCase();
		const runs = byTheme.get(key);
		if (runs?.[0]) runs[0].push(mention);
		else byTheme.set(key, [[mention]]);
	}
	// Mentions in date order (as conflictMentions gives them) stay in order in every theme.
	return themesFromRuns(byTheme, options, today, grouping, isSorted(mentions));
}

/**
 * Merges themes of several alliances that share a key into vault-wide themes.
 *
 * @param themes the alliances' themes (each with its mentions oldest first)
 */
export function mergeAllianceThemes(themes: readonly ConflictTheme[], options: AnalyticsOptions, today: CalendarDate, grouping: ThemeGrouping): ConflictTheme[] {
	const byTheme = new Map<string, ConflictMention[][]>();
	for (const theme of themes) {
		const runs = byTheme.get(theme.key);
		if (runs) runs.push(theme.mentions);
		else byTheme.set(theme.key, [theme.mentions]);
	}
	return themesFromRuns(byTheme, options, today, grouping, true);
}

/** One list in date order from runs that each are in order (or, when `sorted` is false, may not be). */
function inDateOrder(runs: ConflictMention[][], sorted: boolean): ConflictMention[] {
	if (sorted && runs.length === 1 && runs[0]) return runs[0];
	return mergeSortedRuns(
		runs.map((run) => (sorted || isSorted(run) ? run : [...run].sort(byDateThenPlace))),
		byDateThenPlace,
	);
}

function themesFromRuns(
	byTheme: Map<string, ConflictMention[][]>,
	options: AnalyticsOptions,
	today: CalendarDate,
	grouping: ThemeGrouping,
	sorted: boolean,
): ConflictTheme[] {
	const window = windowOf(options, today);
	const themes: ConflictTheme[] = [];
	for (const [key, runs] of byTheme) {
		const theme = toTheme(key, inDateOrder(runs, sorted), [], options, window);
		const note = grouping.notes.get(key);
		if (note) {
			theme.label = note.name;
			theme.note = note.path;
		}
		theme.mergeReasons = note ? explainNoteTheme(theme, note, grouping.aliases) : explainGrouping(theme.label, theme.wordings, grouping.aliases);
		themes.push(theme);
	}
	return themes.sort(byAttention);
}
