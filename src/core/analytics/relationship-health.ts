/**
 * Relationship health: the five meeting ratings (trust, respect, openness,
 * decision clarity, delivery) over time, their recent average against the
 * earlier one, and the reflections' overall `relationship` rating.
 */
import type { AllianceGroup } from "../index/vault-index";
import { RATING_KEYS, type RatingKey } from "../model";
import type { AnalyticsOptions, RatingPoint, RatingTrend, RelationshipHealth } from "./dashboard-model";
import { roundTo } from "../order";

/** Averages are shown with two decimals (ratings run 1–5). */
const AVERAGE_DECIMALS = 2;
/** The line a point links to when the parser did not record the property's line. */
const FIRST_LINE = 1;

/** The mean of the values, or undefined for none. */
function mean(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** A rating's trend, with its averages before rounding (the overall averages are taken from these). */
interface RatingAverages {
	trend: RatingTrend;
	recent?: number;
	earlier?: number;
}

/**
 * One rating's series and averages.
 *
 * @param series the rating's points, oldest first
 * @param recentMeetings how many of the latest points make the recent average
 */
function ratingAverages(key: RatingKey, series: RatingPoint[], recentMeetings: number): RatingAverages {
	const values = series.map((point) => point.value);
	const split = Math.max(0, values.length - Math.max(0, recentMeetings));
	const recent = mean(values.slice(split));
	const earlier = mean(values.slice(0, split));
	const trend: RatingTrend = { key, series };
	if (recent !== undefined) trend.recentAverage = roundTo(recent, AVERAGE_DECIMALS);
	if (earlier !== undefined) trend.earlierAverage = roundTo(earlier, AVERAGE_DECIMALS);
	if (recent !== undefined && earlier !== undefined) trend.change = roundTo(recent - earlier, AVERAGE_DECIMALS);
	return { trend, recent, earlier };
}

/** The numbers that are there. */
function present(values: readonly (number | undefined)[]): number[] {
	return values.filter((value): value is number => value !== undefined);
}

/** The rating with the largest |change| (the first in RATING_KEYS order on a tie); none when nothing moved. */
function mostMovedOf(ratings: readonly RatingTrend[]): RelationshipHealth["mostMoved"] {
	let most: RelationshipHealth["mostMoved"];
	for (const rating of ratings) {
		if (rating.change === undefined || rating.change === 0) continue;
		if (!most || Math.abs(rating.change) > Math.abs(most.change)) most = { key: rating.key, change: rating.change };
	}
	return most;
}

/**
 * The relationship health of one alliance.
 *
 * @param group the alliance, its meetings and reflections sorted oldest first (as the index gives them)
 * @param options `recentMeetings`: how many of the latest ratings make the recent average
 * @returns per rating its series and averages, the overall averages, the rating that moved most, and the reflections' ratings
 * @example
 * relationshipHealth(group, withDefaults()).mostMoved // { key: "trust", change: -1.5 }
 */
export function relationshipHealth(group: AllianceGroup, options: AnalyticsOptions): RelationshipHealth {
	const seriesByKey = new Map<RatingKey, RatingPoint[]>(RATING_KEYS.map((key) => [key, []]));
	for (const meeting of group.meetings) {
		if (meeting.date === undefined) continue;
		for (const key of RATING_KEYS) {
			const value = meeting.ratings[key];
			if (value === undefined) continue;
			seriesByKey.get(key)?.push({ path: meeting.path, line: meeting.fieldLines[key] ?? FIRST_LINE, date: meeting.date, value });
		}
	}
	const averages = RATING_KEYS.map((key) => ratingAverages(key, seriesByKey.get(key) ?? [], options.recentMeetings));
	const recent = mean(present(averages.map((rating) => rating.recent)));
	const earlier = mean(present(averages.map((rating) => rating.earlier)));
	const ratings = averages.map((rating) => rating.trend);
	const health: RelationshipHealth = { ratings, reflections: reflectionPoints(group) };
	if (recent !== undefined) health.recentAverage = roundTo(recent, AVERAGE_DECIMALS);
	if (earlier !== undefined) health.earlierAverage = roundTo(earlier, AVERAGE_DECIMALS);
	const mostMoved = mostMovedOf(ratings);
	if (mostMoved) health.mostMoved = mostMoved;
	return health;
}

/** Each dated reflection's `relationship` rating, oldest first. */
function reflectionPoints(group: AllianceGroup): RatingPoint[] {
	const points: RatingPoint[] = [];
	for (const reflection of group.reflections) {
		if (reflection.date === undefined || reflection.relationship === undefined) continue;
		points.push({
			path: reflection.path,
			line: reflection.fieldLines.relationship ?? FIRST_LINE,
			date: reflection.date,
			value: reflection.relationship,
		});
	}
	return points;
}
