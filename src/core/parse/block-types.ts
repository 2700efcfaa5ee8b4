/**
 * What the body readers return: list items and table rows as written, with
 * their lines. Both readers — the fast line scanner and remark — return these
 * same shapes, so a property test can hold one against the other.
 */

/** A top-level list item of a section. */
export interface RawListItem {
	/** The item's first paragraph as written, after the marker and checkbox, whitespace collapsed. */
	text: string;
	/** 1-based line of the list marker. */
	line: number;
	/** `true` for `[x]`, `false` for `[ ]`, `null` without a checkbox. */
	checked: boolean | null;
}

/** A table's row of cell texts, with its line. */
export interface RawTableRow {
	cells: string[];
	line: number;
}

/** The first table of a section. */
export interface RawTable {
	header: RawTableRow;
	rows: RawTableRow[];
}

/** `0`–`9`, by character code: what the line scanners count as a digit. */
export function isAsciiDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

/**
 * Collapses runs of whitespace (line breaks of lazy continuation lines
 * included) into single spaces.
 */
export function collapseWhitespace(text: string): string {
	return needsCollapsing(text) ? text.replace(/\s+/g, " ").trim() : text;
}

/**
 * Whether a text holds any white space but a single space between words: a
 * pair, another kind, or one at either end. Native searches, not a loop over
 * the characters (a long line read while the code is still cold costs a loop
 * far more): a space is looked at only at the ends and in pairs, and one
 * character class finds every other kind, where one pattern of four
 * alternatives tried each of them at every character.
 */
function needsCollapsing(text: string): boolean {
	if (text === "") return false;
	return text.charCodeAt(0) === SPACE || text.charCodeAt(text.length - 1) === SPACE || text.includes("  ") || OTHER_WHITE_SPACE.test(text);
}

const SPACE = 0x20;
/** White space other than a plain space. */
const OTHER_WHITE_SPACE = /[^\S ]/;
