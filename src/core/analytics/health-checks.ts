/**
 * Joint health checks: the perception gap of the latest check (both sides'
 * ratings per dimension, the largest gap first, and how each moved since the
 * check before), and whether the next check is due. Facts only: the words
 * are made in the presentation layer.
 */
import type { AllianceGroup } from "../index/vault-index";
import { type CalendarDate, DEFAULT_HEALTH_CHECK_DIMENSIONS, type DimensionRating, type HealthCheckNote } from "../model";
import { compareText } from "../order";
import { addDays, daysBetween } from "./calendar";
import type { DimensionGap, HealthCheckDue, HealthCheckRef, HealthCheckSummary, PerceptionGap } from "./dashboard-model";

/** The line a note's `date` property is on, else its first line. */
function refOf(check: HealthCheckNote & { date: CalendarDate }): HealthCheckRef {
	return { path: check.path, line: check.fieldLines.date ?? 1, date: check.date };
}

/** Checks held: dated today or earlier (one dated later is planned), oldest first as the index keeps them. */
export function heldChecks(checks: readonly HealthCheckNote[], today: CalendarDate): (HealthCheckNote & { date: CalendarDate })[] {
	return checks.filter((check): check is HealthCheckNote & { date: CalendarDate } => check.date !== undefined && check.date <= today);
}

function mean(values: readonly number[]): number | undefined {
	return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Where a dimension sorts among equal gaps: the default list's order, then the others by key. */
function dimensionRank(dimension: string): number {
	const position = (DEFAULT_HEALTH_CHECK_DIMENSIONS as readonly string[]).indexOf(dimension);
	return position < 0 ? DEFAULT_HEALTH_CHECK_DIMENSIONS.length : position;
}

/**
 * Orders dimensions: those both sides rated first, largest |gap| first; then
 * those only one side rated; ties in the dimension list's order.
 */
export function byGap(a: DimensionGap, b: DimensionGap): number {
	const bothA = a.gap === undefined ? 1 : 0;
	const bothB = b.gap === undefined ? 1 : 0;
	return (
		bothA - bothB ||
		Math.abs(b.gap ?? 0) - Math.abs(a.gap ?? 0) ||
		dimensionRank(a.dimension) - dimensionRank(b.dimension) ||
		compareText(a.dimension, b.dimension)
	);
}

/** One dimension of the latest check, compared with the same dimension in the previous check. */
function dimensionGap(check: HealthCheckNote, rating: DimensionRating, previous: DimensionRating | undefined): DimensionGap {
	const gap: DimensionGap = { dimension: rating.dimension, source: { path: check.path, line: rating.line } };
	if (rating.ours !== undefined) gap.ours = rating.ours;
	if (rating.theirs !== undefined) gap.theirs = rating.theirs;
	if (rating.ours !== undefined && rating.theirs !== undefined) gap.gap = rating.ours - rating.theirs;
	if (previous?.ours !== undefined) gap.previousOurs = previous.ours;
	if (previous?.theirs !== undefined) gap.previousTheirs = previous.theirs;
	if (previous?.ours !== undefined && previous.theirs !== undefined) gap.previousGap = previous.ours - previous.theirs;
	if (gap.ours !== undefined && gap.previousOurs !== undefined) gap.oursChange = gap.ours - gap.previousOurs;
	if (gap.theirs !== undefined && gap.previousTheirs !== undefined) gap.theirsChange = gap.theirs - gap.previousTheirs;
	if (gap.gap !== undefined && gap.previousGap !== undefined) gap.gapWidening = Math.abs(gap.gap) - Math.abs(gap.previousGap);
	const comment = check.comments.find((candidate) => candidate.dimension === rating.dimension);
	if (comment) gap.comment = { path: check.path, line: comment.line, text: comment.text };
	return gap;
}

/**
 * The perception gap of a health check against the one before it.
 *
 * @param latest the check to show
 * @param previous the check before it, if any
 * @example perceptionGap(latest, previous).dimensions[0] // { dimension: "openness", ours: 4, theirs: 2, gap: 2, … }
 */
export function perceptionGap(latest: HealthCheckNote & { date: CalendarDate }, previous?: HealthCheckNote & { date: CalendarDate }): PerceptionGap {
	const dimensions = latest.ratings
		.map((rating) => dimensionGap(latest, rating, previous?.ratings.find((earlier) => earlier.dimension === rating.dimension)))
		.sort(byGap);
	const both = dimensions.filter((dimension) => dimension.gap !== undefined);
	const result: PerceptionGap = {
		check: refOf(latest),
		ourParticipants: [...latest.ourParticipants],
		theirParticipants: [...latest.theirParticipants],
		dimensions,
	};
	if (previous) result.previous = refOf(previous);
	const oursAverage = mean(both.map((dimension) => dimension.ours ?? 0));
	const theirsAverage = mean(both.map((dimension) => dimension.theirs ?? 0));
	if (oursAverage !== undefined) result.oursAverage = oursAverage;
	if (theirsAverage !== undefined) result.theirsAverage = theirsAverage;
	return result;
}

/**
 * Whether a health check is due: the last one (or, before the first, the
 * alliance's start) is more than `cadenceDays` ago.
 *
 * @param lastCheck the last check held, if any
 * @param started when the alliance started, if known
 * @example healthCheckDue("2026-05-01", undefined, "2026-11-27", 182)
 *   // { due: true, cadenceDays: 182, since: "last-check", lastCheck: "2026-05-01", dueOn: "2026-10-30", daysOverdue: 28 }
 */
export function healthCheckDue(lastCheck: CalendarDate | undefined, started: CalendarDate | undefined, today: CalendarDate, cadenceDays: number): HealthCheckDue {
	const from = lastCheck ?? started;
	if (from === undefined) return { due: false, cadenceDays, since: "none" };
	const dueOn = addDays(from, cadenceDays);
	const overdue = daysBetween(dueOn, today);
	const due: HealthCheckDue = { due: overdue > 0, cadenceDays, since: lastCheck === undefined ? "alliance-start" : "last-check", dueOn };
	if (lastCheck !== undefined) due.lastCheck = lastCheck;
	if (overdue > 0) due.daysOverdue = overdue;
	return due;
}

/** When the alliance started: its `started` property, else its first dated meeting or reflection. */
export function allianceStart(group: AllianceGroup): CalendarDate | undefined {
	const dates = [group.profile.started, group.meetings[0]?.date, group.reflections[0]?.date].filter((date): date is CalendarDate => date !== undefined);
	return dates.sort()[0];
}

/**
 * One alliance's health checks: the ones held, the perception gap of the
 * latest against the one before, and whether the next is due.
 *
 * @param group the alliance (its health checks oldest first, as the index keeps them)
 * @param today the day of the dashboard
 * @param cadenceDays how many days a check stays current
 */
export function healthCheckSummary(group: AllianceGroup, today: CalendarDate, cadenceDays: number): HealthCheckSummary {
	const held = heldChecks(group.healthChecks, today);
	const latest = held[held.length - 1];
	const due = healthCheckDue(latest?.date, allianceStart(group), today, cadenceDays);
	// An alliance that has ended needs no more health checks.
	if (group.profile.status === "ended") {
		due.due = false;
		delete due.daysOverdue;
	}
	const summary: HealthCheckSummary = { checks: held.map(refOf), due };
	if (latest) summary.latest = perceptionGap(latest, held[held.length - 2]);
	return summary;
}
