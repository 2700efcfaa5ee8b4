/**
 * KPI trends: per KPI a series of readings over the alliance's meetings, the
 * latest value and its change, whether it meets its target, which way it is
 * moving and whether anyone still measures it.
 *
 * Several readings on one date are never summed: the latest note wins (the
 * meeting that sorts last: by time, then modification time, then path) and
 * the point says which readings it replaced and what decided it.
 */
import type { AllianceGroup } from "../index/vault-index";
import type { CalendarDate, KpiDefinition, KpiDirection, KpiKind, MeetingNote } from "../model";
import type { AnalyticsOptions, KpiPoint, KpiStatus, KpiTrend, KpiTrendDirection } from "./dashboard-model";
import { compareText, roundTo } from "../order";
import { type ModifiedAt, sameDayReason } from "../note-order";

/** Decimals a change is rounded to: enough for any KPI, few enough to drop float noise (0.1 + 0.2). */
const CHANGE_DECIMALS = 10;
/** How many readings before the latest one make the mean the latest is compared with. */
const TREND_WINDOW = 3;
/** A move smaller than this share of |target| (or of |mean| without a target) counts as flat. */
const FLAT_TOLERANCE = 0.01;
/** Fewer readings than this tell nothing about a trend. */
const MIN_READINGS_FOR_TREND = 2;

/** What a KPI found only in meetings is assumed to be. */
const UNDEFINED_KPI_DIRECTION: KpiDirection = "up";
const UNDEFINED_KPI_KIND: KpiKind = "ends";

/** A meeting that has a date: the only kind a series can place. */
type DatedMeeting = MeetingNote & { date: CalendarDate };

/** A KPI's points, built in one pass over the meetings. */
interface Series {
	points: KpiPoint[];
	/** Index (among the dated meetings) of the meeting of the latest point. */
	lastMeeting: number;
}

/**
 * Collects every KPI reading of the dated meetings, one point per date; a
 * later meeting on the same date replaces the earlier reading.
 *
 * @param meetings the alliance's dated meetings, in the index's order (date, time, modification time, path)
 * @param modifiedAt each note's modification time, to say why a reading won
 */
function collectSeries(meetings: readonly DatedMeeting[], modifiedAt: ModifiedAt): Map<string, Series> {
	const byKey = new Map<string, Series>();
	meetings.forEach((meeting, index) => {
		const date = meeting.date;
		for (const reading of meeting.kpis) {
			const point: KpiPoint = { path: meeting.path, line: reading.line, date, value: reading.value, replaced: [] };
			const series = byKey.get(reading.key);
			if (!series) {
				byKey.set(reading.key, { points: [point], lastMeeting: index });
				continue;
			}
			const last = series.points[series.points.length - 1];
			if (last && last.date === date) {
				point.replaced = [...last.replaced, { path: last.path, line: last.line, value: last.value }];
				const loser = meetings[series.lastMeeting];
				if (loser) point.decidedBy = sameDayReason(loser, meeting, modifiedAt);
				series.points[series.points.length - 1] = point;
			} else {
				series.points.push(point);
			}
			series.lastMeeting = index;
		}
	});
	return byKey;
}

/**
 * Whether a value meets its target, by the KPI's direction.
 *
 * @example kpiStatus(96, 95, "up") // "on-track"
 */
function kpiStatus(latest: number | undefined, target: number | undefined, direction: KpiDirection): KpiStatus {
	if (latest === undefined) return "no-data";
	if (target === undefined) return "no-target";
	const meets = direction === "up" ? latest >= target : latest <= target;
	return meets ? "on-track" : "off-track";
}

/**
 * Compares the latest reading with the mean of up to three readings before it.
 *
 * @param values the readings, oldest first
 * @returns improving / worsening by the direction; flat within 1 % of |target| (or |mean|); unknown with fewer than 2 readings
 * @example kpiTrendDirection([80, 90, 100], 95, "up") // "improving"
 */
export function kpiTrendDirection(values: readonly number[], target: number | undefined, direction: KpiDirection): KpiTrendDirection {
	if (values.length < MIN_READINGS_FOR_TREND) return "unknown";
	const latest = values[values.length - 1] as number;
	const before = values.slice(Math.max(0, values.length - 1 - TREND_WINDOW), values.length - 1);
	const mean = before.reduce((sum, value) => sum + value, 0) / before.length;
	const difference = roundTo(latest - mean, CHANGE_DECIMALS);
	const tolerance = roundTo(FLAT_TOLERANCE * Math.abs(target ?? mean), CHANGE_DECIMALS);
	if (Math.abs(difference) <= tolerance) return "flat";
	const goingUp = difference > 0;
	return goingUp === (direction === "up") ? "improving" : "worsening";
}

/** The parts of a KPI trend that come from its definition (or its absence). */
type KpiHead = Pick<KpiTrend, "key" | "label" | "unit" | "target" | "direction" | "kind" | "defined" | "definition">;

function definedHead(kpi: KpiDefinition, profilePath: string): KpiHead {
	const head: KpiHead = {
		key: kpi.key,
		label: kpi.label,
		direction: kpi.direction,
		kind: kpi.kind,
		defined: true,
		definition: { path: profilePath, line: kpi.line },
	};
	if (kpi.unit !== undefined) head.unit = kpi.unit;
	if (kpi.target !== undefined) head.target = kpi.target;
	return head;
}

function undefinedHead(key: string): KpiHead {
	return { key, label: key, direction: UNDEFINED_KPI_DIRECTION, kind: UNDEFINED_KPI_KIND, defined: false };
}

/** Completes a KPI trend from its head and its series. */
function buildTrend(head: KpiHead, series: Series | undefined, datedMeetings: number, staleAfterMeetings: number): KpiTrend {
	const points = series?.points ?? [];
	const latest = points[points.length - 1];
	const previous = points[points.length - 2];
	const meetingsSinceReading = series ? datedMeetings - 1 - series.lastMeeting : datedMeetings;
	const trend: KpiTrend = {
		...head,
		series: points,
		status: kpiStatus(latest?.value, head.target, head.direction),
		trend: kpiTrendDirection(
			points.map((point) => point.value),
			head.target,
			head.direction,
		),
		// "None of the last N meetings has a reading" is "at least N meetings since the last one".
		stale: staleAfterMeetings > 0 && meetingsSinceReading >= staleAfterMeetings,
		meetingsSinceReading,
	};
	if (latest) trend.latest = latest;
	if (previous) trend.previous = previous;
	if (latest && previous) trend.change = roundTo(latest.value - previous.value, CHANGE_DECIMALS);
	return trend;
}

/**
 * The KPI trends of one alliance: the KPIs of the profile's table in table
 * order, then those only found in meetings (`defined: false`), by key.
 *
 * @param group the alliance, its meetings in the index's order; planned meetings left out (see `planned-notes.ts`)
 * @param options `staleAfterMeetings` decides when a KPI nobody measures is stale
 * @param modifiedAt each note's modification time (the index's), to say why one of two same-day readings won
 * @returns one trend per KPI
 * @example
 * kpiTrends(group, withDefaults())[0]
 * // { key: "on_time_delivery", latest: { value: 92, … }, status: "off-track", trend: "improving", … }
 */
export function kpiTrends(group: AllianceGroup, options: AnalyticsOptions, modifiedAt: ModifiedAt = () => undefined): KpiTrend[] {
	const dated = group.meetings.filter((meeting): meeting is DatedMeeting => meeting.date !== undefined);
	const byKey = collectSeries(dated, modifiedAt);
	const trends = group.profile.kpis.map((kpi) =>
		buildTrend(definedHead(kpi, group.profile.path), byKey.get(kpi.key), dated.length, options.staleAfterMeetings),
	);
	const definedKeys = new Set(group.profile.kpis.map((kpi) => kpi.key));
	const undefinedKeys = [...byKey.keys()].filter((key) => !definedKeys.has(key)).sort(compareText);
	for (const key of undefinedKeys) {
		trends.push(buildTrend(undefinedHead(key), byKey.get(key), dated.length, options.staleAfterMeetings));
	}
	return trends;
}
