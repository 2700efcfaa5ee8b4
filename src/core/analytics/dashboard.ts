/**
 * Building the DashboardModel from the index: per alliance, and for all
 * alliances together. Pure apart from a cache: an alliance whose notes did not
 * change since the last build (the index keeps its group object) is not
 * analysed again, so one edited note costs one alliance's analytics.
 */
import type { AllianceGroup, VaultIndex } from "../index/vault-index";
import type { Language } from "../i18n/language";
import type { CalendarDate, Problem } from "../model";
import { actionSummary } from "./actions";
import { allianceBriefing } from "./briefing";
import { conflictMentions, conflictThemes, groupWordings, mergeAllianceThemes, type ThemeGrouping } from "./conflict-themes";
import type { AllianceDashboard, AnalyticsOptions, ConflictMention, DashboardModel } from "./dashboard-model";
import { kpiTrends } from "./kpi-trends";
import { withDefaults } from "./options";
import { quickWinSummary } from "./quick-wins";
import { relationshipHealth } from "./relationship-health";
import { stakeholderSummary } from "./stakeholders";
import { type AliasMap, aliasMap } from "./theme-words";

/** What to build the dashboard for. */
export interface DashboardRequest {
	/** The day the dashboard is for (no clock inside: the caller says what day it is). */
	today: CalendarDate;
	/** Settings; defaults for what is not given. */
	options?: Partial<AnalyticsOptions>;
	/** The language of the briefing's sentences (default English). */
	language?: Language;
}

interface CachedAlliance {
	/** today, language, options and theme grouping the entry was built with. */
	key: string;
	dashboard: AllianceDashboard;
}

function allianceProblems(group: AllianceGroup, problems: readonly Problem[]): Problem[] {
	const paths = new Set<string>([group.profile.path]);
	for (const note of group.meetings) paths.add(note.path);
	for (const note of group.reflections) paths.add(note.path);
	for (const note of group.stakeholders) paths.add(note.path);
	return problems.filter((problem) => paths.has(problem.path));
}

function datesOf(group: AllianceGroup): { firstMeeting?: CalendarDate; lastMeeting?: CalendarDate } {
	const dated = group.meetings.filter((meeting) => meeting.date !== undefined);
	const range: { firstMeeting?: CalendarDate; lastMeeting?: CalendarDate } = {};
	if (dated[0]?.date) range.firstMeeting = dated[0].date;
	const last = dated[dated.length - 1];
	if (last?.date) range.lastMeeting = last.date;
	return range;
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
	private readonly mentions = new WeakMap<AllianceGroup, ConflictMention[]>();
	private readonly wordings = new WeakMap<AllianceGroup, { wording: string; alliance: string }[]>();
	private readonly aliasMaps = new WeakMap<Readonly<Record<string, string>>, AliasMap>();

	constructor(private readonly index: VaultIndex) {}

	/**
	 * The dashboard for every alliance and for all of them together.
	 *
	 * @param request the day, the settings and the language
	 */
	build(request: DashboardRequest): DashboardModel {
		const options = withDefaults(request.options);
		const language = request.language ?? "en";
		const groups = this.index.alliances();
		const problems = this.index.problems();
		const mentionsByGroup = groups.map((group) => this.mentionsOf(group));
		const grouping = groupWordings(
			groups.flatMap((group, position) => this.wordingsOf(group, mentionsByGroup[position] ?? [])),
			this.aliasMapOf(options.conflictAliases),
		);
		const signature = [request.today, language, JSON.stringify(options), JSON.stringify([...grouping.themeOf])].join("\u0000");
		const alliances = groups.map((group, position) => {
			const cached = this.cache.get(group);
			if (cached?.key === signature) return cached.dashboard;
			const dashboard = this.analyse(group, mentionsByGroup[position] ?? [], problems, options, request.today, language, grouping);
			this.cache.set(group, { key: signature, dashboard });
			return dashboard;
		});
		const briefing = alliances.flatMap((alliance) => alliance.briefing.items).sort((a, b) => a.priority - b.priority);
		return {
			schemaVersion: 1,
			today: request.today,
			language,
			options,
			alliances,
			conflicts: mergeAllianceThemes(
				alliances.flatMap((alliance) => alliance.conflicts),
				options,
				request.today,
				grouping,
			),
			briefing,
			problems,
		};
	}

	private mentionsOf(group: AllianceGroup): ConflictMention[] {
		let mentions = this.mentions.get(group);
		if (!mentions) {
			mentions = conflictMentions(group);
			this.mentions.set(group, mentions);
		}
		return mentions;
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

	private analyse(
		group: AllianceGroup,
		mentions: ConflictMention[],
		problems: readonly Problem[],
		options: AnalyticsOptions,
		today: CalendarDate,
		language: Language,
		grouping: ThemeGrouping,
	): AllianceDashboard {
		const kpis = kpiTrends(group, options);
		const health = relationshipHealth(group, options);
		const conflicts = conflictThemes(mentions, options, today, grouping);
		const quickWins = quickWinSummary(group);
		const actions = actionSummary([group], today);
		const stakeholders = stakeholderSummary(group, today);
		const themeOf = (wording: string): string => grouping.themeOf.get(wording) ?? wording.toLowerCase();
		const briefing = allianceBriefing({ group, kpis, health, conflicts, quickWins, actions, stakeholders }, today, language, themeOf);
		const { profile } = group;
		const dashboard: AllianceDashboard = {
			name: profile.basename,
			path: profile.path,
			counts: { meetings: group.meetings.length, reflections: group.reflections.length, stakeholders: group.stakeholders.length },
			...datesOf(group),
			briefing,
			kpis,
			health,
			conflicts,
			quickWins,
			actions,
			stakeholders,
			problems: allianceProblems(group, problems),
		};
		if (profile.partner !== undefined) dashboard.partner = profile.partner;
		if (profile.status !== undefined) dashboard.status = profile.status;
		if (profile.phase !== undefined) dashboard.phase = profile.phase;
		if (profile.owner !== undefined) dashboard.owner = profile.owner;
		if (profile.counterpart !== undefined) dashboard.counterpart = profile.counterpart;
		return dashboard;
	}
}

/**
 * Builds the dashboard once (no reuse between calls).
 *
 * @param index the vault index
 * @param request the day, the settings and the language
 */
export function buildDashboard(index: VaultIndex, request: DashboardRequest): DashboardModel {
	return new DashboardBuilder(index).build(request);
}

/**
 * Narrows a dashboard to one alliance (its briefing, its conflicts, its
 * problems), or returns it whole for `null`.
 *
 * @param model the dashboard for all alliances
 * @param name the alliance's name (case-insensitive), or `null` for all
 * @returns the narrowed dashboard, or `undefined` when no alliance has that name
 */
export function scopeDashboard(model: DashboardModel, name: string | null): DashboardModel | undefined {
	if (name === null) return model;
	const wanted = name.trim().toLowerCase();
	const alliance = model.alliances.find((candidate) => candidate.name.toLowerCase() === wanted);
	if (!alliance) return undefined;
	return { ...model, alliances: [alliance], conflicts: alliance.conflicts, briefing: alliance.briefing.items, problems: alliance.problems };
}
