/**
 * A time-series line chart a person can read: dates on a time-scaled x
 * axis, the values at the bottom and top and the target labelled, every
 * point coloured by its own status, gaps where readings are missing, a
 * dashed tail when the latest reading is stale, and the latest value
 * written at the end of the line.
 *
 * Built from SVG elements (never markup) and CSS classes (never inline
 * styles). The x axis is in percentages, so the chart fills any width while
 * its text keeps the interface's font size; the lines live in an inner SVG
 * stretched to the same box. Each point is reachable: hover shows its
 * `<title>`, focus or tap writes its date and value above the chart, the
 * arrow keys move between points (one tab stop per chart), Enter opens it.
 * Thousands of readings become one mean per month, quarter or year, so the
 * DOM stays small. Several series share the axes, each in its own colour,
 * named with its latest value in a legend below the chart. Every word comes
 * from the caller's formatters.
 */
import {
	gapsAfter,
	plotPoints,
	timeTicks,
	timeX,
	valueDomain,
	valueY,
	type AggregateUnit,
	type DayString,
	type PlotPoint,
	type PointStatus,
	type TickUnit,
	type TimePoint,
	type ValueDomain,
} from "./time-scale";

export type { DayString, PointStatus, TimePoint } from "./time-scale";

/** How the caller writes numbers and dates (its language decides). */
export interface ChartFormat {
	/** A value with its unit: "87.2 %". */
	value(value: number): string;
	/** A date in full: "12 Feb 2026". */
	date(date: DayString): string;
	/** A tick on the x axis: "Feb", "Feb 2026", "2026", "12 Feb". */
	shortDate(date: DayString, unit: TickUnit): string;
	/** A period a mean stands for: "Feb 2026", "Q1 2026", "2026". */
	period(start: DayString, unit: AggregateUnit): string;
}

/** The chart's few words, in the caller's language. */
export interface ChartWords {
	/** The target line's label: "target 95 %". */
	target(value: string): string;
	/** A mean over a period: "average 3.4 of 4 readings". */
	average(value: string, count: number): string;
	/** A point's status in words ("off track"); none when the status says nothing. */
	status?(status: PointStatus): string | undefined;
}

export interface TimeSeries<Source = unknown> {
	/** The series' name (for a legend and the text alternative when there are several). */
	name?: string;
	points: readonly TimePoint<Source>[];
	/** The latest reading is too old: a dashed tail runs from it to the range's end. */
	stale?: boolean;
}

export interface TimeChartData<Source = unknown> {
	series: readonly TimeSeries<Source>[];
	/** The dates the x axis spans; `end` is usually today, so an old reading sits far from the right edge. */
	range: { start?: DayString; end: DayString };
	target?: number;
	/** Fixed bounds (a rating's 1–5); otherwise the values' and the target's range. */
	min?: number;
	max?: number;
	/** The status of a mean over a period (its readings' own statuses may differ). */
	statusOf?: (value: number) => PointStatus | undefined;
}

export interface TimeChartOptions<Source = unknown> {
	/** The chart in words: its accessible name. */
	label: string;
	format: ChartFormat;
	words: ChartWords;
	/** "small" for a tile: shorter, fewer ticks and points. */
	size?: "normal" | "small";
	/** More points than this per series, and they are averaged per month, quarter or year. */
	maxPoints?: number;
	/** Called when a point is clicked or chosen with Enter. */
	onPick?: (point: PlotPoint<Source>) => void;
	cls?: string[];
}

interface Layout {
	height: number;
	top: number;
	bottom: number;
	tickY: number;
	maxTicks: number;
	maxPoints: number;
	radius: number;
}

const LAYOUTS: Record<"normal" | "small", Layout> = {
	normal: { height: 116, top: 20, bottom: 88, tickY: 108, maxTicks: 4, maxPoints: 48, radius: 3.5 },
	small: { height: 78, top: 18, bottom: 54, tickY: 72, maxTicks: 2, maxPoints: 24, radius: 2.5 },
};
/** Labels closer together than this (px) would overlap: the less important one is left out. */
const LABEL_SPACING = 12;
/** How far above the plot the latest values stand (px). */
const LATEST_ABOVE = 8;
/** A label this close to an edge (in % of the width) is anchored to that edge. */
const EDGE = 12;
/** The inner SVG's width in its own units: one unit is one percent of the chart's width. */
const PERCENT = 100;
const SVG = "svg";
/** How many series colours the style sheet has; the next series takes the first colour again. */
const SERIES_COLOURS = 4;

/** A drawn point with its place and its words. */
interface Placed<Source> {
	point: PlotPoint<Source>;
	x: number;
	y: number;
	/** The index of its series. */
	series: number;
	text: string;
}

/**
 * A time chart in `parent`. `update` redraws it in the same element, keeping
 * its listeners.
 *
 * @example
 * const chart = new TimeChart(card, { label, format, words });
 * chart.update({ series: [{ points }], range: { end: today }, target: 95 });
 */
export class TimeChart<Source = unknown> {
	readonly el: HTMLElement;
	readonly svg: SVGSVGElement;
	private readonly options: TimeChartOptions<Source>;
	private readonly layout: Layout;
	private placed: Placed<Source>[] = [];
	private readout!: SVGTextElement;
	/** The legend of several series (made when first needed, hidden for one series). */
	private legend: HTMLElement | undefined;
	private current = 0;
	private touched = false;

	constructor(parent: HTMLElement, options: TimeChartOptions<Source>) {
		this.options = options;
		this.layout = LAYOUTS[options.size ?? "normal"];
		this.el = parent.createDiv({ cls: ["alliance-journal-chart", `alliance-journal-chart-${options.size ?? "normal"}`, ...(options.cls ?? [])] });
		this.svg = this.el.createSvg(SVG, {
			cls: "alliance-journal-chart-svg",
			attr: { width: "100%", height: this.layout.height, role: "group", "aria-label": options.label },
		});
		this.svg.addEventListener("keydown", (event) => this.onKey(event));
		this.svg.addEventListener("pointerdown", (event) => {
			this.touched = event.pointerType === "touch";
		});
	}

	/** The points as drawn, left to right per series (for tests and the caller's text alternative). */
	get points(): readonly PlotPoint<Source>[] {
		return this.placed.map((placed) => placed.point);
	}

	/** Draws `data`, replacing what the chart showed. */
	update(data: TimeChartData<Source>): void {
		const { layout, options } = this;
		this.svg.empty();
		this.placed = [];
		const maxPoints = options.maxPoints ?? layout.maxPoints;
		const series = data.series.map((one) => plotPoints(one.points, maxPoints, data.statusOf));
		const all = series.flat();
		const dates = all.map((point) => point.date).sort();
		const end = data.range.end;
		const start = data.range.start ?? dates[0] ?? end;
		const domain = valueDomain(
			all.map((point) => point.value),
			pick(data, ["target", "min", "max"]),
		);
		const x = (date: DayString): number => timeX(date, start, end);
		const y = (value: number): number => valueY(value, domain, layout.top, layout.bottom);

		const description = this.svg.createSvg("desc");
		const lines = this.svg.createSvg(SVG, {
			cls: "alliance-journal-chart-lines",
			attr: { x: 0, y: 0, width: "100%", height: layout.height, viewBox: `0 0 ${PERCENT} ${layout.height}`, preserveAspectRatio: "none", "aria-hidden": "true" },
		});
		const labels = this.svg.createSvg("g", { cls: "alliance-journal-chart-labels", attr: { "aria-hidden": "true" } });
		this.drawValueAxis(lines, labels, domain, data, y, all.length === 1);
		this.drawTicks(labels, start, end);
		series.forEach((points, index) => this.drawSeries(lines, points, index, data.series[index] ?? { points: [] }, x, y, end));
		const latest = data.series.map((one) => latestReading(one.points));
		// One series' latest value stands over its end; several are named, with theirs, in the legend.
		if (data.series.length > 1) this.drawLegend(data.series, latest);
		else this.drawLatestLabels(labels, latest);
		this.legend?.toggleAttribute("hidden", data.series.length <= 1);
		this.drawPoints();
		// Labels above the points: their halo keeps them readable where a point runs under them.
		this.svg.appendChild(labels);
		this.readout = this.svg.createSvg("text", { cls: "alliance-journal-chart-readout", attr: { y: layout.top - LATEST_ABOVE, "aria-hidden": "true" } });
		description.setText(this.placed.map((placed) => placed.text).join("; "));
		this.el.toggleClass("alliance-journal-chart-single", all.length === 1);
		this.el.toggleClass("alliance-journal-chart-several", data.series.length > 1);
	}

	/** Grid lines and labels at the bottom and top of the values, and the target line with its label. */
	private drawValueAxis(lines: SVGElement, labels: SVGElement, domain: ValueDomain, data: TimeChartData<Source>, y: (value: number) => number, single: boolean): void {
		const { format, words } = this.options;
		const taken: number[] = [];
		if (data.target !== undefined) {
			const targetY = y(data.target);
			lines.createSvg("line", { cls: "alliance-journal-chart-target", attr: { x1: 0, x2: PERCENT, y1: targetY, y2: targetY, "vector-effect": "non-scaling-stroke" } });
			this.axisLabel(labels, words.target(format.value(data.target)), targetY, ["alliance-journal-chart-target-label"]);
			taken.push(targetY);
		}
		if (single && data.min === undefined) return;
		for (const value of [domain.high, domain.low]) {
			const valueAt = y(value);
			lines.createSvg("line", { cls: "alliance-journal-chart-grid", attr: { x1: 0, x2: PERCENT, y1: valueAt, y2: valueAt, "vector-effect": "non-scaling-stroke" } });
			if (taken.some((other) => Math.abs(other - valueAt) < LABEL_SPACING)) continue;
			this.axisLabel(labels, format.value(value), valueAt, ["alliance-journal-chart-value-label"]);
			taken.push(valueAt);
		}
	}

	/** A label at the left edge just above its line (below it when the line is the top one). */
	private axisLabel(labels: SVGElement, text: string, lineY: number, cls: string[]): void {
		const above = lineY - 3;
		const below = lineY + 11;
		svgText(labels, text, { cls: ["alliance-journal-chart-label", "alliance-journal-chart-ylabel", ...cls], attr: { x: 0, y: above - 9 < 0 ? below : above } });
	}

	private drawTicks(labels: SVGElement, start: DayString, end: DayString): void {
		const { layout, options } = this;
		for (const tick of timeTicks(start, end, layout.maxTicks)) {
			svgText(labels, options.format.shortDate(tick.date, tick.unit), {
				cls: ["alliance-journal-chart-label", "alliance-journal-chart-tick"],
				attr: { x: `${tick.x}%`, y: layout.tickY, "text-anchor": anchor(tick.x), "data-date": tick.date },
			});
		}
		labels.createSvg("line", {
			cls: "alliance-journal-chart-axis",
			attr: { x1: 0, x2: "100%", y1: layout.bottom + 6, y2: layout.bottom + 6 },
		});
	}

	/** The series' line in runs between gaps, a dotted bridge over each gap, and the stale tail. */
	private drawSeries(lines: SVGElement, points: PlotPoint<Source>[], index: number, source: TimeSeries<Source>, x: (date: DayString) => number, y: (value: number) => number, end: DayString): void {
		// After the last colour the first comes again, then with a dashed line.
		const seriesCls = [`alliance-journal-chart-series-${index % SERIES_COLOURS}`, ...(index < SERIES_COLOURS ? [] : ["alliance-journal-chart-series-repeat"])];
		const coordinates = points.map((point) => [x(point.date), y(point.value)] as const);
		const breaks = new Set(gapsAfter(points.map((point) => point.date)));
		let run: string[] = [];
		const flush = (): void => {
			if (run.length > 1) lines.createSvg("polyline", { cls: ["alliance-journal-chart-line", ...seriesCls], attr: { points: run.join(" "), "vector-effect": "non-scaling-stroke" } });
			run = [];
		};
		coordinates.forEach(([px, py], at) => {
			run.push(`${px},${py}`);
			const next = coordinates[at + 1];
			if (breaks.has(at) && next) {
				flush();
				lines.createSvg("line", { cls: ["alliance-journal-chart-gap", ...seriesCls], attr: { x1: px, y1: py, x2: next[0], y2: next[1], "vector-effect": "non-scaling-stroke" } });
			}
		});
		flush();
		const last = coordinates[coordinates.length - 1];
		const endX = x(end);
		if (source.stale === true && last && last[0] < endX) {
			lines.createSvg("line", { cls: ["alliance-journal-chart-tail", ...seriesCls], attr: { x1: last[0], y1: last[1], x2: endX, y2: last[1], "vector-effect": "non-scaling-stroke" } });
		}
		points.forEach((point, at) => {
			const [px, py] = coordinates[at] ?? [0, 0];
			this.placed.push({ point, x: px, y: py, series: index, text: this.pointText(point, source.name) });
		});
	}

	/**
	 * The latest value of each series, in the strip above the plot straight
	 * over its last point, where no point or line can run under it.
	 */
	private drawLatestLabels(labels: SVGElement, latest: readonly (TimePoint<Source> | undefined)[]): void {
		const lasts = new Map<number, Placed<Source>>();
		for (const placed of this.placed) lasts.set(placed.series, placed);
		[...lasts.values()].forEach((placed, index) => {
			// Over a mean, the label still says the latest reading itself, as the card does.
			const reading = latest[placed.series] ?? placed.point;
			const status = reading.status ?? (placed.point.count > 1 ? undefined : placed.point.status);
			svgText(labels, this.options.format.value(reading.value), {
				cls: ["alliance-journal-chart-label", "alliance-journal-chart-latest", ...statusCls(status)],
				attr: { x: `${placed.x}%`, y: this.layout.top - LATEST_ABOVE - index * LABEL_SPACING, "text-anchor": anchor(placed.x) },
			});
		});
	}

	/** Each series' name, in its colour, with its latest value ("Acme: 87 %"). */
	private drawLegend(series: readonly TimeSeries<Source>[], latest: readonly (TimePoint<Source> | undefined)[]): void {
		this.legend ??= this.el.createEl("ul", { cls: ["alliance-journal-legend", "alliance-journal-chart-legend"] });
		this.legend.empty();
		series.forEach((one, index) => {
			const reading = latest[index];
			const value = reading ? `: ${this.options.format.value(reading.value)}` : "";
			const item = this.legend?.createEl("li", { cls: "alliance-journal-chart-legend-item", text: `${one.name ?? ""}${value}`, attr: { "data-series": index % SERIES_COLOURS } });
			item?.toggleClass("alliance-journal-chart-series-repeat", index >= SERIES_COLOURS);
		});
	}

	/** One focusable circle per point, with a `<title>` for hover; the last one holds the tab stop. */
	private drawPoints(): void {
		const { layout, options } = this;
		const group = this.svg.createSvg("g", { cls: "alliance-journal-chart-points" });
		this.current = this.placed.length - 1;
		this.placed.forEach((placed, at) => {
			const circle = group.createSvg("circle", {
				cls: ["alliance-journal-chart-point", ...statusCls(placed.point.status)],
				attr: {
					cx: `${placed.x}%`,
					cy: placed.y,
					r: layout.radius,
					tabindex: at === this.current ? 0 : -1,
					role: "img",
					"aria-label": placed.text,
					"data-index": at,
					"data-date": placed.point.date,
					"data-x": placed.x,
					"data-series": placed.series % SERIES_COLOURS,
				},
			});
			circle.toggleClass("alliance-journal-chart-mean", placed.point.count > 1);
			circle.createSvg("title").setText(placed.text);
			circle.addEventListener("focus", () => this.show(at));
			circle.addEventListener("blur", () => this.hide());
			circle.addEventListener("mouseenter", () => this.show(at));
			circle.addEventListener("mouseleave", () => this.hide());
			circle.addEventListener("click", () => {
				const firstTap = this.touched && this.current !== at;
				this.moveTo(at);
				if (!firstTap) this.pick(at);
			});
		});
		if (options.onPick) this.el.addClass("alliance-journal-clickable");
	}

	private pointText(point: PlotPoint<Source>, name: string | undefined): string {
		const { format, words } = this.options;
		const when = point.period ? format.period(point.period.start, point.period.unit) : format.date(point.date);
		const value = point.count > 1 ? words.average(format.value(point.value), point.count) : format.value(point.value);
		const status = point.status ? words.status?.(point.status) : undefined;
		return `${name ? `${name}, ` : ""}${when}: ${value}${status ? `, ${status}` : ""}`;
	}

	private show(at: number): void {
		const placed = this.placed[at];
		if (!placed) return;
		this.readout.setText(placed.text);
		this.readout.setAttr("x", `${placed.x}%`);
		this.readout.setAttr("text-anchor", anchor(placed.x));
		this.el.addClass("alliance-journal-chart-reading");
	}

	private hide(): void {
		this.el.removeClass("alliance-journal-chart-reading");
	}

	private moveTo(at: number): void {
		const circles = this.svg.querySelectorAll<SVGCircleElement>(".alliance-journal-chart-point");
		circles[this.current]?.setAttr("tabindex", -1);
		this.current = at;
		const circle = circles[at];
		circle?.setAttr("tabindex", 0);
		circle?.focus();
	}

	private pick(at: number): void {
		const placed = this.placed[at];
		if (placed) this.options.onPick?.(placed.point);
	}

	private onKey(event: KeyboardEvent): void {
		const last = this.placed.length - 1;
		const moves: Record<string, number> = { ArrowLeft: this.current - 1, ArrowDown: this.current - 1, ArrowRight: this.current + 1, ArrowUp: this.current + 1, Home: 0, End: last };
		const target = moves[event.key];
		if (target !== undefined) {
			event.preventDefault();
			this.moveTo(Math.max(0, Math.min(last, target)));
		} else if (event.key === "Enter" || event.key === " ") {
			event.preventDefault();
			this.pick(this.current);
		}
	}
}

/** An SVG `<text>` holding `text` as text. */
function svgText(parent: SVGElement, text: string, info: SvgElementInfo): SVGTextElement {
	const element = parent.createSvg("text", info);
	element.setText(text);
	return element;
}

/** The reading with the latest date (the last one of that date). */
function latestReading<Source>(points: readonly TimePoint<Source>[]): TimePoint<Source> | undefined {
	let latest: TimePoint<Source> | undefined;
	for (const point of points) if (!latest || point.date >= latest.date) latest = point;
	return latest;
}

/** Text near the left or right edge is anchored to it, so it stays inside the chart. */
function anchor(x: number): "start" | "middle" | "end" {
	if (x < EDGE) return "start";
	if (x > PERCENT - EDGE) return "end";
	return "middle";
}

function statusCls(status: PointStatus | undefined): string[] {
	return status ? [`alliance-journal-${status}`] : [];
}

function pick<T extends object, K extends keyof T>(object: T, keys: readonly K[]): Pick<T, K> {
	const picked = {} as Pick<T, K>;
	for (const key of keys) if (object[key] !== undefined) picked[key] = object[key];
	return picked;
}

/**
 * Adds a time chart to `parent` and draws `data` in it.
 *
 * @returns the chart, to `update` later
 */
export function renderTimeChart<Source>(parent: HTMLElement, data: TimeChartData<Source>, options: TimeChartOptions<Source>): TimeChart<Source> {
	const chart = new TimeChart<Source>(parent, options);
	chart.update(data);
	return chart;
}
