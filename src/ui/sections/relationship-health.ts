/**
 * Relationship health: the five ratings (1–5) over time with their recent
 * average and how it moved against the meetings before, and the
 * relationship rating of the reflections.
 */
import type { AllianceDashboard, RatingPoint } from "../../core/analytics/dashboard-model";
import { capitalize } from "../../core/present/numbers";
import { healthChartCount, type DashboardScope } from "../../core/present/scope";
import { ratingName } from "../../core/present/words";
import { chartFormat, chartWords } from "../charts/chart-format";
import { renderTimeChart, type PointStatus } from "../charts/time-chart";
import { valuesInWords } from "../charts/words";
import { badge, disclosure, meta, plainItem, sourceButton } from "../dom";
import type { RenderContext, Tone } from "../render-context";

const RATING_MIN = 1;
const RATING_MAX = 5;
/** A rating at or above this is good news on its own, at or below the next one bad news. */
const GOOD_RATING = 4;
const POOR_RATING = 2;
/** The reflections' tile shows the average of this many latest reflections. */
const RECENT_REFLECTIONS = 3;
/** A move of the recent average smaller than this is no news. */
const NOTICEABLE_CHANGE = 0.1;

function changeTone(change: number | undefined): Tone {
	if (change === undefined || Math.abs(change) < NOTICEABLE_CHANGE) return "neutral";
	return change > 0 ? "good" : "bad";
}

/** The average of the last `recent` points (the model's own averages are used where it has them). */
function average(points: readonly RatingPoint[], recent: number): number | undefined {
	const last = points.slice(-recent);
	if (last.length === 0) return undefined;
	return last.reduce((sum, point) => sum + point.value, 0) / last.length;
}

/**
 * A rating's own colour: good at 4 or 5, bad at 1 or 2.
 *
 * @example ratingStatus(4.5) // "good"
 */
export function ratingStatus(value: number): PointStatus {
	if (value >= GOOD_RATING) return "good";
	if (value <= POOR_RATING) return "bad";
	return "neutral";
}

/** The ratings on a fixed 1–5 scale from the alliance's first meeting to today; a click opens the meeting. */
function renderRatingChart(parent: HTMLElement, series: readonly RatingPoint[], label: string, firstMeeting: string | undefined, context: RenderContext): void {
	const points = series.map((point) => ({ date: point.date, value: point.value, status: ratingStatus(point.value), source: point }));
	const start = [firstMeeting, series[0]?.date].filter((date): date is string => date !== undefined).sort()[0];
	renderTimeChart(
		parent,
		{ series: [{ points }], range: { end: context.today, ...(start ? { start } : {}) }, min: RATING_MIN, max: RATING_MAX, statusOf: ratingStatus },
		{
			label,
			size: "small",
			format: chartFormat(context.words),
			words: chartWords(context.words),
			onPick: (point) => {
				if (point.source) context.actions.openNote(point.source.path, point.source.line);
			},
		},
	);
}

function renderTile(
	parent: HTMLElement,
	name: string,
	series: readonly RatingPoint[],
	recent: number | undefined,
	change: number | undefined,
	context: RenderContext,
	firstMeeting?: string,
): void {
	const { t, words } = context;
	const latest = series[series.length - 1];
	const box = parent.createDiv({ cls: "alliance-journal-tile-box" });
	const tile = latest ? sourceButton(box, latest, context, ["alliance-journal-tile"]) : plainItem(box, ["alliance-journal-tile"]);
	const head = tile.createSpan({ cls: "alliance-journal-tile-head" });
	head.createSpan({ cls: "alliance-journal-tile-title", text: name });
	const tone = changeTone(change);
	const value = tile.createSpan({ cls: "alliance-journal-tile-value" });
	value.createSpan({ text: recent === undefined ? capitalize(t("health-no-rating")) : t("health-recent", { value: recent }) });
	if (change !== undefined && Math.abs(change) >= NOTICEABLE_CHANGE) badge(value, words.signed(change), tone);
	if (series.length > 0) {
		const recentText = recent === undefined ? "–" : words.number(recent);
		const label = t("health-chart-label", {
			rating: name,
			values: valuesInWords(series.map((point) => words.number(point.value))),
			recent: recentText,
		});
		renderRatingChart(box, series, label, firstMeeting, context);
	}
}

function renderAlliance(parent: HTMLElement, alliance: AllianceDashboard, context: RenderContext): void {
	const { t, words } = context;
	const { health } = alliance;
	const { recentAverage, earlierAverage, mostMoved } = health;
	if (recentAverage !== undefined) {
		const overall = parent.createDiv({ cls: "alliance-journal-health-overall" });
		overall.createSpan({
			text:
				earlierAverage === undefined
					? capitalize(t("health-overall", { recent: recentAverage }))
					: capitalize(t("health-overall-change", { recent: recentAverage, earlier: earlierAverage })),
		});
		if (earlierAverage !== undefined) badge(overall, words.signed(recentAverage - earlierAverage), changeTone(recentAverage - earlierAverage));
	}
	if (mostMoved && Math.abs(mostMoved.change) >= NOTICEABLE_CHANGE) {
		meta(parent, [capitalize(t("health-most-moved", { rating: words.choice("rating", mostMoved.key), change: words.signed(mostMoved.change) }))]);
	}
	const grid = parent.createDiv({ cls: "alliance-journal-tiles" });
	for (const rating of health.ratings) {
		if (rating.series.length === 0) continue;
		renderTile(grid, ratingName(words, rating.key), rating.series, rating.recentAverage, rating.change, context, alliance.firstMeeting);
	}
	if (health.reflections.length > 0) {
		const recent = average(health.reflections, RECENT_REFLECTIONS);
		renderTile(grid, capitalize(t("health-reflections")), health.reflections, recent, undefined, context, alliance.firstMeeting);
	}
}

/**
 * Renders relationship health: one alliance's, or per alliance a group that
 * states its recent average (open when there are few alliances).
 */
export function renderRelationshipHealth(body: HTMLElement, scope: DashboardScope, context: RenderContext): void {
	const rated = scope.alliances.filter((alliance) => healthChartCount(alliance) > 0);
	if (!context.showAlliance) {
		for (const alliance of rated) renderAlliance(body, alliance, context);
		return;
	}
	const { t } = context;
	for (const alliance of rated) {
		const { recentAverage, earlierAverage } = alliance.health;
		const decorate = (toggle: HTMLElement): void => {
			if (recentAverage === undefined) return;
			const change = earlierAverage === undefined ? undefined : recentAverage - earlierAverage;
			badge(toggle, t("health-recent", { value: recentAverage }), changeTone(change));
		};
		const spec = { label: alliance.name, key: `health:${alliance.name}`, open: rated.length <= context.openGroupsUpTo, group: true, decorate };
		disclosure(body, spec, context, (inner) => renderAlliance(inner, alliance, context));
	}
}
