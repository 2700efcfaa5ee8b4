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
	StakeholderKeyRole,
	StakeholderSide,
	StakeholderStage,
	StakeholderStance,
} from "../model";
import type { ActionPriority } from "../model";
import type { StatusType, StatusTypes } from "../task-status";
import type { SameDayReason } from "../note-order";

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
	/** A joint health check is due when the last one is more than this many days old (or there is none). */
	healthCheckEveryDays: number;
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
	/** When it replaced one: what made its note the later — its `time`, the file's modification time, or (all equal) its path. */
	decidedBy?: SameDayReason;
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
	/** The theme as written in this mention (for a `[[link]]`, the name of the note it links to). */
	wording: string;
	/** The link target as written, when the theme is a `[[link]]` (resolved like Obsidian to find the theme note). */
	link?: string;
	resolved: boolean;
}

/**
 * Why a wording joined a theme: the wording `joined` joined the theme's
 * wording `wording`, because both reduce to the same words, share a stem,
 * match through one of the user's aliases, or because one is a broader wording
 * of the other in the same alliance.
 */
export type MergeReason =
	| { kind: "same-words"; wording: string; joined: string }
	| { kind: "shared-stem"; wording: string; joined: string; stem: string }
	| { kind: "alias"; wording: string; joined: string; alias: string }
	| { kind: "broader-wording"; wording: string; joined: string }
	/** `joined` is one of the `aliases` of the theme note named `wording`. */
	| { kind: "note-alias"; wording: string; joined: string };

export interface ConflictTheme {
	/** A stable key for the theme (its normalised form). */
	key: string;
	/** What the dashboard calls it: the name of its theme note, else the most used wording. */
	label: string;
	/** The note the theme is: a conflict written as a `[[link]]` to it (the link resolved as Obsidian does). */
	note?: string;
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

// ── Joint health checks ───────────────────────────────────────────────────────

/** A health check note, by its date. */
export interface HealthCheckRef extends SourceRef {
	date: CalendarDate;
}

/** One dimension of the latest health check: both views, the gap between them, and how each moved. */
export interface DimensionGap {
	/** The dimension's key (`trust`, `joint_kpis`, or a key the note defines itself). */
	dimension: string;
	/** Our rating, 1–5. */
	ours?: number;
	/** The partner's rating, 1–5. */
	theirs?: number;
	/** ours − theirs, when both sides rated it: positive when we see it rosier than the partner does. */
	gap?: number;
	/** The previous check's ratings of this dimension, when it rated it. */
	previousOurs?: number;
	previousTheirs?: number;
	previousGap?: number;
	/** ours − previousOurs. */
	oursChange?: number;
	/** theirs − previousTheirs. */
	theirsChange?: number;
	/** |gap| − |previousGap|: negative when the two views came closer. */
	gapWidening?: number;
	/** Where the ratings are written in the latest check. */
	source: SourceRef;
	/** The comment under the dimension's heading in the latest check (note text, shown as text). */
	comment?: SourceRef & { text: string };
}

/** The latest health check: both sides' ratings per dimension, largest gap first. */
export interface PerceptionGap {
	check: HealthCheckRef;
	ourParticipants: string[];
	theirParticipants: string[];
	/** The check before it, which the changes compare with. */
	previous?: HealthCheckRef;
	/** Largest |gap| first (ties: the dimension list's order); dimensions only one side rated come last. */
	dimensions: DimensionGap[];
	/** Means over the dimensions both sides rated. */
	oursAverage?: number;
	theirsAverage?: number;
}

/**
 * Whether a joint health check is due, by the cadence setting: counted from
 * the last check held, or, before the first, from the alliance's start (its
 * `started` property, else its first meeting or reflection).
 */
export interface HealthCheckDue {
	due: boolean;
	cadenceDays: number;
	/** What the cadence counts from; `none` when the alliance has neither a check nor a start date (never due). */
	since: "last-check" | "alliance-start" | "none";
	/** The last check held (dated today or earlier). */
	lastCheck?: CalendarDate;
	/** The date counted from + cadenceDays. */
	dueOn?: CalendarDate;
	/** Days past dueOn, when due. */
	daysOverdue?: number;
}

export interface HealthCheckSummary {
	/** Every check held (dated today or earlier), oldest first. */
	checks: HealthCheckRef[];
	/** The latest check against the one before it; absent without checks. */
	latest?: PerceptionGap;
	due: HealthCheckDue;
}

// ── Engagement scorecard ──────────────────────────────────────────────────────

/** The five practices of the founding text's engagement model, in its order. */
export type EngagementPractice =
	/** 1. Work on the real working relationship: trust and respect, openness, KPIs on how you work together. */
	| "working-relationship"
	/** 2. Accept differences and make the tension productive. */
	| "productive-conflict"
	/** 3. Collaboration is learning: when something goes wrong, both establish how both contributed. */
	| "joint-learning"
	/** 4. Internal stakeholders are key: bringing them along is a change process. */
	| "internal-stakeholders"
	/** 5. Periodic quick wins, shared inside the organisation. */
	| "quick-wins";

/** A plain verdict per practice (never one score for all). */
export type PracticeVerdict = "on-track" | "needs-attention" | "no-evidence";

/** Why a practice got its verdict, as a code the presentation layer words. */
export type PracticeReason =
	// working-relationship
	| "no-means-kpis-or-ratings"
	| "no-means-kpis"
	| "means-kpis-not-measured"
	| "no-trust-respect-ratings"
	| "trust-respect-low"
	| "trust-respect-falling"
	| "means-kpis-measured-trust-steady"
	// productive-conflict
	| "no-conflicts-recorded"
	| "themes-recurring-unresolved"
	| "few-themes-resolved"
	| "slow-to-resolve"
	| "no-difference-reflected"
	| "tensions-resolved"
	// joint-learning
	| "no-reflections"
	| "incidents-one-sided"
	| "contributions-one-sided"
	| "no-recent-reflection"
	| "incidents-both-sides"
	| "both-sides-named"
	// internal-stakeholders
	| "no-stakeholders"
	| "high-influence-resistance"
	| "key-roles-missing"
	| "contacts-overdue"
	| "internal-mostly-unaware"
	| "adoption-slipping"
	| "stakeholders-on-board"
	// quick-wins
	| "no-quick-wins"
	| "quarters-without-win"
	| "wins-not-communicated"
	| "wins-every-quarter";

/** The numbers behind a verdict, by name (each practice fills in its own). */
export type PracticeValue =
	// working-relationship
	| "meansKpis"
	| "meansKpisMeasured"
	| "trustRecent"
	| "trustChange"
	| "respectRecent"
	| "respectChange"
	| "trustRespectRatings"
	// productive-conflict
	| "themes"
	| "resolvedThemes"
	| "resolvedShare"
	| "medianDaysToResolve"
	| "recurringUnresolved"
	| "reflectionsWithDifference"
	// joint-learning
	| "reflections"
	| "incidentReflections"
	| "bothSidesNamed"
	| "bothSidesShare"
	| "daysSinceLastReflection"
	// internal-stakeholders
	| "stakeholders"
	| "internalStakeholders"
	| "internalUnaware"
	| "internalClarity"
	| "internalBelief"
	| "internalBehaviour"
	| "highInfluenceResisters"
	| "keyRolesInternal"
	| "keyRolesPartner"
	| "contactsTracked"
	| "contactsOverdue"
	| "adoptionChange"
	// quick-wins
	| "wins"
	| "winsThisQuarter"
	| "quartersChecked"
	| "quartersWithWin"
	| "communicatedShare";

/** One line of the engagement scorecard: a practice, its verdict, why, and the notes that show it. */
export interface PracticeScore {
	practice: EngagementPractice;
	verdict: PracticeVerdict;
	/** The deciding reason. */
	reason: PracticeReason;
	/** Every reason that applies, the deciding one first. */
	reasons: PracticeReason[];
	/** The numbers behind the verdict (shares are 0–1; days are whole days). */
	values: Partial<Record<PracticeValue, number>>;
	/** The notes (and lines) the verdict rests on, most telling first. */
	evidence: SourceRef[];
	/** internal-stakeholders: the key roles nobody holds, per side. */
	missingKeyRoles?: { side: StakeholderSide; role: StakeholderKeyRole }[];
	/** quick-wins: the quarters checked that had no quick win (`2026-Q2`), oldest first. */
	quartersWithoutWin?: string[];
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
	| "rating-dropped"
	| "health-check-due";

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

/** A joint health check is due: the cadence has passed since the last one (or since the alliance started, before the first). */
export interface HealthCheckDueItem extends BriefingBase {
	kind: "health-check-due";
	/** The last check's date; none before the first check. */
	last?: CalendarDate;
	/** Days past the cadence, when known. */
	days?: number;
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
	| ContactOverdueItem
	| HealthCheckDueItem;

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
	/** The last meeting held (planned notes left out), compared with the one before it. */
	sinceLastMeeting?: SinceLastMeeting;
	/** The next meeting's note, prepared in advance (planned: dated today or later, nothing filled in yet when today). */
	preparedMeeting?: SourceRef & { date: CalendarDate };
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
	/** Every note, held or planned. */
	counts: { meetings: number; reflections: number; stakeholders: number };
	firstMeeting?: CalendarDate;
	/** The last meeting held: planned notes (see `Briefing.preparedMeeting`) do not count. */
	lastMeeting?: CalendarDate;
	briefing: Briefing;
	kpis: KpiTrend[];
	health: RelationshipHealth;
	conflicts: ConflictTheme[];
	quickWins: QuickWinSummary;
	actions: ActionSummary;
	stakeholders: StakeholderSummary;
	/** Joint health checks: the perception gap of the latest, and whether one is due. */
	healthChecks: HealthCheckSummary;
	/** One line per practice of the engagement model, in the founding text's order. */
	scorecard: PracticeScore[];
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
