/**
 * Recurring conflicts: conflict mentions grouped into themes across wordings
 * and languages, with when and where each theme came up, whether it is open,
 * whether it keeps returning, and why wordings were grouped.
 */
import type { AllianceGroup } from "../index/vault-index";
import type { CalendarDate } from "../model";
import { addDays } from "./calendar";
import type { AnalyticsOptions, ConflictMention, ConflictTheme } from "./dashboard-model";
import { type AliasMap, aliasMap, themeWords, type ThemeWords } from "./theme-words";

/**
 * Lists every conflict raised in an alliance's dated meetings and reflections.
 *
 * @param group the alliance and its notes
 */
export function conflictMentions(group: AllianceGroup): ConflictMention[] {
	const mentions: ConflictMention[] = [];
	const alliance = group.profile.basename;
	for (const note of [...group.meetings, ...group.reflections]) {
		if (note.date === undefined) continue;
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

function quote(text: string): string {
	return `"${text}"`;
}

/** Explains why two wordings belong together, in words. */
function mergeReason(a: Wording, b: Wording, writtenA: string, writtenB: string): string {
	const shared = a.words.stems.filter((word) => b.words.stems.includes(word));
	const aliasNote = [...new Set([...a.words.aliasesUsed, ...b.words.aliasesUsed])];
	const via = aliasNote.length > 0 ? ` (alias ${aliasNote.join(", ")})` : "";
	const sameWords = a.key === b.key;
	return sameWords
		? `${quote(writtenA)} and ${quote(writtenB)} reduce to the same words: ${quote(shared.join(" "))}${via}`
		: `${quote(writtenA)} and ${quote(writtenB)} share ${quote(shared.join(" "))}${via}`;
}

function distinctNotesBetween(mentions: readonly ConflictMention[], from: CalendarDate, to: CalendarDate): number {
	const notes = new Set<string>();
	for (const mention of mentions) if (mention.date > from && mention.date <= to) notes.add(mention.path);
	return notes.size;
}

function byDateThenPlace(a: ConflictMention, b: ConflictMention): number {
	return a.date < b.date ? -1 : a.date > b.date ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line;
}

/** The most used wording; ties go to the one seen first. */
function labelOf(mentions: readonly ConflictMention[]): string {
	const counts = new Map<string, number>();
	for (const mention of mentions) counts.set(mention.wording, (counts.get(mention.wording) ?? 0) + 1);
	let best = mentions[0]?.wording ?? "";
	for (const [wording, count] of counts) if (count > (counts.get(best) ?? 0)) best = wording;
	return best;
}

/**
 * Builds one theme from its mentions (sorted oldest first).
 *
 * @param today the day the dashboard is for
 */
function toTheme(key: string, mentions: ConflictMention[], mergeReasons: string[], options: AnalyticsOptions, today: CalendarDate): ConflictTheme {
	const first = mentions[0];
	const last = mentions[mentions.length - 1];
	const windowStart = addDays(today, -options.windowDays);
	const halfway = addDays(today, -Math.floor(options.windowDays / 2));
	const recent = distinctNotesBetween(mentions, halfway, today);
	const earlier = distinctNotesBetween(mentions, windowStart, halfway);
	const inWindow = distinctNotesBetween(mentions, windowStart, today);
	return {
		key,
		label: labelOf(mentions),
		wordings: [...new Set(mentions.map((mention) => mention.wording))],
		mergeReasons,
		mentions,
		meetingCount: new Set(mentions.map((mention) => mention.path)).size,
		firstSeen: first?.date ?? today,
		lastSeen: last?.date ?? today,
		status: last?.resolved ? "resolved" : "open",
		recurring: inWindow >= options.minMeetings,
		escalating: recent > earlier && recent >= 2,
		alliances: [...new Set(mentions.map((mention) => mention.alliance))].sort(),
	};
}

/** Orders themes by what needs attention: open before resolved, recurring first, then most recent. */
export function byAttention(a: ConflictTheme, b: ConflictTheme): number {
	const weight = (theme: ConflictTheme): number => (theme.status === "open" ? 0 : 4) + (theme.recurring ? 0 : 2) + (theme.escalating ? 0 : 1);
	return weight(a) - weight(b) || (a.lastSeen > b.lastSeen ? -1 : a.lastSeen < b.lastSeen ? 1 : 0) || a.label.localeCompare(b.label);
}

/** Which theme each wording belongs to, and why wordings were grouped. */
export interface ThemeGrouping {
	/** Wording as written → theme key. */
	themeOf: Map<string, string>;
	/** Theme key → reasons its wordings were grouped. */
	reasons: Map<string, string[]>;
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
	const notes: [string, string][] = [];
	for (const entry of entries) {
		const [firstWritten = "", ...moreWritten] = [...entry.written];
		for (const other of moreWritten) {
			notes.push([entry.key, mergeReason(entry, { ...entry, words: themeWords(other, aliases) }, firstWritten, other)]);
		}
		// Candidates share at least one stem; only those can be subsets of each other.
		const candidates = new Set(entry.words.stems.flatMap((word) => byStem.get(word) ?? []));
		for (const other of candidates) {
			if (other.key <= entry.key || ![...entry.alliances].some((alliance) => other.alliances.has(alliance))) continue;
			const small = entry.words.stems.length <= other.words.stems.length ? entry : other;
			const large = small === entry ? other : entry;
			if (small.words.stems.length > 0 && isSubset(small.words.stems, large.words.stems)) {
				groups.join(entry.key, other.key);
				notes.push([entry.key, mergeReason(small, large, [...small.written][0] ?? "", [...large.written][0] ?? "")]);
			}
		}
	}
	const reasons = new Map<string, string[]>();
	for (const [key, reason] of notes) {
		const root = groups.find(key);
		reasons.set(root, [...(reasons.get(root) ?? []), reason]);
	}
	const themeOf = new Map<string, string>();
	for (const entry of entries) for (const written of entry.written) themeOf.set(written, groups.find(entry.key));
	return { themeOf, reasons };
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
	const byTheme = new Map<string, ConflictMention[]>();
	for (const mention of mentions) {
		const key = grouping.themeOf.get(mention.wording) ?? mention.wording.toLowerCase();
		const list = byTheme.get(key);
		if (list) list.push(mention);
		else byTheme.set(key, [mention]);
	}
	const themes: ConflictTheme[] = [];
	for (const [key, themeMentions] of byTheme) {
		themeMentions.sort(byDateThenPlace);
		const wordings = new Set(themeMentions.map((mention) => mention.wording));
		const reasons = (grouping.reasons.get(key) ?? []).filter((reason) => [...wordings].filter((wording) => reason.includes(quote(wording))).length >= 2);
		themes.push(toTheme(key, themeMentions, [...new Set(reasons)], options, today));
	}
	return themes.sort(byAttention);
}
