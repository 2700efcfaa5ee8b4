/**
 * Open actions from meetings and reflections: what is overdue, what is due
 * next, and who holds how many.
 */
import type { AllianceGroup } from "../index/vault-index";
import type { ActionItem, ActionPriority, CalendarDate, MeetingNote, ReflectionNote } from "../model";
import { DEFAULT_STATUS_TYPES, isOpenStatus, statusTypeOf, type StatusType, type StatusTypes } from "../task-status";
import { daysBetween } from "./calendar";
import type { ActionEntry, ActionSummary } from "./dashboard-model";
import { compareText } from "../order";

/** The owner row of actions nobody was named for. */
const NO_OWNER = "";
/** Where a `YYYY-MM-DD` date's month (`YYYY-MM`) and day of the month are written. */
const MONTH_LENGTH = "YYYY-MM".length;
const DAY_START = "YYYY-MM-".length;

type OwnerRow = ActionSummary["byOwner"][number];

/** Compares optional dates, those without one last. */
function compareOptionalDates(a: CalendarDate | undefined, b: CalendarDate | undefined): number {
	if (a === b) return 0;
	if (a === undefined) return 1;
	if (b === undefined) return -1;
	return compareText(a, b);
}

/** The Tasks plugin's order of priorities: no priority sits between medium and low. */
const PRIORITY_RANK: Readonly<Record<ActionPriority | "none", number>> = { highest: 0, high: 1, medium: 2, none: 3, low: 4, lowest: 5 };

/** Higher priority first. */
function byPriority(a: ActionEntry, b: ActionEntry): number {
	return PRIORITY_RANK[a.priority ?? "none"] - PRIORITY_RANK[b.priority ?? "none"];
}

/** By due date, then priority; ties by path, then line. A due date before today is overdue, so the most overdue come first. */
function byDue(a: ActionEntry, b: ActionEntry): number {
	return compareOptionalDates(a.due, b.due) || byPriority(a, b) || compareText(a.path, b.path) || a.line - b.line;
}

/** By the date the action was noted, those from undated notes last; ties by path, then line. */
function byNoted(a: ActionEntry, b: ActionEntry): number {
	return compareOptionalDates(a.noted, b.noted) || compareText(a.path, b.path) || a.line - b.line;
}

/**
 * The one order of open actions, "most urgent first": by due date (so the
 * most overdue come first), then those without one by when they were noted;
 * ties by path, then line. The dashboard of one alliance and of all use it.
 */
export function byUrgency(a: ActionEntry, b: ActionEntry): number {
	if (a.due === undefined && b.due === undefined) return byNoted(a, b);
	return byDue(a, b);
}

/** Most overdue first, then most open, then by name. */
function byBurden(a: OwnerRow, b: OwnerRow): number {
	return b.overdue - a.overdue || b.open - a.open || compareText(a.owner, b.owner);
}

/**
 * One open action as the dashboard shows it.
 *
 * @param daysPastDue days from a due date to today (see {@link daysPastDueCounter})
 */
function toEntry(
	action: ActionItem,
	statusType: StatusType,
	note: MeetingNote | ReflectionNote,
	alliance: string,
	today: CalendarDate,
	daysPastDue: (due: CalendarDate) => number,
): ActionEntry {
	const entry: ActionEntry = { path: note.path, line: action.line, alliance, description: action.description, statusType, overdue: false };
	if (action.status !== undefined) entry.status = action.status;
	if (note.date !== undefined) entry.noted = note.date;
	for (const field of ["scheduled", "start", "created", "doneOn", "cancelledOn", "priority", "recurrence", "owner"] as const) {
		const value = action[field];
		if (value !== undefined) (entry as Record<typeof field, string>)[field] = value;
	}
	if (action.due !== undefined) {
		entry.due = action.due;
		entry.overdue = action.due < today;
		entry.daysOverdue = daysPastDue(action.due);
	}
	return entry;
}

/**
 * Counts days from a due date to today, as `daysBetween(due, today)`, but
 * parses one date per month rather than one per action: the days from the
 * 1st of the due month to today, less the days from the 1st to the due date.
 * (Due dates are valid calendar dates; the parser keeps no other.)
 *
 * @example daysPastDueCounter("2026-11-27")("2026-11-20") // 7
 */
export function daysPastDueCounter(today: CalendarDate): (due: CalendarDate) => number {
	const fromFirstOfMonth = new Map<string, number>();
	return (due) => {
		const month = due.slice(0, MONTH_LENGTH);
		let days = fromFirstOfMonth.get(month);
		if (days === undefined) {
			days = daysBetween(`${month}-01`, today);
			fromFirstOfMonth.set(month, days);
		}
		return days - (Number(due.slice(DAY_START)) - 1);
	};
}

/** Counts open and overdue actions per owner (`""` for no owner). */
function countByOwner(open: readonly ActionEntry[]): OwnerRow[] {
	const rows = new Map<string, OwnerRow>();
	for (const entry of open) {
		const owner = entry.owner ?? NO_OWNER;
		let row = rows.get(owner);
		if (!row) {
			row = { owner, open: 0, overdue: 0 };
			rows.set(owner, row);
		}
		row.open++;
		if (entry.overdue) row.overdue++;
	}
	return [...rows.values()].sort(byBurden);
}

/**
 * The open actions of one note, in no particular order.
 *
 * @param alliance the alliance's name, for each entry
 * @param daysPastDue days from a due date to today (see {@link daysPastDueCounter}; one per day, shared by the notes)
 */
export function openActionsOf(
	note: MeetingNote | ReflectionNote,
	alliance: string,
	today: CalendarDate,
	statusTypes: StatusTypes,
	daysPastDue: (due: CalendarDate) => number = daysPastDueCounter(today),
): ActionEntry[] {
	const entries: ActionEntry[] = [];
	for (const action of note.actions) {
		const statusType = statusTypeOf(action.status, statusTypes);
		if (isOpenStatus(statusType)) entries.push(toEntry(action, statusType, note, alliance, today, daysPastDue));
	}
	return entries;
}

/**
 * The summary of open actions already in order ({@link byUrgency}).
 *
 * @param open the open actions, most urgent first
 */
export function summaryOfOpen(open: ActionEntry[]): ActionSummary {
	return {
		open,
		overdue: open.reduce((count, entry) => (entry.overdue ? count + 1 : count), 0),
		byOwner: countByOwner(open),
	};
}

/**
 * The open actions of one alliance (pass its group) or of the whole vault
 * (pass every group).
 *
 * @param groups the alliances whose meetings and reflections are searched
 * @param today the date "overdue" is judged against
 * @param statusTypes what each status symbol means: an action is open when its type is TODO, IN_PROGRESS or ON_HOLD
 * @returns open actions, most urgent first; how many are overdue; the count per owner
 * @example
 * actionSummary([acme], "2026-11-27", DEFAULT_STATUS_TYPES).open[0]
 * // { description: "Send forecast", due: "2026-11-20", overdue: true, daysOverdue: 7, … }
 */
export function actionSummary(groups: readonly AllianceGroup[], today: CalendarDate, statusTypes: StatusTypes = DEFAULT_STATUS_TYPES): ActionSummary {
	const daysPastDue = daysPastDueCounter(today);
	const open: ActionEntry[] = [];
	for (const group of groups) {
		const alliance = group.profile.basename;
		for (const note of [...group.meetings, ...group.reflections]) open.push(...openActionsOf(note, alliance, today, statusTypes, daysPastDue));
	}
	// Overdue first (most overdue first), then by due date, then those without one by when they were noted.
	return summaryOfOpen(open.sort(byUrgency));
}
