/**
 * What a new note carries over from the alliance's earlier notes: the actions
 * still open, the conflicts still open and a property per KPI the alliance
 * measures. Each carried item links back to the note it came from.
 */
import type { AllianceGroup } from "../index/vault-index";
import type { ActionItem, AllianceProfile, CalendarDate, ConflictItem, MeetingNote, ReflectionNote } from "../model";

/** An item from an earlier note, with that note. */
export interface CarriedItem<T> {
	item: T;
	note: MeetingNote | ReflectionNote;
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Undated notes sort last, as in the index. */
const UNDATED = "9999-99-99";

/** The alliance's meetings and reflections up to a day (undated ones too), oldest first. */
function notesUntil(group: AllianceGroup, until: CalendarDate | undefined): (MeetingNote | ReflectionNote)[] {
	return [...group.meetings, ...group.reflections]
		.filter((note) => until === undefined || note.date === undefined || note.date <= until)
		.sort((a, b) => compareText(a.date ?? UNDATED, b.date ?? UNDATED) || compareText(a.path, b.path));
}

/**
 * Every action not yet done in the alliance's meetings and reflections,
 * soonest due first (those without a due date last), then oldest note first.
 *
 * @param group the alliance, from the index
 * @param until leave out notes dated after this day (a note written for an earlier day sees only what was open then)
 */
export function openActions(group: AllianceGroup, until?: CalendarDate): CarriedItem<ActionItem>[] {
	const open: CarriedItem<ActionItem>[] = [];
	for (const note of notesUntil(group, until)) {
		for (const action of note.actions) if (!action.done) open.push({ item: action, note });
	}
	// A stable sort keeps notes (and lines) in order among equal due dates.
	return open.sort((a, b) => compareText(a.item.due ?? UNDATED, b.item.due ?? UNDATED));
}

/**
 * The key conflicts are told apart by: the theme as written, ignoring case
 * and spacing. (The dashboard's recurring conflicts go further: accents,
 * aliases, near-duplicates.)
 */
function themeKey(theme: string): string {
	return theme.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * The conflicts still open: per theme, its latest mention in the alliance's
 * meetings and reflections, when that mention is not resolved. Oldest first.
 *
 * @example a conflict raised in March and resolved in May is not carried; one raised again in June is
 */
export function openConflicts(group: AllianceGroup, until?: CalendarDate): CarriedItem<ConflictItem>[] {
	const latest = new Map<string, CarriedItem<ConflictItem>>();
	for (const note of notesUntil(group, until)) {
		for (const conflict of note.conflicts) {
			const key = themeKey(conflict.theme);
			// Delete first, so the map's order is the order of latest mentions.
			latest.delete(key);
			latest.set(key, { item: conflict, note });
		}
	}
	return [...latest.values()].filter((carried) => !carried.item.resolved);
}

/**
 * A `kpi_<key>:` property line per KPI the alliance defines, for a meeting's
 * frontmatter.
 *
 * @example kpiFieldLines(northwind) // ["kpi_joint_pipeline:", "kpi_on_time_delivery:", …]
 */
export function kpiFieldLines(profile: AllianceProfile): string[] {
	return profile.kpis.map((kpi) => `kpi_${kpi.key}:`);
}

/**
 * A carried action as a Tasks-plugin task: its description, where it came
 * from, then its owner and due date (Tasks reads dates at the end of a line).
 *
 * @param source the link to the note it came from, as the user reads it (e.g. "from [[2026-11-19 Northwind]]")
 * @example actionLine(action, "from [[2026-11-19 Northwind]]") // "- [ ] Send the pricing analysis (from [[2026-11-19 Northwind]]) @sanne 📅 2026-12-04"
 */
export function actionLine(action: ActionItem, source: string): string {
	const description = action.description || action.text;
	const owner = action.owner === undefined ? "" : ` @${action.owner}`;
	const due = action.due === undefined ? "" : ` 📅 ${action.due}`;
	return `- [ ] ${description} (${source})${owner}${due}`;
}

/**
 * A carried conflict as written, with where it was last raised.
 *
 * @example conflictLine(conflict, "from [[2026-11-19 Northwind]]") // "- [ ] Pricing: the interim tiers have lapsed (from [[2026-11-19 Northwind]])"
 */
export function conflictLine(conflict: ConflictItem, source: string): string {
	return `- [ ] ${conflict.text} (${source})`;
}
