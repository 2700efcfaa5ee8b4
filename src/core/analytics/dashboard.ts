/**
 * Building the DashboardModel from the index: per alliance, and for all
 * alliances together. Pure apart from a cache: an alliance whose notes did not
 * change since the last build (the index keeps its group object) is not
 * analysed again, so one edited note costs one alliance's analytics.
 */
import type { AllianceGroup, VaultIndex } from "../index/vault-index";
import type { CalendarDate, MeetingNote, Problem, ReflectionNote } from "../model";
import { byUrgency, daysPastDueCounter, openActionsOf, summaryOfOpen } from "./actions";
import { allianceBriefing, type BriefingInput, sameItemFacts } from "./briefing";
import { byAttention, conflictMentions, conflictThemes, noteMentions, groupWordings, mergeAllianceThemes, type ThemeGrouping, type ThemeNote } from "./conflict-themes";
import type { ActionEntry, ActionSummary, AllianceDashboard, AnalyticsOptions, BriefingItem, ConflictMention, ConflictTheme, DashboardModel, KpiTrend, NamedLink, QuickWinEntry, QuickWinSummary, RelationshipHealth } from "./dashboard-model";
import { engagementScorecard } from "./engagement-scorecard";
import { healthCheckSummary } from "./health-checks";
import { kpiTrends } from "./kpi-trends";
import { heldNotes } from "./planned-notes";
import { parseLinkText } from "../schema/coerce";
import { withDefaults } from "./options";
import { oldestFirst, quickWinsOf, quickWinSummaryOf } from "./quick-wins";
import { NoteEntries, replacedInPlace } from "./note-entries";
import { sameHealthFacts, sameKpiFacts } from "./unchanged-facts";
import { relationshipHealth } from "./relationship-health";
import { stakeholderSummary } from "./stakeholders";
import { VaultBriefing } from "./vault-briefing";
import { type AliasMap, aliasMap } from "./theme-words";
import type { StatusTypes } from "../task-status";

/** What to build the dashboard for. */
export interface DashboardRequest {
	/** The day the dashboard is for (no clock inside: the caller says what day it is). */
	today: CalendarDate;
	/** Settings; defaults for what is not given. */
	options?: Partial<AnalyticsOptions>;
}

/** One alliance's open actions and quick wins, updated by the notes that changed. */
interface AllianceEntries {
	actions: NoteEntries<MeetingNote | ReflectionNote, ActionEntry>;
	wins: NoteEntries<MeetingNote | ReflectionNote, QuickWinEntry>;
	/** The quick wins summarised in the last build, and the summary: its list and counts are kept while the wins are the same. */
	summarised?: { wins: QuickWinEntry[]; quickWins: QuickWinSummary };
}

interface CachedAlliance {
	/** today, options and theme grouping the entry was built with (no language: the model holds no words). */
	key: string;
	dashboard: AllianceDashboard;
}

/**
 * A name as a property gives it, parsed: `"[[People/Sanne de Vries|Sanne]]"`
 * links to its note and reads as its display text (else the note's name).
 *
 * @example namedLink("[[Sanne de Vries]]") // { display: "Sanne de Vries", target: "Sanne de Vries" }
 */
export function namedLink(text: string): NamedLink {
	const trimmed = text.trim();
	if (!trimmed.includes("[[") && !/^\[[^\]]*\]\(/.test(trimmed)) return { display: trimmed };
	const link = parseLinkText(trimmed);
	if (!link) return { display: trimmed };
	return { display: link.display ?? link.target.slice(link.target.lastIndexOf("/") + 1), target: link.target };
}

function allianceProblems(group: AllianceGroup, problems: readonly Problem[]): Problem[] {
	if (problems.length === 0) return [];
	const paths = new Set<string>([group.profile.path]);
	for (const note of group.meetings) paths.add(note.path);
	for (const note of group.reflections) paths.add(note.path);
	for (const note of group.stakeholders) paths.add(note.path);
	for (const note of group.healthChecks) paths.add(note.path);
	return problems.filter((problem) => paths.has(problem.path));
}

function datesOf(group: AllianceGroup): { firstMeeting?: CalendarDate; lastMeeting?: CalendarDate } {
	// Meetings come oldest first, the undated ones last: look from both ends.
	const { meetings } = group;
	const range: { firstMeeting?: CalendarDate; lastMeeting?: CalendarDate } = {};
	const first = meetings.find((meeting) => meeting.date !== undefined);
	if (first?.date) range.firstMeeting = first.date;
	let at = meetings.length - 1;
	while (at >= 0 && meetings[at]?.date === undefined) at--;
	const last = meetings[at]?.date;
	if (last !== undefined) range.lastMeeting = last;
	return range;
}

/** Whether two lists of mentions say the same (same notes, lines, words and states). */
function sameMentions(a: readonly ConflictMention[], b: readonly ConflictMention[]): boolean {
	if (a.length !== b.length) return false;
	return a.every((mention, position) => {
		const other = b[position];
		return (
			mention === other ||
			(other !== undefined &&
			mention.path === other.path &&
			mention.line === other.line &&
			mention.date === other.date &&
			mention.text === other.text &&
			mention.wording === other.wording &&
			mention.resolved === other.resolved &&
			mention.link === other.link &&
			mention.alliance === other.alliance)
		);
	});
}

/**
 * Builds dashboards from one index, reusing the analysis of alliances whose
 * notes did not change.
 *
 * @example
 * const dashboards = new DashboardBuilder(index);
 * dashboards.build({ today: "2026-11-27" }).alliances[0].briefing.items
 */
export class DashboardBuilder {
	private readonly cache = new WeakMap<AllianceGroup, CachedAlliance>();
	/** Each alliance's conflict mentions, with the status types they were read with. */
	private readonly mentions = new WeakMap<AllianceGroup, { statusTypes: StatusTypes; mentions: ConflictMention[] }>();
	private readonly wordings = new WeakMap<AllianceGroup, { wording: string; alliance: string }[]>();
	private readonly aliasMaps = new WeakMap<Readonly<Record<string, string>>, AliasMap>();
	/** Each alliance's linked conflict themes, by its mentions (identity). */
	private readonly links = new WeakMap<ConflictMention[], { wording: string; target: string; from: string }[]>();
	/** The last conflict mentions of each alliance (by profile path), to keep their identity while they do not change. */
	private readonly lastMentions = new Map<string, { group: AllianceGroup; statusTypes: StatusTypes; mentions: ConflictMention[] }>();
	/** An alliance's themes, by its mentions (identity) and the build's signature. */
	private readonly themes = new WeakMap<ConflictMention[], { key: string; themes: ConflictTheme[] }>();
	/** Vault-wide themes by key, with the alliance themes they were merged from. */
	private merged = new Map<string, { parts: ConflictTheme[]; theme: ConflictTheme }>();
	/** Each note's conflict mentions, with the alliance and status types they were read with. */
	private readonly noteMentions = new WeakMap<MeetingNote | ReflectionNote, { alliance: string; statusTypes: StatusTypes; mentions: ConflictMention[] }>();
	/** Each alliance's open actions and quick wins (by profile path), kept in order between builds. */
	private readonly entries = new Map<string, AllianceEntries>();
	/** Each alliance's last KPI trends and health (by profile path), with the group and build signature they were made for. */
	private readonly trends = new Map<string, { group: AllianceGroup; signature: string; kpis: KpiTrend[]; health: RelationshipHealth }>();
	/** Each alliance's last briefing items (by profile path), with the day and the facts they were made from. */
	private readonly briefings = new Map<string, { today: CalendarDate; input: BriefingInput; items: BriefingItem[] }>();
	/** Every alliance's briefing merged, kept between builds. */
	private readonly briefing = new VaultBriefing();

	constructor(private readonly index: VaultIndex) {}

	/**
	 * The dashboard for every alliance and for all of them together.
	 *
	 * @param request the day and the settings
	 */
	build(request: DashboardRequest): DashboardModel {
		const options = withDefaults(request.options);
		const groups = this.index.alliances();
		const problems = this.index.problems();
		if (this.entries.size > groups.length || this.trends.size > groups.length || this.briefings.size > groups.length) {
			// An alliance that is gone leaves nothing behind.
			const paths = new Set(groups.map((group) => group.profile.path));
			for (const kept of [this.entries, this.trends, this.briefings]) for (const path of kept.keys()) if (!paths.has(path)) kept.delete(path);
		}
		const mentionsByGroup = groups.map((group) => this.mentionsOf(group, options.statusTypes));
		const grouping = groupWordings(
			groups.flatMap((group, position) => this.wordingsOf(group, mentionsByGroup[position] ?? [])),
			this.aliasMapOf(options.conflictAliases),
			this.themeNotes(mentionsByGroup),
		);
		const notes = [...grouping.notes].map(([key, note]) => [key, note.path, note.name]);
		const signature = [request.today, JSON.stringify(options), JSON.stringify([...grouping.themeOf]), JSON.stringify(notes)].join("\u0000");
		const alliances = groups.map((group, position) => {
			const cached = this.cache.get(group);
			if (cached?.key === signature) return cached.dashboard;
			const dashboard = this.analyse(group, mentionsByGroup[position] ?? [], problems, options, request.today, grouping, signature);
			this.cache.set(group, { key: signature, dashboard });
			return dashboard;
		});
		const briefing = this.briefing.merge(alliances);
		return {
			schemaVersion: 2,
			today: request.today,
			options,
			alliances,
			conflicts: this.vaultThemes(alliances, options, request.today, grouping),
			briefing,
			problems,
		};
	}

	/**
	 * Vault-wide themes: a theme of one alliance is used as it is; a theme of
	 * several is merged, and the merge is reused while its parts are unchanged.
	 */
	private vaultThemes(alliances: readonly AllianceDashboard[], options: AnalyticsOptions, today: CalendarDate, grouping: ThemeGrouping): ConflictTheme[] {
		const partsByKey = new Map<string, ConflictTheme[]>();
		for (const alliance of alliances) {
			for (const theme of alliance.conflicts) {
				const parts = partsByKey.get(theme.key);
				if (parts) parts.push(theme);
				else partsByKey.set(theme.key, [theme]);
			}
		}
		const merged = new Map<string, { parts: ConflictTheme[]; theme: ConflictTheme }>();
		const themes: ConflictTheme[] = [];
		for (const [key, parts] of partsByKey) {
			const known = this.merged.get(key);
			let theme: ConflictTheme | undefined;
			if (parts.length === 1) theme = parts[0];
			else if (known && known.parts.length === parts.length && known.parts.every((part, position) => part === parts[position])) theme = known.theme;
			else theme = mergeAllianceThemes(parts, options, today, grouping)[0];
			if (!theme) continue;
			merged.set(key, { parts, theme });
			themes.push(theme);
		}
		this.merged = merged;
		return themes.sort(byAttention);
	}

	private mentionsOf(group: AllianceGroup, statusTypes: StatusTypes): ConflictMention[] {
		const cached = this.mentions.get(group);
		// New Tasks status settings can resolve or reopen conflicts: read the mentions again.
		let mentions = cached?.statusTypes === statusTypes ? cached.mentions : undefined;
		if (!mentions) {
			const alliance = group.profile.basename;
			const mentionsOfNote = (note: MeetingNote | ReflectionNote): ConflictMention[] => {
				const known = this.noteMentions.get(note);
				if (known?.alliance === alliance && known.statusTypes === statusTypes) return known.mentions;
				const made = noteMentions(note, alliance, statusTypes);
				this.noteMentions.set(note, { alliance, statusTypes, mentions: made });
				return made;
			};
			// An edit elsewhere in the alliance (an action, a KPI) leaves its conflicts as they were: keep the old list, and the themes made from it.
			const last = this.lastMentions.get(group.profile.path);
			const unchanged = (before: AllianceGroup): boolean => {
				if (before.profile.basename !== alliance) return false;
				const replaced = [...(replacedInPlace(before.meetings, group.meetings) ?? [undefined]), ...(replacedInPlace(before.reflections, group.reflections) ?? [undefined])];
				return replaced.every((pair) => pair !== undefined && sameMentions(mentionsOfNote(pair[0]), mentionsOfNote(pair[1])));
			};
			if (last?.statusTypes === statusTypes && unchanged(last.group)) mentions = last.mentions;
			else {
				mentions = conflictMentions(group, statusTypes, mentionsOfNote);
				if (last && sameMentions(last.mentions, mentions)) mentions = last.mentions;
			}
			this.lastMentions.set(group.profile.path, { group, statusTypes, mentions });
			this.mentions.set(group, { statusTypes, mentions });
		}
		return mentions;
	}

	private themesOf(mentions: ConflictMention[], options: AnalyticsOptions, today: CalendarDate, grouping: ThemeGrouping, signature: string): ConflictTheme[] {
		const cached = this.themes.get(mentions);
		if (cached?.key === signature) return cached.themes;
		const themes = conflictThemes(mentions, options, today, grouping);
		this.themes.set(mentions, { key: signature, themes });
		return themes;
	}

	/**
	 * The notes conflicts link to as their theme, by the wording they give the
	 * mention: each link resolved as Obsidian does, from the note it is written in,
	 * with the target's name and `aliases` (the first link of a wording decides).
	 */
	private themeNotes(mentionsByGroup: readonly ConflictMention[][]): Map<string, ThemeNote> {
		const notes = new Map<string, ThemeNote>();
		for (const mentions of mentionsByGroup) {
			for (const link of this.linksOf(mentions)) {
				if (notes.has(link.wording)) continue;
				const path = this.index.resolve({ target: link.target }, link.from);
				if (path === undefined) continue;
				const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
				notes.set(link.wording, { path, name, aliases: this.index.aliasesOf(path) });
			}
		}
		return notes;
	}

	/** An alliance's linked themes, each wording once (with the first note that links it). */
	private linksOf(mentions: ConflictMention[]): { wording: string; target: string; from: string }[] {
		let links = this.links.get(mentions);
		if (!links) {
			const seen = new Set<string>();
			links = [];
			for (const mention of mentions) {
				if (mention.link === undefined || seen.has(mention.wording)) continue;
				seen.add(mention.wording);
				links.push({ wording: mention.wording, target: mention.link, from: mention.path });
			}
			this.links.set(mentions, links);
		}
		return links;
	}

	/** The normalised alias map of a settings object, made once per object. */
	private aliasMapOf(aliases: Readonly<Record<string, string>>): AliasMap {
		let map = this.aliasMaps.get(aliases);
		if (!map) {
			map = aliasMap(aliases);
			this.aliasMaps.set(aliases, map);
		}
		return map;
	}

	/** Each wording an alliance uses, once. */
	private wordingsOf(group: AllianceGroup, mentions: readonly ConflictMention[]): { wording: string; alliance: string }[] {
		let wordings = this.wordings.get(group);
		if (!wordings) {
			const alliance = group.profile.basename;
			wordings = [...new Set(mentions.map((mention) => mention.wording))].map((wording) => ({ wording, alliance }));
			this.wordings.set(group, wordings);
		}
		return wordings;
	}

	/**
	 * An alliance's quick wins and open actions: each note's read once, and
	 * the lists kept in order from the last build, updated by the notes that changed.
	 */
	private entriesOf(group: AllianceGroup, today: CalendarDate, statusTypes: StatusTypes): { quickWins: QuickWinSummary; actions: ActionSummary } {
		let entries = this.entries.get(group.profile.path);
		if (!entries) {
			entries = { actions: new NoteEntries(byUrgency), wins: new NoteEntries(oldestFirst) };
			this.entries.set(group.profile.path, entries);
		}
		const alliance = group.profile.basename;
		const notes = [...group.meetings, ...group.reflections];
		const wins = entries.wins.of(notes, [alliance, statusTypes], (note) => quickWinsOf(note, alliance, statusTypes));
		let daysPastDue: ((due: CalendarDate) => number) | undefined;
		const open = entries.actions.of(notes, [alliance, statusTypes, today], (note) => {
			daysPastDue ??= daysPastDueCounter(today);
			return openActionsOf(note, alliance, today, statusTypes, daysPastDue);
		});
		const last = entries.summarised;
		const quickWins = quickWinSummaryOf(wins, group.reflections, group.stakeholders, last?.wins === wins ? last.quickWins : undefined);
		entries.summarised = { wins, quickWins };
		return { quickWins, actions: summaryOfOpen(open) };
	}

	/**
	 * An alliance's KPI trends and relationship health: those of the last
	 * build when only notes were replaced in place whose readings and ratings
	 * the edit left as they were (an action added, a conflict closed).
	 */
	private trendsOf(group: AllianceGroup, held: AllianceGroup, options: AnalyticsOptions, today: CalendarDate, signature: string): { kpis: KpiTrend[]; health: RelationshipHealth } {
		const last = this.trends.get(group.profile.path);
		const same = last !== undefined && last.signature === signature && last.group.profile === group.profile;
		const meetings = same ? replacedInPlace(last.group.meetings, group.meetings) : undefined;
		const reflections = same ? replacedInPlace(last.group.reflections, group.reflections) : undefined;
		const kpis = last && meetings && sameKpiFacts(meetings, group.meetings, today) ? last.kpis : kpiTrends(held, options, this.index.modifiedAt);
		const health = last && meetings && reflections && sameHealthFacts(meetings, reflections, today) ? last.health : relationshipHealth(held, options);
		this.trends.set(group.profile.path, { group, signature, kpis, health });
		return { kpis, health };
	}

	private analyse(
		group: AllianceGroup,
		mentions: ConflictMention[],
		problems: readonly Problem[],
		options: AnalyticsOptions,
		today: CalendarDate,
		grouping: ThemeGrouping,
		signature: string,
	): AllianceDashboard {
		// A note prepared in advance is not a meeting held: not the last meeting, no KPI made stale, no health.
		const { held, plannedMeetings } = heldNotes(group, today);
		const { kpis, health } = this.trendsOf(group, held, options, today, signature);
		const conflicts = this.themesOf(mentions, options, today, grouping, signature);
		const { quickWins, actions } = this.entriesOf(group, today, options.statusTypes);
		const stakeholders = stakeholderSummary(group, today);
		const healthChecks = healthCheckSummary(group, today, options.healthCheckEveryDays);
		const scorecard = engagementScorecard({ group: held, kpis, health, conflicts, quickWins, stakeholders }, today);
		const themeOf = (wording: string): string => grouping.themeOf.get(wording) ?? wording.toLowerCase();
		const input: BriefingInput = { group: held, kpis, health, conflicts, quickWins, actions, stakeholders, healthChecks };
		const { profile } = group;
		// An edit that changed none of the briefing's facts (a decision, a paragraph) keeps its items, and so its place in the vault's briefing.
		const last = this.briefings.get(profile.path);
		const kept = last !== undefined && last.today === today && sameItemFacts(last.input, input) ? last.items : undefined;
		const briefing = allianceBriefing(input, today, themeOf, options.statusTypes, plannedMeetings, kept);
		this.briefings.set(profile.path, { today, input, items: briefing.items });
		const dashboard: AllianceDashboard = {
			name: profile.basename,
			path: profile.path,
			counts: { meetings: group.meetings.length, reflections: group.reflections.length, stakeholders: group.stakeholders.length },
			...datesOf(held),
			briefing,
			kpis,
			health,
			conflicts,
			quickWins,
			actions,
			stakeholders,
			healthChecks,
			scorecard,
			problems: allianceProblems(group, problems),
		};
		if (profile.partner !== undefined) dashboard.partner = profile.partner;
		if (profile.status !== undefined) dashboard.status = profile.status;
		if (profile.phase !== undefined) dashboard.phase = profile.phase;
		if (profile.owner !== undefined) dashboard.owner = namedLink(profile.owner);
		if (profile.counterpart !== undefined) dashboard.counterpart = namedLink(profile.counterpart);
		return dashboard;
	}
}

/**
 * Builds the dashboard once (no reuse between calls).
 *
 * @param index the vault index
 * @param request the day and the settings
 */
export function buildDashboard(index: VaultIndex, request: DashboardRequest): DashboardModel {
	return new DashboardBuilder(index).build(request);
}
