/**
 * Quick wins: the proof for the own organisation that the alliance works.
 * Newest first, whether each was communicated, how many per quarter, and how
 * far the organisation has come on clarity → belief → behaviour.
 */
import { isSharedWin } from "../parse/items";
import { DEFAULT_STATUS_TYPES, isDoneItem, type StatusTypes } from "../task-status";
import type { AllianceGroup } from "../index/vault-index";
import { ADOPTION_STAGES, type AdoptionStage, type MeetingNote, type ReflectionNote, type StakeholderNote } from "../model";
import { quarterOf } from "./calendar";
import type { QuarterCount, QuickWinEntry, QuickWinSummary } from "./dashboard-model";
import { compareText } from "../order";

/** `YYYY-MM`: the part of a date its quarter depends on. */
const MONTH_LENGTH = "YYYY-MM".length;
/** The line the adoption source links to when the parser did not record the property's line. */
const FIRST_LINE = 1;

/** Oldest first; on one date by path, then by line. */
export function oldestFirst(a: QuickWinEntry, b: QuickWinEntry): number {
	return compareText(a.date, b.date) || compareText(a.path, b.path) || a.line - b.line;
}

/**
 * Newest date first, but within a date still by path, then by line: the
 * days of an oldest-first list in reverse, each day kept in its order.
 *
 * @param items sorted oldest first
 */
function newestDayFirst(items: readonly QuickWinEntry[]): QuickWinEntry[] {
	const result: QuickWinEntry[] = [];
	let dayEnd = items.length;
	for (let index = items.length - 1; index >= 0; index--) {
		if (index > 0 && items[index - 1]?.date === items[index]?.date) continue;
		for (let day = index; day < dayEnd; day++) result.push(items[day] as QuickWinEntry);
		dayEnd = index;
	}
	return result;
}

/**
 * The quick wins of one note (none when it has no date), in the note's order.
 *
 * @param alliance the alliance's name, for each entry
 */
export function quickWinsOf(note: MeetingNote | ReflectionNote, alliance: string, statusTypes: StatusTypes): QuickWinEntry[] {
	const date = note.date;
	if (date === undefined) return [];
	return note.quickWins.map((win) => ({ path: note.path, line: win.line, date, alliance, text: win.text, communicated: isSharedWin(win) || isDoneItem(win, statusTypes) }));
}

/** The count of wins per quarter, oldest first (a month's quarter is worked out once, not per win). */
function countPerQuarter(items: readonly QuickWinEntry[]): QuarterCount[] {
	const quarters = new Map<string, QuarterCount>();
	const quarterOfMonth = new Map<string, string>();
	for (const item of items) {
		const month = item.date.slice(0, MONTH_LENGTH);
		let quarter = quarterOfMonth.get(month);
		if (quarter === undefined) {
			quarter = quarterOf(item.date);
			quarterOfMonth.set(month, quarter);
		}
		let count = quarters.get(quarter);
		if (!count) {
			count = { quarter, count: 0, communicated: 0 };
			quarters.set(quarter, count);
		}
		count.count++;
		if (item.communicated) count.communicated++;
	}
	// `YYYY-Qn` sorts as text in time order.
	return [...quarters.values()].sort((a, b) => compareText(a.quarter, b.quarter));
}

function isAdoptionStage(stage: string | undefined): stage is AdoptionStage {
	return stage !== undefined && (ADOPTION_STAGES as readonly string[]).includes(stage);
}

/**
 * The median adoption stage of the internal stakeholders who are at least at
 * clarity (the lower median for an even count).
 *
 * @example medianStage(["clarity", "belief", "behaviour", "behaviour"]) // "belief"
 */
export function medianStage(stages: readonly AdoptionStage[]): AdoptionStage | undefined {
	if (stages.length === 0) return undefined;
	const ordered = [...stages].sort((a, b) => ADOPTION_STAGES.indexOf(a) - ADOPTION_STAGES.indexOf(b));
	return ordered[Math.floor((ordered.length - 1) / 2)];
}

/**
 * How far the own organisation has come: the latest dated reflection that
 * states it, else the internal stakeholders' median stage.
 */
function adoptionOf(reflections: readonly ReflectionNote[], stakeholders: readonly StakeholderNote[]): QuickWinSummary["adoption"] {
	for (let index = reflections.length - 1; index >= 0; index--) {
		const reflection = reflections[index];
		if (reflection?.date === undefined || reflection.adoptionStage === undefined) continue;
		const line = reflection.fieldLines.adoption_stage ?? FIRST_LINE;
		return { stage: reflection.adoptionStage, basis: "reflection", source: { path: reflection.path, line } };
	}
	const internalStages = stakeholders.flatMap((person) => (person.side === "internal" && isAdoptionStage(person.stage) ? [person.stage] : []));
	const stage = medianStage(internalStages);
	return stage === undefined ? undefined : { stage, basis: "stakeholders" };
}

/**
 * The quick wins of one alliance, from its wins already in order.
 *
 * @param wins every win of the alliance's meetings and reflections, oldest first ({@link oldestFirst})
 * @param counted a summary made before from these very wins: its list and counts are taken as they are (the adoption stage is read again)
 */
export function quickWinSummaryOf(
	wins: readonly QuickWinEntry[],
	reflections: readonly ReflectionNote[],
	stakeholders: readonly StakeholderNote[],
	counted?: QuickWinSummary,
): QuickWinSummary {
	const items = counted?.items ?? newestDayFirst(wins);
	const summary: QuickWinSummary = {
		items,
		uncommunicated: counted?.uncommunicated ?? items.reduce((count, item) => (item.communicated ? count : count + 1), 0),
		perQuarter: counted?.perQuarter ?? countPerQuarter(wins),
	};
	const adoption = adoptionOf(reflections, stakeholders);
	if (adoption) summary.adoption = adoption;
	return summary;
}

/**
 * The quick wins of one alliance.
 *
 * @param group the alliance, its meetings and reflections sorted oldest first (as the index gives them)
 * @param statusTypes what each status symbol means: a win is communicated when its status is DONE, or tagged `#shared`
 * @returns the wins newest first, how many are not yet communicated, the count per quarter (oldest first) and the adoption stage
 * @example quickWinSummary(group).perQuarter // [{ quarter: "2025-Q4", count: 2, communicated: 1 }, …]
 */
export function quickWinSummary(group: AllianceGroup, statusTypes: StatusTypes = DEFAULT_STATUS_TYPES): QuickWinSummary {
	const alliance = group.profile.basename;
	const wins = [...group.meetings, ...group.reflections].flatMap((note) => quickWinsOf(note, alliance, statusTypes));
	// The notes come oldest first (meetings, then reflections), so this sort merges two runs.
	return quickWinSummaryOf(wins.sort(oldestFirst), group.reflections, group.stakeholders);
}
