/**
 * The DashboardModel: everything the dashboard shows, as plain data. The
 * analytics compute it from the index (and `today`, passed in); the CLI prints
 * it, the sidebar view renders it, `--json` emits it. Every item that comes
 * from a note carries a {@link SourceRef}, so the UI can open it at its line.
 */
import type {
	AdoptionStage,
	AlliancePhase,
	AllianceStatus,
	CalendarDate,
	InfluenceLevel,
	KpiDirection,
	KpiKind,
	Problem,
	RatingKey,
	StakeholderSide,
	StakeholderStage,
	StakeholderStance,
} from "../model";
import type { ActionPriority } from "../model";
import type { StatusType, StatusTypes } from "../task-status";

/** Where an item was written: the note and the 1-based line. */
export interface SourceRef {
	path: string;
	line: number;
}

/** The settings the analytics run with (all have defaults, see `DEFAULT_ANALYTICS_OPTIONS`). */
export interface AnalyticsOptions {
	/** A conflict theme is recurring when it appears in at least this many distinct notes… */
	minMeetings: number;
	/** …within this many days. */
	windowDays: number;
	/** User aliases for conflict wordings, e.g. `{ prijs: "pricing" }` (keys and values are free text). */
	conflictAliases: Record<string, string>;
	/** A KPI is stale when none of the alliance's last this-many meetings has a reading. */
	staleAfterMeetings: number;
	/** How many recent meetings make the "recent" relationship average. */
	recentMeetings: number;
	/**
	 * The type of each task status symbol (the Tasks plugin's status settings, or its defaults):
	 * decides which actions are open, which conflicts resolved and which quick wins communicated.
	 */
	statusTypes: StatusTypes;
}

// ── KPI trends ────────────────────────────────────────────────────────────────

export interface KpiPoint extends SourceRef {
	date: CalendarDate;
	value: number;
	/** Other readings of this KPI on the same date that this (latest) one replaced. */
	replaced: (SourceRef & { value: number })[];
}

/** on-track / off-track against the target; no-target when none is set; no-data without readings. */
export type KpiStatus = "on-track" | "off-track" | "no-target" | "no-data";
/** The recent movement, judged by the KPI's direction: improving means moving the good way. */
export type KpiTrendDirection = "improving" | "worsening" | "flat" | "unknown";

export interface KpiTrend {
	key: string;
	label: string;
	unit?: string;
	target?: number;
	direction: KpiDirection;
	kind: KpiKind;
	/** False for a `kpi_<key>` found in meetings but not defined in the profile's KPI table. */
	defined: boolean;
	/** Line of the KPI's row in the profile, when defined. */
	definition?: SourceRef;
	/** One point per date, oldest first. */
	series: KpiPoint[];
	latest?: KpiPoint;
	previous?: KpiPoint;
	/** latest − previous. */
	change?: number;
	status: KpiStatus;
	trend: KpiTrendDirection;
	/** No reading in the alliance's last `staleAfterMeetings` meetings. */
	stale: boolean;
	/** How many of the alliance's meetings came after the latest reading. */
	meetingsSinceReading: number;
}

// ── Relationship health ───────────────────────────────────────────────────────

export interface RatingPoint extends SourceRef {
	date: CalendarDate;
	value: number;
}

export interface RatingTrend {
	key: RatingKey;
	series: RatingPoint[];
	/** Average over the last `recentMeetings` meetings that rated it. */
	recentAverage?: number;
	/** Average over the meetings before those. */
	earlierAverage?: number;
	/** recentAverage − earlierAverage. */
	change?: number;
}

export interface RelationshipHealth {
	ratings: RatingTrend[];
	/** Mean of the five recent averages that exist. */
	recentAverage?: number;
	earlierAverage?: number;
	/** The rating whose recent average moved most against the earlier one. */
	mostMoved?: { key: RatingKey; change: number };
	/** The `relationship` rating of each reflection, oldest first. */
	reflections: RatingPoint[];
}

// ── Recurring conflicts ───────────────────────────────────────────────────────

export interface ConflictMention extends SourceRef {
	date: CalendarDate;
	alliance: string;
	/** The item's whole text. */
	text: string;
	/** The theme as written in this mention. */
	wording: string;
	resolved: boolean;
}

/** Why two wordings were put in one theme (facts; the presentation layer words them). */
export type MergeReason =
	| { kind: "same-words"; wording: string; joined: string }
	| { kind: "shared-stem"; wording: string; joined: string; stem: string }
	| { kind: "alias"; wording: string; joined: string; alias: string }
	| { kind: "broader-wording"; wording: string; joined: string };

export interface ConflictTheme {
	/** A stable key for the theme (its normalised form). */
	key: string;
	/** What the dashboard calls it: the most used wording. */
	label: string;
	/** Every wording that was grouped into this theme. */
	wordings: string[];
	/**
	 * Why wordings were grouped: one reason per wording besides the label, in
	 * the order of `wordings`. `wording` is the theme's wording it joined (the
	 * label where they share a word), `joined` the wording that joined.
	 */
	mergeReasons: MergeReason[];
	/** Oldest first. */
	mentions: ConflictMention[];
	/** Distinct notes that mention it. */
	meetingCount: number;
	firstSeen: CalendarDate;
	lastSeen: CalendarDate;
	/** The latest mention decides. */
	status: "open" | "resolved";
	/** Mentioned in at least `minMeetings` distinct notes within `windowDays`. */
	recurring: boolean;
	/** Mentioned in more distinct notes in the recent half of the window than in the half before (and in at least two). */
	escalating: boolean;
	alliances: string[];
}

// ── Quick wins ────────────────────────────────────────────────────────────────

export interface QuickWinEntry extends SourceRef {
	date: CalendarDate;
	alliance: string;
	text: string;
	communicated: boolean;
}

export interface QuarterCount {
	/** `2026-Q3` */
	quarter: string;
	count: number;
	communicated: number;
}

export interface QuickWinSummary {
	/** Newest first. */
	items: QuickWinEntry[];
	uncommunicated: number;
	perQuarter: QuarterCount[];
	/** How far the own organisation has come: clarity → belief → behaviour. */
	adoption?: {
		stage: AdoptionStage;
		/** From the latest reflection that states it, else from the internal stakeholders' stages. */
		basis: "reflection" | "stakeholders";
		source?: SourceRef;
	};
}

// ── Actions ───────────────────────────────────────────────────────────────────

export interface ActionEntry extends SourceRef {
	alliance: string;
	/** The action's words, without dates, priority, recurrence or owner. */
	description: string;
	/** The status symbol between the brackets (`" "`, `"/"`, …); absent for a plain list item. */
	status?: string;
	/** What the symbol means (the Tasks plugin's status type); an open action is TODO, IN_PROGRESS or ON_HOLD. */
	statusType: StatusType;
	/** The date of the meeting or reflection it was written in. */
	noted?: CalendarDate;
	due?: CalendarDate;
	/** Planned to work on it on this day (⏳). */
	scheduled?: CalendarDate;
	/** Cannot be worked on before this day (🛫): not "due soon" before it. */
	start?: CalendarDate;
	/** ➕ */
	created?: CalendarDate;
	/** ✅, when written on an action still open. */
	doneOn?: CalendarDate;
	/** ❌, when written on an action still open. */
	cancelledOn?: CalendarDate;
	/** 🔺 ⏫ 🔼 🔽 ⏬; absent for none (which ranks between medium and low). */
	priority?: ActionPriority;
	/** The recurrence rule as written (`every week`). */
	recurrence?: string;
	owner?: string;
	overdue: boolean;
	/** Days past due (positive) or until due (negative), when due. */
	daysOverdue?: number;
}

export interface ActionSummary {
	/** Open actions: overdue first (most overdue first), then by due date and, on one due date, by priority; then those without one. */
	open: ActionEntry[];
	overdue: number;
	byOwner: { owner: string; open: number; overdue: number }[];
}

// ── Stakeholders ──────────────────────────────────────────────────────────────

export interface StakeholderEntry extends SourceRef {
	name: string;
	side?: StakeholderSide;
	role?: string;
	stance?: StakeholderStance;
	influence?: InfluenceLevel;
	stage?: StakeholderStage;
	lastContact?: CalendarDate;
	contactEveryDays?: number;
	/** lastContact + contactEveryDays. */
	nextContact?: CalendarDate;
	/** Days past nextContact, when overdue. */
	contactOverdueDays?: number;
}

export interface StakeholderSummary {
	people: StakeholderEntry[];
	byStage: Partial<Record<StakeholderStage, number>>;
	byStance: Partial<Record<StakeholderStance, number>>;
	/** Overdue for contact, most overdue first. */
	overdue: StakeholderEntry[];
}

// ── Before the next meeting ───────────────────────────────────────────────────

export type BriefingKind =
	| "overdue-action"
	| "recurring-conflict"
	| "open-conflict"
	| "kpi-off-track"
	| "kpi-worsening"
	| "kpi-stale"
	| "uncommunicated-win"
	| "contact-overdue"
	| "action-due-soon"
	| "rating-dropped";

export interface BriefingItem {
	kind: BriefingKind;
	/** Lower comes first. */
	priority: number;
	alliance: string;
	/** One sentence in the dashboard's language. */
	text: string;
	source?: SourceRef;
}

export interface SinceLastMeeting {
	/** The last meeting, compared with the one before it. */
	meeting: SourceRef & { date: CalendarDate };
	previous?: SourceRef & { date: CalendarDate };
	kpiChanges: { key: string; label: string; from?: number; to: number; better?: boolean }[];
	newConflicts: string[];
	resolvedConflicts: string[];
	newQuickWins: number;
	actionsAdded: number;
	actionsDone: number;
}

export interface Briefing {
	daysSinceLastMeeting?: number;
	nextMeeting?: CalendarDate;
	daysToNextMeeting?: number;
	/** Ordered by what needs attention. */
	items: BriefingItem[];
	sinceLastMeeting?: SinceLastMeeting;
}

// ── The whole ─────────────────────────────────────────────────────────────────

export interface AllianceDashboard {
	name: string;
	path: string;
	partner?: string;
	status?: AllianceStatus;
	phase?: AlliancePhase;
	owner?: string;
	counterpart?: string;
	counts: { meetings: number; reflections: number; stakeholders: number };
	firstMeeting?: CalendarDate;
	lastMeeting?: CalendarDate;
	briefing: Briefing;
	kpis: KpiTrend[];
	health: RelationshipHealth;
	conflicts: ConflictTheme[];
	quickWins: QuickWinSummary;
	actions: ActionSummary;
	stakeholders: StakeholderSummary;
	problems: Problem[];
}

export interface DashboardModel {
	/** Bump when the shape changes; part of the documented JSON. */
	schemaVersion: 1;
	today: CalendarDate;
	/** The language of the model's sentences (briefing texts). */
	language: "en" | "nl";
	options: AnalyticsOptions;
	/** One per alliance, by name. */
	alliances: AllianceDashboard[];
	/** Across all alliances: conflict themes (a theme may span alliances), recurring ones first. */
	conflicts: ConflictTheme[];
	/** Across all alliances, ordered by what needs attention. */
	briefing: BriefingItem[];
	/** Every problem in the vault, by file and line. */
	problems: Problem[];
}
