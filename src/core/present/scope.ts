/**
 * What a dashboard shows for the alliance picked, or for all alliances
 * together — the one scope the CLI, the briefing note and the sidebar use —
 * and the one order of each list across alliances: plain data from plain
 * data, so it is tested without a DOM.
 */
import { byUrgency } from "../analytics/actions";
import type {
	ActionEntry,
	AllianceDashboard,
	BriefingItem,
	ConflictTheme,
	DashboardModel,
	QuarterCount,
	QuickWinEntry,
	StakeholderEntry,
} from "../analytics/dashboard-model";
import type { Problem, StakeholderStage, StakeholderStance } from "../model";
import { compareText, mergeSortedRuns } from "../order";

/** The part of the model one view of the dashboard covers. */
export interface DashboardScope {
	/** The alliance picked, or `null` when all are shown. */
	alliance: AllianceDashboard | null;
	/** The alliances shown: the one picked, or all of them. */
	alliances: AllianceDashboard[];
	briefing: BriefingItem[];
	conflicts: ConflictTheme[];
	problems: Problem[];
}

/**
 * The alliance with this name, ignoring case and surrounding spaces (as a
 * person types it on the command line or a link names it).
 *
 * @example findAllianceDashboard(model, " northwind")?.name // "Northwind"
 */
export function findAllianceDashboard(model: DashboardModel, name: string): AllianceDashboard | undefined {
	const wanted = name.trim().toLowerCase();
	return model.alliances.find((candidate) => candidate.name === name) ?? model.alliances.find((candidate) => candidate.name.toLowerCase() === wanted);
}

/** The scope of all alliances together. */
export function wholeScope(model: DashboardModel): DashboardScope {
	return { alliance: null, alliances: model.alliances, briefing: model.briefing, conflicts: model.conflicts, problems: model.problems };
}

/**
 * The scope for a picked alliance (`null`: all alliances). A name no alliance
 * has gives `undefined`: the CLI says so, the sidebar falls back to all.
 *
 * @example scopeDashboard(model, "northwind")?.alliances.length // 1
 */
export function scopeDashboard(model: DashboardModel, allianceName: string | null): DashboardScope | undefined {
	if (allianceName === null) return wholeScope(model);
	const alliance = findAllianceDashboard(model, allianceName);
	if (!alliance) return undefined;
	return { alliance, alliances: [alliance], briefing: alliance.briefing.items, conflicts: alliance.conflicts, problems: alliance.problems };
}

/**
 * The model narrowed to a scope, for `--json`: the same shape, only the scope's parts.
 */
export function scopedModel(model: DashboardModel, scope: DashboardScope): DashboardModel {
	return { ...model, alliances: scope.alliances, conflicts: scope.conflicts, briefing: scope.briefing, problems: scope.problems };
}

/** Recurring themes first (the model's order within each group is kept). */
export function recurringFirst(themes: readonly ConflictTheme[]): { recurring: ConflictTheme[]; other: ConflictTheme[] } {
	return { recurring: themes.filter((theme) => theme.recurring), other: themes.filter((theme) => !theme.recurring) };
}

/** Every quick win in scope, newest first. */
export function quickWinsOf(scope: DashboardScope): QuickWinEntry[] {
	if (scope.alliances.length === 1) return scope.alliances[0]?.quickWins.items ?? [];
	return scope.alliances
		.flatMap((alliance) => alliance.quickWins.items)
		.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** Quick wins per quarter, oldest quarter first, summed over the alliances in scope. */
export function quartersOf(scope: DashboardScope): QuarterCount[] {
	const byQuarter = new Map<string, QuarterCount>();
	for (const alliance of scope.alliances) {
		for (const quarter of alliance.quickWins.perQuarter) {
			const sum = byQuarter.get(quarter.quarter) ?? { quarter: quarter.quarter, count: 0, communicated: 0 };
			sum.count += quarter.count;
			sum.communicated += quarter.communicated;
			byQuarter.set(quarter.quarter, sum);
		}
	}
	return [...byQuarter.values()].sort((a, b) => compareText(a.quarter, b.quarter));
}

/** Quick wins not yet communicated inside the own organisation. */
export function uncommunicatedWinsOf(scope: DashboardScope): number {
	return scope.alliances.reduce((sum, alliance) => sum + alliance.quickWins.uncommunicated, 0);
}

/** Every open action in scope, most urgent first (each alliance's list is in that order already: they are merged). */
export function openActionsOf(scope: DashboardScope): ActionEntry[] {
	if (scope.alliances.length === 1) return scope.alliances[0]?.actions.open ?? [];
	return mergeSortedRuns(
		scope.alliances.map((alliance) => alliance.actions.open),
		byUrgency,
	);
}

/** Open and overdue actions per owner, most open first. */
export function actionsByOwnerOf(scope: DashboardScope): { owner: string; open: number; overdue: number }[] {
	const byOwner = new Map<string, { owner: string; open: number; overdue: number }>();
	for (const alliance of scope.alliances) {
		for (const entry of alliance.actions.byOwner) {
			const sum = byOwner.get(entry.owner) ?? { owner: entry.owner, open: 0, overdue: 0 };
			sum.open += entry.open;
			sum.overdue += entry.overdue;
			byOwner.set(entry.owner, sum);
		}
	}
	return [...byOwner.values()].sort((a, b) => b.open - a.open || b.overdue - a.overdue);
}

/** Overdue actions in scope. */
export function overdueActionsOf(scope: DashboardScope): number {
	return scope.alliances.reduce((sum, alliance) => sum + alliance.actions.overdue, 0);
}

/** Every stakeholder in scope, once (a person may work on several alliances). */
export function stakeholdersOf(scope: DashboardScope): StakeholderEntry[] {
	if (scope.alliances.length === 1) return scope.alliances[0]?.stakeholders.people ?? [];
	const byPath = new Map<string, StakeholderEntry>();
	for (const alliance of scope.alliances) for (const person of alliance.stakeholders.people) if (!byPath.has(person.path)) byPath.set(person.path, person);
	return [...byPath.values()];
}

/**
 * The alliances each stakeholder in scope works on, by the person's note.
 *
 * @example stakeholderAlliances(wholeScope(model)).get("Stakeholders/Li Wei.md") // ["Acme", "Globex"]
 */
export function stakeholderAlliances(scope: DashboardScope): Map<string, string[]> {
	const byPath = new Map<string, string[]>();
	for (const alliance of scope.alliances) {
		for (const person of alliance.stakeholders.people) {
			const names = byPath.get(person.path);
			if (names) names.push(alliance.name);
			else byPath.set(person.path, [alliance.name]);
		}
	}
	return byPath;
}

/** Stakeholders overdue for contact, most overdue first. */
export function overdueStakeholdersOf(people: readonly StakeholderEntry[]): StakeholderEntry[] {
	return people
		.filter((person) => (person.contactOverdueDays ?? 0) > 0)
		.sort((a, b) => (b.contactOverdueDays ?? 0) - (a.contactOverdueDays ?? 0));
}

/** How many people are at each stage and stance. */
export function tallyStakeholders(people: readonly StakeholderEntry[]): {
	byStage: Partial<Record<StakeholderStage, number>>;
	byStance: Partial<Record<StakeholderStance, number>>;
} {
	const byStage: Partial<Record<StakeholderStage, number>> = {};
	const byStance: Partial<Record<StakeholderStance, number>> = {};
	for (const person of people) {
		if (person.stage) byStage[person.stage] = (byStage[person.stage] ?? 0) + 1;
		if (person.stance) byStance[person.stance] = (byStance[person.stance] ?? 0) + 1;
	}
	return { byStage, byStance };
}

/** The relationship charts one alliance shows: each rating with data, and the reflections' rating. */
export function healthChartCount(alliance: AllianceDashboard): number {
	const ratings = alliance.health.ratings.filter((rating) => rating.series.length > 0).length;
	return ratings + (alliance.health.reflections.length > 0 ? 1 : 0);
}

/** The practices that need attention, over the alliances in scope: the engagement section's count. */
export function practicesNeedingAttention(scope: DashboardScope): number {
	return scope.alliances.reduce((sum, alliance) => sum + alliance.scorecard.filter((score) => score.verdict === "needs-attention").length, 0);
}
