/**
 * Recurring conflicts: conflict mentions grouped into themes across wordings
 * and languages, with when and where each theme came up, whether it is open,
 * whether it keeps returning, and why wordings were grouped.
 */
import type { AllianceGroup } from "../index/vault-index";
import type { CalendarDate } from "../model";
import { mergeSortedRuns } from "../order";
import { addDays } from "./calendar";
import type { AnalyticsOptions, ConflictMention, ConflictTheme, MergeReason } from "./dashboard-model";
import { type AliasMap, aliasMap, themeWords, type ThemeWords } from "./theme-words";

/**
 * Lists every conflict raised in an alliance's dated meetings and reflections.
 *
 * @param group the alliance and its notes
 */
export function conflictMentions(group: AllianceGroup): ConflictMention[] {
	const mentions: ConflictMention[] = [];
	const alliance = group.profile.basename;
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
		if (note?.date === undefined) continue;
		for (const conflict of note.conflicts) {
			mentions.push({
				path: note.path,
				line: conflict.line,
				date: note.date,
				alliance,
				text: conflict.text,
				wording: conflict.theme,
				resolved: conflict.resolved,
			});
		}
	}
	return mentions;
}

/** The index's order of notes: by date (undated last), then path. */
function byNoteOrder(a: { date?: string; path: string }, b: { date?: string; path: string }): number {
	const left = a.date ?? "9999";
	const right = b.date ?? "9999";
	return left < right ? -1 : left > right ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Union–find over wordings. */
class Groups {
	private readonly parent = new Map<string, string>();

	find(key: string): string {
		let root = key;
		while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) ?? root;
		this.parent.set(key, root);
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

function isSubset(small: readonly string[], large: readonly string[]): boolean {
	return small.every((word) => large.includes(word));
}

/** Why `wording` (b) belongs with `joined` (a), as data. */
function mergeReason(a: Wording, b: Wording, joined: string, wording: string): MergeReason {
	const alias = [...new Set([...a.words.aliasesUsed, ...b.words.aliasesUsed])];
	if (alias.length > 0) return { kind: "alias", wording, joined, alias: alias.join(", ") };
	if (a.key === b.key) return { kind: "same-words", wording, joined };
	if (isSubset(a.words.stems, b.words.stems) || isSubset(b.words.stems, a.words.stems)) return { kind: "broader-wording", wording, joined };
	const shared = a.words.stems.filter((word) => b.words.stems.includes(word));
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

/** Which theme each wording belongs to. */
export interface ThemeGrouping {
	/** Wording as written → theme key. */
	themeOf: Map<string, string>;
	/** The aliases the grouping used (to explain it). */
	aliases: AliasMap;
}

/**
 * Says, for every wording of a theme but its label, why it belongs: the words
 * it shares with the label (or, for a wording that joined through another
 * one, with that one), and the aliases that made them match.
 *
 * @example explainGrouping("Pricing", ["Pricing", "Price discussion"], aliasMap({}))
 *   // [{ kind: "same-words", wording: "Price discussion", joined: "Pricing" }]
 */
export function explainGrouping(label: string, wordings: readonly string[], aliases: AliasMap): MergeReason[] {
	const partners = [label, ...wordings.filter((wording) => wording !== label)];
	const reasons: MergeReason[] = [];
	for (const wording of wordings) {
		if (wording === label) continue;
		const words = themeWords(wording, aliases);
		for (const partner of partners) {
			if (partner === wording) continue;
			const partnerWords = themeWords(partner, aliases);
			if (!words.stems.some((stem) => partnerWords.stems.includes(stem))) continue;
			const a: Wording = { key: partnerWords.stems.join(" "), words: partnerWords, written: new Set([partner]), alliances: new Set() };
			const b: Wording = { key: words.stems.join(" "), words, written: new Set([wording]), alliances: new Set() };
			reasons.push(mergeReason(a, b, partner, wording));
			break;
		}
	}
	return reasons;
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
export function groupWordings(uses: Iterable<{ wording: string; alliance: string }>, aliases: AliasMap): ThemeGrouping {
	const byKey = new Map<string, Wording>();
	const keyOf = new Map<string, string>();
	for (const { wording, alliance } of uses) {
		let key = keyOf.get(wording);
		if (key === undefined) {
			const words = themeWords(wording, aliases);
			key = words.stems.join(" ") || wording.toLowerCase();
			keyOf.set(wording, key);
			if (!byKey.has(key)) byKey.set(key, { key, words, written: new Set(), alliances: new Set() });
		}
		const entry = byKey.get(key);
		entry?.written.add(wording);
		entry?.alliances.add(alliance);
	}
	const groups = new Groups();
	const entries = [...byKey.values()];
	const byStem = new Map<string, Wording[]>();
	for (const entry of entries) {
		groups.find(entry.key);
		for (const word of entry.words.stems) {
			const list = byStem.get(word);
			if (list) list.push(entry);
			else byStem.set(word, [entry]);
		}
	}
	for (const entry of entries) {
		// Candidates share at least one stem; only those can be subsets of each other.
		const candidates = new Set(entry.words.stems.flatMap((word) => byStem.get(word) ?? []));
		for (const other of candidates) {
			if (other.key <= entry.key || ![...entry.alliances].some((alliance) => other.alliances.has(alliance))) continue;
			const small = entry.words.stems.length <= other.words.stems.length ? entry : other;
			const large = small === entry ? other : entry;
			if (small.words.stems.length > 0 && isSubset(small.words.stems, large.words.stems)) groups.join(entry.key, other.key);
		}
	}
	const themeOf = new Map<string, string>();
	for (const entry of entries) for (const written of entry.written) themeOf.set(written, groups.find(entry.key));
	return { themeOf, aliases };
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
		theme.mergeReasons = explainGrouping(theme.label, theme.wordings, grouping.aliases);
		themes.push(theme);
	}
	return themes.sort(byAttention);
}
