/**
 * A small line chart of a series, built as SVG elements (never markup): the
 * area under the line, the line, the target as a dashed line, and the latest
 * point marked. It scales with its viewBox to the width available; its
 * colour comes from a tone class. An `aria-label` and a `<title>` say the
 * values in words. A click opens the note of the nearest point.
 */
import { toneClass, type Tone } from "../render-context";
import { CHART_HEIGHT, CHART_WIDTH, nearestIndex, sparklineGeometry } from "./scale";

export interface SparklineOptions {
	/** The chart in words: what the label and title say. */
	label: string;
	tone: Tone;
	target?: number;
	min?: number;
	max?: number;
	/** Called with the index of the point nearest to a click. */
	onPick?: (index: number) => void;
	/** Extra classes (e.g. a smaller size). */
	cls?: string[];
}

/**
 * Adds a sparkline to `parent`.
 *
 * @returns the `<svg>` element
 */
export function renderSparkline(parent: HTMLElement, values: readonly number[], options: SparklineOptions): SVGSVGElement {
	const geometry = sparklineGeometry(values, options);
	const svg = parent.createSvg("svg", {
		cls: ["alliance-journal-sparkline", toneClass(options.tone), ...(options.cls ?? [])],
		attr: { viewBox: `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`, role: "img", "aria-label": options.label },
	});
	svg.createSvg("title").setText(options.label);
	const coordinates = geometry.points.map(([x, y]) => `${x},${y}`).join(" ");
	if (geometry.targetY !== undefined) {
		svg.createSvg("line", {
			cls: "alliance-journal-sparkline-target",
			attr: { x1: 0, x2: CHART_WIDTH, y1: geometry.targetY, y2: geometry.targetY, "vector-effect": "non-scaling-stroke" },
		});
	}
	const first = geometry.points[0];
	const last = geometry.points[geometry.points.length - 1];
	if (first && last && geometry.points.length > 1) {
		svg.createSvg("polygon", {
			cls: "alliance-journal-sparkline-area",
			attr: { points: `${first[0]},${CHART_HEIGHT} ${coordinates} ${last[0]},${CHART_HEIGHT}` },
		});
		svg.createSvg("polyline", {
			cls: "alliance-journal-sparkline-line",
			attr: { points: coordinates, "vector-effect": "non-scaling-stroke" },
		});
	}
	if (last) {
		svg.createSvg("circle", { cls: "alliance-journal-sparkline-latest", attr: { cx: last[0], cy: last[1], r: 3.5 } });
	}
	const onPick = options.onPick;
	if (onPick && values.length > 0) {
		svg.addClass("alliance-journal-clickable");
		svg.addEventListener("click", (event: MouseEvent) => {
			const box = svg.getBoundingClientRect();
			const x = box.width > 0 ? ((event.clientX - box.left) / box.width) * CHART_WIDTH : CHART_WIDTH;
			onPick(nearestIndex(x, values.length));
		});
	}
	return svg;
}

/**
 * The values of a series in words, the latest ones when there are many:
 * "… 93, 90, 88, 87".
 */
export function valuesInWords(values: readonly string[], keep = 6): string {
	if (values.length <= keep) return values.join(", ");
	return `… ${values.slice(-keep).join(", ")}`;
}
