/**
 * Ready-made Bases (`.base` files) for one alliance: its meetings (KPIs and
 * ratings, with a table and a line chart), its reflections, its stakeholders
 * (with "contact due" worked out by Bases itself) and, when it has any, its
 * joint health checks. Each base lives next to the alliance's profile and
 * selects that alliance's notes by their `type` and their link to the profile.
 *
 * Pure: from the alliance's facts to file paths and YAML text.
 */
import type { AllianceGroup } from "../index/vault-index";
import type { Language } from "../i18n/language";
import { BASES_MESSAGES, type BasesMessageKey } from "../i18n/messages/bases";
import { translator } from "../i18n/translate";
import { DEFAULT_HEALTH_CHECK_DIMENSIONS, type KpiDefinition, RATING_KEYS, type RatingKey } from "../model";
import { sanitizeSegment } from "../templates/file-name";
import { toYaml, type YamlValue } from "./bases-yaml";

/**
 * The view type of the plugin's Bases line chart. Its options, as written in
 * a view of a `.base` file:
 * - `x`: the property id on the x axis (a date), e.g. `note.date`;
 * - `y`: the property ids drawn as lines, e.g. `[note.kpi_nps, note.kpi_revenue]`;
 * - `targets`: optional, a target value per property id of `y`, e.g. `{ note.kpi_nps: 40 }`.
 */
export const LINE_CHART_VIEW_TYPE = "alliance-journal-line-chart";
export const BASE_EXTENSION = ".base";

/** The kinds of base made for an alliance. */
export type AllianceBaseKind = "meetings" | "reflections" | "stakeholders" | "health-checks";

/** What the bases of one alliance are made from. */
export interface AllianceBasesInput {
	/** The profile's vault path, e.g. `Alliances/Acme/Acme.md`. */
	profilePath: string;
	/** The alliance's name (the profile's file name). */
	name: string;
	/** Its KPI table, in the order written. */
	kpis: readonly KpiDefinition[];
	/**
	 * The dimensions its health-check notes rate, in order; `undefined` when
	 * it has no health-check notes (then no health-check base is made).
	 */
	healthCheckDimensions?: readonly string[];
}

/** A `.base` file to write. */
export interface AllianceBase {
	kind: AllianceBaseKind;
	/** Its vault path, next to the profile. */
	path: string;
	/** The configuration it holds (the shape of Obsidian's `BasesConfigFile`). */
	config: BaseConfig;
	/** The same as YAML, the file's text. */
	text: string;
}

/** A filter: one expression, or `and`/`or`/`not` of filters. */
export type BaseFilter = string | { and: BaseFilter[] } | { or: BaseFilter[] } | { not: BaseFilter[] };

/** A view of a base (the fields Bases knows, and the options of the plugin's line chart). */
export interface BaseView {
	type: string;
	name: string;
	filters?: BaseFilter;
	order?: string[];
	sort?: { property: string; direction: "ASC" | "DESC" }[];
	groupBy?: { property: string; direction: "ASC" | "DESC" };
	summaries?: Record<string, string>;
	x?: string;
	y?: string[];
	targets?: Record<string, number>;
}

/** A `.base` file's content. */
export interface BaseConfig {
	filters: BaseFilter;
	formulas?: Record<string, string>;
	properties: Record<string, { displayName: string }>;
	views: BaseView[];
}

/** A health check's ratings, as far as the bases need them (the index's health-check notes have this shape). */
interface RatedDimensions {
	ratings: readonly { dimension: string }[];
}

/**
 * The input for an alliance's bases, from its group in the index. The
 * health-check dimensions are those its health-check notes rate (in the
 * order first seen), or the default ones when they rate none.
 *
 * @example allianceBasesInput(group).healthCheckDimensions // undefined when the alliance has no health checks
 */
export function allianceBasesInput(group: Pick<AllianceGroup, "profile"> & { healthChecks?: readonly RatedDimensions[] }): AllianceBasesInput {
	const input: AllianceBasesInput = { profilePath: group.profile.path, name: group.profile.basename, kpis: group.profile.kpis };
	const checks = group.healthChecks ?? [];
	if (checks.length > 0) {
		const seen = new Set<string>();
		for (const check of checks) for (const rating of check.ratings) seen.add(rating.dimension);
		input.healthCheckDimensions = seen.size > 0 ? [...seen] : [...DEFAULT_HEALTH_CHECK_DIMENSIONS];
	}
	return input;
}

/**
 * A text as a string literal of the Bases expression language: in double
 * quotes, with `\` and `"` escaped.
 *
 * @example expressionString('Alliances/"A"/A.md') // '"Alliances/\\"A\\"/A.md"'
 */
export function expressionString(text: string): string {
	return `"${text.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

/** A note property of any name, as an expression (`note["kpi_x"]`). */
function noteProperty(name: string): string {
	return `note[${expressionString(name)}]`;
}

/** The property id of a note property, as views and `properties` name it. */
function noteId(name: string): string {
	return `note.${name}`;
}

/** The filter for the notes of a type that belong to the alliance through a link property. */
function allianceFilter(type: string, profilePath: string, linkProperty: "alliance" | "alliances"): BaseFilter {
	const profile = `file(${expressionString(profilePath)})`;
	// A link compares equal to the file it resolves to; list() also takes a single link written without a list.
	const belongs = linkProperty === "alliance" ? `alliance == ${profile}` : `list(alliances).contains(${profile})`;
	return { and: [`type == ${expressionString(type)}`, belongs] };
}

type Translate = (key: BasesMessageKey, values?: Record<string, string | number>) => string;

const RATING_COLUMNS: Readonly<Record<RatingKey, BasesMessageKey>> = {
	trust: "column.trust",
	respect: "column.respect",
	openness: "column.openness",
	decision_clarity: "column.decision_clarity",
	delivery: "column.delivery",
};

/** The KPI's column name: its label, with its unit when it has one. */
function kpiColumn(kpi: KpiDefinition, t: Translate): string {
	return kpi.unit ? t("column.kpi", { label: kpi.label, unit: kpi.unit }) : kpi.label;
}

const NEWEST_FIRST = [{ property: noteId("date"), direction: "DESC" as const }];
const OLDEST_FIRST = [{ property: noteId("date"), direction: "ASC" as const }];
const AVERAGE = "Average";
const LATEST = "Latest";
const CHECKED = "Checked";

/** The meetings base: date, type, every KPI and rating; a table, a KPI line chart with targets, a ratings line chart. */
function meetingsBase(input: AllianceBasesInput, t: Translate): BaseConfig {
	const kpiIds = input.kpis.map((kpi) => noteId(`kpi_${kpi.key}`));
	const ratingIds = RATING_KEYS.map((key) => noteId(key));
	const properties: BaseConfig["properties"] = {
		[noteId("date")]: { displayName: t("column.date") },
		[noteId("meeting_type")]: { displayName: t("column.meeting-type") },
	};
	input.kpis.forEach((kpi, position) => (properties[kpiIds[position] ?? ""] = { displayName: kpiColumn(kpi, t) }));
	for (const key of RATING_KEYS) properties[noteId(key)] = { displayName: t(RATING_COLUMNS[key]) };
	const summaries: Record<string, string> = { [noteId("date")]: LATEST };
	for (const id of [...kpiIds, ...ratingIds]) summaries[id] = AVERAGE;
	const views: BaseView[] = [
		{
			type: "table",
			name: t("view.meetings"),
			order: ["file.name", noteId("date"), noteId("meeting_type"), ...kpiIds, ...ratingIds],
			sort: NEWEST_FIRST,
			summaries,
		},
	];
	if (kpiIds.length > 0) {
		const targets: Record<string, number> = {};
		input.kpis.forEach((kpi, position) => {
			if (kpi.target !== undefined) targets[kpiIds[position] ?? ""] = kpi.target;
		});
		views.push({ type: LINE_CHART_VIEW_TYPE, name: t("view.kpi-trends"), order: [noteId("date"), ...kpiIds], sort: OLDEST_FIRST, x: noteId("date"), y: kpiIds, targets });
	}
	views.push({ type: LINE_CHART_VIEW_TYPE, name: t("view.ratings"), order: [noteId("date"), ...ratingIds], sort: OLDEST_FIRST, x: noteId("date"), y: ratingIds });
	return { filters: allianceFilter("alliance-meeting", input.profilePath, "alliance"), properties, views };
}

/** The reflections base: date, trigger, relationship rating, adoption stage; a table and a line chart of the relationship. */
function reflectionsBase(input: AllianceBasesInput, t: Translate): BaseConfig {
	const columns: [string, BasesMessageKey][] = [
		["date", "column.date"],
		["trigger", "column.trigger"],
		["relationship", "column.relationship"],
		["adoption_stage", "column.adoption-stage"],
	];
	const properties: BaseConfig["properties"] = {};
	for (const [name, key] of columns) properties[noteId(name)] = { displayName: t(key) };
	return {
		filters: allianceFilter("alliance-reflection", input.profilePath, "alliance"),
		properties,
		views: [
			{
				type: "table",
				name: t("view.reflections"),
				order: ["file.name", ...columns.map(([name]) => noteId(name))],
				sort: NEWEST_FIRST,
				summaries: { [noteId("date")]: LATEST, [noteId("relationship")]: AVERAGE },
			},
			{ type: LINE_CHART_VIEW_TYPE, name: t("view.relationship"), order: [noteId("date"), noteId("relationship")], sort: OLDEST_FIRST, x: noteId("date"), y: [noteId("relationship")] },
		],
	};
}

/** Formula names of the stakeholders base. */
const DAYS_SINCE_CONTACT = "days_since_contact";
const CONTACT_DUE = "contact_due";

/**
 * The stakeholders base: side, role, stance, influence, stage, contacts;
 * "days since contact" and "contact due" (more days than `contact_every_days`
 * since `last_contact`, as the dashboard counts it) as formulas; a table
 * grouped by stance and a table of those due for contact.
 */
function stakeholdersBase(input: AllianceBasesInput, t: Translate): BaseConfig {
	const columns: [string, BasesMessageKey][] = [
		["side", "column.side"],
		["role", "column.role"],
		["stance", "column.stance"],
		["influence", "column.influence"],
		["stage", "column.stage"],
		["last_contact", "column.last-contact"],
		["contact_every_days", "column.contact-every-days"],
	];
	const properties: BaseConfig["properties"] = {};
	for (const [name, key] of columns) properties[noteId(name)] = { displayName: t(key) };
	const daysSince = `formula.${DAYS_SINCE_CONTACT}`;
	const due = `formula.${CONTACT_DUE}`;
	properties[daysSince] = { displayName: t("column.days-since-contact") };
	properties[due] = { displayName: t("column.contact-due") };
	const order = ["file.name", ...columns.map(([name]) => noteId(name)), daysSince, due];
	return {
		filters: allianceFilter("alliance-stakeholder", input.profilePath, "alliances"),
		formulas: {
			[DAYS_SINCE_CONTACT]: "if(last_contact, (today() - date(last_contact)).days)",
			[CONTACT_DUE]: "if(last_contact && contact_every_days, (today() - date(last_contact)).days > contact_every_days, false)",
		},
		properties,
		views: [
			{
				type: "table",
				name: t("view.stakeholders"),
				groupBy: { property: noteId("stance"), direction: "ASC" },
				order,
				sort: [{ property: "file.name", direction: "ASC" }],
				summaries: { [due]: CHECKED },
			},
			{
				type: "table",
				name: t("view.contact-due"),
				filters: due,
				order,
				sort: [{ property: daysSince, direction: "DESC" }],
			},
		],
	};
}

/** A health-check dimension's name: the known ones translated, any other from its key (`joint_kpis` → `Joint kpis`). */
function dimensionName(dimension: string, t: Translate): string {
	if ((DEFAULT_HEALTH_CHECK_DIMENSIONS as readonly string[]).includes(dimension)) return t(`dimension.${dimension}` as BasesMessageKey);
	const words = dimension.replace(/_+/g, " ").trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The health-checks base: per dimension our rating, the partner's, and the
 * perception gap between them (a formula); a table, newest first, with the
 * averages.
 */
function healthChecksBase(input: AllianceBasesInput, dimensions: readonly string[], t: Translate): BaseConfig {
	const properties: BaseConfig["properties"] = { [noteId("date")]: { displayName: t("column.date") } };
	const formulas: Record<string, string> = {};
	const order = ["file.name", noteId("date")];
	const summaries: Record<string, string> = { [noteId("date")]: LATEST };
	for (const dimension of dimensions) {
		const name = dimensionName(dimension, t);
		const ours = `ours_${dimension}`;
		const theirs = `theirs_${dimension}`;
		const gap = `gap_${dimension}`;
		formulas[gap] = `if(${noteProperty(ours)} && ${noteProperty(theirs)}, (${noteProperty(ours)} - ${noteProperty(theirs)}).abs())`;
		properties[noteId(ours)] = { displayName: t("column.ours", { dimension: name }) };
		properties[noteId(theirs)] = { displayName: t("column.theirs", { dimension: name }) };
		properties[`formula.${gap}`] = { displayName: t("column.gap", { dimension: name }) };
		order.push(noteId(ours), noteId(theirs), `formula.${gap}`);
		summaries[noteId(ours)] = AVERAGE;
		summaries[noteId(theirs)] = AVERAGE;
		summaries[`formula.${gap}`] = AVERAGE;
	}
	return {
		filters: allianceFilter("alliance-health-check", input.profilePath, "alliance"),
		formulas,
		properties,
		views: [{ type: "table", name: t("view.health-checks"), order, sort: NEWEST_FIRST, summaries }],
	};
}

/** The folder part of a vault path (`""` at the vault's root). */
function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

const FILE_NAMES: Readonly<Record<AllianceBaseKind, BasesMessageKey>> = {
	meetings: "file.meetings",
	reflections: "file.reflections",
	stakeholders: "file.stakeholders",
	"health-checks": "file.health-checks",
};

/** Drops the optional fields that are not set, so the YAML holds only what a base uses. */
function asYamlValue(config: BaseConfig): { [key: string]: YamlValue } {
	return JSON.parse(JSON.stringify(config)) as { [key: string]: YamlValue };
}

/**
 * The `.base` files of one alliance, next to its profile: meetings,
 * reflections, stakeholders, and health checks when it has any.
 *
 * @param language the language of the file names, view names and column names
 * @example allianceBases({ profilePath: "Alliances/Acme/Acme.md", name: "Acme", kpis: [] }, "en").map((base) => base.path)
 *   // ["Alliances/Acme/Acme meetings.base", "Alliances/Acme/Acme reflections.base", "Alliances/Acme/Acme stakeholders.base"]
 */
export function allianceBases(input: AllianceBasesInput, language: Language): AllianceBase[] {
	const t = translator(BASES_MESSAGES, language);
	const configs: [AllianceBaseKind, BaseConfig][] = [
		["meetings", meetingsBase(input, t)],
		["reflections", reflectionsBase(input, t)],
		["stakeholders", stakeholdersBase(input, t)],
	];
	if (input.healthCheckDimensions !== undefined) configs.push(["health-checks", healthChecksBase(input, input.healthCheckDimensions, t)]);
	const folder = folderOf(input.profilePath);
	return configs.map(([kind, config]) => {
		const name = sanitizeSegment(t(FILE_NAMES[kind], { alliance: input.name }), BASE_EXTENSION.length);
		return { kind, path: `${folder === "" ? "" : `${folder}/`}${name}${BASE_EXTENSION}`, config, text: toYaml(asYamlValue(config)) };
	});
}
