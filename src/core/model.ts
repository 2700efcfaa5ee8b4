/**
 * The domain types of Alliance Journal: what a parsed note looks like.
 *
 * Everything in `core/` speaks these types; nothing here knows about Obsidian,
 * the DOM or Node. Dates are calendar dates written `YYYY-MM-DD` (never a JS
 * `Date`, so no time zone can shift them).
 */

/** The five note types, as written in the `type` property. */
export const NOTE_TYPES = [
	"alliance",
	"alliance-meeting",
	"alliance-reflection",
	"alliance-stakeholder",
	"alliance-health-check",
] as const;
export type NoteType = (typeof NOTE_TYPES)[number];

/**
 * Whether a text names one of the note types.
 *
 * @example isNoteType("alliance-meeting") // true
 */
export function isNoteType(value: string): value is NoteType {
	return (NOTE_TYPES as readonly string[]).includes(value);
}

/** A calendar date `YYYY-MM-DD`. */
export type CalendarDate = string;

/** A calendar date's length: `YYYY-MM-DD`. */
export const CALENDAR_DATE_LENGTH = 10;

export type Severity = "error" | "warning";

/** Stable identifiers for every kind of problem, so the UI and tests need not match on text. */
export type ProblemCode =
	| "yaml-invalid"
	| "frontmatter-not-object"
	| "type-unknown"
	| "field-missing"
	| "field-invalid"
	| "field-unknown-value"
	| "template-unfilled"
	| "link-unquoted"
	| "link-unresolved"
	| "kpi-table-invalid"
	| "date-invalid"
	| "yaml-alias"
	| "section-read-line-by-line"
	| "note-unreadable";

/** The KPI table's columns a problem can be about. */
export type KpiColumn = "direction" | "kind" | "target";

/**
 * What a property or a KPI table cell allows, as data; the presentation layer
 * says it in the reader's language. New kinds are added here and in each
 * language's catalogue (the compiler names every place that must follow).
 */
export type Allowed =
	| { kind: "date" }
	| { kind: "time" }
	| { kind: "integer" }
	| { kind: "integer-range"; min: number; max: number }
	| { kind: "number" }
	| { kind: "number-range"; min: number; max: number }
	| { kind: "one-of"; values: string[] }
	| { kind: "text" }
	| { kind: "link" }
	| { kind: "links" }
	| { kind: "names-or-links" }
	/** The same link, written between quotes: `"[[target]]"`. */
	| { kind: "quoted-link"; target: string }
	/** A real value instead of a template placeholder. */
	| { kind: "filled-in" }
	| { kind: "yaml" }
	| { kind: "key-value" }
	/** A KPI table header naming a key column; `columns` are the column names it may have. */
	| { kind: "kpi-header"; columns: string[] }
	/** Each KPI key in one row only. */
	| { kind: "unique-key" }
	/** A number, or nothing for no target. */
	| { kind: "number-or-empty" }
	| { kind: "alliance-link" }
	/** A link to an alliance profile; `target` is the note the link reached, which is not one. */
	| { kind: "alliance-note"; target: string }
	/** The value written out instead of a YAML anchor or alias. */
	| { kind: "written-out" };

/**
 * Something wrong with a note, shown to the user: it names the file, the line
 * (1-based), the field, what was found and what is allowed — as data. The
 * sentence a person reads is written by the presentation layer
 * (`core/present/problems.ts`) in their language.
 */
export interface Problem {
	path: string;
	line: number;
	severity: Severity;
	code: ProblemCode;
	/** The property the problem is about (`kpis` for the profile's KPI table), when there is one. */
	field?: string;
	/** For a KPI table problem about one row: the KPI's key, and the column when one cell is wrong. */
	kpi?: { key: string; column?: KpiColumn };
	/** What was found, as the user wrote it (shortened); absent when nothing was. */
	found?: string;
	/** What is allowed instead. */
	allowed?: Allowed;
	/** The YAML reader's own explanation of unreadable YAML (its words, untranslated). */
	detail?: string;
}

/** A `[[wikilink]]` or Markdown link as written in a property or list item. */
export interface Link {
	/** The link path without `.md`, heading or block reference, e.g. `Acme` or `Partners/Acme`. */
	target: string;
	/** The display text after `|`, when given. */
	display?: string;
}

/** A list item from a body section, with the line it starts on. */
export interface BodyItem {
	/** The item's text as written, after the list marker and the checkbox, whitespace collapsed. */
	text: string;
	/** 1-based line number in the file. */
	line: number;
	/** `true` for `- [x]`, `false` for `- [ ]`, `null` for a plain list item. */
	checked: boolean | null;
	/**
	 * The status symbol between the brackets, as the Tasks plugin reads it: `" "`, `"x"`, `"/"`, `"-"` or any
	 * other single character; absent for a plain list item. Its meaning (open, done, cancelled) is given by
	 * the analytics' status types, so a change of the Tasks settings needs no note parsed again.
	 */
	status?: string;
	/** `[[links]]` in the text, in order. */
	links: Link[];
	/** `#tags` in the text, lower-cased, without `#`. */
	tags: string[];
}

/** A conflict raised in a meeting or reflection. */
export interface ConflictItem extends BodyItem {
	/** The theme as written: the first link, a `#conflict/<theme>` tag, the text before `:`, or the whole text. */
	theme: string;
	/** Where the theme came from, to explain it. */
	themeSource: "link" | "tag" | "prefix" | "text";
}

/** A quick win: proof for the own organisation that the alliance works (communicated when its status is done, or tagged `#shared`). */
export type QuickWinItem = BodyItem;

/** The Tasks plugin's priorities, highest first. */
export const ACTION_PRIORITIES = ["highest", "high", "medium", "low", "lowest"] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];

/** A Tasks-plugin style action. */
export interface ActionItem extends BodyItem {
	/** The text without the Tasks-plugin dates, priority, recurrence and owner. */
	description: string;
	/** `📅 YYYY-MM-DD` or `[due:: YYYY-MM-DD]` */
	due?: CalendarDate;
	/** `✅ YYYY-MM-DD` or `[completion:: YYYY-MM-DD]` */
	doneOn?: CalendarDate;
	/** `❌ YYYY-MM-DD` or `[cancelled:: YYYY-MM-DD]` */
	cancelledOn?: CalendarDate;
	/** `⏳ YYYY-MM-DD` or `[scheduled:: YYYY-MM-DD]`: the day planned to work on it. */
	scheduled?: CalendarDate;
	/** `🛫 YYYY-MM-DD` or `[start:: YYYY-MM-DD]`: it cannot be worked on before this day. */
	start?: CalendarDate;
	/** `➕ YYYY-MM-DD` or `[created:: YYYY-MM-DD]` */
	created?: CalendarDate;
	/** `🔺 ⏫ 🔼 🔽 ⏬` or `[priority:: high]`; absent for no priority (between medium and low). */
	priority?: ActionPriority;
	/** `🔁 every week` or `[repeat:: every week]`: the rule as written, without the signifier. */
	recurrence?: string;
	/** `@owner` */
	owner?: string;
}

export type KpiDirection = "up" | "down";
export type KpiKind = "ends" | "means";

/** A KPI the alliance defines in its profile's KPI table. */
export interface KpiDefinition {
	key: string;
	label: string;
	unit?: string;
	target?: number;
	direction: KpiDirection;
	kind: KpiKind;
	line: number;
}

/** One KPI reading in a meeting's `kpi_<key>` property. */
export interface KpiReading {
	key: string;
	value: number;
	line: number;
}

export const RATING_KEYS = ["trust", "respect", "openness", "decision_clarity", "delivery"] as const;
export type RatingKey = (typeof RATING_KEYS)[number];

export const ALLIANCE_STATUSES = ["active", "paused", "ended"] as const;
export const ALLIANCE_PHASES = [
	"exploration",
	"negotiation",
	"launch",
	"execution",
	"renewal",
	"exit",
] as const;
export const MEETING_TYPES = [
	"steering",
	"operational",
	"executive",
	"health-check",
	"informal",
	"internal",
] as const;
export const REFLECTION_TRIGGERS = ["periodic", "incident", "post-meeting", "health-check"] as const;
export const ADOPTION_STAGES = ["clarity", "belief", "behaviour"] as const;
export const STAKEHOLDER_SIDES = ["internal", "partner"] as const;
export const STAKEHOLDER_STANCES = ["champion", "supporter", "neutral", "sceptic", "blocker"] as const;
export const INFLUENCE_LEVELS = ["low", "medium", "high"] as const;
export const STAKEHOLDER_STAGES = ["unaware", "clarity", "belief", "behaviour"] as const;

/**
 * The key roles a stakeholder can hold (the `role` property suggests them and
 * still takes any text): partner tools score contact with an executive
 * sponsor, a decision maker and a champion on each side.
 */
export const STAKEHOLDER_KEY_ROLES = ["executive-sponsor", "decision-maker", "champion", "alliance-manager", "operational-lead"] as const;
/** The key roles each side of an alliance should have. */
export const ESSENTIAL_KEY_ROLES = ["executive-sponsor", "decision-maker", "champion"] as const;

/**
 * The default dimensions of a joint health check, drawn from the founding
 * text's engagement model and from health checks in the field (each rated 1–5
 * by us and by the partner). Users edit the list in the settings; a note may
 * rate dimensions of its own (`ours_<key>`, `theirs_<key>`).
 */
export const DEFAULT_HEALTH_CHECK_DIMENSIONS = [
	"trust",
	"respect",
	"openness",
	"joint_kpis",
	"differences",
	"learning",
	"internal_support",
	"value",
] as const;

export type AllianceStatus = (typeof ALLIANCE_STATUSES)[number];
export type AlliancePhase = (typeof ALLIANCE_PHASES)[number];
export type MeetingType = (typeof MEETING_TYPES)[number];
export type ReflectionTrigger = (typeof REFLECTION_TRIGGERS)[number];
export type AdoptionStage = (typeof ADOPTION_STAGES)[number];
export type StakeholderSide = (typeof STAKEHOLDER_SIDES)[number];
export type StakeholderStance = (typeof STAKEHOLDER_STANCES)[number];
export type InfluenceLevel = (typeof INFLUENCE_LEVELS)[number];
export type StakeholderStage = (typeof STAKEHOLDER_STAGES)[number];
export type StakeholderKeyRole = (typeof STAKEHOLDER_KEY_ROLES)[number];

/** What every parsed alliance note has. */
interface NoteBase {
	path: string;
	/** File name without folder and `.md`: the name `[[links]]` resolve by. */
	basename: string;
	/** The `aliases` property (other names `[[links]]` may use). */
	aliases: string[];
	tags: string[];
	/** The line each schema property is written on, for problems found later (such as unresolved links). */
	fieldLines: Record<string, number>;
}

export interface AllianceProfile extends NoteBase {
	type: "alliance";
	partner?: string;
	status?: AllianceStatus;
	phase?: AlliancePhase;
	started?: CalendarDate;
	owner?: string;
	counterpart?: string;
	nextMeeting?: CalendarDate;
	reviewEveryDays?: number;
	kpis: KpiDefinition[];
}

export interface MeetingNote extends NoteBase {
	type: "alliance-meeting";
	alliance?: Link;
	date?: CalendarDate;
	time?: string;
	meetingType?: MeetingType;
	attendees: string[];
	kpis: KpiReading[];
	ratings: Partial<Record<RatingKey, number>>;
	conflicts: ConflictItem[];
	quickWins: QuickWinItem[];
	actions: ActionItem[];
	decisions: BodyItem[];
}

/** The engagement-model questions a reflection answers. */
export const REFLECTION_SECTIONS = [
	"wentWell",
	"ourContribution",
	"theirContribution",
	"differenceUsed",
	"tryNext",
	"lessons",
] as const;
export type ReflectionSection = (typeof REFLECTION_SECTIONS)[number];

export interface ReflectionNote extends NoteBase {
	type: "alliance-reflection";
	alliance?: Link;
	date?: CalendarDate;
	trigger?: ReflectionTrigger;
	relationship?: number;
	adoptionStage?: AdoptionStage;
	sections: Record<ReflectionSection, BodyItem[]>;
	conflicts: ConflictItem[];
	quickWins: QuickWinItem[];
	actions: ActionItem[];
}

export interface StakeholderNote extends NoteBase {
	type: "alliance-stakeholder";
	alliances: Link[];
	side?: StakeholderSide;
	role?: string;
	/** The key role the `role` text names (in English or Dutch), when it names one. */
	keyRole?: StakeholderKeyRole;
	stance?: StakeholderStance;
	influence?: InfluenceLevel;
	stage?: StakeholderStage;
	lastContact?: CalendarDate;
	contactEveryDays?: number;
}

/** One dimension of a health check: how we rate it and how the partner does. */
export interface DimensionRating {
	/** The dimension's key, lower case, as in `ours_<key>` (e.g. `trust`, `joint_kpis`). */
	dimension: string;
	ours?: number;
	theirs?: number;
	/** The line of the first of the two properties written. */
	line: number;
}

/** The comment on one dimension, from the body section under its heading. */
export interface DimensionComment {
	dimension: string;
	/** The section's text, whitespace collapsed. */
	text: string;
	/** 1-based line of the heading. */
	line: number;
}

/** A joint health check: both partners rate the same dimensions. */
export interface HealthCheckNote extends NoteBase {
	type: "alliance-health-check";
	alliance?: Link;
	date?: CalendarDate;
	/** Who took part on our side, as names. */
	ourParticipants: string[];
	/** Who took part on the partner's side, as names. */
	theirParticipants: string[];
	/** One per dimension rated by either side, in the order written. */
	ratings: DimensionRating[];
	/** One per dimension heading with text under it, in the order written. */
	comments: DimensionComment[];
}

export type JournalNote = AllianceProfile | MeetingNote | ReflectionNote | StakeholderNote | HealthCheckNote;

/**
 * The result of parsing one file: `note` is `null` for a file that is not an
 * alliance note (or whose YAML could not be read); `problems` lists what is wrong.
 */
export interface ParseResult {
	note: JournalNote | null;
	problems: Problem[];
	/**
	 * The `aliases` of a note that is not an alliance note (a conflict's theme
	 * note, say): the other names its theme goes by. Absent when it has none.
	 */
	aliases?: string[];
}
