/**
 * The ready-made bases of an alliance: every file reads back (with the
 * project's YAML reader, gray-matter's js-yaml) as a value of the shape of
 * Obsidian's `BasesConfigFile`, selects the alliance's own notes, and keeps a
 * hostile alliance name or KPI label as exactly the text it was.
 */
import fc from "fast-check";
import type { BasesConfigFile } from "obsidian";
import { describe, expect, it } from "vitest";
import {
	type AllianceBase,
	allianceBases,
	allianceBasesInput,
	type AllianceBasesInput,
	expressionString,
	LINE_CHART_VIEW_TYPE,
} from "../../../src/core/bases/alliance-bases";
import { toYaml, yamlString } from "../../../src/core/bases/bases-yaml";
import type { AllianceGroup } from "../../../src/core/index/vault-index";
import { readFrontmatterYamlText } from "../../../src/core/libraries/frontmatter-yaml";
import { DEFAULT_HEALTH_CHECK_DIMENSIONS, type KpiDefinition } from "../../../src/core/model";
import { loadVault } from "../../../src/cli/load-vault";
import { exampleVault } from "../../cli/cli-harness";

/** The generated configuration is assignable to the API's own type: a change of the typings breaks this file. */
const asApiType = (base: AllianceBase): BasesConfigFile => base.config;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * What is wrong with a value read from a `.base` file, measured against
 * `BasesConfigFile` in node_modules/obsidian/obsidian.d.ts (1.10.0+):
 * filters `string | { and | or | not: filter[] }`, properties
 * `Record<string, Record<string, any>>`, formulas and summaries
 * `Record<string, string>`, views `{ type: string; name: string; filters?;
 * groupBy?: {}; order?: string[]; summaries?: Record<string, string> }[]`.
 *
 * @returns one line per mistake, empty when the value fits
 */
function basesConfigMistakes(value: unknown): string[] {
	const mistakes: string[] = [];
	const filter = (at: string, candidate: unknown): void => {
		if (typeof candidate === "string") return;
		if (!isRecord(candidate)) return void mistakes.push(`${at}: a filter is a string or an object`);
		const keys = Object.keys(candidate);
		const [key] = keys;
		if (keys.length !== 1 || (key !== "and" && key !== "or" && key !== "not")) return void mistakes.push(`${at}: one of and, or, not`);
		const list = candidate[key];
		if (!Array.isArray(list)) return void mistakes.push(`${at}.${key}: a list`);
		list.forEach((item, position) => filter(`${at}.${key}[${position}]`, item));
	};
	const stringRecord = (at: string, candidate: unknown): void => {
		if (!isRecord(candidate)) return void mistakes.push(`${at}: a mapping`);
		for (const [key, entry] of Object.entries(candidate)) if (typeof entry !== "string") mistakes.push(`${at}.${key}: a string`);
	};
	if (!isRecord(value)) return ["the file: a mapping"];
	const known = new Set(["filters", "properties", "formulas", "summaries", "views"]);
	for (const key of Object.keys(value)) if (!known.has(key)) mistakes.push(`${key}: not a BasesConfigFile field`);
	if ("filters" in value) filter("filters", value.filters);
	if ("formulas" in value) stringRecord("formulas", value.formulas);
	if ("summaries" in value) stringRecord("summaries", value.summaries);
	if ("properties" in value) {
		if (!isRecord(value.properties)) mistakes.push("properties: a mapping");
		else for (const [key, entry] of Object.entries(value.properties)) if (!isRecord(entry)) mistakes.push(`properties.${key}: a mapping`);
	}
	if ("views" in value) {
		if (!Array.isArray(value.views)) mistakes.push("views: a list");
		else
			value.views.forEach((view: unknown, position) => {
				const at = `views[${position}]`;
				if (!isRecord(view)) return void mistakes.push(`${at}: a mapping`);
				if (typeof view.type !== "string") mistakes.push(`${at}.type: a string`);
				if (typeof view.name !== "string") mistakes.push(`${at}.name: a string`);
				if ("filters" in view) filter(`${at}.filters`, view.filters);
				if ("groupBy" in view && !isRecord(view.groupBy)) mistakes.push(`${at}.groupBy: a mapping`);
				if ("order" in view && !(Array.isArray(view.order) && view.order.every((id) => typeof id === "string"))) mistakes.push(`${at}.order: a list of strings`);
				if ("summaries" in view) stringRecord(`${at}.summaries`, view.summaries);
			});
	}
	return mistakes;
}

const kpi = (key: string, label: string, extra: Partial<KpiDefinition> = {}): KpiDefinition => ({ key, label, direction: "up", kind: "ends", line: 1, ...extra });

const ACME: AllianceBasesInput = {
	profilePath: "Alliances/Acme/Acme.md",
	name: "Acme",
	kpis: [kpi("joint_pipeline", "Joint pipeline", { unit: "k€", target: 1500 }), kpi("nps", "NPS")],
};

/** A base by kind. */
function baseOf(bases: AllianceBase[], kind: AllianceBase["kind"]): AllianceBase {
	const base = bases.find((candidate) => candidate.kind === kind);
	if (!base) throw new Error(`no ${kind} base`);
	return base;
}

describe("the structural check itself", () => {
	it("refuses what BasesConfigFile does not allow", () => {
		expect(basesConfigMistakes({ filters: { and: ["a"], or: ["b"] } })).toEqual(["filters: one of and, or, not"]);
		expect(basesConfigMistakes({ views: [{ type: "table" }] })).toEqual(["views[0].name: a string"]);
		expect(basesConfigMistakes({ formulas: { a: 1 }, view: [] })).toEqual(["view: not a BasesConfigFile field", "formulas.a: a string"]);
		expect(basesConfigMistakes({ filters: "type == 1", views: [] })).toEqual([]);
	});
});

describe("allianceBases", () => {
	it("makes meetings, reflections and stakeholders bases next to the profile, and no health-check base without health checks", () => {
		expect(allianceBases(ACME, "en").map((base) => base.path)).toEqual([
			"Alliances/Acme/Acme meetings.base",
			"Alliances/Acme/Acme reflections.base",
			"Alliances/Acme/Acme stakeholders.base",
		]);
		expect(allianceBases({ ...ACME, profilePath: "Acme.md" }, "nl").map((base) => base.path)).toEqual(["Acme overleggen.base", "Acme reflecties.base", "Acme stakeholders.base"]);
	});

	it("writes YAML that reads back as the configuration, in the shape of BasesConfigFile", () => {
		for (const base of allianceBases({ ...ACME, healthCheckDimensions: [...DEFAULT_HEALTH_CHECK_DIMENSIONS] }, "en")) {
			const read = readFrontmatterYamlText(base.text);
			expect(basesConfigMistakes(read), base.path).toEqual([]);
			expect(read, base.path).toEqual(asApiType(base));
		}
	});

	it("selects the alliance's own notes by type and by the link to its profile", () => {
		const bases = allianceBases(ACME, "en");
		expect(baseOf(bases, "meetings").config.filters).toEqual({ and: ['type == "alliance-meeting"', 'alliance == file("Alliances/Acme/Acme.md")'] });
		expect(baseOf(bases, "reflections").config.filters).toEqual({ and: ['type == "alliance-reflection"', 'alliance == file("Alliances/Acme/Acme.md")'] });
		expect(baseOf(bases, "stakeholders").config.filters).toEqual({ and: ['type == "alliance-stakeholder"', 'list(alliances).contains(file("Alliances/Acme/Acme.md"))'] });
	});

	it("shows each KPI of the table by its label and unit, with averages, and the date's latest", () => {
		const meetings = baseOf(allianceBases(ACME, "en"), "meetings").config;
		expect(meetings.properties["note.kpi_joint_pipeline"]).toEqual({ displayName: "Joint pipeline (k€)" });
		expect(meetings.properties["note.kpi_nps"]).toEqual({ displayName: "NPS" });
		const [table] = meetings.views;
		expect(table?.type).toBe("table");
		expect(table?.order).toEqual(["file.name", "note.date", "note.meeting_type", "note.kpi_joint_pipeline", "note.kpi_nps", "note.trust", "note.respect", "note.openness", "note.decision_clarity", "note.delivery"]);
		expect(table?.summaries).toMatchObject({ "note.date": "Latest", "note.kpi_nps": "Average", "note.trust": "Average" });
		expect(table?.sort).toEqual([{ property: "note.date", direction: "DESC" }]);
	});

	it("charts the KPIs over the date with their targets, and the ratings, in line chart views", () => {
		const charts = baseOf(allianceBases(ACME, "en"), "meetings").config.views.filter((view) => view.type === LINE_CHART_VIEW_TYPE);
		expect(charts.map((view) => view.name)).toEqual(["KPI trends", "Relationship ratings"]);
		expect(charts[0]).toMatchObject({ x: "note.date", y: ["note.kpi_joint_pipeline", "note.kpi_nps"], targets: { "note.kpi_joint_pipeline": 1500 } });
		expect(charts[1]).toMatchObject({ x: "note.date", y: ["note.trust", "note.respect", "note.openness", "note.decision_clarity", "note.delivery"] });
		// An alliance without KPIs gets no empty KPI chart.
		const without = baseOf(allianceBases({ ...ACME, kpis: [] }, "en"), "meetings").config.views.map((view) => view.name);
		expect(without).toEqual(["Meetings", "Relationship ratings"]);
	});

	it("works out 'contact due' as the dashboard does, and groups stakeholders by stance", () => {
		const stakeholders = baseOf(allianceBases(ACME, "en"), "stakeholders").config;
		expect(stakeholders.formulas?.contact_due).toBe("if(last_contact && contact_every_days, (today() - date(last_contact)).days > contact_every_days, false)");
		expect(stakeholders.views[0]?.groupBy).toEqual({ property: "note.stance", direction: "ASC" });
		expect(stakeholders.views[1]).toMatchObject({ name: "Contact due", filters: "formula.contact_due" });
	});

	it("makes a health-check base with our, their rating and the gap per dimension", () => {
		const base = baseOf(allianceBases({ ...ACME, healthCheckDimensions: ["trust", "speed_of_decisions"] }, "nl"), "health-checks");
		expect(base.path).toBe("Alliances/Acme/Acme gezondheidschecks.base");
		expect(base.config.filters).toEqual({ and: ['type == "alliance-health-check"', 'alliance == file("Alliances/Acme/Acme.md")'] });
		expect(base.config.views[0]?.order).toEqual([
			"file.name",
			"note.date",
			"note.ours_trust",
			"note.theirs_trust",
			"formula.gap_trust",
			"note.ours_speed_of_decisions",
			"note.theirs_speed_of_decisions",
			"formula.gap_speed_of_decisions",
		]);
		expect(base.config.properties["note.ours_trust"]).toEqual({ displayName: "Vertrouwen (wij)" });
		expect(base.config.properties["formula.gap_speed_of_decisions"]).toEqual({ displayName: "Speed of decisions: verschil" });
		expect(base.config.formulas?.gap_trust).toBe('if(note["ours_trust"] && note["theirs_trust"], (note["ours_trust"] - note["theirs_trust"]).abs())');
	});

	it("speaks the language asked for in view and column names, and keeps property names English", () => {
		const meetings = baseOf(allianceBases(ACME, "nl"), "meetings").config;
		expect(meetings.views.map((view) => view.name)).toEqual(["Overleggen", "KPI-trends", "Scores van de relatie"]);
		expect(meetings.properties["note.meeting_type"]).toEqual({ displayName: "Soort overleg" });
		expect(meetings.properties["note.delivery"]).toEqual({ displayName: "Nakomen van afspraken" });
	});

	it("is deterministic: the same alliance, the same text", () => {
		expect(allianceBases(ACME, "en").map((base) => base.text)).toEqual(allianceBases(ACME, "en").map((base) => base.text));
	});
});

describe("hostile alliance names, paths and KPI labels", () => {
	const HOSTILE = ['Acme "quoted"', "Acme: EMEA", "Acme #1", "- Acme", "Acme\nsecond: line", "'single'", "yes", "null", "2026-01-01", "@acme", "a\\b", " spaced ", "[[Acme]]", "{a: 1}", "*alias", "&anchor", "!tag", "%directive", "|", ">", "\u0085nel", "\u2028ls", "\u007fdel", "tab\there", "\ud800lone"];

	it.each(HOSTILE)("keeps %j as the same text in a KPI label and in the profile path", (text) => {
		const input: AllianceBasesInput = { profilePath: `Alliances/${text}/${text}.md`, name: "Acme", kpis: [kpi("x", text)], healthCheckDimensions: ["trust"] };
		for (const base of allianceBases(input, "en")) {
			const read = readFrontmatterYamlText(base.text);
			expect(basesConfigMistakes(read)).toEqual([]);
			expect(read).toEqual(base.config);
		}
		const meetings = baseOf(allianceBases(input, "en"), "meetings");
		expect(meetings.config.properties["note.kpi_x"]).toEqual({ displayName: text });
		expect(meetings.config.filters).toEqual({ and: ['type == "alliance-meeting"', `alliance == file(${expressionString(`Alliances/${text}/${text}.md`)})`] });
	});

	it("escapes quotes and backslashes inside the filter's string literal", () => {
		expect(expressionString('Alliances/"A"\\B.md')).toBe('"Alliances/\\"A\\"\\\\B.md"');
	});

	it("makes a file name no system refuses from a hostile alliance name", () => {
		const [meetings] = allianceBases({ profilePath: "Alliances/x.md", name: 'Acme: "EMEA"/*', kpis: [] }, "en");
		expect(meetings?.path).toBe("Alliances/Acme EMEA meetings.base");
	});
});

describe("the YAML writer", () => {
	it("reads back every string as the same text (any Unicode text)", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), (key, value) => {
				const document = { [key]: value, list: [value, { [value]: key }] };
				expect(readFrontmatterYamlText(toYaml(document))).toEqual(document);
			}),
			{ seed: 16, numRuns: 300 },
		);
	});

	it("quotes what YAML would read as something else, and nothing plain", () => {
		expect(yamlString("Meetings")).toBe("Meetings");
		expect(yamlString("note.kpi_nps")).toBe("note.kpi_nps");
		expect(yamlString("y")).toBe("'y'");
		expect(yamlString("True")).toBe("'True'");
		expect(yamlString("1e3")).toBe("'1e3'");
		expect(yamlString("a: b")).toBe("'a: b'");
		expect(yamlString("a\nb")).toBe('"a\\nb"');
	});

	it("writes numbers and booleans as they are and refuses a number YAML cannot hold", () => {
		expect(toYaml({ a: 1.5, b: false, c: [], d: {} })).toBe("a: 1.5\nb: false\nc: []\nd: {}\n");
		expect(() => toYaml({ a: Number.NaN })).toThrow(RangeError);
	});
});

describe("allianceBasesInput", () => {
	it("takes the name, profile and KPI table of the example vault's alliances", () => {
		const groups = loadVault(exampleVault).alliances();
		const northwind = groups.find((group) => group.profile.basename === "Northwind");
		if (!northwind) throw new Error("no Northwind");
		const input = allianceBasesInput(northwind);
		expect(input).toMatchObject({ profilePath: "Alliances/Northwind/Northwind.md", name: "Northwind" });
		expect(input.kpis.map((definition) => definition.key)).toEqual(["joint_pipeline", "on_time_delivery", "escalation_days", "joint_workshops"]);
	});

	it("names the dimensions its health checks rate, the defaults when they rate none, and none without health checks", () => {
		const group = { profile: { path: "A/A.md", basename: "A", kpis: [] }, meetings: [], reflections: [], stakeholders: [] } as unknown as AllianceGroup;
		expect(allianceBasesInput(group).healthCheckDimensions).toBeUndefined();
		const rated = { ...group, healthChecks: [{ ratings: [{ dimension: "trust" }, { dimension: "pace" }] }, { ratings: [{ dimension: "trust" }, { dimension: "value" }] }] };
		expect(allianceBasesInput(rated).healthCheckDimensions).toEqual(["trust", "pace", "value"]);
		expect(allianceBasesInput({ ...group, healthChecks: [{ ratings: [] }] }).healthCheckDimensions).toEqual([...DEFAULT_HEALTH_CHECK_DIMENSIONS]);
	});
});
