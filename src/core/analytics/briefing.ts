/**
 * "Before the next meeting": what needs attention, in order, and what changed
 * at the last meeting — as facts; `core/present/briefing.ts` words them.
 */
import type { AllianceGroup } from "../index/vault-index";
import type { CalendarDate, MeetingNote } from "../model";
import { daysBetween } from "./calendar";
import { DEFAULT_STATUS_TYPES, isDoneItem, isOpenItem, isResolvedItem, type StatusTypes } from "../task-status";
import type {
	ActionEntry,
	ActionSummary,
	Briefing,
	BriefingItem,
	ConflictTheme,
	HealthCheckDueItem,
	HealthCheckSummary,
	KpiTrend,
	QuickWinSummary,
	RelationshipHealth,
	SinceLastMeeting,
	SourceRef,
	StakeholderSummary,
} from "./dashboard-model";

/** The order of attention: lower comes first. */
const PRIORITY = {
	"overdue-action": 10,
	"recurring-conflict": 20,
	"kpi-off-track": 30,
	"rating-dropped": 35,
	"kpi-worsening": 40,
	"open-conflict": 45,
	"uncommunicated-win": 50,
	"contact-overdue": 60,
	"action-due-soon": 70,
	"health-check-due": 75,
	"kpi-stale": 80,
} as const;
/** Items of one kind keep their order: the n-th gets priority + n / ORDER_STEPS. */
const ORDER_STEPS = 1e7;
/** Day counts beyond this are all "very long" for ordering. */
const MAX_ORDER_DAYS = 100_000;

/**
 * A fraction in [0, 1) that puts more days overdue first (fewer days until due
 * later), with the position in the alliance's list to break ties.
 */
function dayOrder(daysOverdue: number, index: number): number {
	const days = Math.max(-MAX_ORDER_DAYS, Math.min(MAX_ORDER_DAYS, daysOverdue));
	const rank = (MAX_ORDER_DAYS - days) / (2 * MAX_ORDER_DAYS + 1);
	return rank + index / ORDER_STEPS / ORDER_STEPS;
}

/** An action due within this many days (or before the next meeting) is "due soon". */
const DUE_SOON_DAYS = 14;
/** A recent rating average this much below the earlier one is worth a line. */
const RATING_DROP = 0.5;

/**
 * An action that cannot be worked on yet: its start date (🛫) is after today.
 * It is not "due soon" before then (an overdue one is overdue all the same).
 */
function notStarted(action: ActionEntry, today: CalendarDate): boolean {
	return action.start !== undefined && action.start > today;
}

/** Everything the briefing is made from: one alliance's analytics. */
export interface BriefingInput {
	group: AllianceGroup;
	kpis: readonly KpiTrend[];
	health: RelationshipHealth;
	conflicts: readonly ConflictTheme[];
	quickWins: QuickWinSummary;
	actions: ActionSummary;
	stakeholders: StakeholderSummary;
	healthChecks: HealthCheckSummary;
}

/**
 * What changed at the last meeting, compared with the meetings before it.
 *
 * @param meetings the alliance's meetings, oldest first
 * @param kpis the alliance's KPI trends (for labels and directions)
 * @param themeOf the theme key of each conflict wording
 * @param statusTypes what each status symbol means
 */
export function sinceLastMeeting(
	meetings: readonly MeetingNote[],
	kpis: readonly KpiTrend[],
	themeOf: (wording: string) => string,
	today: CalendarDate,
	statusTypes: StatusTypes = DEFAULT_STATUS_TYPES,
): SinceLastMeeting | undefined {
	// A note dated after today is a meeting prepared in advance, not the last one held.
	const held = (meeting: MeetingNote | undefined): meeting is MeetingNote & { date: CalendarDate } => meeting?.date !== undefined && meeting.date <= today;
	let at = meetings.length - 1;
	while (at >= 0 && !held(meetings[at])) at--;
	const last = meetings[at];
	if (!held(last)) return undefined;
	let previousAt = at - 1;
	while (previousAt >= 0 && !held(meetings[previousAt])) previousAt--;
	const previous = meetings[previousAt];
	const kpiChanges: SinceLastMeeting["kpiChanges"] = [];
	for (const reading of last.kpis) {
		const trend = kpis.find((kpi) => kpi.key === reading.key);
		const series = trend?.series ?? [];
		// The series is oldest first: the reading before the last meeting's date is found from the end.
		let before = series.length - 1;
		while (before >= 0 && (series[before]?.date ?? "") >= last.date) before--;
		const earlier = series[before];
		const change: SinceLastMeeting["kpiChanges"][number] = { key: reading.key, label: trend?.label ?? reading.key, to: reading.value };
		if (trend?.unit !== undefined) change.unit = trend.unit;
		if (earlier) {
			change.from = earlier.value;
			if (earlier.value !== reading.value) change.better = (reading.value > earlier.value) === (trend?.direction !== "down");
		}
		kpiChanges.push(change);
	}
	// The last meeting's themes raised before: walk back from the meeting before it, and stop once all are found.
	const unseen = new Set(last.conflicts.map((conflict) => themeOf(conflict.theme)));
	for (let earlier = previousAt; earlier >= 0 && unseen.size > 0; earlier--) {
		const meeting = meetings[earlier];
		if (!held(meeting)) continue;
		for (const conflict of meeting.conflicts) unseen.delete(themeOf(conflict.theme));
	}
	const result: SinceLastMeeting = {
		meeting: { path: last.path, line: 1, date: last.date },
		kpiChanges,
		newConflicts: [...new Set(last.conflicts.filter((conflict) => unseen.has(themeOf(conflict.theme))).map((conflict) => conflict.theme))],
		resolvedConflicts: [...new Set(last.conflicts.filter((conflict) => isResolvedItem(conflict, statusTypes)).map((conflict) => conflict.theme))],
		newQuickWins: last.quickWins.length,
		actionsAdded: last.actions.filter((action) => isOpenItem(action, statusTypes)).length,
		actionsDone: last.actions.filter((action) => isDoneItem(action, statusTypes)).length,
	};
	if (held(previous)) result.previous = { path: previous.path, line: 1, date: previous.date };
	return result;
}

/** A briefing item's facts, before the alliance, priority and source are added. */
type BriefingFacts = BriefingItem extends infer Item ? (Item extends BriefingItem ? Omit<Item, "priority" | "alliance" | "source"> : never) : never;

/** What the briefing reads of the people overdue for contact and of the health check due, as text to compare. */
function peopleAndCheck(input: BriefingInput): string {
	const { checks, due } = input.healthChecks;
	return JSON.stringify([input.stakeholders.overdue, due, checks[checks.length - 1]]);
}

/**
 * Whether two inputs give the same briefing items on the same day: the very
 * lists of open actions, conflict themes, KPI trends and quick wins and the
 * very health that the dashboard keeps between builds while they do not
 * change, the very profile (its name and next meeting), and the same people
 * overdue and health check due. An edit that changes none of them (a
 * decision, a paragraph, an attendee) leaves the items as they were.
 */
export function sameItemFacts(a: BriefingInput, b: BriefingInput): boolean {
	return (
		a.actions.open === b.actions.open &&
		a.conflicts === b.conflicts &&
		a.kpis === b.kpis &&
		a.health === b.health &&
		a.quickWins.items === b.quickWins.items &&
		a.group.profile === b.group.profile &&
		peopleAndCheck(a) === peopleAndCheck(b)
	);
}

/**
 * The briefing for one alliance: facts, in the order of attention.
 *
 * @param input the alliance's analytics
 * @param today the day of the dashboard
 * @param themeOf the theme key of each conflict wording (for "new conflicts")
 * @param statusTypes what each status symbol means (for what changed at the last meeting)
 * @param planned the meetings prepared in advance (left out of `input.group`), oldest first: the first is the next meeting prepared
 * @param kept the items of a briefing made on the same day from the same facts ({@link sameItemFacts}): used as they are
 */
export function allianceBriefing(
	input: BriefingInput,
	today: CalendarDate,
	themeOf: (wording: string) => string,
	statusTypes: StatusTypes = DEFAULT_STATUS_TYPES,
	planned: readonly MeetingNote[] = [],
	kept?: BriefingItem[],
): Briefing {
	const briefing: Briefing = { items: kept ?? briefingItems(input, today) };
	const since = sinceLastMeeting(input.group.meetings, input.kpis, themeOf, today, statusTypes);
	if (since) briefing.daysSinceLastMeeting = daysBetween(since.meeting.date, today);
	const nextMeeting = input.group.profile.nextMeeting;
	if (nextMeeting !== undefined) {
		briefing.nextMeeting = nextMeeting;
		briefing.daysToNextMeeting = daysBetween(today, nextMeeting);
	}
	if (since) briefing.sinceLastMeeting = since;
	const prepared = planned.find((meeting) => meeting.date !== undefined && meeting.date >= today);
	if (prepared?.date !== undefined) briefing.preparedMeeting = { path: prepared.path, line: 1, date: prepared.date };
	return briefing;
}

/** The briefing's items, most urgent first. */
function briefingItems(input: BriefingInput, today: CalendarDate): BriefingItem[] {
	const alliance = input.group.profile.basename;
	const items: BriefingItem[] = [];
	// Each call passes a new object: it becomes the item (a copy of every item costs more than the rest of the briefing).
	const add = (facts: BriefingFacts, source?: SourceRef, order = 0): void => {
		const item = facts as BriefingItem;
		item.priority = PRIORITY[facts.kind] + order;
		item.alliance = alliance;
		if (source) item.source = source;
		items.push(item);
	};
	const nextMeeting = input.group.profile.nextMeeting;
	const dueSoonUntil = nextMeeting !== undefined && nextMeeting >= today ? nextMeeting : undefined;

	input.actions.open.forEach((action, index) => {
		const source = { path: action.path, line: action.line };
		// Across alliances too, the most overdue and the soonest due come first.
		const order = action.daysOverdue === undefined ? index / ORDER_STEPS : dayOrder(action.daysOverdue, index);
		let facts: Extract<BriefingFacts, { kind: "overdue-action" | "action-due-soon" }> | undefined;
		if (action.overdue && action.due !== undefined) {
			facts = { kind: "overdue-action", days: action.daysOverdue ?? 0, action: action.description, due: action.due };
		} else if (action.due !== undefined && !notStarted(action, today) && (action.due <= (dueSoonUntil ?? "") || daysBetween(today, action.due) <= DUE_SOON_DAYS)) {
			facts = { kind: "action-due-soon", days: daysBetween(today, action.due), action: action.description, due: action.due };
		}
		if (facts === undefined) return;
		if (action.owner !== undefined) facts.owner = action.owner;
		add(facts, source, order);
	});
	input.conflicts.forEach((theme, index) => {
		if (theme.status !== "open") return;
		const last = theme.mentions[theme.mentions.length - 1];
		const source = last ? { path: last.path, line: last.line } : undefined;
		if (theme.recurring) {
			add({ kind: "recurring-conflict", theme: theme.label, meetings: theme.meetingCount, firstSeen: theme.firstSeen, escalating: theme.escalating }, source, index / ORDER_STEPS);
		} else {
			add({ kind: "open-conflict", theme: theme.label }, source, index / ORDER_STEPS);
		}
	});
	for (const kpi of input.kpis) {
		const latest = kpi.latest;
		const source = latest ? { path: latest.path, line: latest.line } : kpi.definition;
		const unit = kpi.unit === undefined ? {} : { unit: kpi.unit };
		if (kpi.stale && kpi.defined) {
			// An old reading says little about today: ask for a new one instead.
			add({ kind: "kpi-stale", key: kpi.key, kpi: kpi.label, meetings: kpi.meetingsSinceReading }, kpi.definition);
		} else if (latest && kpi.status === "off-track" && kpi.target !== undefined) {
			add({ kind: "kpi-off-track", key: kpi.key, kpi: kpi.label, ...unit, value: latest.value, target: kpi.target }, source);
		} else if (latest && kpi.trend === "worsening" && kpi.previous) {
			add({ kind: "kpi-worsening", key: kpi.key, kpi: kpi.label, ...unit, value: latest.value, previous: kpi.previous.value }, source);
		}
	}
	const moved = input.health.mostMoved;
	const movedTrend = moved ? input.health.ratings.find((rating) => rating.key === moved.key) : undefined;
	if (moved && moved.change <= -RATING_DROP && movedTrend?.recentAverage !== undefined && movedTrend.earlierAverage !== undefined) {
		const last = movedTrend.series[movedTrend.series.length - 1];
		add(
			{ kind: "rating-dropped", rating: moved.key, recent: movedTrend.recentAverage, earlier: movedTrend.earlierAverage },
			last ? { path: last.path, line: last.line } : undefined,
		);
	}
	input.quickWins.items
		.filter((win) => !win.communicated)
		.forEach((win, index) => add({ kind: "uncommunicated-win", win: win.text }, { path: win.path, line: win.line }, index / ORDER_STEPS));
	input.stakeholders.overdue.forEach((person, index) =>
		add({ kind: "contact-overdue", name: person.name, days: person.contactOverdueDays ?? 0 }, { path: person.path, line: person.line }, index / ORDER_STEPS),
	);
	const due = input.healthChecks.due;
	if (due.due) {
		const last = input.healthChecks.checks[input.healthChecks.checks.length - 1];
		const facts: HealthCheckDueItem = { kind: "health-check-due", priority: 0, alliance };
		if (due.lastCheck !== undefined) facts.last = due.lastCheck;
		if (due.daysOverdue !== undefined) facts.days = due.daysOverdue;
		add(facts, last ? { path: last.path, line: last.line } : undefined);
	}
	return items.sort((a, b) => a.priority - b.priority);
}
