/**
 * Making a new alliance note: choosing its template (the user's own or the
 * built-in one), filling in its placeholders from the request and the index,
 * and finding it a safe, free path in the vault.
 */
import type { StatusTypes } from "../task-status";
import type { Language } from "../i18n/language";
import { TEMPLATE_TEXTS } from "../i18n/messages/templates";
import { translator } from "../i18n/translate";
import type { AllianceGroup } from "../index/vault-index";
import { DIMENSION_LABELS, isNamedDimension } from "../schema/health-check-names";
import { type CalendarDate, DEFAULT_HEALTH_CHECK_DIMENSIONS, type NoteType } from "../model";
import { OURS_PREFIX, THEIRS_PREFIX } from "../schema/definitions";
import { basenameOf } from "../parse/parse-note";
import { builtInTemplate } from "./built-in";
import { actionLine, conflictLine, kpiFieldLines, openActions, openConflicts } from "./carry-over";
import { freePath, MARKDOWN_EXTENSION, notePathFromPattern, sanitizeSegment } from "./file-name";
import { formatCalendarDate, type PlaceholderResolver, renderPlaceholders } from "./placeholders";

/** Where new notes go unless the user sets another pattern. */
export const DEFAULT_PATH_PATTERNS: Readonly<Record<Language, Readonly<Record<NoteType, string>>>> = {
	en: {
		alliance: "Alliances/{{alliance}}/{{alliance}}.md",
		"alliance-meeting": "Alliances/{{alliance}}/Meetings/{{date}} {{alliance}}.md",
		"alliance-reflection": "Alliances/{{alliance}}/Reflections/{{date}} Reflection {{alliance}}.md",
		"alliance-stakeholder": "Stakeholders/{{title}}.md",
		"alliance-health-check": "Alliances/{{alliance}}/Health checks/{{date}} Health check {{alliance}}.md",
	},
	nl: {
		alliance: "Alliances/{{alliance}}/{{alliance}}.md",
		"alliance-meeting": "Alliances/{{alliance}}/Meetings/{{date}} {{alliance}}.md",
		"alliance-reflection": "Alliances/{{alliance}}/Reflections/{{date}} Reflectie {{alliance}}.md",
		"alliance-stakeholder": "Stakeholders/{{title}}.md",
		"alliance-health-check": "Alliances/{{alliance}}/Health checks/{{date}} Gezondheidscheck {{alliance}}.md",
	},
};

/** Everything the placeholders of a template are filled from. */
export interface TemplateValues {
	language: Language;
	/** `{{title}}` */
	title: string;
	/** `{{date}}`, and the day `{{date:FORMAT}}` formats. */
	date: CalendarDate;
	/** `{{time}}`, `HH:mm`. */
	time: string;
	/** `{{alliance}}`: the alliance's name. */
	alliance: string;
	/** `{{alliance_link}}`: e.g. `[[Northwind]]`. */
	allianceLink: string;
	/** `{{open_actions}}`: one line each (an empty list says there are none). */
	openActions: readonly string[];
	/** `{{open_conflicts}}`: one line each (an empty list says there are none). */
	openConflicts: readonly string[];
	/** `{{kpi_fields}}`: one property line each (an empty list removes the placeholder's line). */
	kpiFields: readonly string[];
	/** `{{dimension_fields}}`: a health check's rating properties, `ours_<key>:` and `theirs_<key>:` per dimension. */
	dimensionFields: readonly string[];
	/** `{{dimension_sections}}`: a health check's heading per dimension, for the comments. */
	dimensionSections: readonly string[];
}

/**
 * A dimension's name as a heading: its name in the language, or its key written as words.
 *
 * @example dimensionHeading("joint_kpis", "en") // "Joint KPIs, including how we work together"
 * @example dimensionHeading("market_access", "nl") // "Market access"
 */
export function dimensionHeading(key: string, language: Language): string {
	if (isNamedDimension(key)) return DIMENSION_LABELS[language][key];
	const words = key.replace(/_/g, " ").trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Reads a list of dimension keys as the settings write it: comma-separated,
 * in any case, with spaces or dashes for `_`; duplicates and empty entries dropped.
 *
 * @example dimensionKeys("Trust, joint KPIs, market-access, trust") // ["trust", "joint_kpis", "market_access"]
 */
export function dimensionKeys(text: string): string[] {
	const keys = text
		.split(",")
		.map((entry) => entry.trim().toLowerCase().replace(/[\s-]+/g, "_").replace(/[^\p{L}\p{N}_]/gu, ""))
		.filter(Boolean);
	return [...new Set(keys)];
}

/** The rating properties and the comment headings of a health check with these dimensions. */
function dimensionParts(dimensions: readonly string[], language: Language): { fields: string[]; sections: string[] } {
	return {
		fields: dimensions.flatMap((key) => [`${OURS_PREFIX}${key}:`, `${THEIRS_PREFIX}${key}:`]),
		sections: dimensions.flatMap((key, position) => [...(position > 0 ? [""] : []), `## ${dimensionHeading(key, language)}`, ""]),
	};
}

/** The placeholders that stand for one value: those a path pattern may use too. */
function valueResolver(values: Omit<TemplateValues, "openActions" | "openConflicts" | "kpiFields" | "dimensionFields" | "dimensionSections">): PlaceholderResolver {
	return (name, argument) => {
		if (argument !== undefined) {
			return name === "date" || name === "time" ? formatCalendarDate(values.date, values.time, argument, values.language) : undefined;
		}
		switch (name) {
			case "date":
				return values.date;
			case "time":
				return values.time;
			case "title":
				return values.title;
			case "alliance":
				return values.alliance;
			case "alliance_link":
				return values.allianceLink;
			default:
				return undefined;
		}
	};
}

/**
 * Fills in a template. Unknown placeholders and Templater's `<% … %>` are
 * left as written.
 *
 * @example renderTemplate("# {{title}}\n{{date:EEEE}} <% tp.file.title %>", values) // "# Meeting 27 November 2026\nFriday <% tp.file.title %>"
 */
export function renderTemplate(template: string, values: TemplateValues): string {
	const t = translator(TEMPLATE_TEXTS, values.language);
	const single = valueResolver(values);
	return renderPlaceholders(template, (name, argument) => {
		if (argument !== undefined) return single(name, argument);
		switch (name) {
			case "open_actions":
				return values.openActions.length > 0 ? values.openActions : [t("carry.noActions")];
			case "open_conflicts":
				return values.openConflicts.length > 0 ? values.openConflicts : [t("carry.noConflicts")];
			case "kpi_fields":
				return values.kpiFields;
			case "dimension_fields":
				return values.dimensionFields;
			case "dimension_sections":
				return values.dimensionSections;
			default:
				return single(name, argument);
		}
	});
}

/** What to create. */
export interface NewNoteRequest {
	type: NoteType;
	/** The alliance's name (for a new alliance profile: the name to give it). */
	alliance: string;
	/** The day the note is about. */
	date: CalendarDate;
	/** The time of day, `HH:mm`, for `{{time}}`. */
	time: string;
	language: Language;
	/** `{{title}}`; by default the alliance's name, "Meeting 27 November 2026" and the like. */
	title?: string;
	/** The user's template for this note type; the built-in one when not given. */
	template?: string;
	/** The path pattern; {@link DEFAULT_PATH_PATTERNS} when not given. */
	pathPattern?: string;
	/** A health check's dimensions; {@link DEFAULT_HEALTH_CHECK_DIMENSIONS} when not given (or empty). */
	dimensions?: readonly string[];
}

/** What the new note needs to know about the vault. */
export interface VaultView {
	/** The alliance from the index, when it has a profile: its name, link and what to carry over. */
	alliance?: AllianceGroup;
	/** Whether a file exists at a vault path. */
	exists: (path: string) => boolean;
	/** The link target that reaches a note from anywhere (see {@link linkTargets}); its name when not given. */
	linkTarget?: (path: string) => string;
	/** What each task status symbol means (the Tasks plugin's settings); its defaults when not given. */
	statusTypes?: StatusTypes;
}

/** A note ready to be written. */
export interface NewNote {
	/** The vault path: safe, inside the vault, and free. */
	path: string;
	text: string;
}

/** A `[[link]]` to a note, showing its name when the target has to be a path. */
function wikiLink(path: string, linkTarget: (path: string) => string): string {
	const target = linkTarget(path);
	const name = basenameOf(path);
	return target === name ? `[[${target}]]` : `[[${target}|${name}]]`;
}

/** "Meeting 27 November 2026", "Reflectie 27 november 2026", "New stakeholder", or the alliance's name. */
function defaultTitle(request: NewNoteRequest, allianceName: string): string {
	const t = translator(TEMPLATE_TEXTS, request.language);
	const longDate = formatCalendarDate(request.date, request.time, t("format.titleDate"), request.language) ?? request.date;
	switch (request.type) {
		case "alliance":
			return allianceName;
		case "alliance-meeting":
			return t("title.meeting", { date: longDate });
		case "alliance-reflection":
			return t("title.reflection", { date: longDate });
		case "alliance-stakeholder":
			return t("title.stakeholder");
		case "alliance-health-check":
			return t("title.healthCheck", { date: longDate });
	}
}

/**
 * Makes a new note from its template: the path from the pattern (made safe,
 * never an existing file) and the text with every known placeholder filled
 * in, carrying over the alliance's open actions, open conflicts and KPIs.
 *
 * @param request what to create
 * @param vault the alliance from the index, and which files exist
 * @example newNote({ type: "alliance-meeting", alliance: "Northwind", date: "2026-11-27", time: "09:00", language: "en" }, { alliance, exists })
 *   // { path: "Alliances/Northwind/Meetings/2026-11-27 Northwind.md", text: "---\ntype: alliance-meeting\n…" }
 */
export function newNote(request: NewNoteRequest, vault: VaultView): NewNote {
	const t = translator(TEMPLATE_TEXTS, request.language);
	const linkTarget = vault.linkTarget ?? basenameOf;
	const group = request.type === "alliance" ? undefined : vault.alliance;
	// Short enough to be a file name too (with ".md"): an alliance's name is its profile's file name.
	const requestedName = group?.profile.basename ?? (sanitizeSegment(request.alliance, MARKDOWN_EXTENSION.length) || t("name.untitled"));
	const title = request.title ?? defaultTitle(request, requestedName);
	const pattern = request.pathPattern ?? DEFAULT_PATH_PATTERNS[request.language][request.type];
	const pathValues = valueResolver({ language: request.language, title, date: request.date, time: request.time, alliance: requestedName, allianceLink: requestedName });
	const renderSegment = (segment: string): string => renderPlaceholders(segment, pathValues);
	const path = freePath(notePathFromPattern(pattern, { render: renderSegment, fallbackName: t("name.untitled") }), vault.exists);
	// An alliance's name is its profile's file name.
	const alliance = request.type === "alliance" ? basenameOf(path) : requestedName;
	const source = (notePath: string): string => t("carry.from", { link: wikiLink(notePath, linkTarget) });
	const dimensions = request.dimensions && request.dimensions.length > 0 ? request.dimensions : DEFAULT_HEALTH_CHECK_DIMENSIONS;
	const parts = dimensionParts(request.type === "alliance-health-check" ? dimensions : [], request.language);
	const values: TemplateValues = {
		language: request.language,
		title: request.type === "alliance" && request.title === undefined ? alliance : title,
		date: request.date,
		time: request.time,
		alliance,
		allianceLink: group ? wikiLink(group.profile.path, linkTarget) : `[[${alliance}]]`,
		openActions: group ? openActions(group, request.date, vault.statusTypes).map(({ item, note }) => actionLine(item, source(note.path))) : [],
		openConflicts: group ? openConflicts(group, request.date, undefined, vault.statusTypes).map(({ item, note }) => conflictLine(item, source(note.path))) : [],
		kpiFields: group ? kpiFieldLines(group.profile) : [],
		dimensionFields: parts.fields,
		dimensionSections: parts.sections,
	};
	return { path, text: renderTemplate(request.template ?? builtInTemplate(request.type, request.language), values) };
}

/**
 * Finds an alliance by name as the user types it: its profile's file name,
 * else one of its aliases, ignoring case.
 *
 * @example findAlliance(index.alliances(), "northwind")?.profile.path // "Alliances/Northwind/Northwind.md"
 */
export function findAlliance(groups: readonly AllianceGroup[], name: string): AllianceGroup | undefined {
	const wanted = name.trim().toLowerCase();
	return (
		groups.find((group) => group.profile.basename.toLowerCase() === wanted) ??
		groups.find((group) => group.profile.aliases.some((alias) => alias.toLowerCase() === wanted))
	);
}

/**
 * The alliance a new note would be named like (its name or one of its
 * aliases, ignoring case), if any. Such a note must not be written: every
 * `[[Alliance]]` link would lead to it, and the alliance's meetings would
 * vanish from the dashboard.
 *
 * @param path the new note's vault path
 * @example allianceNamedLike(index.alliances(), "Stakeholders/Northwind.md")?.profile.basename // "Northwind"
 */
export function allianceNamedLike(groups: readonly AllianceGroup[], path: string): AllianceGroup | undefined {
	return findAlliance(groups, basenameOf(path));
}

/**
 * How to link to each note so Obsidian finds it from anywhere: its name when
 * no other file in the vault has that name, else its path.
 *
 * @param paths every Markdown file in the vault
 * @example linkTargets(["A/Acme.md", "B/Acme.md", "Zeta.md"])("Zeta.md") // "Zeta"
 */
export function linkTargets(paths: readonly string[]): (path: string) => string {
	const count = new Map<string, number>();
	for (const path of paths) {
		const name = basenameOf(path).toLowerCase();
		count.set(name, (count.get(name) ?? 0) + 1);
	}
	return (path) => {
		const name = basenameOf(path);
		return (count.get(name.toLowerCase()) ?? 0) > 1 ? path.replace(/\.md$/i, "") : name;
	};
}
