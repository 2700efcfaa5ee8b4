/**
 * The compact facts a view shows beside an open action — its priority's
 * emoji, its status when not plain TODO, a start date still ahead, its
 * recurrence — as message keys and values; the views word them from their
 * own catalogue.
 */
import type { ActionPriority, CalendarDate } from "../model";
import type { ActionEntry } from "../analytics/dashboard-model";

/** The Tasks plugin's emoji for each priority. */
export const PRIORITY_EMOJI: Readonly<Record<ActionPriority, string>> = { highest: "🔺", high: "⏫", medium: "🔼", low: "🔽", lowest: "⏬" };

/** One fact: a message key with its values, or text as written (a symbol, a recurrence rule). */
export type ActionFact = { key: "action-in-progress" | "action-on-hold" } | { key: "action-starts"; date: CalendarDate } | { text: string };

/**
 * What to show beside an action besides its due date and owner.
 *
 * @param today the dashboard's day: a start date is shown only while still ahead (always, when not given)
 * @example actionFacts({ priority: "high", statusType: "IN_PROGRESS", … }, "2026-11-27") // [{ text: "⏫" }, { key: "action-in-progress" }]
 */
export function actionFacts(action: ActionEntry, today?: CalendarDate): ActionFact[] {
	const facts: ActionFact[] = [];
	if (action.priority !== undefined) facts.push({ text: PRIORITY_EMOJI[action.priority] });
	if (action.statusType === "IN_PROGRESS") facts.push({ key: "action-in-progress" });
	if (action.statusType === "ON_HOLD") facts.push({ key: "action-on-hold" });
	if (action.start !== undefined && (today === undefined || action.start > today)) facts.push({ key: "action-starts", date: action.start });
	if (action.recurrence !== undefined) facts.push({ text: `🔁 ${action.recurrence}` });
	return facts;
}
