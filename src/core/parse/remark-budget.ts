/**
 * What remark may be given: a section within a size and a nesting budget.
 * remark parses nested blocks recursively and some inputs cost it far more
 * than their length (Markdown nested thousands of levels deep overflows its
 * stack), so a section beyond the budget is read line by line instead, and
 * the note gets a warning saying so.
 */
import { collapseWhitespace, isAsciiDigit, type RawListItem } from "./block-types";

/** The most characters of one section remark reads. */
export const MAX_REMARK_SECTION_CHARS = 16 * 1024;
/** The deepest nesting of quotes and lists (estimated from line starts) remark reads. */
export const MAX_REMARK_NESTING = 32;
/**
 * The most inline markup characters (`*`, `_`, `~`, `` ` ``, `[`, `]`, `<`, `!`)
 * of one section remark reads: matching emphasis and brackets costs remark
 * more than linear time in their number.
 */
export const MAX_REMARK_MARKUP = 1000;
const MARKUP_CHARACTERS = new Set(["*", "_", "~", "`", "[", "]", "<", "!"]);
/** Columns of indentation that count as one level of nesting. */
const COLUMNS_PER_LEVEL = 2;
const TAB_COLUMNS = 4;
const MAX_ORDINAL_DIGITS = 9;

function isBlankAt(line: string, index: number): boolean {
	const char = line.charAt(index);
	return char === "" || char === " " || char === "\t";
}

/**
 * The length of a list marker at `index` (`-`, `*`, `+`, `1.`, `1)` followed
 * by white space or the end of the line), or 0.
 */
function markerLength(line: string, index: number): number {
	const char = line.charAt(index);
	if ((char === "-" || char === "*" || char === "+") && isBlankAt(line, index + 1)) return 1;
	let end = index;
	while (end < line.length && end - index < MAX_ORDINAL_DIGITS && isAsciiDigit(line.charCodeAt(end))) end++;
	const after = line.charAt(end);
	return end > index && (after === "." || after === ")") && isBlankAt(line, end + 1) ? end + 1 - index : 0;
}

/**
 * How deeply a line is nested, estimated from its start: each `>` and each list
 * marker is a level, and so is every two columns of indentation before the
 * first of them. Looks at each character of the line's start once.
 *
 * @example lineNesting("> - > - item") // 4
 */
export function lineNesting(line: string): number {
	let levels = 0;
	let columns = 0;
	let index = 0;
	while (index < line.length) {
		const char = line.charAt(index);
		if (char === " " || char === "\t") {
			if (levels === 0) columns += char === " " ? 1 : TAB_COLUMNS;
			index++;
		} else if (char === ">") {
			levels++;
			index++;
		} else {
			const marker = markerLength(line, index);
			if (marker === 0) break;
			levels++;
			index += marker;
		}
	}
	return levels + Math.floor(columns / COLUMNS_PER_LEVEL);
}

/**
 * True when remark may read these lines: short enough, with few enough
 * markup characters, and nested no deeper than the budget. Stops at the first
 * line over the budget.
 *
 * @param lines a section's lines
 */
export function fitsRemarkBudget(lines: readonly string[]): boolean {
	let characters = 0;
	let markup = 0;
	for (const line of lines) {
		characters += line.length + 1;
		if (characters > MAX_REMARK_SECTION_CHARS || lineNesting(line) > MAX_REMARK_NESTING) return false;
		for (let index = 0; index < line.length; index++) if (MARKUP_CHARACTERS.has(line.charAt(index))) markup++;
		if (markup > MAX_REMARK_MARKUP) return false;
	}
	return true;
}

const CHECKBOX = /^\[([ xX])\][ \t]+/;

/**
 * Reads a section's list items line by line, the way a section remark may not
 * read is read: every line that starts (at most three spaces in) with a list
 * marker is an item, its text the rest of the line after an optional task box.
 * Nested markers in the text stay text. Linear in the section's length.
 *
 * @param lines the section's lines
 * @param firstLine the 1-based line of `lines[0]`
 * @example listItemsLineByLine(["- [x] Pricing: agreed", "  more"], 12) // [{ text: "Pricing: agreed", line: 12, checked: true }]
 */
export function listItemsLineByLine(lines: readonly string[], firstLine: number): RawListItem[] {
	const items: RawListItem[] = [];
	lines.forEach((line, index) => {
		let start = 0;
		while (start < line.length && start < 3 && line.charAt(start) === " ") start++;
		const marker = markerLength(line, start);
		if (marker === 0) return;
		let text = line.slice(start + marker).trimStart();
		let checked: boolean | null = null;
		const box = CHECKBOX.exec(text);
		if (box) {
			checked = box[1] !== " ";
			text = text.slice(box[0].length);
		}
		items.push({ text: collapseWhitespace(text), line: firstLine + index, checked });
	});
	return items;
}
