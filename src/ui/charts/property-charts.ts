/**
 * The charts of a Bases "Line chart" view, from the rows of the base: per
 * number property a chart over a date property, a line per group, and its
 * target. Pure: rows come as texts by property id, so it is tested without
 * Obsidian (the adapter, src/obsidian/bases-line-chart.ts, reads the rows).
 *
 * The view's options, as a view of a `.base` file writes them:
 * - `x`: the date property (default `note.date`);
 * - `y`: the number properties drawn (a list); none, and the view's shown properties are drawn;
 * - `targets`: a target per property of `y` (`{ note.kpi_nps: 40 }`);
 * - `target`: one target value for every chart; `targetProperty`: a property holding the target.
 */
import type { DayString, TimePoint, TimeSeries } from "./time-chart";

/** A Bases property id: `note.date`, `formula.gap`, `file.ctime`. */
export type PropertyId = `${"note" | "formula" | "file"}.${string}`;
/** The option keys the view reads (the generated `.base` files write `x`, `y` and `targets`). */
export const LINE_CHART_OPTIONS = { x: "x", y: "y", targets: "targets", target: "target", targetProperty: "targetProperty" } as const;
/** The x axis when the view names none: the journal's notes are dated by `date`. */
export const DEFAULT_X: PropertyId = "note.date";
const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;
const MAX_MONTH = 12;
const MAX_DAY = 31;
const PROPERTY_ID = /^(note|formula|file)\../;

/** The view's configuration as far as the charts need it: an option's value, and the properties shown. */
export interface ViewOptions {
	get(key: string): unknown;
	order(): readonly string[];
}

/** One row as the chart reads it: its note and its values by property id. */
export interface ChartRow {
	path: string;
	/** The value's text (Bases writes a date `YYYY-MM-DD…`, a number as digits); null when it has none. */
	value(id: PropertyId): string | null;
}

/** The rows of a group; `name` is absent when the base is not grouped. */
export interface ChartGroup {
	name?: string;
	rows: readonly ChartRow[];
}

/** What the view draws: its x axis, its lines and their targets. */
export interface LineChartSettings {
	x: PropertyId;
	y: readonly PropertyId[];
	/** A target per property of `y`. */
	targets: Readonly<Record<string, number>>;
	/** The target of every chart without its own. */
	target?: number;
	/** A property whose latest value is the target of every chart without its own. */
	targetProperty?: PropertyId;
}

/** One chart: a property over time, a line per group. */
export interface PropertyChart {
	id: PropertyId;
	series: TimeSeries<string>[];
	target?: number;
}

/**
 * The `YYYY-MM-DD` date a value starts with (a date, a date and time, or text holding one).
 *
 * @example dayOf("2026-03-05T10:00") // "2026-03-05"
 */
export function dayOf(value: string | null): DayString | undefined {
	const match = value === null ? null : DATE_PREFIX.exec(value);
	if (!match) return undefined;
	const month = Number(match[2]);
	const day = Number(match[3]);
	return month >= 1 && month <= MAX_MONTH && day >= 1 && day <= MAX_DAY ? match[0] : undefined;
}

/**
 * The number a value holds (a number, or text that is one); undefined for anything else.
 *
 * @example numberOf("87.5") // 87.5
 */
export function numberOf(value: string | null): number | undefined {
	const text = value?.trim() ?? "";
	if (text === "") return undefined;
	const number = Number(text);
	return Number.isFinite(number) ? number : undefined;
}

/** Property ids from a view option: a list, one id, or nothing. */
function propertyIds(option: unknown): PropertyId[] {
	const list: unknown[] = Array.isArray(option) ? option : option === undefined || option === null ? [] : [option];
	return list.filter((id): id is PropertyId => typeof id === "string" && PROPERTY_ID.test(id));
}

/** A number from an option written as a number or as text. */
function optionNumber(option: unknown): number | undefined {
	if (typeof option === "number") return Number.isFinite(option) ? option : undefined;
	if (typeof option !== "string" || option.trim() === "") return undefined;
	const number = Number(option.trim());
	return Number.isFinite(number) ? number : undefined;
}

/**
 * The view's settings from its configuration: `y` as listed, else the
 * shown properties other than `x` (those without numbers draw nothing).
 */
export function lineChartSettings(config: ViewOptions): LineChartSettings {
	const x = propertyIds(config.get(LINE_CHART_OPTIONS.x))[0] ?? DEFAULT_X;
	const listed = propertyIds(config.get(LINE_CHART_OPTIONS.y));
	const y = listed.length > 0 ? listed : propertyIds(config.order()).filter((id) => id !== x);
	const targets: Record<string, number> = {};
	const written = config.get(LINE_CHART_OPTIONS.targets);
	if (written && typeof written === "object" && !Array.isArray(written)) {
		for (const [id, value] of Object.entries(written)) {
			const number = optionNumber(value);
			if (number !== undefined) targets[id] = number;
		}
	}
	const settings: LineChartSettings = { x, y, targets };
	const target = optionNumber(config.get(LINE_CHART_OPTIONS.target));
	if (target !== undefined) settings.target = target;
	const targetProperty = propertyIds(config.get(LINE_CHART_OPTIONS.targetProperty))[0];
	if (targetProperty) settings.targetProperty = targetProperty;
	return settings;
}

/** The number in `id` of the row with the latest date that has one. */
function latestNumber(groups: readonly ChartGroup[], x: PropertyId, id: PropertyId): number | undefined {
	let latest: { date: DayString; value: number } | undefined;
	for (const group of groups) {
		for (const row of group.rows) {
			const date = dayOf(row.value(x));
			const value = numberOf(row.value(id));
			if (date !== undefined && value !== undefined && (!latest || date >= latest.date)) latest = { date, value };
		}
	}
	return latest?.value;
}

/**
 * The charts of a base's rows: per property of `y` that has a number in a
 * dated row, a line per group (in the base's order), and its target.
 *
 * @example propertyCharts([{ rows }], { x: "note.date", y: ["note.kpi_nps"], targets: { "note.kpi_nps": 40 } })[0].target // 40
 */
export function propertyCharts(groups: readonly ChartGroup[], settings: LineChartSettings): PropertyChart[] {
	const fallback = settings.targetProperty ? latestNumber(groups, settings.x, settings.targetProperty) : undefined;
	const charts: PropertyChart[] = [];
	for (const id of settings.y) {
		const series: TimeSeries<string>[] = [];
		for (const group of groups) {
			const points: TimePoint<string>[] = [];
			for (const row of group.rows) {
				const date = dayOf(row.value(settings.x));
				const value = numberOf(row.value(id));
				if (date !== undefined && value !== undefined) points.push({ date, value, source: row.path });
			}
			if (points.length > 0) series.push(group.name === undefined ? { points } : { name: group.name, points });
		}
		if (series.length === 0) continue;
		const chart: PropertyChart = { id, series };
		const target = settings.targets[id] ?? fallback ?? settings.target;
		if (target !== undefined) chart.target = target;
		charts.push(chart);
	}
	return charts;
}

/** The first and last date drawn, shared by every chart of the view so they line up. */
export function sharedRange(charts: readonly PropertyChart[]): { start: DayString; end: DayString } | undefined {
	let start: DayString | undefined;
	let end: DayString | undefined;
	for (const chart of charts) {
		for (const series of chart.series) {
			for (const point of series.points) {
				if (start === undefined || point.date < start) start = point.date;
				if (end === undefined || point.date > end) end = point.date;
			}
		}
	}
	return start !== undefined && end !== undefined ? { start, end } : undefined;
}

