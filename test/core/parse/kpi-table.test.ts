import { describe, expect, it } from "vitest";
import type { RawTable } from "../../../src/core/parse/block-types";
import { kpiKey, parseTarget, readKpiTable } from "../../../src/core/parse/kpi-table";
import { lineOf, NoteBuilder } from "../helpers/note-builder";
import { parse, parseProfile } from "../helpers/parse";

const PATH = "Alliances/Acme.md";

function table(header: string[], ...rows: string[][]): RawTable {
	return { header: { cells: header, line: 10 }, rows: rows.map((cells, index) => ({ cells, line: 12 + index })) };
}

describe("the KPI table of an alliance profile", () => {
	it("reads every column in English", () => {
		const note = NoteBuilder.profile().section("KPIs", [
			"| key | label | unit | target | direction | kind |",
			"| --- | --- | --- | --- | --- | --- |",
			"| on_time_delivery | On-time delivery | % | 95 | up | ends |",
			"| escalations | Escalations | # | 2 | down | means |",
		]);
		const text = note.build();
		const result = parse(note, PATH);
		expect(result.problems).toEqual([]);
		expect(result.note).toMatchObject({
			kpis: [
				{ key: "on_time_delivery", label: "On-time delivery", unit: "%", target: 95, direction: "up", kind: "ends", line: lineOf(text, "| on_time") },
				{ key: "escalations", label: "Escalations", unit: "#", target: 2, direction: "down", kind: "means", line: lineOf(text, "| escalations") },
			],
		});
	});

	it("reads Dutch headers in any order, ↓ and omlaag, and targets like 95% and 1.500", () => {
		const profile = parseProfile(
			NoteBuilder.profile().section("KPI's", [
				"| Naam | Sleutel | Doel | Richting | Soort | Eenheid |",
				"|:--|:-:|--:|---|---|---|",
				"| Leverbetrouwbaarheid | levering | 95% | ↑ | resultaat | % |",
				"| Escalaties | escalaties | 3 | ↓ | samenwerking | |",
				"| Omzet | omzet | € 1.500 | omhoog | | EUR |",
				"| Klachten | klachten | 2,5 | omlaag | proces | |",
			]),
		);
		expect(profile.kpis.map(({ key, label, target, direction, kind, unit }) => ({ key, label, target, direction, kind, unit }))).toEqual([
			{ key: "levering", label: "Leverbetrouwbaarheid", target: 95, direction: "up", kind: "ends", unit: "%" },
			{ key: "escalaties", label: "Escalaties", target: 3, direction: "down", kind: "means", unit: undefined },
			{ key: "omzet", label: "Omzet", target: 1500, direction: "up", kind: "ends", unit: "EUR" },
			{ key: "klachten", label: "Klachten", target: 2.5, direction: "down", kind: "means", unit: undefined },
		]);
	});

	it("a table with only a label column makes keys from the labels; empty direction is up, empty kind is ends", () => {
		const profile = parseProfile(NoteBuilder.profile().section("KPIs", ["| KPI |", "| --- |", "| On-time delivery |", "| NPS score |"]));
		expect(profile.kpis).toEqual([
			{ key: "on_time_delivery", label: "On-time delivery", direction: "up", kind: "ends", line: 8 },
			{ key: "nps_score", label: "NPS score", direction: "up", kind: "ends", line: 9 },
		]);
	});

	it("a KPI key written twice is a problem on the second row's line; the first row counts", () => {
		const note = NoteBuilder.profile().section("KPIs", ["| key | target |", "| --- | --- |", "| nps | 40 |", "| NPS | 50 |"]);
		const text = note.build();
		const result = parse(note, PATH);
		expect(result.note).toMatchObject({ kpis: [{ key: "nps", target: 40 }] });
		expect(result.problems).toEqual([
			{
				path: PATH,
				line: lineOf(text, "| NPS"),
				severity: "error",
				code: "kpi-table-invalid",
				field: "kpis",
				kpi: { key: "nps" },
				allowed: { kind: "unique-key" },
			},
		]);
	});

	it("a direction nobody knows is a problem on the row's line, and the KPI still counts", () => {
		const note = NoteBuilder.profile().section("KPIs", ["| key | direction |", "| --- | --- |", "| nps | sideways |"]);
		const text = note.build();
		const result = parse(note, PATH);
		expect(result.problems).toEqual([
			expect.objectContaining({ code: "kpi-table-invalid", line: lineOf(text, "sideways"), field: "kpis", kpi: { key: "nps", column: "direction" }, found: "sideways", allowed: { kind: "one-of", values: ["up", "down"] } }),
		]);
		expect(result.note).toMatchObject({ kpis: [{ key: "nps", direction: "up" }] });
	});

	it("an unknown kind and an unreadable target are problems too", () => {
		const result = parse(NoteBuilder.profile().section("KPIs", ["| key | kind | target |", "|---|---|---|", "| nps | vibes | lots |"]), PATH);
		expect(result.problems.map((problem) => [problem.kpi, problem.found, problem.allowed])).toEqual([
			[{ key: "nps", column: "kind" }, "vibes", { kind: "one-of", values: ["ends", "means"] }],
			[{ key: "nps", column: "target" }, "lots", { kind: "number-or-empty" }],
		]);
	});

	it("a table without a key or label column is one problem on the header line", () => {
		const note = NoteBuilder.profile().section("KPIs", ["| target | unit |", "| --- | --- |", "| 95 | % |"]);
		const result = parse(note, PATH);
		expect(result.problems).toEqual([expect.objectContaining({ code: "kpi-table-invalid", line: lineOf(note.build(), "| target"), field: "kpis", found: "target | unit" })]);
		expect(result.note).toMatchObject({ kpis: [] });
	});

	it("rows with an empty key are skipped, a '-' target means no target", () => {
		expect(readKpiTable(table(["key", "target"], ["", "4"], ["nps", "-"]), PATH)).toEqual({
			kpis: [{ key: "nps", label: "nps", direction: "up", kind: "ends", line: 13 }],
			problems: [],
		});
	});

	it("a table read by remark (with a backtick or escaped pipe) gives the same KPIs", () => {
		const profile = parseProfile(NoteBuilder.profile().section("KPIs", ["| key | label |", "| --- | --- |", "| nps | `NPS` a\\|b |"]));
		expect(profile.kpis).toEqual([expect.objectContaining({ key: "nps", label: "`NPS` a\\|b" })]);
	});

	it("a KPIs section without a table has no KPIs and no problems", () => {
		const result = parse(NoteBuilder.profile().section("KPIs", ["We have not agreed on KPIs yet."]), PATH);
		expect(result).toMatchObject({ note: { kpis: [] }, problems: [] });
	});

	it("two KPI tables: the first one's KPI wins for a key written in both", () => {
		const profile = parseProfile(
			NoteBuilder.profile()
				.section("KPIs", ["| key | target |", "|---|---|", "| nps | 40 |"])
				.section("KPI's", ["| sleutel | doel |", "|---|---|", "| nps | 60 |", "| omzet | 5 |"]),
		);
		expect(profile.kpis.map((kpi) => [kpi.key, kpi.target])).toEqual([
			["nps", 40],
			["omzet", 5],
		]);
	});
});

describe("targets as people write them", () => {
	it.each([
		["95", 95],
		["95%", 95],
		["95 %", 95],
		["1.500", 1500],
		["1,500", 1500],
		["1.500.000", 1500000],
		["2,5", 2.5],
		["2.5", 2.5],
		["€ 1500", 1500],
		["-3", -3],
	])("%s is %d", (text, value) => {
		expect(parseTarget(text)).toBe(value);
	});

	it.each(["", "-", "n/a", "1.2.3,4"])("%j is no number", (text) => {
		expect(parseTarget(text)).toBeUndefined();
	});
});

describe("KPI keys", () => {
	it("match kpi_<key> properties: lower case, words joined by _", () => {
		expect(kpiKey("On-time delivery")).toBe("on_time_delivery");
		expect(kpiKey("NPS")).toBe("nps");
		expect(kpiKey("on_time_delivery")).toBe("on_time_delivery");
	});
});
