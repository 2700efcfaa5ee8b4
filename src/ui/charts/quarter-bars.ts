/**
 * Quick wins per quarter as bars: each bar is every win of the quarter, its
 * lower part those already shared in the own organisation, the upper part
 * those not yet shared; the count stands on the bar, the quarter under it
 * (every other quarter when there are many), the year where it changes.
 * SVG elements only, in percentages across so the text keeps the
 * interface's size at any width; the words come from the caller.
 */
import type { QuarterCount } from "../../core/analytics/dashboard-model";

/** Heights in pixels: the count above the bars, the bars, the quarter and year below. */
const COUNT_ROOM = 14;
const BAR_HEIGHT = 44;
const QUARTER_Y = COUNT_ROOM + BAR_HEIGHT + 13;
const YEAR_Y = QUARTER_Y + 13;
const HEIGHT = YEAR_Y + 4;
/** The gap between bars, as a share of each bar's slot. */
const GAP_SHARE = 0.25;
/** More quarters than this, and only every other quarter is named under its bar. */
const NAME_EVERY_QUARTER_UP_TO = 10;
const QUARTERS_PER_YEAR = 4;
/** More quarters than this (25 years) are drawn as they come, without filling the empty ones. */
const MAX_QUARTERS = 100;

/**
 * Every quarter from the first to the last, the ones without a win as 0,
 * so an empty quarter shows as an empty slot rather than disappearing.
 *
 * @example withEmptyQuarters([{ quarter: "2026-Q1", count: 1, communicated: 0 }, { quarter: "2026-Q3", count: 2, communicated: 1 }]).map((q) => q.quarter) // ["2026-Q1", "2026-Q2", "2026-Q3"]
 */
export function withEmptyQuarters(quarters: readonly QuarterCount[]): QuarterCount[] {
	const byQuarter = new Map(quarters.map((quarter) => [quarter.quarter, quarter]));
	const indexes = quarters.map((quarter) => quarterIndex(quarter.quarter)).filter((index) => Number.isFinite(index));
	if (indexes.length === 0) return [...quarters];
	const first = Math.min(...indexes);
	const last = Math.max(...indexes);
	if (last - first > MAX_QUARTERS) return [...quarters];
	const all: QuarterCount[] = [];
	for (let index = first; index <= last; index++) {
		const name = `${Math.floor(index / QUARTERS_PER_YEAR)}-Q${(index % QUARTERS_PER_YEAR) + 1}`;
		all.push(byQuarter.get(name) ?? { quarter: name, count: 0, communicated: 0 });
	}
	return all;
}

/** `2026-Q3` as a running number of quarters (NaN for anything else). */
function quarterIndex(quarter: string): number {
	const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
	return match ? Number(match[1]) * QUARTERS_PER_YEAR + Number(match[2]) - 1 : Number.NaN;
}

export interface QuarterBar {
	/** Left edge and width, in percent of the chart's width. */
	x: number;
	width: number;
	/** Heights in pixels of all wins and of the shared ones. */
	total: number;
	shared: number;
	/** Whether the quarter is named under its bar. */
	named: boolean;
}

/**
 * The bars' geometry: each quarter gets an equal slot, heights scale to the
 * busiest quarter.
 *
 * @example quarterBarGeometry([{ quarter: "2026-Q3", count: 2, communicated: 1 }])[0]?.total // 44
 */
export function quarterBarGeometry(quarters: readonly QuarterCount[]): QuarterBar[] {
	const most = quarters.reduce((high, quarter) => Math.max(high, quarter.count), 1);
	const slot = quarters.length > 0 ? 100 / quarters.length : 0;
	const everyOther = quarters.length > NAME_EVERY_QUARTER_UP_TO;
	return quarters.map((quarter, index) => ({
		x: round(index * slot + (slot * GAP_SHARE) / 2),
		width: round(slot * (1 - GAP_SHARE)),
		total: round((quarter.count / most) * BAR_HEIGHT),
		shared: round((quarter.communicated / most) * BAR_HEIGHT),
		named: !everyOther || (quarters.length - 1 - index) % 2 === 0,
	}));
}

export interface QuarterBarsOptions {
	/** Every quarter in words: the chart's accessible name. */
	label: string;
	/** One quarter in words, for its hover title. */
	describe(quarter: QuarterCount): string;
	/** A quarter's short name ("Q3") and its year. */
	name(quarter: QuarterCount): { short: string; year: string };
	/** A count as the language writes it. */
	count(value: number): string;
}

/** Adds the bar chart to `parent`. */
export function renderQuarterBars(parent: HTMLElement, quarters: readonly QuarterCount[], options: QuarterBarsOptions): SVGSVGElement {
	const svg = parent.createSvg("svg", {
		cls: "alliance-journal-bars",
		attr: { width: "100%", height: HEIGHT, role: "img", "aria-label": options.label },
	});
	svg.createSvg("title").setText(options.label);
	let previousYear = "";
	quarterBarGeometry(quarters).forEach((bar, index) => {
		const quarter = quarters[index];
		if (!quarter) return;
		const group = svg.createSvg("g", { cls: "alliance-journal-bar", attr: { "data-quarter": quarter.quarter } });
		group.createSvg("title").setText(options.describe(quarter));
		const top = COUNT_ROOM + BAR_HEIGHT;
		if (bar.total > bar.shared) {
			group.createSvg("rect", { cls: "alliance-journal-bar-not-shared", attr: { x: `${bar.x}%`, width: `${bar.width}%`, y: top - bar.total, height: bar.total - bar.shared } });
		}
		if (bar.shared > 0) {
			group.createSvg("rect", { cls: "alliance-journal-bar-shared", attr: { x: `${bar.x}%`, width: `${bar.width}%`, y: top - bar.shared, height: bar.shared } });
		}
		const middle = `${round(bar.x + bar.width / 2)}%`;
		text(group, options.count(quarter.count), ["alliance-journal-bar-count"], { x: middle, y: top - bar.total - 3 });
		const { short, year } = options.name(quarter);
		if (bar.named) text(group, short, ["alliance-journal-bar-quarter"], { x: middle, y: QUARTER_Y });
		if (year !== previousYear) text(group, year, ["alliance-journal-bar-year"], { x: `${bar.x}%`, y: YEAR_Y, "text-anchor": "start" });
		previousYear = year;
	});
	svg.createSvg("line", { cls: "alliance-journal-bar-base", attr: { x1: 0, x2: "100%", y1: COUNT_ROOM + BAR_HEIGHT + 0.5, y2: COUNT_ROOM + BAR_HEIGHT + 0.5 } });
	return svg;
}

function text(parent: SVGElement, words: string, cls: string[], attr: Record<string, string | number>): void {
	parent.createSvg("text", { cls: ["alliance-journal-chart-label", ...cls], attr: { "text-anchor": "middle", ...attr } }).setText(words);
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
