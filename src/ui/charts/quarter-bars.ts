/**
 * Quick wins per quarter as small bars: the whole bar is every win of the
 * quarter, the filled part those already shared in the own organisation.
 * SVG elements only; the words are in its `aria-label` and `<title>`.
 */
import type { QuarterCount } from "../../core/analytics/dashboard-model";

const WIDTH = 200;
const HEIGHT = 40;
const GAP = 4;

/** The bars' rectangles: x, width, and the heights of all wins and of the shared ones. */
export function quarterBarGeometry(quarters: readonly QuarterCount[]): { x: number; width: number; total: number; shared: number }[] {
	const most = Math.max(1, ...quarters.map((quarter) => quarter.count));
	const width = quarters.length > 0 ? (WIDTH - GAP * (quarters.length - 1)) / quarters.length : 0;
	return quarters.map((quarter, index) => ({
		x: Math.round(index * (width + GAP) * 100) / 100,
		width: Math.round(width * 100) / 100,
		total: Math.round((quarter.count / most) * HEIGHT * 100) / 100,
		shared: Math.round((quarter.communicated / most) * HEIGHT * 100) / 100,
	}));
}

/** Adds the bar chart to `parent`; `label` states every quarter in words. */
export function renderQuarterBars(parent: HTMLElement, quarters: readonly QuarterCount[], label: string): SVGSVGElement {
	const svg = parent.createSvg("svg", {
		cls: "alliance-journal-bars",
		attr: { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": label },
	});
	svg.createSvg("title").setText(label);
	for (const bar of quarterBarGeometry(quarters)) {
		svg.createSvg("rect", {
			cls: "alliance-journal-bar-total",
			attr: { x: bar.x, width: bar.width, y: HEIGHT - bar.total, height: bar.total, rx: 1.5 },
		});
		if (bar.shared > 0) {
			svg.createSvg("rect", {
				cls: "alliance-journal-bar-shared",
				attr: { x: bar.x, width: bar.width, y: HEIGHT - bar.shared, height: bar.shared, rx: 1.5 },
			});
		}
	}
	return svg;
}
