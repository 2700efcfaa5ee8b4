/**
 * Relationship health: the five ratings (1–5) over time with their recent
 * average and how it moved against the meetings before, and the
 * relationship rating of the reflections.
 */
import type { AllianceDashboard, RatingPoint } from "../../core/analytics/dashboard-model";
import { capitalize } from "../../core/present/numbers";
import { healthChartCount, type DashboardScope } from "../../core/present/scope";
import { ratingName } from "../../core/present/words";
import { renderSparkline, valuesInWords } from "../charts/sparkline";
import { badge, disclosure, meta, plainItem, sourceButton } from "../dom";
import type { RenderContext, Tone } from "../render-context";

const RATING_MIN = 1;
const RATING_MAX = 5;
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

function renderTile(
	parent: HTMLElement,
	name: string,
	series: readonly RatingPoint[],
	recent: number | undefined,
	change: number | undefined,
	context: RenderContext,
): void {
	const { t, words } = context;
	const latest = series[series.length - 1];
	const tile = latest ? sourceButton(parent, latest, context, ["alliance-journal-tile"]) : plainItem(parent, ["alliance-journal-tile"]);
	const head = tile.createSpan({ cls: "alliance-journal-tile-head" });
	head.createSpan({ cls: "alliance-journal-tile-title", text: name });
	const tone = changeTone(change);
	const value = tile.createSpan({ cls: "alliance-journal-tile-value" });
	value.createSpan({ text: recent === undefined ? capitalize(t("health-no-rating")) : t("health-recent", { value: recent }) });
	if (change !== undefined && Math.abs(change) >= NOTICEABLE_CHANGE) badge(value, words.signed(change), tone);
	if (series.length > 0) {
		const recentText = recent === undefined ? "–" : words.number(recent);
		renderSparkline(tile, series.map((point) => point.value), {
			label: t("health-chart-label", {
				rating: name,
				values: valuesInWords(series.map((point) => words.number(point.value))),
				recent: recentText,
			}),
			tone,
			min: RATING_MIN,
			max: RATING_MAX,
			cls: ["alliance-journal-sparkline-small"],
		});
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
		renderTile(grid, ratingName(words, rating.key), rating.series, rating.recentAverage, rating.change, context);
	}
	if (health.reflections.length > 0) {
		const recent = average(health.reflections, RECENT_REFLECTIONS);
		renderTile(grid, capitalize(t("health-reflections")), health.reflections, recent, undefined, context);
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
