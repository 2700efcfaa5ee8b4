/**
 * What a new note carries over from the alliance's earlier notes: the actions
 * still open, the conflicts still open and a property per KPI the alliance
 * measures. Each carried item links back to the note it came from.
 */
import { DEFAULT_STATUS_TYPES, isOpenItem, isResolvedItem, type StatusTypes } from "../task-status";
import { groupWordings } from "../analytics/conflict-themes";
import { DEFAULT_CONFLICT_ALIASES } from "../analytics/options";
import { aliasMap } from "../analytics/theme-words";
import type { AllianceGroup } from "../index/vault-index";
import { compareText } from "../order";
import type { ActionItem, AllianceProfile, CalendarDate, ConflictItem, MeetingNote, ReflectionNote } from "../model";
import { inertTemplateSyntax } from "./inert-syntax";

/** An item from an earlier note, with that note. */
export interface CarriedItem<T> {
	item: T;
	note: MeetingNote | ReflectionNote;
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
 * @param statusTypes what each status symbol means (an action is open when TODO, IN_PROGRESS or ON_HOLD)
 */
export function openActions(group: AllianceGroup, until?: CalendarDate, statusTypes: StatusTypes = DEFAULT_STATUS_TYPES): CarriedItem<ActionItem>[] {
	const open: CarriedItem<ActionItem>[] = [];
	for (const note of notesUntil(group, until)) {
		for (const action of note.actions) if (isOpenItem(action, statusTypes)) open.push({ item: action, note });
	}
	// A stable sort keeps notes (and lines) in order among equal due dates.
	return open.sort((a, b) => compareText(a.item.due ?? UNDATED, b.item.due ?? UNDATED));
}


/**
 * The conflicts still open: per theme — grouped as the dashboard groups them,
 * so "Pricing", "Pricing model" and "Price discussion" are one — its latest
 * mention in the alliance's meetings and reflections, when that mention is
 * not resolved. Oldest first.
 *
 * @param aliases the conflict aliases (the dashboard's defaults unless the settings say otherwise)
 * @param statusTypes what each status symbol means (a conflict is resolved when DONE or CANCELLED)
 * @example a conflict raised in March and resolved in May is not carried; one raised again in June is
 */
export function openConflicts(
	group: AllianceGroup,
	until?: CalendarDate,
	aliases: Readonly<Record<string, string>> = DEFAULT_CONFLICT_ALIASES,
	statusTypes: StatusTypes = DEFAULT_STATUS_TYPES,
): CarriedItem<ConflictItem>[] {
	const notes = notesUntil(group, until);
	const alliance = group.profile.basename;
	const uses = notes.flatMap((note) => note.conflicts.map((conflict) => ({ wording: conflict.theme, alliance })));
	const { themeOf } = groupWordings(uses, aliasMap(aliases));
	const latest = new Map<string, CarriedItem<ConflictItem>>();
	for (const note of notes) {
		for (const conflict of note.conflicts) {
			const key = themeOf.get(conflict.theme) ?? conflict.theme.toLowerCase();
			// Delete first, so the map's order is the order of latest mentions.
			latest.delete(key);
			latest.set(key, { item: conflict, note });
		}
	}
	return [...latest.values()].filter((carried) => !isResolvedItem(carried.item, statusTypes));
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
 * A carried action as an agenda line: its description, where it came from,
 * its owner and due date. A plain list item, not a task: the action stays a
 * task in the note it came from, so neither the dashboard nor the Tasks
 * plugin counts it twice, and ticking it off happens in one place. Template
 * syntax in it is made inert ({@link inertTemplateSyntax}): the new note is
 * where Templater runs.
 *
 * @param source the link to the note it came from, as the user reads it (e.g. "from [[2026-11-19 Northwind]]")
 * @example actionLine(action, "from [[2026-11-19 Northwind]]") // "- Send the pricing analysis (from [[2026-11-19 Northwind]]) @sanne — 2026-12-04"
 */
export function actionLine(action: ActionItem, source: string): string {
	const description = action.description || action.text;
	const owner = action.owner === undefined ? "" : ` @${action.owner}`;
	const due = action.due === undefined ? "" : ` — ${action.due}`;
	return inertTemplateSyntax(`- ${description} (${source})${owner}${due}`);
}

/**
 * A carried conflict as written, with where it was last raised (an agenda
 * line; raising it again is writing it under Conflicts), its template syntax
 * made inert ({@link inertTemplateSyntax}).
 *
 * @example conflictLine(conflict, "from [[2026-11-19 Northwind]]") // "- Pricing: the interim tiers have lapsed (from [[2026-11-19 Northwind]])"
 */
export function conflictLine(conflict: ConflictItem, source: string): string {
	return inertTemplateSyntax(`- ${conflict.text} (${source})`);
}
