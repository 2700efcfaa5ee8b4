/**
 * The shape of a saved parse result, checked field by field before the index
 * trusts it: a snapshot that is valid JSON but damaged inside (a list that is
 * not a list, a line that is not a number) must not reach the analytics.
 *
 * The checks are made once from a fixed, shallow description, so checking
 * goes at most that deep; long lists are walked with a loop, never by
 * recursion on the value.
 */
import {
	ACTION_PRIORITIES,
	ADOPTION_STAGES,
	ALLIANCE_PHASES,
	ALLIANCE_STATUSES,
	INFLUENCE_LEVELS,
	type JournalNote,
	type Link,
	MEETING_TYPES,
	isNoteType,
	type ParseResult,
	type Problem,
	REFLECTION_SECTIONS,
	REFLECTION_TRIGGERS,
	STAKEHOLDER_KEY_ROLES,
	STAKEHOLDER_SIDES,
	STAKEHOLDER_STAGES,
	STAKEHOLDER_STANCES,
} from "../model";
import { EMPTY_LIST } from "./compact";

/** Checks whether a JSON value has one shape. */
type Check = (value: unknown) => boolean;

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isString: Check = (value) => typeof value === "string";
const isBoolean: Check = (value) => typeof value === "boolean";
const isNumber: Check = (value) => typeof value === "number" && Number.isFinite(value);
const optional =
	(check: Check): Check =>
	(value) =>
		value === undefined || check(value);
const oneOf = (values: readonly string[]): Check => {
	const allowed = new Set(values);
	return (value) => typeof value === "string" && allowed.has(value);
};
/** A list of any length, walked with a loop. */
const list =
	(check: Check): Check =>
	(value) => {
		if (!Array.isArray(value)) return false;
		for (let position = 0; position < value.length; position++) if (!check(value[position])) return false;
		return true;
	};
/** An object whose every value passes one check. */
const record =
	(check: Check): Check =>
	(value) => {
		if (!isObject(value)) return false;
		for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key) && !check(value[key])) return false;
		return true;
	};
/**
 * A list the snapshot leaves out when it is empty (see {@link leanResult}):
 * an absent one is restored as the index's one shared empty list.
 */
class LeanList {
	readonly check: Check;
	constructor(element: Check) {
		this.check = list(element);
	}
}
const leanList = (check: Check): LeanList => new LeanList(check);

/**
 * An object with these fields (others are allowed and ignored). Every such
 * shape has a field that must be there, so a list never passes. A lean list
 * field that is absent is filled in, in place, with the shared empty list.
 */
const object = (fields: Readonly<Record<string, Check | LeanList>>): Check => {
	const names = Object.keys(fields);
	const checks = names.map((name) => fields[name] ?? (() => false));
	return (value) => {
		if (typeof value !== "object" || value === null) return false;
		const record = value as Record<string, unknown>;
		for (let position = 0; position < names.length; position++) {
			const name = names[position] as string;
			const check = checks[position] as Check | LeanList;
			if (check instanceof LeanList) {
				const field = record[name];
				if (field === undefined) record[name] = EMPTY_LIST;
				else if (!check.check(field)) return false;
			} else if (!check(record[name])) return false;
		}
		return true;
	};
};

const LINK = object({ target: isString, display: optional(isString) });
const BODY_ITEM_FIELDS = {
	text: isString,
	line: isNumber,
	checked: (value: unknown) => value === null || isBoolean(value),
	status: optional(isString),
	links: leanList(LINK),
	tags: leanList(isString),
};
const BODY_ITEM = object(BODY_ITEM_FIELDS);
const CONFLICT_ITEM = object({ ...BODY_ITEM_FIELDS, theme: isString, themeSource: oneOf(["link", "tag", "prefix", "text"]) });
const QUICK_WIN_ITEM = BODY_ITEM;
const ACTION_ITEM = object({
	...BODY_ITEM_FIELDS,
	description: isString,
	due: optional(isString),
	doneOn: optional(isString),
	cancelledOn: optional(isString),
	scheduled: optional(isString),
	start: optional(isString),
	created: optional(isString),
	priority: optional(oneOf(ACTION_PRIORITIES)),
	recurrence: optional(isString),
	owner: optional(isString),
});
const KPI_DEFINITION = object({
	key: isString,
	label: isString,
	unit: optional(isString),
	target: optional(isNumber),
	direction: oneOf(["up", "down"]),
	kind: oneOf(["ends", "means"]),
	line: isNumber,
});
const KPI_READING = object({ key: isString, value: isNumber, line: isNumber });

const NOTE_BASE = { path: isString, basename: isString, aliases: leanList(isString), tags: leanList(isString), fieldLines: record(isNumber) };

/** Every note type's fields (besides `type`). */
const NOTE_SHAPES: Readonly<Record<JournalNote["type"], Check>> = {
	alliance: object({
		...NOTE_BASE,
		partner: optional(isString),
		status: optional(oneOf(ALLIANCE_STATUSES)),
		phase: optional(oneOf(ALLIANCE_PHASES)),
		started: optional(isString),
		owner: optional(isString),
		counterpart: optional(isString),
		nextMeeting: optional(isString),
		reviewEveryDays: optional(isNumber),
		kpis: leanList(KPI_DEFINITION),
	}),
	"alliance-meeting": object({
		...NOTE_BASE,
		alliance: optional(LINK),
		date: optional(isString),
		time: optional(isString),
		meetingType: optional(oneOf(MEETING_TYPES)),
		attendees: leanList(isString),
		kpis: leanList(KPI_READING),
		ratings: record(isNumber),
		conflicts: leanList(CONFLICT_ITEM),
		quickWins: leanList(QUICK_WIN_ITEM),
		actions: leanList(ACTION_ITEM),
		decisions: leanList(BODY_ITEM),
	}),
	"alliance-reflection": object({
		...NOTE_BASE,
		alliance: optional(LINK),
		date: optional(isString),
		trigger: optional(oneOf(REFLECTION_TRIGGERS)),
		relationship: optional(isNumber),
		adoptionStage: optional(oneOf(ADOPTION_STAGES)),
		sections: object(Object.fromEntries(REFLECTION_SECTIONS.map((section) => [section, leanList(BODY_ITEM)]))),
		conflicts: leanList(CONFLICT_ITEM),
		quickWins: leanList(QUICK_WIN_ITEM),
		actions: leanList(ACTION_ITEM),
	}),
	"alliance-stakeholder": object({
		...NOTE_BASE,
		alliances: leanList(LINK),
		side: optional(oneOf(STAKEHOLDER_SIDES)),
		role: optional(isString),
		keyRole: optional(oneOf(STAKEHOLDER_KEY_ROLES)),
		stance: optional(oneOf(STAKEHOLDER_STANCES)),
		influence: optional(oneOf(INFLUENCE_LEVELS)),
		stage: optional(oneOf(STAKEHOLDER_STAGES)),
		lastContact: optional(isString),
		contactEveryDays: optional(isNumber),
	}),
	"alliance-health-check": object({
		...NOTE_BASE,
		alliance: optional(LINK),
		date: optional(isString),
		ourParticipants: leanList(isString),
		theirParticipants: leanList(isString),
		ratings: leanList(object({ dimension: isString, ours: optional(isNumber), theirs: optional(isNumber), line: isNumber })),
		comments: leanList(object({ dimension: isString, text: isString, line: isNumber })),
	}),
};

/** What a problem allows: a kind and, depending on it, a few plain values. */
const ALLOWED = object({
	kind: isString,
	values: optional(list(isString)),
	columns: optional(list(isString)),
	min: optional(isNumber),
	max: optional(isNumber),
	target: optional(isString),
});

const PROBLEMS = list(
	object({
	path: isString,
	line: isNumber,
	severity: oneOf(["error", "warning"]),
	code: isString,
	field: optional(isString),
	kpi: optional(object({ key: isString, column: optional(isString) })),
	found: optional(isString),
	allowed: optional(ALLOWED),
	detail: optional(isString),
	}),
);

/**
 * Whether a restored parse result has exactly the shape the parser gives:
 * every field of its note type and of every item and problem in it. The
 * lists {@link leanResult} left out are filled in, in place, with the one
 * shared empty list.
 *
 * @example isParseResult({ note: null, problems: [] }) // true
 * @example isParseResult({ note: { type: "alliance" }, problems: [] }) // false
 */
export function isParseResult(value: unknown): value is ParseResult {
	if (!isObject(value) || !PROBLEMS(value.problems)) return false;
	const note = value.note;
	if (note === null) return value.aliases === undefined || list(isString)(value.aliases);
	if (!isObject(note) || typeof note.type !== "string" || !isNoteType(note.type)) return false;
	return NOTE_SHAPES[note.type](note);
}

/**
 * A list of links, as a member note's saved head holds its alliance links:
 * {@link LINK}'s check written out, as a restart runs it once per member
 * note before the code is compiled.
 */
export function isLinkList(value: unknown): value is Link[] {
	if (!Array.isArray(value)) return false;
	for (let position = 0; position < value.length; position++) {
		const link: unknown = value[position];
		if (typeof link !== "object" || link === null) return false;
		const { target, display } = link as Record<string, unknown>;
		if (typeof target !== "string" || (display !== undefined && typeof display !== "string")) return false;
	}
	return true;
}

/** A list of problems, each with every field of the parser's shape. */
export const isProblemList = PROBLEMS as (value: unknown) => value is Problem[];

/**
 * Whether a saved note is a note of this type with every field of the
 * parser's shape. The lists {@link leanNote} left out are filled in, in
 * place, with the one shared empty list.
 */
export function isNoteOf(type: JournalNote["type"], value: unknown): value is JournalNote {
	return isObject(value) && value.type === type && NOTE_SHAPES[type](value);
}

/** How deep a parse result goes (result → note → list → item → list → link), with room to spare. */
const MAX_RESULT_DEPTH = 8;

/** A copy of a note's object without its empty lists; plain values are shared, not copied. */
function leanCopy(value: unknown, depth: number): unknown {
	if (typeof value !== "object" || value === null || depth >= MAX_RESULT_DEPTH) return value;
	if (Array.isArray(value)) {
		const copy: unknown[] = new Array<unknown>(value.length);
		for (let position = 0; position < value.length; position++) copy[position] = leanCopy(value[position], depth + 1);
		return copy;
	}
	const copy: Record<string, unknown> = {};
	for (const key in value) {
		const field = (value as Record<string, unknown>)[key];
		if (!(Array.isArray(field) && field.length === 0)) copy[key] = leanCopy(field, depth + 1);
	}
	return copy;
}

/** A note without any of its empty lists (see {@link leanResult}). */
export function leanNote(note: JournalNote): JournalNote {
	return leanCopy(note, 1) as JournalNote;
}

/**
 * A parse result as the snapshot stores it: its note without any empty list
 * (most of an index's lists are empty: an item's links and tags, a note's
 * aliases). {@link isParseResult} fills them in again on restore.
 *
 * @example leanResult({ note: null, problems: [] }) // { note: null, problems: [] }
 */
export function leanResult(result: ParseResult): ParseResult {
	const lean: ParseResult = { note: result.note === null ? null : leanNote(result.note), problems: result.problems };
	// A plain note's aliases (a conflict theme's other names) are kept when it has any.
	if (result.aliases !== undefined && result.aliases.length > 0) lean.aliases = result.aliases;
	return lean;
}
