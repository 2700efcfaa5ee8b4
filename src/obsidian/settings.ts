/**
 * The plugin's settings: what they are, their defaults, how saved data is
 * read back (anything missing or malformed falls back to its default), and
 * what they mean for the analytics and for new notes.
 */
import type { AnalyticsOptions } from "../core/analytics/dashboard-model";
import { DEFAULT_ANALYTICS_OPTIONS, DEFAULT_CONFLICT_ALIASES } from "../core/analytics/options";
import type { Language, LanguageSetting } from "../core/i18n/language";
import { DEFAULT_HEALTH_CHECK_DIMENSIONS, NOTE_TYPES, type NoteType } from "../core/model";
import { DEFAULT_PATH_PATTERNS } from "../core/templates/new-note";
import { DENSITIES, SECTION_IDS, type Density, type SectionId } from "../ui/dashboard-state";

export interface AllianceJournalSettings {
	/** Where the folders of new alliances go; replaces `Alliances/` in the default path patterns. */
	alliancesFolder: string;
	/** A path pattern per note type; empty means the default for the language. */
	pathPatterns: Record<NoteType, string>;
	/** Where the user's own templates are (`<folder>/<type>.md`). */
	templatesFolder: string;
	language: LanguageSetting;
	/** A conflict theme is recurring when raised in at least this many meetings… */
	minMeetings: number;
	/** …within this many days. */
	windowDays: number;
	/** `from = to`, one per line. */
	conflictAliases: string;
	/** A KPI is stale when none of the alliance's last this-many meetings has a reading. */
	staleAfterMeetings: number;
	/** A joint health check is due when the last one is this many days old. */
	healthCheckEveryDays: number;
	/** The dimensions a new health check rates: keys separated by commas. */
	healthCheckDimensions: string;
	/** Which dashboard sections are shown. */
	sections: Record<SectionId, boolean>;
	/** One line per item (`compact`), facts above text (`comfortable`), or compact in a narrow pane (`auto`). */
	density: Density;
	/** The alliance the dashboard showed last (`null`: all). */
	selectedAlliance: string | null;
}

/** The folder the default path patterns put alliances in. */
const DEFAULT_ALLIANCES_FOLDER = "Alliances";
const DEFAULT_TEMPLATES_FOLDER = "Templates";

/**
 * Writes conflict aliases as the settings tab shows them.
 *
 * @example formatConflictAliases({ prijs: "pricing" }) // "prijs = pricing"
 */
export function formatConflictAliases(aliases: Readonly<Record<string, string>>): string {
	return Object.entries(aliases)
		.map(([from, to]) => `${from} = ${to}`)
		.join("\n");
}

/**
 * Reads conflict aliases, one `from = to` per line. Lines without `=`, or
 * with nothing on one side, are ignored; `#` starts a comment line.
 *
 * @example parseConflictAliases("prijs = pricing\nkosten=costs") // { prijs: "pricing", kosten: "costs" }
 */
export function parseConflictAliases(text: string): Record<string, string> {
	const aliases: Record<string, string> = {};
	for (const line of text.split(/\r?\n/)) {
		if (line.trim().startsWith("#")) continue;
		const separator = line.indexOf("=");
		if (separator < 0) continue;
		const from = line.slice(0, separator).trim();
		const to = line.slice(separator + 1).trim();
		if (from !== "" && to !== "") aliases[from] = to;
	}
	return aliases;
}

/** Every section shown. */
function allSections(): Record<SectionId, boolean> {
	return Object.fromEntries(SECTION_IDS.map((id) => [id, true])) as Record<SectionId, boolean>;
}

/** The settings of a new installation. */
export function defaultSettings(): AllianceJournalSettings {
	return {
		alliancesFolder: DEFAULT_ALLIANCES_FOLDER,
		pathPatterns: { alliance: "", "alliance-meeting": "", "alliance-reflection": "", "alliance-stakeholder": "", "alliance-health-check": "" },
		templatesFolder: DEFAULT_TEMPLATES_FOLDER,
		language: "auto",
		minMeetings: DEFAULT_ANALYTICS_OPTIONS.minMeetings,
		windowDays: DEFAULT_ANALYTICS_OPTIONS.windowDays,
		conflictAliases: formatConflictAliases(DEFAULT_CONFLICT_ALIASES),
		staleAfterMeetings: DEFAULT_ANALYTICS_OPTIONS.staleAfterMeetings,
		healthCheckEveryDays: DEFAULT_ANALYTICS_OPTIONS.healthCheckEveryDays,
		healthCheckDimensions: DEFAULT_HEALTH_CHECK_DIMENSIONS.join(", "),
		sections: allSections(),
		density: "auto",
		selectedAlliance: null,
	};
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringOr(value: unknown, fallback: string): string {
	return typeof value === "string" ? value : fallback;
}

/** A whole number of at least `min`, else the fallback. */
function countOr(value: unknown, fallback: number, min: number): number {
	return typeof value === "number" && Number.isInteger(value) && value >= min ? value : fallback;
}

/**
 * Reads saved settings (from `loadData()`), keeping every valid value and
 * using the default for anything missing or malformed.
 *
 * @example readSettings(null).windowDays // 180
 */
export function readSettings(data: unknown): AllianceJournalSettings {
	const settings = defaultSettings();
	if (!isRecord(data)) return settings;
	settings.alliancesFolder = stringOr(data.alliancesFolder, settings.alliancesFolder);
	settings.templatesFolder = stringOr(data.templatesFolder, settings.templatesFolder);
	if (data.language === "auto" || data.language === "en" || data.language === "nl") settings.language = data.language;
	settings.minMeetings = countOr(data.minMeetings, settings.minMeetings, 1);
	settings.windowDays = countOr(data.windowDays, settings.windowDays, 1);
	settings.conflictAliases = stringOr(data.conflictAliases, settings.conflictAliases);
	settings.staleAfterMeetings = countOr(data.staleAfterMeetings, settings.staleAfterMeetings, 1);
	settings.healthCheckEveryDays = countOr(data.healthCheckEveryDays, settings.healthCheckEveryDays, 1);
	settings.healthCheckDimensions = stringOr(data.healthCheckDimensions, settings.healthCheckDimensions);
	if (isRecord(data.pathPatterns)) {
		for (const type of NOTE_TYPES) settings.pathPatterns[type] = stringOr(data.pathPatterns[type], "");
	}
	if (isRecord(data.sections)) {
		for (const id of SECTION_IDS) {
			const shown = data.sections[id];
			if (typeof shown === "boolean") settings.sections[id] = shown;
		}
	}
	const density = DENSITIES.find((candidate) => candidate === data.density);
	if (density) settings.density = density;
	if (typeof data.selectedAlliance === "string" || data.selectedAlliance === null) settings.selectedAlliance = data.selectedAlliance;
	return settings;
}

/** The analytics' options from the settings. */
export function analyticsOptions(settings: AllianceJournalSettings): AnalyticsOptions {
	return {
		...DEFAULT_ANALYTICS_OPTIONS,
		minMeetings: settings.minMeetings,
		windowDays: settings.windowDays,
		conflictAliases: parseConflictAliases(settings.conflictAliases),
		staleAfterMeetings: settings.staleAfterMeetings,
		healthCheckEveryDays: settings.healthCheckEveryDays,
	};
}

/** Trims a folder setting to a vault path without slashes at either end (`""`: the vault's root). */
export function folderPath(folder: string): string {
	return folder.trim().replace(/^[/\\]+|[/\\]+$/g, "");
}

/**
 * The default path pattern of a note type: the templates module's, with its
 * `Alliances/` folder replaced by the alliances folder setting.
 *
 * @example defaultPathPattern("alliance-meeting", "en", "Work/Partners") // "Work/Partners/{{alliance}}/Meetings/{{date}} {{alliance}}.md"
 */
export function defaultPathPattern(type: NoteType, language: Language, alliancesFolder: string): string {
	const pattern = DEFAULT_PATH_PATTERNS[language][type];
	const prefix = `${DEFAULT_ALLIANCES_FOLDER}/`;
	if (!pattern.startsWith(prefix)) return pattern;
	const folder = folderPath(alliancesFolder);
	return `${folder === "" ? "" : `${folder}/`}${pattern.slice(prefix.length)}`;
}

/** The path pattern new notes of a type are written with. */
export function pathPattern(settings: AllianceJournalSettings, type: NoteType, language: Language): string {
	const custom = settings.pathPatterns[type].trim();
	return custom === "" ? defaultPathPattern(type, language, settings.alliancesFolder) : custom;
}
