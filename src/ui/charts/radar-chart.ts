/**
 * A spider (radar) chart: one spoke per axis, rings for the scale, and one
 * closed shape per series, so two views of the same things (ours and the
 * partner's) can be compared at a glance. Spokes are numbered; the caller
 * lists what each number stands for next to the chart. Built from SVG
 * elements and CSS classes only; the chart's accessible name is the
 * caller's text alternative.
 */

/** One spoke: its short label (a number) and one value per series (none where a series has no value). */
export interface RadarAxis {
	label: string;
	/** Shown on hover over the spoke's label: the full name and the values. */
	title: string;
	values: readonly (number | undefined)[];
}

export interface RadarData {
	axes: readonly RadarAxis[];
	/** The CSS class of each series (its colour and line style), in the order of the values. */
	seriesClasses: readonly string[];
	/** The scale: values from 0 to `max`, with a ring at every whole step from `min`. */
	min: number;
	max: number;
}

/** The plot's radius, in the chart's own units (the SVG scales to its box). */
const RADIUS = 78;
/** Spoke labels stand this far outside the outer ring. */
const LABEL_OFFSET = 13;
/** The view box: the plot, its labels and a margin. */
const HALF_SIZE = RADIUS + LABEL_OFFSET + 10;
/** A dot on each value. */
const DOT_RADIUS = 3;
/** Coordinates are rounded to this many decimals (a compact DOM). */
const PRECISION = 100;

const round = (value: number): number => Math.round(value * PRECISION) / PRECISION;

/**
 * Where a value sits on spoke `index` of `count`: the first spoke points up,
 * the others follow clockwise.
 *
 * @example radarPoint(0, 4, 50) // [0, -50]
 */
export function radarPoint(index: number, count: number, distance: number): [number, number] {
	const angle = (2 * Math.PI * index) / count - Math.PI / 2;
	return [round(Math.cos(angle) * distance), round(Math.sin(angle) * distance)];
}

/** The points of a series as an SVG `points` list, leaving out the spokes it has no value on. */
function seriesPoints(data: RadarData, series: number): [number, number][] {
	const points: [number, number][] = [];
	data.axes.forEach((axis, index) => {
		const value = axis.values[series];
		if (value !== undefined) points.push(radarPoint(index, data.axes.length, (RADIUS * value) / data.max));
	});
	return points;
}

/**
 * Draws a radar chart into `parent`.
 *
 * @param parent where the chart goes
 * @param data the axes and their values
 * @param label the chart in words (its accessible name)
 * @returns the SVG element
 */
export function renderRadarChart(parent: HTMLElement, data: RadarData, label: string): SVGSVGElement {
	const size = 2 * HALF_SIZE;
	const svg = parent.createSvg("svg", {
		cls: "alliance-journal-radar-svg",
		attr: { viewBox: `${-HALF_SIZE} ${-HALF_SIZE} ${size} ${size}`, role: "img", "aria-label": label },
	});
	svg.createSvg("title").setText(label);
	const count = data.axes.length;
	const grid = svg.createSvg("g", { cls: "alliance-journal-radar-grid", attr: { "aria-hidden": "true" } });
	for (let step = data.min; step <= data.max; step++) {
		const ring = data.axes.map((_, index) => radarPoint(index, count, (RADIUS * step) / data.max).join(",")).join(" ");
		grid.createSvg("polygon", { cls: "alliance-journal-radar-ring", attr: { points: ring } });
	}
	data.axes.forEach((axis, index) => {
		const [x, y] = radarPoint(index, count, RADIUS);
		grid.createSvg("line", { cls: "alliance-journal-radar-spoke", attr: { x1: 0, y1: 0, x2: x, y2: y } });
		const [lx, ly] = radarPoint(index, count, RADIUS + LABEL_OFFSET);
		const text = grid.createSvg("text", { cls: "alliance-journal-radar-axis-label", attr: { x: lx, y: ly } });
		text.setText(axis.label);
		text.createSvg("title").setText(axis.title);
	});
	data.seriesClasses.forEach((cls, series) => {
		const points = seriesPoints(data, series);
		const group = svg.createSvg("g", { cls: ["alliance-journal-radar-series", cls], attr: { "aria-hidden": "true", "data-series": series } });
		group.createSvg("polygon", { cls: "alliance-journal-radar-shape", attr: { points: points.map((point) => point.join(",")).join(" ") } });
		for (const [x, y] of points) group.createSvg("circle", { cls: "alliance-journal-radar-dot", attr: { cx: x, cy: y, r: DOT_RADIUS } });
	});
	return svg;
}
