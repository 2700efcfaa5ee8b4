/**
 * The engagement scorecard: per practice of the founding text's engagement
 * model, a plain verdict (on track, needs attention, no evidence yet), the
 * reason as a code, the numbers behind it and the notes it rests on. Never
 * one opaque score: each practice stands on its own evidence. Facts only:
 * the presentation layer words them.
 */
import type { AllianceGroup } from "../index/vault-index";
import {
	ADOPTION_STAGES,
	type AdoptionStage,
	type CalendarDate,
	ESSENTIAL_KEY_ROLES,
	type ReflectionNote,
	type StakeholderSide,
	STAKEHOLDER_SIDES,
	type StakeholderKeyRole,
} from "../model";
import { addDays, daysBetween, quarterOf } from "./calendar";
import { allianceStart } from "./health-checks";
import type {
	ConflictTheme,
	KpiTrend,
	PracticeReason,
	PracticeScore,
	QuickWinSummary,
	RatingTrend,
	RelationshipHealth,
	SourceRef,
	StakeholderSummary,
} from "./dashboard-model";

// ── Thresholds ────────────────────────────────────────────────────────────────

/** A recent trust or respect average below this (on 1–5) is a concern: below the scale's middle. */
export const RATING_CONCERN_BELOW = 3;
/** A recent trust or respect average this much below the earlier one is falling (as the briefing's "rating dropped"). */
export const RATING_FALL = 0.5;
/** Fewer than half of the conflict themes resolved: tension is piling up rather than being worked through. */
export const RESOLVED_SHARE_MIN = 0.5;
/** A theme that takes more than about a quarter to resolve (median) is resolved slowly. */
export const SLOW_RESOLVE_DAYS = 90;
/** At least three in four reflections (after incidents, when there are any) should name both sides' contributions. */
export const BOTH_SIDES_SHARE_MIN = 0.75;
/** Reflection is a habit: the last one should be at most about six months old. */
export const REFLECTION_STALE_DAYS = 182;
/** More than a quarter of the tracked contacts overdue: the network is going cold. */
export const CONTACTS_OVERDUE_SHARE_MAX = 0.25;
/** Half or more of the own organisation's stakeholders still unaware: the change has not started. */
export const UNAWARE_SHARE_MAX = 0.5;
/** The adoption stage's movement is measured over the last two quarters. */
export const ADOPTION_WINDOW_DAYS = 182;
/** Quick wins are checked over the last four complete quarters (fewer when the alliance is younger). */
export const QUICK_WIN_QUARTERS = 4;
/** At least half of the quick wins should have been shared inside the own organisation. */
export const COMMUNICATED_SHARE_MIN = 0.5;

/** A verdict links to at most this many notes, the most telling first. */
export const MAX_EVIDENCE = 12;

/** Everything the scorecard is made from: one alliance's notes and analytics. */
export interface ScorecardInput {
	group: AllianceGroup;
	kpis: readonly KpiTrend[];
	health: RelationshipHealth;
	conflicts: readonly ConflictTheme[];
	quickWins: QuickWinSummary;
	stakeholders: StakeholderSummary;
}

type Values = PracticeScore["values"];

/** A score from its reasons: no reasons is on track with the given reason. */
function verdictOf(practice: PracticeScore["practice"], concerns: PracticeReason[], onTrack: PracticeReason, values: Values, refs: SourceRef[]): PracticeScore {
	const [first] = concerns;
	const evidence = distinct(refs);
	return first === undefined
		? { practice, verdict: "on-track", reason: onTrack, reasons: [onTrack], values, evidence }
		: { practice, verdict: "needs-attention", reason: first, reasons: concerns, values, evidence };
}

function noEvidence(practice: PracticeScore["practice"], reason: PracticeReason, values: Values = {}): PracticeScore {
	return { practice, verdict: "no-evidence", reason, reasons: [reason], values, evidence: [] };
}

/** The first {@link MAX_EVIDENCE} references, each note and line once. */
function distinct(refs: readonly SourceRef[]): SourceRef[] {
	const seen = new Set<string>();
	const kept: SourceRef[] = [];
	for (const ref of refs) {
		if (kept.length === MAX_EVIDENCE) break;
		const key = `${ref.path}\u0000${ref.line}`;
		if (seen.has(key)) continue;
		seen.add(key);
		kept.push({ path: ref.path, line: ref.line });
	}
	return kept;
}

/** The references of up to {@link MAX_EVIDENCE} items that pass a test, in order (without walking the rest). */
function firstRefs<T extends SourceRef>(items: readonly T[], wanted: (item: T) => boolean): SourceRef[] {
	const refs: SourceRef[] = [];
	for (const item of items) {
		if (refs.length === MAX_EVIDENCE) break;
		if (wanted(item)) refs.push({ path: item.path, line: item.line });
	}
	return refs;
}

/**
 * The median of some numbers (the mean of the middle two for an even count).
 *
 * @example median([41, 3, 12]) // 12
 */
export function median(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The reflections written by today, oldest first. */
function heldReflections(group: AllianceGroup, today: CalendarDate): (ReflectionNote & { date: CalendarDate })[] {
	return group.reflections.filter((note): note is ReflectionNote & { date: CalendarDate } => note.date !== undefined && note.date <= today);
}

function noteRef(note: { path: string; fieldLines: Record<string, number> }, field = "date"): SourceRef {
	return { path: note.path, line: note.fieldLines[field] ?? 1 };
}

// ── 1. The real working relationship ──────────────────────────────────────────

function ratingFacts(trend: RatingTrend | undefined, name: "trust" | "respect", values: Values): void {
	if (trend?.recentAverage !== undefined) values[`${name}Recent`] = trend.recentAverage;
	if (trend?.change !== undefined) values[`${name}Change`] = trend.change;
}

/**
 * Practice 1: KPIs on how the partners work together ("means" KPIs) are
 * defined and measured lately, and trust and respect hold up over time.
 */
export function workingRelationship(input: ScorecardInput): PracticeScore {
	const means = input.kpis.filter((kpi) => kpi.kind === "means" && kpi.defined);
	const measured = means.filter((kpi) => kpi.latest !== undefined && !kpi.stale);
	const trust = input.health.ratings.find((rating) => rating.key === "trust");
	const respect = input.health.ratings.find((rating) => rating.key === "respect");
	const rated = (trust?.series.length ?? 0) + (respect?.series.length ?? 0);
	const values: Values = { meansKpis: means.length, meansKpisMeasured: measured.length, trustRespectRatings: rated };
	ratingFacts(trust, "trust", values);
	ratingFacts(respect, "respect", values);
	if (means.length === 0 && rated === 0) return noEvidence("working-relationship", "no-means-kpis-or-ratings", values);
	const concerns: PracticeReason[] = [];
	if (means.length === 0) concerns.push("no-means-kpis");
	else if (measured.length < means.length) concerns.push("means-kpis-not-measured");
	if (rated === 0) concerns.push("no-trust-respect-ratings");
	const averages = [trust?.recentAverage, respect?.recentAverage].filter((value): value is number => value !== undefined);
	if (averages.some((average) => average < RATING_CONCERN_BELOW)) concerns.push("trust-respect-low");
	if ([trust?.change, respect?.change].some((change) => change !== undefined && change <= -RATING_FALL)) concerns.push("trust-respect-falling");
	const lastRating = (trend: RatingTrend | undefined): SourceRef[] => {
		const last = trend?.series[trend.series.length - 1];
		return last ? [{ path: last.path, line: last.line }] : [];
	};
	const evidence = [
		...means.filter((kpi) => !measured.includes(kpi)).flatMap((kpi) => (kpi.definition ? [kpi.definition] : [])),
		...lastRating(trust),
		...lastRating(respect),
		...measured.flatMap((kpi) => (kpi.latest ? [{ path: kpi.latest.path, line: kpi.latest.line }] : [])),
	];
	return verdictOf("working-relationship", concerns, "means-kpis-measured-trust-steady", values, evidence);
}

// ── 2. Productive conflict ────────────────────────────────────────────────────

/** Days from a resolved theme's first mention to the first mention that marks it resolved. */
function daysToResolve(theme: ConflictTheme): number | undefined {
	const first = theme.mentions[0];
	const resolved = theme.mentions.find((mention) => mention.resolved);
	return first && resolved ? daysBetween(first.date, resolved.date) : undefined;
}

/**
 * Practice 2: differences are made productive. Conflict themes get resolved,
 * in reasonable time, none keeps recurring unresolved, and reflections name a
 * difference the partners used.
 */
export function productiveConflict(input: ScorecardInput, today: CalendarDate): PracticeScore {
	const themes = input.conflicts.filter((theme) => theme.firstSeen <= today);
	const resolved = themes.filter((theme) => theme.status === "resolved");
	const recurringOpen = themes.filter((theme) => theme.recurring && theme.status === "open");
	const held = heldReflections(input.group, today);
	const withDifference = held.filter((note) => note.sections.differenceUsed.length > 0);
	const reflections = held.length;
	const values: Values = { themes: themes.length, resolvedThemes: resolved.length, recurringUnresolved: recurringOpen.length, reflectionsWithDifference: withDifference.length };
	if (themes.length === 0 && withDifference.length === 0) return noEvidence("productive-conflict", "no-conflicts-recorded", values);
	const days = resolved.map(daysToResolve).filter((value): value is number => value !== undefined);
	const medianDays = median(days);
	if (themes.length > 0) values.resolvedShare = resolved.length / themes.length;
	if (medianDays !== undefined) values.medianDaysToResolve = medianDays;
	const concerns: PracticeReason[] = [];
	if (recurringOpen.length > 0) concerns.push("themes-recurring-unresolved");
	if (values.resolvedShare !== undefined && values.resolvedShare < RESOLVED_SHARE_MIN) concerns.push("few-themes-resolved");
	if (medianDays !== undefined && medianDays > SLOW_RESOLVE_DAYS) concerns.push("slow-to-resolve");
	if (reflections > 0 && withDifference.length === 0) concerns.push("no-difference-reflected");
	const lastMention = (theme: ConflictTheme): SourceRef[] => {
		const last = theme.mentions[theme.mentions.length - 1];
		return last ? [{ path: last.path, line: last.line }] : [];
	};
	const evidence = [
		...recurringOpen.flatMap(lastMention),
		...withDifference.map((note) => ({ path: note.path, line: note.sections.differenceUsed[0]?.line ?? 1 })),
		...resolved.flatMap(lastMention),
	];
	return verdictOf("productive-conflict", concerns, "tensions-resolved", values, evidence);
}

// ── 3. Joint learning ─────────────────────────────────────────────────────────

function namesBothSides(note: ReflectionNote): boolean {
	return note.sections.ourContribution.length > 0 && note.sections.theirContribution.length > 0;
}

/**
 * Practice 3: collaboration is learning. Reflections (after incidents above
 * all) establish how *both* organisations contributed, and reflection is a
 * habit.
 */
export function jointLearning(input: ScorecardInput, today: CalendarDate): PracticeScore {
	const reflections = heldReflections(input.group, today);
	const incidents = reflections.filter((note) => note.trigger === "incident");
	const values: Values = { reflections: reflections.length, incidentReflections: incidents.length };
	const last = reflections[reflections.length - 1];
	if (!last) return noEvidence("joint-learning", "no-reflections", values);
	const basis = incidents.length > 0 ? incidents : reflections;
	const both = basis.filter(namesBothSides);
	values.bothSidesNamed = both.length;
	values.bothSidesShare = both.length / basis.length;
	values.daysSinceLastReflection = daysBetween(last.date, today);
	const concerns: PracticeReason[] = [];
	if (values.bothSidesShare < BOTH_SIDES_SHARE_MIN) concerns.push(incidents.length > 0 ? "incidents-one-sided" : "contributions-one-sided");
	if (values.daysSinceLastReflection > REFLECTION_STALE_DAYS) concerns.push("no-recent-reflection");
	const oneSided = basis.filter((note) => !namesBothSides(note));
	// The one-sided ones first, newest first.
	const evidence = [...[...oneSided].reverse(), ...[...both].reverse()].map((note) => noteRef(note));
	return verdictOf("joint-learning", concerns, incidents.length > 0 ? "incidents-both-sides" : "both-sides-named", values, evidence);
}

// ── 4. Internal stakeholders ──────────────────────────────────────────────────

/** The adoption stage the reflections state, latest first with its date. */
function statedStages(reflections: readonly (ReflectionNote & { date: CalendarDate })[]): { stage: AdoptionStage; date: CalendarDate; ref: SourceRef }[] {
	return reflections
		.filter((note) => note.adoptionStage !== undefined)
		.map((note) => ({ stage: note.adoptionStage as AdoptionStage, date: note.date, ref: noteRef(note, "adoption_stage") }))
		.reverse();
}

/**
 * How the own organisation's adoption stage moved over the last two
 * quarters: the latest stage stated in that window against the latest stated
 * before it, in steps (clarity → belief is +1).
 */
function adoptionMovement(reflections: readonly (ReflectionNote & { date: CalendarDate })[], today: CalendarDate): { change: number; refs: SourceRef[] } | undefined {
	const windowStart = addDays(today, -ADOPTION_WINDOW_DAYS);
	const stated = statedStages(reflections);
	const recent = stated.find((entry) => entry.date > windowStart);
	const before = stated.find((entry) => entry.date <= windowStart);
	if (!recent || !before) return undefined;
	return { change: ADOPTION_STAGES.indexOf(recent.stage) - ADOPTION_STAGES.indexOf(before.stage), refs: [recent.ref, before.ref] };
}

/** The essential key roles nobody on a side holds. */
function missingKeyRoles(group: AllianceGroup): { side: StakeholderSide; role: StakeholderKeyRole }[] {
	const missing: { side: StakeholderSide; role: StakeholderKeyRole }[] = [];
	for (const side of STAKEHOLDER_SIDES) {
		for (const role of ESSENTIAL_KEY_ROLES) {
			if (!group.stakeholders.some((person) => person.side === side && person.keyRole === role)) missing.push({ side, role });
		}
	}
	return missing;
}

/**
 * Practice 4: internal stakeholders are brought along. No influential
 * blocker or sceptic, the key roles filled on both sides, contact kept, the
 * own organisation past "unaware" and its adoption not slipping.
 */
export function internalStakeholders(input: ScorecardInput, today: CalendarDate): PracticeScore {
	const people = input.stakeholders.people;
	if (people.length === 0) return noEvidence("internal-stakeholders", "no-stakeholders", { stakeholders: 0 });
	const internal = people.filter((person) => person.side === "internal");
	const stageCount = (stage: string): number => internal.filter((person) => person.stage === stage).length;
	const resisters = people.filter((person) => person.influence === "high" && (person.stance === "blocker" || person.stance === "sceptic"));
	const tracked = people.filter((person) => person.nextContact !== undefined);
	const overdue = input.stakeholders.overdue;
	const missing = missingKeyRoles(input.group);
	const holds = (side: StakeholderSide): number => ESSENTIAL_KEY_ROLES.length - missing.filter((entry) => entry.side === side).length;
	const values: Values = {
		stakeholders: people.length,
		internalStakeholders: internal.length,
		internalUnaware: stageCount("unaware"),
		internalClarity: stageCount("clarity"),
		internalBelief: stageCount("belief"),
		internalBehaviour: stageCount("behaviour"),
		highInfluenceResisters: resisters.length,
		keyRolesInternal: holds("internal"),
		keyRolesPartner: holds("partner"),
		contactsTracked: tracked.length,
		contactsOverdue: overdue.length,
	};
	const movement = adoptionMovement(heldReflections(input.group, today), today);
	if (movement) values.adoptionChange = movement.change;
	const concerns: PracticeReason[] = [];
	if (resisters.length > 0) concerns.push("high-influence-resistance");
	if (missing.length > 0) concerns.push("key-roles-missing");
	if (tracked.length > 0 && overdue.length / tracked.length > CONTACTS_OVERDUE_SHARE_MAX) concerns.push("contacts-overdue");
	if (internal.length > 0 && stageCount("unaware") / internal.length >= UNAWARE_SHARE_MAX) concerns.push("internal-mostly-unaware");
	if (movement && movement.change < 0) concerns.push("adoption-slipping");
	const evidence = [...resisters, ...overdue, ...(movement?.refs ?? []), ...internal];
	const score = verdictOf("internal-stakeholders", concerns, "stakeholders-on-board", values, evidence);
	if (missing.length > 0) score.missingKeyRoles = missing;
	return score;
}

// ── 5. Quick wins ─────────────────────────────────────────────────────────────

/** The quarter before one: `2026-Q1` → `2025-Q4`. */
function previousQuarter(quarter: string): string {
	const year = Number(quarter.slice(0, 4));
	const number = Number(quarter.slice(6));
	return number === 1 ? `${year - 1}-Q4` : `${year}-Q${number - 1}`;
}

/**
 * The complete quarters to check, oldest first: up to {@link QUICK_WIN_QUARTERS}
 * before today's quarter, none before the quarter the alliance started in
 * (quick wins matter from the start: that quarter counts).
 *
 * @example quartersToCheck("2026-11-27", "2026-02-10") // ["2026-Q1", "2026-Q2", "2026-Q3"]
 */
export function quartersToCheck(today: CalendarDate, started: CalendarDate | undefined): string[] {
	const first = started === undefined ? undefined : quarterOf(started);
	const quarters: string[] = [];
	let quarter = previousQuarter(quarterOf(today));
	while (quarters.length < QUICK_WIN_QUARTERS && (first === undefined || quarter >= first)) {
		quarters.unshift(quarter);
		quarter = previousQuarter(quarter);
	}
	return quarters;
}

/**
 * Practice 5: quick wins come every quarter and are shared inside the own
 * organisation, moving it from clarity to belief to behaviour.
 */
export function quickWinPractice(input: ScorecardInput, today: CalendarDate): PracticeScore {
	const wins = input.quickWins.items.filter((win) => win.date <= today);
	if (wins.length === 0) return noEvidence("quick-wins", "no-quick-wins", { wins: 0 });
	const counts = new Map(input.quickWins.perQuarter.map((entry) => [entry.quarter, entry.count]));
	const checked = quartersToCheck(today, allianceStart(input.group));
	const without = checked.filter((quarter) => (counts.get(quarter) ?? 0) === 0);
	const communicated = wins.filter((win) => win.communicated).length;
	const values: Values = {
		wins: wins.length,
		winsThisQuarter: counts.get(quarterOf(today)) ?? 0,
		quartersChecked: checked.length,
		quartersWithWin: checked.length - without.length,
		communicatedShare: communicated / wins.length,
	};
	const movement = adoptionMovement(heldReflections(input.group, today), today);
	if (movement) values.adoptionChange = movement.change;
	const concerns: PracticeReason[] = [];
	if (without.length > 0) concerns.push("quarters-without-win");
	if (values.communicatedShare !== undefined && values.communicatedShare < COMMUNICATED_SHARE_MIN) concerns.push("wins-not-communicated");
	if (movement && movement.change < 0) concerns.push("adoption-slipping");
	const evidence = [...firstRefs(wins, (win) => !win.communicated), ...(movement?.refs ?? []), ...firstRefs(wins, (win) => win.communicated)];
	const score = verdictOf("quick-wins", concerns, "wins-every-quarter", values, evidence);
	if (without.length > 0) score.quartersWithoutWin = without;
	return score;
}

/**
 * The engagement scorecard of one alliance: one line per practice, in the
 * founding text's order.
 *
 * @param input the alliance's notes and analytics
 * @param today the day of the dashboard
 * @example engagementScorecard(input, "2026-11-27").map((score) => score.verdict) // ["on-track", "needs-attention", …]
 */
export function engagementScorecard(input: ScorecardInput, today: CalendarDate): PracticeScore[] {
	return [
		workingRelationship(input),
		productiveConflict(input, today),
		jointLearning(input, today),
		internalStakeholders(input, today),
		quickWinPractice(input, today),
	];
}
