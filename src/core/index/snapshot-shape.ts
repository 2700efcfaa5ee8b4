/**
 * The shape of a saved parse result, checked field by field before the index
 * trusts it: a snapshot that is valid JSON but damaged inside (a list that is
 * not a list, a line that is not a number) must not reach the analytics.
 *
 * The shapes are a fixed, shallow description, so checking walks at most
 * their depth; long lists are walked with a loop, never by recursion on the
 * value.
 */
import {
	ADOPTION_STAGES,
	ALLIANCE_PHASES,
	ALLIANCE_STATUSES,
	INFLUENCE_LEVELS,
	type JournalNote,
	MEETING_TYPES,
	NOTE_TYPES,
	type ParseResult,
	REFLECTION_SECTIONS,
	REFLECTION_TRIGGERS,
	STAKEHOLDER_SIDES,
	STAKEHOLDER_STAGES,
	STAKEHOLDER_STANCES,
} from "../model";

/** A description of a JSON value. */
type Shape =
	| "string"
	| "number"
	| "boolean"
	| { optional: Shape }
	| { nullable: Shape }
	| { oneOf: readonly string[] }
	| { list: Shape }
	| { record: Shape }
	| { object: Readonly<Record<string, Shape>> };

const optional = (shape: Shape): Shape => ({ optional: shape });
const list = (shape: Shape): Shape => ({ list: shape });
const oneOf = (values: readonly string[]): Shape => ({ oneOf: values });
const object = (fields: Readonly<Record<string, Shape>>): Shape => ({ object: fields });

const LINK = object({ target: "string", display: optional("string") });
const BODY_ITEM_FIELDS = { text: "string", line: "number", checked: { nullable: "boolean" }, links: list(LINK), tags: list("string") } as const;
const BODY_ITEM = object(BODY_ITEM_FIELDS);
const CONFLICT_ITEM = object({ ...BODY_ITEM_FIELDS, theme: "string", themeSource: oneOf(["link", "tag", "prefix", "text"]), resolved: "boolean" });
const QUICK_WIN_ITEM = object({ ...BODY_ITEM_FIELDS, communicated: "boolean" });
const ACTION_ITEM = object({
	...BODY_ITEM_FIELDS,
	description: "string",
	done: "boolean",
	due: optional("string"),
	doneOn: optional("string"),
	owner: optional("string"),
});
const KPI_DEFINITION = object({
	key: "string",
	label: "string",
	unit: optional("string"),
	target: optional("number"),
	direction: oneOf(["up", "down"]),
	kind: oneOf(["ends", "means"]),
	line: "number",
});
const KPI_READING = object({ key: "string", value: "number", line: "number" });

const NOTE_BASE = { path: "string", basename: "string", aliases: list("string"), tags: list("string"), fieldLines: { record: "number" } } as const;

/** Every note type's fields (besides `type`). */
const NOTE_SHAPES: Readonly<Record<JournalNote["type"], Shape>> = {
	alliance: object({
		...NOTE_BASE,
		partner: optional("string"),
		status: optional(oneOf(ALLIANCE_STATUSES)),
		phase: optional(oneOf(ALLIANCE_PHASES)),
		started: optional("string"),
		owner: optional("string"),
		counterpart: optional("string"),
		nextMeeting: optional("string"),
		reviewEveryDays: optional("number"),
		kpis: list(KPI_DEFINITION),
	}),
	"alliance-meeting": object({
		...NOTE_BASE,
		alliance: optional(LINK),
		date: optional("string"),
		time: optional("string"),
		meetingType: optional(oneOf(MEETING_TYPES)),
		attendees: list("string"),
		kpis: list(KPI_READING),
		ratings: { record: "number" },
		conflicts: list(CONFLICT_ITEM),
		quickWins: list(QUICK_WIN_ITEM),
		actions: list(ACTION_ITEM),
		decisions: list(BODY_ITEM),
	}),
	"alliance-reflection": object({
		...NOTE_BASE,
		alliance: optional(LINK),
		date: optional("string"),
		trigger: optional(oneOf(REFLECTION_TRIGGERS)),
		relationship: optional("number"),
		adoptionStage: optional(oneOf(ADOPTION_STAGES)),
		sections: object(Object.fromEntries(REFLECTION_SECTIONS.map((section) => [section, list(BODY_ITEM)]))),
		conflicts: list(CONFLICT_ITEM),
		quickWins: list(QUICK_WIN_ITEM),
		actions: list(ACTION_ITEM),
	}),
	"alliance-stakeholder": object({
		...NOTE_BASE,
		alliances: list(LINK),
		side: optional(oneOf(STAKEHOLDER_SIDES)),
		role: optional("string"),
		stance: optional(oneOf(STAKEHOLDER_STANCES)),
		influence: optional(oneOf(INFLUENCE_LEVELS)),
		stage: optional(oneOf(STAKEHOLDER_STAGES)),
		lastContact: optional("string"),
		contactEveryDays: optional("number"),
	}),
};

const PROBLEM = object({
	path: "string",
	line: "number",
	severity: oneOf(["error", "warning"]),
	code: "string",
	field: optional("string"),
	found: optional("string"),
	allowed: optional("string"),
	message: "string",
});

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Whether a value has a shape. Recursion follows the shape (a few levels at
 * most), never the value; lists and records are walked with loops.
 */
function fits(value: unknown, shape: Shape): boolean {
	if (shape === "string" || shape === "boolean") return typeof value === shape;
	if (shape === "number") return typeof value === "number" && Number.isFinite(value);
	if ("optional" in shape) return value === undefined || fits(value, shape.optional);
	if ("nullable" in shape) return value === null || fits(value, shape.nullable);
	if ("oneOf" in shape) return typeof value === "string" && shape.oneOf.includes(value);
	if ("list" in shape) {
		if (!Array.isArray(value)) return false;
		for (const item of value as unknown[]) if (!fits(item, shape.list)) return false;
		return true;
	}
	if (!isObject(value)) return false;
	if ("record" in shape) {
		for (const item of Object.values(value)) if (!fits(item, shape.record)) return false;
		return true;
	}
	for (const [field, fieldShape] of Object.entries(shape.object)) if (!fits(value[field], fieldShape)) return false;
	return true;
}

/**
 * Whether a restored parse result has exactly the shape the parser gives:
 * every field of its note type and of every item and problem in it.
 *
 * @example isParseResult({ note: null, problems: [] }) // true
 * @example isParseResult({ note: { type: "alliance" }, problems: [] }) // false
 */
export function isParseResult(value: unknown): value is ParseResult {
	if (!isObject(value) || !fits(value.problems, list(PROBLEM))) return false;
	const note = value.note;
	if (note === null) return true;
	if (!isObject(note) || typeof note.type !== "string" || !(NOTE_TYPES as readonly string[]).includes(note.type)) return false;
	return fits(note, NOTE_SHAPES[note.type as JournalNote["type"]]);
}
