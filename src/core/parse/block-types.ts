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

/**
 * Collapses runs of whitespace (line breaks of lazy continuation lines
 * included) into single spaces.
 */
export function collapseWhitespace(text: string): string {
	// One native pattern, not a loop over the characters: a long line read while the code is still cold costs a loop far more.
	return NEEDS_COLLAPSING.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

/** Any white space but a single space between words: a pair, another kind, or one at either end. */
const NEEDS_COLLAPSING = /\s\s|[^\S ]|^\s|\s$/;
