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
 * A list made compact: the shared empty list when empty, else the same list
 * with each element kept by `keep`, a function of the module (a closure made
 * for every note cost more, both to run and to compile).
 */
function compactList<T>(list: T[], pool: StringPool, keep: (value: T, pool: StringPool) => T): T[] {
	if (list.length === 0) return EMPTY_LIST as unknown as T[];
	for (let position = 0; position < list.length; position++) list[position] = keep(list[position] as T, pool);
	return list;
}

function keepString(text: string, pool: StringPool): string {
	return pool.keep(text);
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
	item.links = compactList(item.links, pool, compactLink);
	item.tags = compactList(item.tags, pool, keepString);
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
	note.aliases = compactList(note.aliases, pool, keepString);
	note.tags = compactList(note.tags, pool, keepString);
	switch (note.type) {
		case "alliance":
			compactFields(note, PROFILE_TEXT_FIELDS, pool);
			note.kpis = compactList(note.kpis, pool, compactKpi);
			return;
		case "alliance-meeting":
			// Meetings are most notes: their fields by name, not through a list of names (a keyed access that every note type shares).
			if (note.date !== undefined) note.date = pool.keep(note.date);
			if (note.time !== undefined) note.time = pool.keep(note.time);
			if (note.meetingType !== undefined) note.meetingType = pool.keep(note.meetingType) as typeof note.meetingType;
			if (note.alliance) compactLink(note.alliance, pool);
			note.attendees = compactList(note.attendees, pool, keepString);
			note.kpis = compactList(note.kpis, pool, compactKpi);
			note.conflicts = compactList(note.conflicts, pool, compactConflict);
			note.quickWins = compactList(note.quickWins, pool, compactItem);
			note.actions = compactList(note.actions, pool, compactAction);
			note.decisions = compactList(note.decisions, pool, compactItem);
			return;
		case "alliance-reflection":
			compactFields(note, REFLECTION_TEXT_FIELDS, pool);
			if (note.alliance) compactLink(note.alliance, pool);
			for (const key of Object.keys(note.sections) as (keyof typeof note.sections)[]) note.sections[key] = compactList(note.sections[key], pool, compactItem);
			note.conflicts = compactList(note.conflicts, pool, compactConflict);
			note.quickWins = compactList(note.quickWins, pool, compactItem);
			note.actions = compactList(note.actions, pool, compactAction);
			return;
		case "alliance-stakeholder":
			compactFields(note, STAKEHOLDER_TEXT_FIELDS, pool);
			note.alliances = compactList(note.alliances, pool, compactLink);
			return;
		case "alliance-health-check":
			compactFields(note, HEALTH_CHECK_TEXT_FIELDS, pool);
			if (note.alliance) compactLink(note.alliance, pool);
			note.ourParticipants = compactList(note.ourParticipants, pool, keepString);
			note.theirParticipants = compactList(note.theirParticipants, pool, keepString);
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
	if (result.aliases) result.aliases = compactList(result.aliases, pool, keepString);
	result.problems = compactList(result.problems, pool, compactProblem);
	return result;
}
