/**
 * Giving list items their meaning: a conflict's theme, whether a quick win
 * was communicated, an action's due date and owner.
 */
import type { ActionItem, BodyItem, ConflictItem, Link, QuickWinItem } from "../model";
import { isCalendarDate, parseLinkText, wikilinkSpans } from "../schema/coerce";
import { collapseWhitespace, type RawListItem } from "./block-types";

const TAG = /(?:^|\s)#([\p{L}\p{N}_\-/]+)/gu;
const CONFLICT_TAG_PREFIX = "conflict/";
const SHARED_TAG = "shared";
/** A dated Tasks-plugin signifier: due 📅, done ✅, scheduled ⏳, start 🛫, created ➕, cancelled ❌. */
const DATED_EMOJI = /(📅|📆|🗓️?|✅|⏳|🛫|➕|❌) *(\d{4}-\d{2}-\d{2})/y;
const PRIORITY_EMOJI = /(?:⏫|🔼|🔽|🔺|⏬)\uFE0F?/y;
/** `🔁 every week`, up to the next signifier (an `@owner` included: it is not part of the rule). */
const RECURRENCE = /🔁(?:(?!\s@)[^📅📆🗓✅⏳🛫➕❌⏫🔼🔽🔺⏬])*/uy;
/** `@name`: letters of any script, digits, `_`, `.` and `-`. Tried only where an `@` follows a space. */
const OWNER_MENTION = /@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/uy;
/** Dataview's inline fields: `[due:: 2026-12-01]` or `due:: 2026-12-01`. */
const DATAVIEW_FIELD = /\[?(due|completion|scheduled|start|created):: *(\d{4}-\d{2}-\d{2})\]?/g;
const DUE_EMOJI = new Set(["📅", "📆", "🗓", "🗓️"]);
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

/** Finds the `[[links]]` in an item's text. */
export function linksIn(text: string): Link[] {
	const links: Link[] = [];
	if (!text.includes("[[")) return links;
	for (const [start, end] of wikilinkSpans(text, 1)) {
		const link = parseLinkText(text.slice(start, end));
		if (link) links.push(link);
	}
	return links;
}

/** Finds the `#tags` in an item's text, lower-cased and without `#`. */
export function tagsIn(text: string): string[] {
	const tags: string[] = [];
	if (!text.includes("#")) return tags;
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

/** Turns a raw list item into a body item with its links and tags. */
export function toBodyItem(raw: RawListItem): BodyItem {
	return { text: raw.text, line: raw.line, checked: raw.checked, links: linksIn(raw.text), tags: tagsIn(raw.text) };
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
	const { text } = raw;
	const links = linksIn(text);
	const tags = tagsIn(text);
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
	return { text, line: raw.line, checked: raw.checked, links, tags, theme, themeSource, resolved: raw.checked === true };
}

/** Reads a quick win: communicated when ticked or tagged `#shared`. */
export function toQuickWin(raw: RawListItem): QuickWinItem {
	const tags = tagsIn(raw.text);
	return {
		text: raw.text,
		line: raw.line,
		checked: raw.checked,
		links: linksIn(raw.text),
		tags,
		communicated: raw.checked === true || tags.includes(SHARED_TAG),
	};
}

interface Signifiers {
	due?: string;
	doneOn?: string;
	owner?: string;
	/** [start, end) ranges of the text that are signifiers, not words. */
	spans: [number, number][];
}

function noteDate(found: Signifiers, kind: "due" | "done" | "other", date: string): void {
	if (!isCalendarDate(date)) return;
	if (kind === "due") found.due ??= date;
	if (kind === "done") found.doneOn ??= date;
}

/**
 * Finds an action's signifiers in one pass over its text, trying the patterns
 * only where a signifier can start (an `@` after a space, an emoji).
 */
function findSignifiers(text: string): Signifiers {
	const found: Signifiers = { spans: [] };
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		let match: RegExpExecArray | null = null;
		if (code === AT_SIGN) {
			if (index > 0 && !/\s/.test(text.charAt(index - 1))) continue;
			OWNER_MENTION.lastIndex = index;
			match = OWNER_MENTION.exec(text);
			if (match?.[1]) found.owner ??= trimEndOf(match[1], ".-");
		} else if (code === HIGH_SURROGATE_EMOJI || (code >= MISC_TECHNICAL_FIRST && code <= DINGBATS_LAST)) {
			for (const pattern of [DATED_EMOJI, PRIORITY_EMOJI, RECURRENCE]) {
				pattern.lastIndex = index;
				match = pattern.exec(text);
				if (match) break;
			}
			const [, emoji, date] = match ?? [];
			if (emoji !== undefined && date !== undefined) noteDate(found, DUE_EMOJI.has(emoji) ? "due" : emoji === "✅" ? "done" : "other", date);
		}
		if (match) {
			found.spans.push([index, index + match[0].length]);
			index += match[0].length - 1;
		}
	}
	if (text.includes("::")) {
		for (const match of text.matchAll(DATAVIEW_FIELD)) {
			const [whole, field, date] = match;
			if (field === undefined || date === undefined) continue;
			noteDate(found, field === "due" ? "due" : field === "completion" ? "done" : "other", date);
			found.spans.push([match.index, match.index + whole.length]);
		}
		found.spans.sort((a, b) => a[0] - b[0]);
	}
	return found;
}

/**
 * Reads a Tasks-plugin style action: `- [ ] Send forecast @sanne 📅 2026-12-01`.
 * The first due date, done date and owner count; the description is the text
 * without any signifier.
 *
 * @example toAction({ text: "Send forecast @sanne 📅 2026-12-01", line: 20, checked: false }).due // "2026-12-01"
 */
export function toAction(raw: RawListItem): ActionItem {
	const links = linksIn(raw.text);
	const tags = tagsIn(raw.text);
	const found = findSignifiers(raw.text);
	let description = raw.text;
	if (found.spans.length > 0) {
		description = "";
		let from = 0;
		for (const [start, end] of found.spans) {
			if (start < from) continue;
			description += `${raw.text.slice(from, start)} `;
			from = end;
		}
		description = collapseWhitespace(description + raw.text.slice(from));
	}
	const action: ActionItem = { text: raw.text, line: raw.line, checked: raw.checked, links, tags, description, done: raw.checked === true };
	if (found.due !== undefined) action.due = found.due;
	if (found.doneOn !== undefined) action.doneOn = found.doneOn;
	if (found.owner !== undefined) action.owner = found.owner;
	return action;
}
