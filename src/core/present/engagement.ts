/**
 * The engagement model in words: the perception gap of the latest joint
 * health check (both sides' ratings per dimension, the gap, how it moved
 * since the check before) and the engagement scorecard (per practice a
 * verdict and the reason in one sentence). Every output — the CLI text, the
 * Markdown briefing, the sidebar — writes these lines; the analytics only
 * hand out facts.
 */
import type { DimensionGap, EngagementPractice, HealthCheckDue, PerceptionGap, PracticeReason, PracticeScore, PracticeValue, PracticeVerdict } from "../analytics/dashboard-model";
import { DIMENSION_LABELS, isNamedDimension, KEY_ROLE_LABELS } from "../schema/health-check-names";
import { capitalize } from "./numbers";
import type { Words } from "./words";

/** A share (0–1) as a whole percentage. */
const PERCENT = 100;

/**
 * A health-check dimension's name: the catalogue's for a default dimension,
 * else its key with spaces ("market_access" → "market access").
 *
 * @example dimensionName(wordsFor("nl"), "learning") // "Samen leren"
 */
export function dimensionName(words: Words, dimension: string): string {
	return isNamedDimension(dimension) ? DIMENSION_LABELS[words.language][dimension] : capitalize(dimension.replace(/_/g, " "));
}

/** A rating, or a dash where a side did not rate. */
function rating(words: Words, value: number | undefined): string {
	return value === undefined ? words.t("gap-not-rated") : words.number(value);
}

/** One dimension of the perception gap, in words. */
export interface DimensionLine {
	name: string;
	/** "us 4, partner 2". */
	ratings: string;
	/** "gap +2", or that one side did not rate it. */
	gap: string;
	/** How the gap and both ratings moved since the previous check; absent without one. */
	trend?: string;
}

/** How one dimension moved since the previous check, in words. */
function dimensionTrend(dimension: DimensionGap, words: Words, previous: string): string | undefined {
	const { t } = words;
	if (dimension.previousOurs === undefined && dimension.previousTheirs === undefined) return t("gap-new", { date: previous });
	const parts: string[] = [];
	const widening = dimension.gapWidening;
	if (widening !== undefined) {
		parts.push(widening < 0 ? t("gap-closer", { count: -widening, date: previous }) : widening > 0 ? t("gap-wider", { count: widening, date: previous }) : t("gap-same", { date: previous }));
	}
	if (dimension.oursChange !== undefined || dimension.theirsChange !== undefined) {
		const change = (value: number | undefined): string => (value === undefined ? t("gap-not-rated") : words.signed(value));
		parts.push(t("gap-moves", { ours: change(dimension.oursChange), theirs: change(dimension.theirsChange) }));
	}
	return parts.length === 0 ? undefined : parts.join("; ");
}

/**
 * One dimension in words: its name, both ratings, the gap and its trend.
 *
 * @example dimensionLine(gap, words, latest).gap // "gap +2"
 */
export function dimensionLine(dimension: DimensionGap, words: Words, check: PerceptionGap): DimensionLine {
	const line: DimensionLine = {
		name: dimensionName(words, dimension.dimension),
		ratings: words.t("gap-ratings", { ours: rating(words, dimension.ours), theirs: rating(words, dimension.theirs) }),
		gap: dimension.gap === undefined ? words.t("gap-one-side") : words.t("gap-size", { gap: words.signed(dimension.gap) }),
	};
	const trend = check.previous ? dimensionTrend(dimension, words, words.date(check.previous.date)) : undefined;
	if (trend) line.trend = trend;
	return line;
}

/** The latest check's heading and facts, in words. */
export interface CheckLines {
	/** "Health check of 15 Sept 2026, compared with 10 Mar 2026". */
	title: string;
	/** Who took part on each side. */
	participants?: string;
	/** Both sides' averages over the dimensions both rated. */
	averages?: string;
}

/**
 * The heading and facts of the latest health check.
 *
 * @example perceptionGapLines(latest, words).title // "Health check of 15 Sept 2026, compared with 10 Mar 2026"
 */
export function perceptionGapLines(check: PerceptionGap, words: Words): CheckLines {
	const { t } = words;
	const date = words.date(check.check.date);
	const lines: CheckLines = { title: check.previous ? t("gap-check-compared", { date, last: words.date(check.previous.date) }) : t("gap-check", { date }) };
	if (check.ourParticipants.length > 0 || check.theirParticipants.length > 0) {
		const names = (people: readonly string[]): string => (people.length === 0 ? t("gap-not-rated") : words.list(people));
		lines.participants = t("gap-participants", { ours: names(check.ourParticipants), theirs: names(check.theirParticipants) });
	}
	if (check.oursAverage !== undefined && check.theirsAverage !== undefined) {
		lines.averages = t("gap-averages", { ours: check.oursAverage, theirs: check.theirsAverage });
	}
	return lines;
}

/**
 * When the next health check is due, in words; nothing when no date is known.
 *
 * @example healthCheckDueText(due, words) // "next check due 16 Mar 2027"
 */
export function healthCheckDueText(due: HealthCheckDue, words: Words): string | undefined {
	if (due.dueOn === undefined) return undefined;
	const date = words.date(due.dueOn);
	return due.due ? words.t("gap-overdue", { days: due.daysOverdue ?? 0, date }) : words.t("gap-due", { date });
}

/**
 * The perception gap as an accessible name for a chart: every dimension with both ratings.
 *
 * @example gapChartLabel(latest, words) // "Perception gap, health check of 15 Sept 2026: Trust: us 4, partner 3; …"
 */
export function gapChartLabel(check: PerceptionGap, words: Words): string {
	const values = check.dimensions
		.map((dimension) => words.t("gap-chart-dimension", { name: dimensionName(words, dimension.dimension), ours: rating(words, dimension.ours), theirs: rating(words, dimension.theirs) }))
		.join("; ");
	return words.t("gap-chart-label", { date: words.date(check.check.date), values });
}

// ── The scorecard ─────────────────────────────────────────────────────────────

/**
 * A practice's name, numbered as the founding text numbers it.
 *
 * @example practiceName(wordsFor("en"), "joint-learning") // "3. Collaboration is learning"
 */
export function practiceName(words: Words, practice: EngagementPractice): string {
	return words.t(`practice-${practice}`);
}

/**
 * A verdict in words, lower case (capitalise it to start a line).
 *
 * @example verdictName(wordsFor("nl"), "needs-attention") // "aandacht nodig"
 */
export function verdictName(words: Words, verdict: PracticeVerdict): string {
	return words.t(`verdict-${verdict}`);
}

/** The numbers a reason's sentence counts with (`count`, the plural) and shows (`value`), by the score's value names. */
const REASON_NUMBERS: Partial<Record<PracticeReason, [count?: PracticeValue, value?: PracticeValue]>> = {
	"means-kpis-not-measured": ["meansKpis", "meansKpisMeasured"],
	"means-kpis-measured-trust-steady": ["meansKpis"],
	"themes-recurring-unresolved": ["recurringUnresolved"],
	"few-themes-resolved": ["themes", "resolvedThemes"],
	"slow-to-resolve": ["medianDaysToResolve"],
	"tensions-resolved": ["themes", "resolvedThemes"],
	"incidents-one-sided": ["incidentReflections", "bothSidesNamed"],
	"incidents-both-sides": ["incidentReflections", "bothSidesNamed"],
	"contributions-one-sided": ["reflections", "bothSidesNamed"],
	"both-sides-named": ["reflections", "bothSidesNamed"],
	"no-recent-reflection": ["daysSinceLastReflection"],
	"high-influence-resistance": ["highInfluenceResisters"],
	"contacts-overdue": ["contactsTracked", "contactsOverdue"],
	"internal-mostly-unaware": ["internalStakeholders", "internalUnaware"],
	"wins-every-quarter": ["quartersChecked"],
};

/** The figures of a score that are there. */
function present(...values: (number | undefined)[]): number[] {
	return values.filter((value): value is number => value !== undefined);
}

/** The value a reason shows that is not one of the score's numbers as they are. */
function shownValue(score: PracticeScore, words: Words): string | number | undefined {
	const v = score.values;
	switch (score.reason) {
		case "trust-respect-low":
			return Math.min(...present(v.trustRecent, v.respectRecent));
		case "trust-respect-falling":
			return words.signed(Math.min(...present(v.trustChange, v.respectChange)));
		case "means-kpis-measured-trust-steady": {
			const averages = present(v.trustRecent, v.respectRecent);
			return averages.reduce((sum, value) => sum + value, 0) / Math.max(averages.length, 1);
		}
		case "key-roles-missing":
			return words.list((score.missingKeyRoles ?? []).map(({ side, role }) => words.t(`key-role-${side}`, { name: KEY_ROLE_LABELS[words.language][role].toLocaleLowerCase() })));
		case "quarters-without-win":
			return words.list((score.quartersWithoutWin ?? []).map(words.quarter));
		case "wins-not-communicated":
		case "wins-every-quarter":
			return Math.round((v.communicatedShare ?? 0) * PERCENT);
		default:
			return undefined;
	}
}

/**
 * The reason for a practice's verdict, in one sentence.
 *
 * @example practiceReason(score, wordsFor("en")) // "2 conflict themes keep coming back unresolved."
 */
export function practiceReason(score: PracticeScore, words: Words): string {
	const [count, value] = REASON_NUMBERS[score.reason] ?? [];
	const values: Record<string, string | number> = {};
	if (count) values.count = Math.round(score.values[count] ?? 0);
	if (value) values.value = score.values[value] ?? 0;
	values.value = shownValue(score, words) ?? values.value ?? "";
	// With no conflict theme, the tension is shown resolved by the reflections that name a difference used.
	if (score.reason === "tensions-resolved" && values.count === 0) return words.t("reason-tensions-resolved-no-themes", { count: score.values.reflectionsWithDifference ?? 0 });
	return words.t(`reason-${score.reason}`, values);
}
