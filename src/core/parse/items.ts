/**
 * Giving list items their meaning: a conflict's theme, whether a quick win
 * was communicated, an action's due date and owner.
 */
import type { ActionItem, ActionPriority, BodyItem, CalendarDate, ConflictItem, Link, QuickWinItem } from "../model";
import { isCalendarDate, parseLinkText, wikilinkSpans } from "../schema/coerce";
import { collapseWhitespace, type RawListItem } from "./block-types";

const TAG = /(?:^|\s)#([\p{L}\p{N}_\-/]+)/gu;
const CONFLICT_TAG_PREFIX = "conflict/";
const SHARED_TAG = "shared";
/** A dated Tasks-plugin signifier: due 📅 📆 🗓, done ✅, scheduled ⏳ ⌛, start 🛫, created ➕, cancelled ❌ (optionally with a variation selector). */
const DATED_EMOJI = /(📅|📆|🗓|✅|⏳|⌛|🛫|➕|❌)\uFE0F? *(\d{4}-\d{2}-\d{2})/uy;
const PRIORITY_EMOJI = /(⏫|🔼|🔽|🔺|⏬)\uFE0F?/uy;
/** `🔁 every week`, up to the next signifier, Dataview field or `@owner` (none is part of the rule). */
const RECURRENCE = /🔁\uFE0F?((?:(?!\s@)[^📅📆🗓✅⏳⌛🛫➕❌⏫🔼🔽🔺⏬[(])*)/uy;
/** `@name`: letters of any script, digits, `_`, `.` and `-`. Tried only where an `@` follows a space. */
const OWNER_MENTION = /@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/uy;
/**
 * Dataview's inline fields, in square brackets or parentheses: `[due:: 2026-12-01]`, `(due:: 2026-12-01)`,
 * `[priority:: high]`, `[repeat:: every week]`. A date field is also read without brackets. The value
 * runs to the next bracket, so each character is read once.
 */
const DATAVIEW_FIELD = /([[(])(due|completion|cancelled|scheduled|start|created|priority|repeat)::([^\][()]*)([\])]?)|(due|completion|cancelled|scheduled|start|created):: *(\d{4}-\d{2}-\d{2})/g;
const LEADING_DATE = /^ *(\d{4}-\d{2}-\d{2})/;
/** A status box the Markdown reader did not take for a GFM task: `[/] `, `[-] `, `[?] ` (any one character). */
const STATUS_BOX = /^\[(.)\](?: |$)/su;
const AT_SIGN = 0x40;
const HIGH_SURROGATE_EMOJI = 0xd83d;
const MISC_TECHNICAL_FIRST = 0x2300;
const DINGBATS_LAST = 0x27bf;
/** A theme prefix before `:` longer than this is a sentence, not a theme. */
const MAX_THEME_PREFIX = 60;

/**
 * The text without the given characters at its end; a loop, where
 * `/[.-]+$/` would scan a long run again from each of its characters.
 *
 * @example trimEndOf("sanne.", ".-") // "sanne"
 */
export function trimEndOf(text: string, characters: string): string {
	let end = text.length;
	while (end > 0 && characters.includes(text.charAt(end - 1))) end--;
	return text.slice(0, end);
}

/**
 * The list of an item without links or tags: one frozen empty list, shared,
 * where a fresh one per item was garbage as soon as the index kept the item
 * (the index shares one empty list too).
 */
const NONE: readonly never[] = Object.freeze([]);

/** Finds the `[[links]]` in an item's text (the shared, frozen empty list when there are none). */
export function linksIn(text: string): Link[] {
	if (!text.includes("[[")) return NONE as never[];
	const links: Link[] = [];
	for (const [start, end] of wikilinkSpans(text, 1)) {
		const link = parseLinkText(text.slice(start, end));
		if (link) links.push(link);
	}
	return links;
}

/** Finds the `#tags` in an item's text, lower-cased and without `#` (the shared, frozen empty list when there are none). */
export function tagsIn(text: string): string[] {
	if (!text.includes("#")) return NONE as never[];
	const tags: string[] = [];
	for (const match of text.matchAll(TAG)) {
		const tag = trimEndOf(match[1] ?? "", "/-").toLowerCase();
		if (tag && /[^\d/]/.test(tag)) tags.push(tag);
	}
	return tags;
}

/** Removes Markdown emphasis and code marks from a short phrase. */
function plainText(text: string): string {
	return collapseWhitespace(/[*_`~]/.test(text) ? text.replace(/[*_`~]+/g, "") : text);
}

/**
 * The item's status symbol and its text without the status box. A GFM task
 * box (`[ ]`, `[x]`, `[X]`) was taken off by the Markdown reader already and
 * reads as `" "` or `"x"`; any other one character between brackets and
 * followed by a space (`[/] `, `[-] `, `[?] `) is a status as the Tasks plugin
 * reads it.
 *
 * @example statusAndText({ text: "[-] Book the venue", line: 3, checked: null }) // { status: "-", text: "Book the venue" }
 */
export function statusAndText(raw: RawListItem): { status?: string; text: string } {
	if (raw.checked !== null) return { status: raw.checked ? "x" : " ", text: raw.text };
	const box = raw.text.startsWith("[") ? STATUS_BOX.exec(raw.text) : null;
	if (!box?.[1]) return { text: raw.text };
	return { status: box[1], text: raw.text.slice(box[0].length).trimStart() };
}

/**
 * Turns a raw list item into a body item with its status, links and tags.
 * Every item is one plain literal with the same fields in the same order
 * (`status` possibly undefined): objects of one shape keep the code that
 * reads them fast, where a spread or a field added later makes a new shape.
 */
export function toBodyItem(raw: RawListItem): BodyItem {
	if (raw.checked !== null) {
		// A GFM task (the common item): no status box left in the text, so no intermediate object.
		const text = raw.text;
		return { text, line: raw.line, checked: raw.checked, status: raw.checked ? "x" : " ", links: linksIn(text), tags: tagsIn(text) };
	}
	const { status, text } = statusAndText(raw);
	return { text, line: raw.line, checked: raw.checked, status, links: linksIn(text), tags: tagsIn(text) };
}

function lastSegment(target: string): string {
	return target.split("/").pop() ?? target;
}

/**
 * Reads a conflict item. Its theme is a link at its start (before any `:`),
 * else a `#conflict/<theme>` tag, else the text before the first `:`, else the
 * whole text.
 *
 * @example toConflict({ text: "Pricing model: discounts again", line: 9, checked: false }).theme // "Pricing model"
 */
export function toConflict(raw: RawListItem): ConflictItem {
	const item = toBodyItem(raw);
	const { text, links, tags } = item;
	const colon = text.search(/:(\s|$)/);
	const prefix = colon > 0 ? text.slice(0, colon) : text;
	const firstLink = links[0];
	let theme: string;
	let themeSource: ConflictItem["themeSource"];
	const conflictTag = tags.find((tag) => tag.startsWith(CONFLICT_TAG_PREFIX) && tag.length > CONFLICT_TAG_PREFIX.length);
	if (firstLink !== undefined && prefix.includes("[[")) {
		theme = firstLink.display ?? lastSegment(firstLink.target);
		themeSource = "link";
	} else if (conflictTag) {
		theme = conflictTag.slice(CONFLICT_TAG_PREFIX.length).replace(/[-_/]+/g, " ");
		themeSource = "tag";
	} else if (colon > 0 && colon <= MAX_THEME_PREFIX && plainText(prefix) !== "") {
		theme = plainText(prefix);
		themeSource = "prefix";
	} else {
		theme = plainText(tags.length > 0 ? text.replace(TAG, " ") : text);
		themeSource = "text";
	}
	return { text, line: item.line, checked: item.checked, status: item.status, links, tags, theme, themeSource };
}

/** Reads a quick win; whether it was communicated is for the analytics to say (see {@link isSharedWin}). */
export function toQuickWin(raw: RawListItem): QuickWinItem {
	return toBodyItem(raw);
}

/**
 * Whether a quick win is tagged `#shared` (communicated, whatever its status).
 *
 * @example isSharedWin(toQuickWin({ text: "Joint webinar #shared", line: 4, checked: null })) // true
 */
export function isSharedWin(win: QuickWinItem): boolean {
	return win.tags.includes(SHARED_TAG);
}

/** The dates an action can carry, by what they mean. */
type DateField = "due" | "doneOn" | "cancelledOn" | "scheduled" | "start" | "created";

/**
 * Every signifier the parser understands, by how it is written: the README's
 * table is checked against this list.
 */
export const ACTION_SIGNIFIERS: readonly { field: DateField | "priority" | "recurrence"; emoji: readonly string[]; dataview: string; value?: ActionPriority }[] = [
	{ field: "due", emoji: ["📅", "📆", "🗓"], dataview: "due" },
	{ field: "scheduled", emoji: ["⏳", "⌛"], dataview: "scheduled" },
	{ field: "start", emoji: ["🛫"], dataview: "start" },
	{ field: "created", emoji: ["➕"], dataview: "created" },
	{ field: "doneOn", emoji: ["✅"], dataview: "completion" },
	{ field: "cancelledOn", emoji: ["❌"], dataview: "cancelled" },
	{ field: "recurrence", emoji: ["🔁"], dataview: "repeat" },
	{ field: "priority", emoji: ["🔺"], dataview: "priority", value: "highest" },
	{ field: "priority", emoji: ["⏫"], dataview: "priority", value: "high" },
	{ field: "priority", emoji: ["🔼"], dataview: "priority", value: "medium" },
	{ field: "priority", emoji: ["🔽"], dataview: "priority", value: "low" },
	{ field: "priority", emoji: ["⏬"], dataview: "priority", value: "lowest" },
];

const DATE_OF_EMOJI: ReadonlyMap<string, DateField> = new Map(
	ACTION_SIGNIFIERS.flatMap((signifier) => (signifier.field === "priority" || signifier.field === "recurrence" ? [] : signifier.emoji.map((emoji) => [emoji, signifier.field] as [string, DateField]))),
);
const DATE_OF_FIELD: ReadonlyMap<string, DateField> = new Map(
	ACTION_SIGNIFIERS.flatMap((signifier) => (signifier.field === "priority" || signifier.field === "recurrence" ? [] : [[signifier.dataview, signifier.field] as [string, DateField]])),
);
const PRIORITY_OF_EMOJI: ReadonlyMap<string, ActionPriority> = new Map(
	ACTION_SIGNIFIERS.flatMap((signifier) => (signifier.value ? signifier.emoji.map((emoji) => [emoji, signifier.value] as [string, ActionPriority]) : [])),
);
const PRIORITY_NAMES: ReadonlySet<string> = new Set(ACTION_SIGNIFIERS.flatMap((signifier) => (signifier.value ? [signifier.value] : [])));
const CLOSING_BRACKET: Readonly<Record<string, string>> = { "[": "]", "(": ")" };

interface Signifiers {
	dates: Partial<Record<DateField, CalendarDate>>;
	priority?: ActionPriority;
	recurrence?: string;
	owner?: string;
	/** [start, end) ranges of the text that are signifiers, not words. */
	spans: [number, number][];
}

/** Keeps the first valid date of each kind. */
function noteDate(found: Signifiers, field: DateField | undefined, date: string | undefined): void {
	if (field === undefined || date === undefined || !isCalendarDate(date)) return;
	found.dates[field] ??= date;
}

function noteRecurrence(found: Signifiers, rule: string | undefined): void {
	const trimmed = collapseWhitespace(rule ?? "");
	if (trimmed !== "") found.recurrence ??= trimmed;
}

/** Tries the emoji signifiers at one position; the match, when one starts there. */
function emojiAt(text: string, index: number, found: Signifiers): RegExpExecArray | null {
	DATED_EMOJI.lastIndex = index;
	let match = DATED_EMOJI.exec(text);
	if (match) {
		noteDate(found, DATE_OF_EMOJI.get(match[1] ?? ""), match[2]);
		return match;
	}
	PRIORITY_EMOJI.lastIndex = index;
	match = PRIORITY_EMOJI.exec(text);
	if (match) {
		found.priority ??= PRIORITY_OF_EMOJI.get(match[1] ?? "");
		if (found.priority === undefined) delete found.priority;
		return match;
	}
	RECURRENCE.lastIndex = index;
	match = RECURRENCE.exec(text);
	if (match) noteRecurrence(found, match[1]);
	return match;
}

/** Reads the Dataview inline fields (one pass of a regular expression whose value part cannot backtrack). */
function findDataviewFields(text: string, found: Signifiers): void {
	for (const match of text.matchAll(DATAVIEW_FIELD)) {
		const [whole, open = "", bracketedField, bracketedValue = "", close = "", plainField, plainDate] = match;
		const field = bracketedField ?? plainField ?? "";
		const value = bracketedField === undefined ? ` ${plainDate ?? ""}` : bracketedValue;
		const bracketed = open !== "" && close === CLOSING_BRACKET[open];
		const dateField = DATE_OF_FIELD.get(field);
		if (dateField !== undefined) {
			const date = LEADING_DATE.exec(value);
			if (!date) continue;
			noteDate(found, dateField, date[1]);
			// Without its closing bracket, the field ends at its date.
			const end = bracketedField === undefined || (bracketed && value.slice(date[0].length).trim() === "") ? whole.length : open.length + field.length + 2 + date[0].length;
			found.spans.push([match.index, match.index + end]);
		} else if (bracketed) {
			if (field === "priority") {
				const name = value.trim().toLowerCase();
				if (!PRIORITY_NAMES.has(name)) continue;
				found.priority ??= name as ActionPriority;
			} else {
				noteRecurrence(found, value);
			}
			found.spans.push([match.index, match.index + whole.length]);
		}
	}
}

/**
 * Finds an action's signifiers in one pass over its text, trying the patterns
 * only where a signifier can start (an `@` after a space, an emoji).
 */
function findSignifiers(text: string): Signifiers {
	const found: Signifiers = { dates: {}, spans: [] };
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		let match: RegExpExecArray | null = null;
		if (code === AT_SIGN) {
			if (index > 0 && !/\s/.test(text.charAt(index - 1))) continue;
			OWNER_MENTION.lastIndex = index;
			match = OWNER_MENTION.exec(text);
			if (match?.[1]) found.owner ??= trimEndOf(match[1], ".-");
		} else if (code === HIGH_SURROGATE_EMOJI || (code >= MISC_TECHNICAL_FIRST && code <= DINGBATS_LAST)) {
			match = emojiAt(text, index, found);
		}
		if (match) {
			found.spans.push([index, index + match[0].length]);
			index += match[0].length - 1;
		}
	}
	if (text.includes("::")) {
		findDataviewFields(text, found);
		found.spans.sort((a, b) => a[0] - b[0]);
	}
	return found;
}

/**
 * The text without the given spans, whitespace collapsed. An item's text is
 * collapsed already (single spaces, none at either end): then each piece
 * between spans needs only its end spaces taken off, and no pattern runs.
 */
function withoutSpans(text: string, spans: readonly [number, number][]): string {
	if (spans.length === 0) return text;
	if (collapseWhitespace(text) === text) return piecesBetween(text, spans);
	let result = "";
	let from = 0;
	for (const [start, end] of spans) {
		if (start < from) {
			from = Math.max(from, end);
			continue;
		}
		result += `${text.slice(from, start)} `;
		from = end;
	}
	return collapseWhitespace(result + text.slice(from));
}

/** {@link withoutSpans} for a collapsed text: the pieces between the spans, each without its end spaces, joined by one space. */
function piecesBetween(text: string, spans: readonly [number, number][]): string {
	let result = "";
	let from = 0;
	const add = (start: number, end: number): void => {
		if (start < end && text.charCodeAt(start) === SPACE) start++;
		if (end > start && text.charCodeAt(end - 1) === SPACE) end--;
		if (start < end) result = result === "" ? text.slice(start, end) : `${result} ${text.slice(start, end)}`;
	};
	for (const [start, end] of spans) {
		if (start < from) {
			from = Math.max(from, end);
			continue;
		}
		add(from, start);
		from = end;
	}
	add(from, text.length);
	return result;
}

const SPACE = 0x20;

/**
 * Reads a Tasks-plugin style action: `- [ ] Send forecast @sanne ⏫ 📅 2026-12-01`.
 * The first of each date, the first priority, recurrence and owner count; the
 * description is the text without any signifier. Whether the action is open is
 * for the analytics to say, from its status symbol.
 *
 * @example toAction({ text: "Send forecast @sanne 📅 2026-12-01", line: 20, checked: false }).due // "2026-12-01"
 * @example toAction({ text: "[/] Draft the plan ⏫", line: 21, checked: null }).status // "/"
 */
export function toAction(raw: RawListItem): ActionItem {
	let text: string;
	let status: string | undefined;
	if (raw.checked === null) ({ status, text } = statusAndText(raw));
	else {
		text = raw.text;
		status = raw.checked ? "x" : " ";
	}
	const { line, checked } = raw;
	const links = linksIn(text);
	const tags = tagsIn(text);
	const found = findSignifiers(text);
	const { dates } = found;
	return {
		text,
		line,
		checked,
		status,
		links,
		tags,
		description: withoutSpans(text, found.spans),
		due: dates.due,
		doneOn: dates.doneOn,
		cancelledOn: dates.cancelledOn,
		scheduled: dates.scheduled,
		start: dates.start,
		created: dates.created,
		priority: found.priority,
		recurrence: found.recurrence,
		owner: found.owner,
	};
}
