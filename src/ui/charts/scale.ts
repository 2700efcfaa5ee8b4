/**
 * The geometry of a sparkline: where each value and the target sit in the
 * chart's coordinate box. Pure numbers, so it is tested without a DOM.
 */

/** The chart's coordinate box (the SVG viewBox); CSS scales it to the width available. */
export const CHART_WIDTH = 200;
export const CHART_HEIGHT = 36;
/** Room around the line so the latest point's marker is not cut off. */
export const CHART_PADDING = 4;

export interface SparklineGeometry {
	/** One [x, y] per value, left to right. */
	points: [number, number][];
	/** The y of the target line, when there is a target. */
	targetY?: number;
	/** The distance between two neighbouring points (0 for a single value). */
	step: number;
}

export interface ScaleOptions {
	target?: number;
	/** Fixed bounds (the 1–5 of a rating); otherwise the values' and the target's own range. */
	min?: number;
	max?: number;
	width?: number;
	height?: number;
	padding?: number;
}

/**
 * Places values evenly from left to right and scales them to the height,
 * higher values higher up; the target is always inside the range.
 *
 * @example sparklineGeometry([1, 3], { width: 10, height: 10, padding: 0 }).points // [[0, 10], [10, 0]]
 */
export function sparklineGeometry(values: readonly number[], options: ScaleOptions = {}): SparklineGeometry {
	const { width = CHART_WIDTH, height = CHART_HEIGHT, padding = CHART_PADDING, target } = options;
	const bounds = [...values, ...(target === undefined ? [] : [target])];
	let low = options.min ?? Math.min(...bounds);
	let high = options.max ?? Math.max(...bounds);
	if (!Number.isFinite(low) || !Number.isFinite(high)) {
		low = 0;
		high = 1;
	}
	if (high === low) {
		// A flat line sits in the middle, not on the edge.
		low -= 1;
		high += 1;
	}
	const innerWidth = width - 2 * padding;
	const innerHeight = height - 2 * padding;
	const step = values.length > 1 ? innerWidth / (values.length - 1) : 0;
	const y = (value: number): number => round(padding + ((high - value) / (high - low)) * innerHeight);
	const points = values.map((value, index): [number, number] => [
		round(values.length > 1 ? padding + index * step : width / 2),
		y(value),
	]);
	const geometry: SparklineGeometry = { points, step };
	if (target !== undefined) geometry.targetY = y(target);
	return geometry;
}

/**
 * The value nearest to an x position in the chart's box (for a click).
 *
 * @example nearestIndex(100, 5, { width: 200, padding: 0 }) // 2
 */
export function nearestIndex(x: number, count: number, options: { width?: number; padding?: number } = {}): number {
	const { width = CHART_WIDTH, padding = CHART_PADDING } = options;
	if (count <= 1) return 0;
	const step = (width - 2 * padding) / (count - 1);
	return Math.max(0, Math.min(count - 1, Math.round((x - padding) / step)));
}

/** Two decimals are plenty for a chart a few hundred pixels wide, and keep the attributes short. */
function round(value: number): number {
	return Math.round(value * 100) / 100;
}
