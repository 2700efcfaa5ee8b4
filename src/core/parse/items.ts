/**
 * Giving list items their meaning: a conflict's theme, whether a quick win
 * was communicated, an action's due date and owner.
 */
import type { ActionItem, BodyItem, ConflictItem, Link, QuickWinItem } from "../model";
import { isCalendarDate, parseLinkText } from "../schema/coerce";
import { collapseWhitespace, type RawListItem } from "./block-types";

const WIKILINK = /!?\[\[([^\]]+)\]\]/g;
const TAG = /(?:^|\s)#([\p{L}\p{N}_\-/]+)/gu;
const CONFLICT_TAG_PREFIX = "conflict/";
const SHARED_TAG = "shared";
const DUE = /(?:📅|📆|🗓️?)\s*(\d{4}-\d{2}-\d{2})|\[?due::\s*(\d{4}-\d{2}-\d{2})\]?/;
const DONE_ON = /✅\s*(\d{4}-\d{2}-\d{2})|\[?completion::\s*(\d{4}-\d{2}-\d{2})\]?/;
/** Owners are written `@name`: letters (accents included), digits, `_`, `.` and `-`. */
const OWNER = /(?:^|\s)@([\w\u00c0-\u024f][\w\u00c0-\u024f.-]*)/;
/** Tasks-plugin and Dataview signifiers that are metadata rather than the action's words. */
const DATED_SIGNIFIER = /(?:📅|📆|🗓️?|✅|⏳|🛫|➕|❌) *\d{4}-\d{2}-\d{2}|\[?(?:due|completion|scheduled|start|created):: *\d{4}-\d{2}-\d{2}\]?/g;
const PRIORITY_SIGNIFIER = /(?:⏫|🔼|🔽|🔺|⏬)\uFE0F?/g;
const RECURRENCE = /🔁[^📅📆🗓✅⏳🛫➕❌⏫🔼🔽🔺⏬]*/gu;
const OWNER_MENTION = /(?:^|\s)@[\w\u00c0-\u024f][\w\u00c0-\u024f.-]*/g;
/** Characters without which an item holds no Tasks-plugin metadata: cheap to look for before the regexes run. */
const MAY_HOLD_METADATA = /[@:\u2300-\u23ff\u2700-\u27bf\u2b00-\u2bff\ud83c-\ud83e]/;
/** A theme prefix before `:` longer than this is a sentence, not a theme. */
const MAX_THEME_PREFIX = 60;

/** Finds the `[[links]]` in an item's text. */
export function linksIn(text: string): Link[] {
	const links: Link[] = [];
	if (!text.includes("[[")) return links;
	for (const match of text.matchAll(WIKILINK)) {
		const link = parseLinkText(`[[${match[1] ?? ""}]]`);
		if (link) links.push(link);
	}
	return links;
}

/** Finds the `#tags` in an item's text, lower-cased and without `#`. */
export function tagsIn(text: string): string[] {
	const tags: string[] = [];
	if (!text.includes("#")) return tags;
	for (const match of text.matchAll(TAG)) {
		const tag = (match[1] ?? "").replace(/[/-]+$/, "").toLowerCase();
		if (tag && /[^\d/]/.test(tag)) tags.push(tag);
	}
	return tags;
}

/** Removes Markdown emphasis and code marks from a short phrase. */
function plainText(text: string): string {
	return text.replace(/[*_`~]+/g, "").replace(/\s+/g, " ").trim();
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
	const item = toBodyItem(raw);
	const colon = item.text.search(/:(\s|$)/);
	const prefix = colon > 0 ? item.text.slice(0, colon) : item.text;
	const firstLink = item.links[0];
	const linkInPrefix = firstLink !== undefined && /\[\[/.test(prefix);
	let theme: string;
	let themeSource: ConflictItem["themeSource"];
	const conflictTag = item.tags.find((tag) => tag.startsWith(CONFLICT_TAG_PREFIX) && tag.length > CONFLICT_TAG_PREFIX.length);
	if (linkInPrefix) {
		theme = firstLink.display ?? lastSegment(firstLink.target);
		themeSource = "link";
	} else if (conflictTag) {
		theme = conflictTag.slice(CONFLICT_TAG_PREFIX.length).replace(/[-_/]+/g, " ");
		themeSource = "tag";
	} else if (colon > 0 && colon <= MAX_THEME_PREFIX && plainText(prefix) !== "") {
		theme = plainText(prefix);
		themeSource = "prefix";
	} else {
		theme = plainText(item.text.replace(TAG, " "));
		themeSource = "text";
	}
	return { ...item, theme, themeSource, resolved: item.checked === true };
}

/** Reads a quick win: communicated when ticked or tagged `#shared`. */
export function toQuickWin(raw: RawListItem): QuickWinItem {
	const item = toBodyItem(raw);
	return { ...item, communicated: item.checked === true || item.tags.includes(SHARED_TAG) };
}

function dateMatch(pattern: RegExp, text: string): string | undefined {
	const match = pattern.exec(text);
	const date = match?.[1] ?? match?.[2];
	return date && isCalendarDate(date) ? date : undefined;
}

/**
 * Reads a Tasks-plugin style action: `- [ ] Send forecast @sanne 📅 2026-12-01`.
 *
 * @example toAction({ text: "Send forecast @sanne 📅 2026-12-01", line: 20, checked: false }).due // "2026-12-01"
 */
export function toAction(raw: RawListItem): ActionItem {
	const item = toBodyItem(raw);
	const action: ActionItem = { ...item, description: item.text, done: item.checked === true };
	if (!MAY_HOLD_METADATA.test(item.text)) return action;
	let description = item.text.replace(DATED_SIGNIFIER, " ");
	if (description.includes("🔁")) description = description.replace(RECURRENCE, " ");
	if (/[\u23e9-\u23ec\ud83d]/.test(description)) description = description.replace(PRIORITY_SIGNIFIER, " ");
	if (description.includes("@")) description = description.replace(OWNER_MENTION, " ");
	action.description = collapseWhitespace(description);
	const due = dateMatch(DUE, item.text);
	if (due) action.due = due;
	const doneOn = dateMatch(DONE_ON, item.text);
	if (doneOn) action.doneOn = doneOn;
	const owner = item.text.includes("@") ? OWNER.exec(item.text)?.[1]?.replace(/[.-]+$/, "") : undefined;
	if (owner) action.owner = owner;
	return action;
}
