/**
 * The overview that triages: per alliance, how many things of each kind
 * need attention, and the briefing grouped by alliance and by kind, so no
 * kind hides behind another's long list. Plain data from the model's facts.
 */
import type { AllianceDashboard, BriefingItem, BriefingKind } from "../analytics/dashboard-model";

/** The kinds of thing the overview counts per alliance, most pressing first. */
export const ATTENTION_KINDS = ["overdue-actions", "off-track-kpis", "recurring-conflicts", "unshared-wins", "contacts-due"] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** One alliance's row in the overview. */
export interface AllianceAttention {
	name: string;
	/** How many of each kind need attention. */
	counts: Record<AttentionKind, number>;
	/** The kinds with a count above zero, in `ATTENTION_KINDS` order. */
	needed: AttentionKind[];
}

/**
 * What needs attention in one alliance: overdue actions, KPIs off track,
 * open recurring conflicts, quick wins not yet shared, contacts overdue.
 * A resolved theme, however often raised, needs no attention.
 *
 * @example allianceAttention(northwind).counts["overdue-actions"] // 3
 */
export function allianceAttention(alliance: AllianceDashboard): AllianceAttention {
	const counts: Record<AttentionKind, number> = {
		"overdue-actions": alliance.actions.overdue,
		"off-track-kpis": alliance.kpis.filter((kpi) => kpi.status === "off-track").length,
		"recurring-conflicts": alliance.conflicts.filter((theme) => theme.recurring && theme.status === "open").length,
		"unshared-wins": alliance.quickWins.uncommunicated,
		"contacts-due": alliance.stakeholders.people.filter((person) => (person.contactOverdueDays ?? 0) > 0).length,
	};
	return { name: alliance.name, counts, needed: ATTENTION_KINDS.filter((kind) => counts[kind] > 0) };
}

/** The briefing items of one kind, in the model's order. */
export interface BriefingKindGroup {
	kind: BriefingKind;
	items: BriefingItem[];
}

/** One alliance's briefing items, grouped by kind. */
export interface BriefingAllianceGroup {
	alliance: string;
	/** How many items in all. */
	count: number;
	kinds: BriefingKindGroup[];
}

/**
 * Groups briefing items by kind, each group where its most urgent item
 * stood: the model's order of urgency is kept within and between groups.
 *
 * @example groupByKind(items).map((group) => group.kind) // ["overdue-action", "kpi-off-track", "contact-overdue"]
 */
export function groupByKind(items: readonly BriefingItem[]): BriefingKindGroup[] {
	const groups = new Map<BriefingKind, BriefingItem[]>();
	for (const item of items) {
		const group = groups.get(item.kind);
		if (group) group.push(item);
		else groups.set(item.kind, [item]);
	}
	return [...groups].map(([kind, grouped]) => ({ kind, items: grouped }));
}

/**
 * Groups briefing items by alliance, then by kind; an alliance comes where
 * its most urgent item stood.
 *
 * @example groupBriefing(model.briefing)[0]?.alliance // the alliance with the most urgent item
 */
export function groupBriefing(items: readonly BriefingItem[]): BriefingAllianceGroup[] {
	const byAlliance = new Map<string, BriefingItem[]>();
	for (const item of items) {
		const group = byAlliance.get(item.alliance);
		if (group) group.push(item);
		else byAlliance.set(item.alliance, [item]);
	}
	return [...byAlliance].map(([alliance, grouped]) => ({ alliance, count: grouped.length, kinds: groupByKind(grouped) }));
}
