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
	return isCollapsed(text) ? text : text.replace(/\s+/g, " ").trim();
}

const SPACE = 0x20;

/** JavaScript's `\s` other than the space: tab, line breaks, no-break and other Unicode spaces, the BOM. */
function isOtherWhitespace(code: number): boolean {
	if (code < 0x80) return code >= 0x09 && code <= 0x0d;
	return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * True when the text has no white space to collapse: only single spaces,
 * none at either end. One loop over the text, in place of
 * `/\s\s|[^\S ]|^\s|\s$/`, which the common item text costs more.
 */
function isCollapsed(text: string): boolean {
	let afterSpace = true;
	for (let position = 0; position < text.length; position++) {
		const code = text.charCodeAt(position);
		if (code === SPACE) {
			if (afterSpace) return false;
			afterSpace = true;
		} else if (isOtherWhitespace(code)) {
			return false;
		} else {
			afterSpace = false;
		}
	}
	return !afterSpace || text.length === 0;
}
