/**
 * The DashboardModel: everything the dashboard shows, as plain data. The
 * analytics compute it from the index (and `today`, passed in); the CLI prints
 * it, the sidebar view renders it, `--json` emits it. Every item that comes
 * from a note carries a {@link SourceRef}, so the UI can open it at its line.
 *
 * It holds facts only — codes, numbers, dates, names and parsed links — never
 * a sentence: `core/present` writes every sentence, in the reader's language.
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

/**
 * A name as a property gives it: `display` is what a person reads; `target`
 * is the note it links to, when it was written as a `[[link]]`.
 */
export interface NamedLink {
	display: string;
	target?: string;
}

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

/**
 * Why a wording joined a theme: `wording` joined the theme through the wording
 * `joined`, because both reduce to the same words, share a stem, match
 * through one of the user's aliases, or because one is a broader wording of
 * the other in the same alliance.
 */
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
	/** Why each wording other than the label joined the theme. */
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
	/** The action's words, without dates or owner. */
	description: string;
	/** The date of the meeting or reflection it was written in. */
	noted?: CalendarDate;
	due?: CalendarDate;
	owner?: string;
	overdue: boolean;
	/** Days past due (positive) or until due (negative), when due. */
	daysOverdue?: number;
}

export interface ActionSummary {
	/** Open actions: overdue first (most overdue first), then by due date, then those without one. */
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

/** What every briefing item has: its place in the order, its alliance and the note it points to. */
interface BriefingBase {
	kind: BriefingKind;
	/** Lower comes first. */
	priority: number;
	alliance: string;
	source?: SourceRef;
}

/** An open action past its due date. */
export interface OverdueActionItem extends BriefingBase {
	kind: "overdue-action";
	/** Days past due (at least 1). */
	days: number;
	action: string;
	due: CalendarDate;
	owner?: string;
}

/** An open action due before the next meeting or within two weeks. */
export interface ActionDueSoonItem extends BriefingBase {
	kind: "action-due-soon";
	/** Days until due (0 = today). */
	days: number;
	action: string;
	due: CalendarDate;
	owner?: string;
}

/** An open conflict theme raised in several meetings. */
export interface RecurringConflictItem extends BriefingBase {
	kind: "recurring-conflict";
	theme: string;
	meetings: number;
	firstSeen: CalendarDate;
	/** Raised more often lately. */
	escalating: boolean;
}

/** An open conflict raised once so far. */
export interface OpenConflictItem extends BriefingBase {
	kind: "open-conflict";
	theme: string;
}

/** A KPI's latest reading misses its target. */
export interface KpiOffTrackItem extends BriefingBase {
	kind: "kpi-off-track";
	key: string;
	kpi: string;
	unit?: string;
	value: number;
	target: number;
}

/** A KPI moved the wrong way since its previous reading. */
export interface KpiWorseningItem extends BriefingBase {
	kind: "kpi-worsening";
	key: string;
	kpi: string;
	unit?: string;
	value: number;
	previous: number;
}

/** A KPI without a reading in the alliance's last meetings. */
export interface KpiStaleItem extends BriefingBase {
	kind: "kpi-stale";
	key: string;
	kpi: string;
	/** Meetings since its latest reading. */
	meetings: number;
}

/** A relationship rating whose recent average dropped. */
export interface RatingDroppedItem extends BriefingBase {
	kind: "rating-dropped";
	rating: RatingKey;
	recent: number;
	earlier: number;
}

/** A quick win not yet shared inside the own organisation. */
export interface UncommunicatedWinItem extends BriefingBase {
	kind: "uncommunicated-win";
	win: string;
}

/** A stakeholder overdue for contact. */
export interface ContactOverdueItem extends BriefingBase {
	kind: "contact-overdue";
	name: string;
	/** Days past the planned contact. */
	days: number;
}

/** One thing that needs attention before the next meeting, as facts. */
export type BriefingItem =
	| OverdueActionItem
	| ActionDueSoonItem
	| RecurringConflictItem
	| OpenConflictItem
	| KpiOffTrackItem
	| KpiWorseningItem
	| KpiStaleItem
	| RatingDroppedItem
	| UncommunicatedWinItem
	| ContactOverdueItem;

export interface SinceLastMeeting {
	/** The last meeting, compared with the one before it. */
	meeting: SourceRef & { date: CalendarDate };
	previous?: SourceRef & { date: CalendarDate };
	kpiChanges: { key: string; label: string; unit?: string; from?: number; to: number; better?: boolean }[];
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
	owner?: NamedLink;
	counterpart?: NamedLink;
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
	schemaVersion: 2;
	today: CalendarDate;
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
