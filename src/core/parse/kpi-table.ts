/**
 * Reading an alliance profile's KPI table:
 *
 * | key | label | unit | target | direction | kind |
 * | --- | --- | --- | --- | --- | --- |
 * | on_time_delivery | On-time delivery | % | 95 | up | ends |
 *
 * Column headers may be English or Dutch (sleutel, naam, eenheid, doel,
 * richting, soort) and come in any order.
 */
import type { KpiDefinition, KpiDirection, KpiKind, Problem } from "../model";
import { makeProblem } from "../schema/validate";
import type { RawTable } from "./block-types";
import { normalizeHeading } from "./headings";

type Column = "key" | "label" | "unit" | "target" | "direction" | "kind";

/** The field a KPI table problem names: the profile's KPI table. */
const KPI_FIELD = "kpis";
/** The columns a KPI table may have, as a problem lists them. */
const HEADER_COLUMNS: readonly Column[] = ["key", "label", "unit", "target", "direction", "kind"];

const COLUMN_NAMES: Record<Column, readonly string[]> = {
	key: ["key", "id", "sleutel", "code"],
	label: ["label", "name", "kpi", "naam", "omschrijving", "description"],
	unit: ["unit", "eenheid"],
	target: ["target", "goal", "doel", "streefwaarde", "norm"],
	direction: ["direction", "better", "richting", "beter"],
	kind: ["kind", "type", "soort"],
};

const DIRECTION_WORDS: Record<string, KpiDirection> = {
	up: "up", higher: "up", hoger: "up", omhoog: "up", increase: "up", stijgen: "up",
	down: "down", lower: "down", lager: "down", omlaag: "down", decrease: "down", dalen: "down",
};

/** Reads "up", "omlaag", "↑" and the like; an empty cell means higher is better. */
function readDirection(text: string): KpiDirection | undefined {
	if (text.includes("↓")) return "down";
	if (text.includes("↑")) return "up";
	const word = normalizeHeading(text);
	return word === "" ? "up" : DIRECTION_WORDS[word];
}
const KIND_WORDS: Record<string, KpiKind> = {
	ends: "ends", end: "ends", result: "ends", outcome: "ends", resultaat: "ends", doel: "ends",
	means: "means", mean: "means", process: "means", collaboration: "means", proces: "means", samenwerking: "means", middel: "means", middelen: "means",
};

/**
 * Normalises a KPI key the way `kpi_<key>` properties are matched.
 *
 * @example kpiKey("On-time delivery") // "on_time_delivery"
 */
export function kpiKey(text: string): string {
	return normalizeHeading(text).replace(/ /g, "_");
}

/**
 * Reads a number as people write targets: `95`, `95 %`, `1.500`, `2,5`, `€ 1500`.
 *
 * @returns the number, or `undefined` when there is none
 */
export function parseTarget(text: string): number | undefined {
	let digits = text.replace(/[^\d.,-]/g, "");
	if (digits === "" || digits === "-") return undefined;
	if (/^-?\d{1,3}(\.\d{3})+$/.test(digits)) digits = digits.replace(/\./g, "");
	else if (/^-?\d{1,3}(,\d{3})+$/.test(digits)) digits = digits.replace(/,/g, "");
	else digits = digits.replace(",", ".");
	const value = Number(digits);
	return Number.isFinite(value) ? value : undefined;
}

/**
 * Turns the profile's KPI table into KPI definitions, with a problem for every
 * row that cannot be read.
 */
export function readKpiTable(table: RawTable, path: string): { kpis: KpiDefinition[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const columns = new Map<Column, number>();
	table.header.cells.forEach((cell, index) => {
		const name = normalizeHeading(cell);
		for (const [column, names] of Object.entries(COLUMN_NAMES) as [Column, readonly string[]][]) {
			if (!columns.has(column) && names.includes(name)) columns.set(column, index);
		}
	});
	const keyColumn = columns.get("key") ?? columns.get("label");
	if (keyColumn === undefined) {
		problems.push(
			makeProblem(path, table.header.line, "kpi-table-invalid", "error", {
				field: KPI_FIELD,
				found: table.header.cells.join(" | "),
				allowed: { kind: "kpi-header", columns: [...HEADER_COLUMNS] },
			}),
		);
		return { kpis: [], problems };
	}
	const kpis: KpiDefinition[] = [];
	const seen = new Set<string>();
	for (const row of table.rows) {
		const cell = (column: Column): string => {
			const index = columns.get(column);
			return index === undefined ? "" : (row.cells[index] ?? "").trim();
		};
		const key = kpiKey(row.cells[keyColumn] ?? "");
		if (!key) continue;
		if (seen.has(key)) {
			problems.push(makeProblem(path, row.line, "kpi-table-invalid", "error", { field: KPI_FIELD, kpi: { key }, allowed: { kind: "unique-key" } }));
			continue;
		}
		seen.add(key);
		const direction = readDirection(cell("direction"));
		if (!direction) {
			problems.push(makeProblem(path, row.line, "kpi-table-invalid", "error", { field: KPI_FIELD, kpi: { key, column: "direction" }, found: cell("direction"), allowed: { kind: "one-of", values: ["up", "down"] } }));
		}
		const kindText = normalizeHeading(cell("kind"));
		const kind = kindText === "" ? "ends" : KIND_WORDS[kindText];
		if (!kind) {
			problems.push(makeProblem(path, row.line, "kpi-table-invalid", "error", { field: KPI_FIELD, kpi: { key, column: "kind" }, found: cell("kind"), allowed: { kind: "one-of", values: ["ends", "means"] } }));
		}
		const targetText = cell("target");
		const target = targetText === "" || targetText === "-" ? undefined : parseTarget(targetText);
		if (targetText !== "" && targetText !== "-" && target === undefined) {
			problems.push(makeProblem(path, row.line, "kpi-table-invalid", "error", { field: KPI_FIELD, kpi: { key, column: "target" }, found: targetText, allowed: { kind: "number-or-empty" } }));
		}
		const definition: KpiDefinition = {
			key,
			label: cell("label") || (row.cells[keyColumn] ?? key),
			direction: direction ?? "up",
			kind: kind ?? "ends",
			line: row.line,
		};
		const unit = cell("unit");
		if (unit) definition.unit = unit;
		if (target !== undefined) definition.target = target;
		kpis.push(definition);
	}
	return { kpis, problems };
}
