/**
 * The domain types of Alliance Journal: what a parsed note looks like.
 *
 * Everything in `core/` speaks these types; nothing here knows about Obsidian,
 * the DOM or Node. Dates are calendar dates written `YYYY-MM-DD` (never a JS
 * `Date`, so no time zone can shift them).
 */

/** The four note types, as written in the `type` property. */
export const NOTE_TYPES = [
	"alliance",
	"alliance-meeting",
	"alliance-reflection",
	"alliance-stakeholder",
] as const;
export type NoteType = (typeof NOTE_TYPES)[number];

/** A calendar date `YYYY-MM-DD`. */
export type CalendarDate = string;

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

/**
 * Something wrong with a note, shown to the user: it names the file, the line
 * (1-based), the field, what was found and what is allowed.
 */
export interface Problem {
	path: string;
	line: number;
	severity: Severity;
	code: ProblemCode;
	/** The property or section the problem is about, when there is one. */
	field?: string;
	/** What was found, as the user wrote it (shortened). */
	found?: string;
	/** What is allowed instead, in words. */
	allowed?: string;
	/** The whole message in plain English (the CLI and UI may localise from code/field/found/allowed). */
	message: string;
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

export type AllianceStatus = (typeof ALLIANCE_STATUSES)[number];
export type AlliancePhase = (typeof ALLIANCE_PHASES)[number];
export type MeetingType = (typeof MEETING_TYPES)[number];
export type ReflectionTrigger = (typeof REFLECTION_TRIGGERS)[number];
export type AdoptionStage = (typeof ADOPTION_STAGES)[number];
export type StakeholderSide = (typeof STAKEHOLDER_SIDES)[number];
export type StakeholderStance = (typeof STAKEHOLDER_STANCES)[number];
export type InfluenceLevel = (typeof INFLUENCE_LEVELS)[number];
export type StakeholderStage = (typeof STAKEHOLDER_STAGES)[number];

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
	stance?: StakeholderStance;
	influence?: InfluenceLevel;
	stage?: StakeholderStage;
	lastContact?: CalendarDate;
	contactEveryDays?: number;
}

export type JournalNote = AllianceProfile | MeetingNote | ReflectionNote | StakeholderNote;

/**
 * The result of parsing one file: `note` is `null` for a file that is not an
 * alliance note (or whose YAML could not be read); `problems` lists what is wrong.
 */
export interface ParseResult {
	note: JournalNote | null;
	problems: Problem[];
}
