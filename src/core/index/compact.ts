/**
 * Keeping the index small in memory. A string cut from a note's text (an
 * item's text, a theme, an owner) is, to V8, a slice that keeps the whole
 * note's text alive; the index copies every string it keeps out of the note,
 * shares one copy of each repeated short string (KPI keys, owners, dates,
 * tags, link targets) per index, and one frozen empty list for every empty
 * one.
 */
import type { ActionItem, BodyItem, ConflictItem, JournalNote, KpiDefinition, KpiReading, Link, ParseResult, Problem } from "../model";

/** Strings up to this length are shared: the repeated ones (keys, names, dates, tags) are short. */
const MAX_SHARED_LENGTH = 48;

/** The one empty list every empty list of the index is. Frozen: nobody adds to another note's list. */
export const EMPTY_LIST: readonly never[] = Object.freeze([]);

/**
 * A copy of a string that holds none of the text it was cut from: one flat
 * string. Joining its first character and the rest makes V8 write both into
 * one new string (cheaper than `(" " + text).slice(1)`, which keeps a slice
 * of a two-part copy: two objects per string, each copied by every young
 * collection while the index is built). `` `${text}` `` or `text.slice(0)`
 * return the same slice.
 *
 * @example detached(noteText.slice(120, 160)) // the same characters, without noteText behind them
 */
export function detached(text: string): string {
	return [text.charAt(0), text.slice(1)].join("");
}

/**
 * The strings an index keeps: each short string once, each long one copied
 * out of its note.
 */
export class StringPool {
	private readonly shared = new Map<string, string>();

	/** How many distinct short strings the pool holds. */
	get size(): number {
		return this.shared.size;
	}

	/** The pool's copy of a string: shared when short, a detached copy when long. */
	keep(text: string): string {
		if (text.length > MAX_SHARED_LENGTH) return detached(text);
		let kept = this.shared.get(text);
		if (kept === undefined) {
			kept = detached(text);
			this.shared.set(kept, kept);
		}
		return kept;
	}

	/** {@link keep} for an optional string. */
	keepOptional(text: string | undefined): string | undefined {
		return text === undefined ? undefined : this.keep(text);
	}
}

/**
 * The lists of a note made compact: the shared empty list when empty, else
 * the same list with each element kept. One loop per kind of element, not
 * one loop calling a function per element: the loops run for every note of
 * a cold index, before the code is compiled.
 */
function compactStrings(list: string[], pool: StringPool): string[] {
	if (list.length === 0) return EMPTY_LIST as unknown as string[];
	for (let position = 0; position < list.length; position++) list[position] = pool.keep(list[position] as string);
	return list;
}

function compactLinks(list: Link[], pool: StringPool): Link[] {
	if (list.length === 0) return EMPTY_LIST as unknown as Link[];
	for (let position = 0; position < list.length; position++) compactLink(list[position] as Link, pool);
	return list;
}

function compactItems<T extends BodyItem>(list: T[], pool: StringPool): T[] {
	if (list.length === 0) return EMPTY_LIST as unknown as T[];
	for (let position = 0; position < list.length; position++) compactItem(list[position] as T, pool);
	return list;
}

function compactConflicts(list: ConflictItem[], pool: StringPool): ConflictItem[] {
	if (list.length === 0) return EMPTY_LIST as unknown as ConflictItem[];
	for (let position = 0; position < list.length; position++) compactConflict(list[position] as ConflictItem, pool);
	return list;
}

function compactActions(list: ActionItem[], pool: StringPool): ActionItem[] {
	if (list.length === 0) return EMPTY_LIST as unknown as ActionItem[];
	for (let position = 0; position < list.length; position++) compactAction(list[position] as ActionItem, pool);
	return list;
}

function compactKpis<T extends KpiDefinition | KpiReading>(list: T[], pool: StringPool): T[] {
	if (list.length === 0) return EMPTY_LIST as unknown as T[];
	for (let position = 0; position < list.length; position++) compactKpi(list[position] as T, pool);
	return list;
}

function compactLink(link: Link, pool: StringPool): Link {
	link.target = pool.keep(link.target);
	if (link.display !== undefined) link.display = pool.keep(link.display);
	return link;
}

function compactItem<T extends BodyItem>(item: T, pool: StringPool): T {
	// An item's text is seldom written twice: copied, not looked up in the pool.
	item.text = detached(item.text);
	// A status is one character: V8 copies a string that short instead of pointing into the note.
	item.links = compactLinks(item.links, pool);
	item.tags = compactStrings(item.tags, pool);
	return item;
}

function compactConflict(item: ConflictItem, pool: StringPool): ConflictItem {
	compactItem(item, pool);
	item.theme = pool.keep(item.theme);
	return item;
}

/**
 * An action's strings, field by field (each a plain property access, so the
 * code stays fast for the one shape every action has); its priority is one of
 * a few constants, nothing cut from the note.
 */
function compactAction(item: ActionItem, pool: StringPool): ActionItem {
	const written = item.text;
	compactItem(item, pool);
	// Most actions have no signifier: their description is their text, kept once.
	item.description = item.description === written ? item.text : detached(item.description);
	if (item.due !== undefined) item.due = pool.keep(item.due);
	if (item.doneOn !== undefined) item.doneOn = pool.keep(item.doneOn);
	if (item.cancelledOn !== undefined) item.cancelledOn = pool.keep(item.cancelledOn);
	if (item.scheduled !== undefined) item.scheduled = pool.keep(item.scheduled);
	if (item.start !== undefined) item.start = pool.keep(item.start);
	if (item.created !== undefined) item.created = pool.keep(item.created);
	if (item.recurrence !== undefined) item.recurrence = pool.keep(item.recurrence);
	if (item.owner !== undefined) item.owner = pool.keep(item.owner);
	return item;
}

function compactKpi<T extends KpiDefinition | KpiReading>(kpi: T, pool: StringPool): T {
	kpi.key = pool.keep(kpi.key);
	if ("label" in kpi) {
		kpi.label = pool.keep(kpi.label);
		if (kpi.unit !== undefined) kpi.unit = pool.keep(kpi.unit);
	}
	return kpi;
}

/** Keeps every optional string field of a note that is set. */
function compactFields(note: JournalNote, fields: readonly string[], pool: StringPool): void {
	const record = note as unknown as Record<string, unknown>;
	for (const field of fields) {
		const value = record[field];
		if (typeof value === "string") record[field] = pool.keep(value);
	}
}

const PROFILE_TEXT_FIELDS = ["partner", "status", "phase", "started", "owner", "counterpart", "nextMeeting"] as const;
const REFLECTION_TEXT_FIELDS = ["date", "trigger", "adoptionStage"] as const;
const HEALTH_CHECK_TEXT_FIELDS = ["date"] as const;
const STAKEHOLDER_TEXT_FIELDS = ["side", "role", "stance", "influence", "stage", "lastContact"] as const;

/** Makes one note compact, in place. */
function compactNote(note: JournalNote, pool: StringPool): void {
	note.aliases = compactStrings(note.aliases, pool);
	note.tags = compactStrings(note.tags, pool);
	switch (note.type) {
		case "alliance":
			compactFields(note, PROFILE_TEXT_FIELDS, pool);
			note.kpis = compactKpis(note.kpis, pool);
			return;
		case "alliance-meeting":
			// Meetings are most notes: their fields by name, not through a list of names (a keyed access that every note type shares).
			if (note.date !== undefined) note.date = pool.keep(note.date);
			if (note.time !== undefined) note.time = pool.keep(note.time);
			if (note.meetingType !== undefined) note.meetingType = pool.keep(note.meetingType) as typeof note.meetingType;
			if (note.alliance) compactLink(note.alliance, pool);
			note.attendees = compactStrings(note.attendees, pool);
			note.kpis = compactKpis(note.kpis, pool);
			note.conflicts = compactConflicts(note.conflicts, pool);
			note.quickWins = compactItems(note.quickWins, pool);
			note.actions = compactActions(note.actions, pool);
			note.decisions = compactItems(note.decisions, pool);
			return;
		case "alliance-reflection":
			compactFields(note, REFLECTION_TEXT_FIELDS, pool);
			if (note.alliance) compactLink(note.alliance, pool);
			for (const key of Object.keys(note.sections) as (keyof typeof note.sections)[]) note.sections[key] = compactItems(note.sections[key], pool);
			note.conflicts = compactConflicts(note.conflicts, pool);
			note.quickWins = compactItems(note.quickWins, pool);
			note.actions = compactActions(note.actions, pool);
			return;
		case "alliance-stakeholder":
			compactFields(note, STAKEHOLDER_TEXT_FIELDS, pool);
			note.alliances = compactLinks(note.alliances, pool);
			return;
		case "alliance-health-check":
			compactFields(note, HEALTH_CHECK_TEXT_FIELDS, pool);
			if (note.alliance) compactLink(note.alliance, pool);
			note.ourParticipants = compactStrings(note.ourParticipants, pool);
			note.theirParticipants = compactStrings(note.theirParticipants, pool);
			if (note.ratings.length === 0) note.ratings = EMPTY_LIST as unknown as typeof note.ratings;
			for (const rating of note.ratings) rating.dimension = pool.keep(rating.dimension);
			if (note.comments.length === 0) note.comments = EMPTY_LIST as unknown as typeof note.comments;
			for (const comment of note.comments) {
				comment.dimension = pool.keep(comment.dimension);
				comment.text = pool.keep(comment.text);
			}
	}
}

function compactProblem(problem: Problem, pool: StringPool): Problem {
	if (problem.field !== undefined) problem.field = pool.keep(problem.field);
	if (problem.found !== undefined) problem.found = pool.keep(problem.found);
	if (problem.detail !== undefined) problem.detail = pool.keep(problem.detail);
	if (problem.kpi !== undefined) problem.kpi.key = pool.keep(problem.kpi.key);
	if (problem.allowed?.kind === "quoted-link") problem.allowed.target = pool.keep(problem.allowed.target);
	return problem;
}

function compactProblems(list: Problem[], pool: StringPool): Problem[] {
	if (list.length === 0) return EMPTY_LIST as unknown as Problem[];
	for (let position = 0; position < list.length; position++) compactProblem(list[position] as Problem, pool);
	return list;
}

/**
 * Makes a fresh parse result compact, in place: every string copied out of
 * the note's text (short ones shared through the pool), every empty list the
 * one shared empty list. The result reads exactly as before.
 *
 * @param result a parse result nobody else holds yet
 * @param pool the index's strings
 * @returns the same result
 */
export function compactResult(result: ParseResult, pool: StringPool): ParseResult {
	if (result.note) compactNote(result.note, pool);
	if (result.aliases) result.aliases = compactStrings(result.aliases, pool);
	result.problems = compactProblems(result.problems, pool);
	return result;
}
