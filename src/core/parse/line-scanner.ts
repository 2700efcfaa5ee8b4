/**
 * The fast path: reading the common, simple sections — a flat list of
 * one-line items, or one plain pipe table — line by line, without building a
 * syntax tree. Anything it is not sure of (indentation, code, quotes, HTML,
 * nesting, escapes) makes it answer `null`, and remark reads the section
 * instead. `test/core/parse/line-scanner.test.ts` holds it to remark's answers.
 */
import { collapseWhitespace, isAsciiDigit, type RawListItem, type RawTable, type RawTableRow } from "./block-types";

/** Line terminators to a regular expression's `.`: a line holding one is no simple item line. */
const DOT_EXCLUDED = /[\r\u2028\u2029]/;
/** White space to a regular expression's `\s` (one character). */
const WHITE_SPACE = /\s/;
const SPACE = 0x20;
const MAX_ORDINAL_DIGITS = 9;
const MAX_MARKER_SPACES = 4;

/**
 * Where an item line's marker ends: after `-`, `*` or `+`, or after one to
 * nine digits and `.` or `)`; -1 when the line starts with no marker.
 */
function markerEnd(line: string): number {
	const first = line.charCodeAt(0);
	if (first === 0x2d || first === 0x2a || first === 0x2b) return 1;
	let position = 0;
	while (position < line.length && position < MAX_ORDINAL_DIGITS + 1 && isAsciiDigit(line.charCodeAt(position))) position++;
	if (position === 0 || position > MAX_ORDINAL_DIGITS) return -1;
	const after = line.charCodeAt(position);
	return after === 0x2e || after === 0x29 ? position + 1 : -1;
}

/**
 * Reads a line as `/^([-*+]|\d{1,9}[.)])( {1,4})(\S.*)$/` would, without the
 * match array and its three strings: where the marker ends and where the
 * content starts.
 *
 * @returns the content's start (the marker ends at {@link markerEnd}), or -1 when the line is no simple item line
 */
function itemContentStart(line: string): number {
	const marker = markerEnd(line);
	if (marker < 0) return -1;
	let content = marker;
	while (content < line.length && line.charCodeAt(content) === SPACE) content++;
	const spaces = content - marker;
	if (spaces < 1 || spaces > MAX_MARKER_SPACES || content === line.length) return -1;
	if (WHITE_SPACE.test(line.charAt(content)) || DOT_EXCLUDED.test(line)) return -1;
	return content;
}

/**
 * Reads a task box as `/^\[([ xX])\] +([^ ].*)$/` would (a no-break space after
 * the spaces is content to GFM): where the text after the box starts, or -1
 * when the content starts with no box followed by text. The box is ticked
 * when the character inside it is no space.
 */
function taskBoxEnd(content: string): number {
	if (content.charCodeAt(0) !== 0x5b || content.charCodeAt(2) !== 0x5d) return -1;
	const mark = content.charAt(1);
	if (mark !== " " && mark !== "x" && mark !== "X") return -1;
	let textStart = 3;
	while (textStart < content.length && content.charCodeAt(textStart) === SPACE) textStart++;
	return textStart === 3 || textStart === content.length ? -1 : textStart;
}
/** Content that would open a block of its own inside the item. */
const BLOCK_START = /^(?:>|#{1,6}(?:\s|$)|`{3,}|~{3,}|<|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|\||\[[^\]]*\]:|[=_])/;
/** A blank line to Markdown: spaces and tabs only (a no-break space is text). */
const BLANK = /^[ \t]*$/;
const NON_SPACE_INDENT = /^ *[^\S ]/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^\s*(?:=+|-+)\s*$/;
/** Only the characters of a table's delimiter row. */
const DELIMITER_CHARACTERS = /^[|: -]*$/;

/**
 * A line that may be a table's delimiter row, turning the paragraph above it
 * into a table: `|`, `:`, spaces and `-`, with at least one `-`. Two linear
 * checks, where `/^[|: -]*-[|: -]*$/` tries every `-` of a long run as the one.
 */
function isDelimiterLike(line: string): boolean {
	return line.includes("-") && DELIMITER_CHARACTERS.test(line);
}
/** What starts a list item, whatever follows it. */
const ITEM_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;
/** An ATX heading: a block of its own, which ends any list or paragraph before it. */
const ATX_LINE = /^#{1,6}(?: |$)/;
/** A top-level paragraph or block quote between lists: it holds no items of the section's own. */
const OTHER_BLOCK_START = /^(?:> ?[\p{L}\p{N}"'(]|[\p{L}\p{N}"'(])/u;
/** A nested bullet item, which may end the parent's first paragraph. */
const NESTED_BULLET = /^[-*+] +\S/;

/** A code fence's opening: up to three spaces, three or more backticks or tildes, and an info string. */
const FENCE_OPENING = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/** Four columns of indentation, where no paragraph goes on, make a line code. */
const INDENTED_CODE = 4;

/** An open fenced code block: its character and how long its fence is. */
interface OpenFence {
	marker: string;
	length: number;
}

/**
 * Reads a line as the opening of a fenced code block (CommonMark): a
 * backtick fence's info string holds no backtick.
 *
 * @returns the fence, or `undefined` when the line opens none
 * @example openingFence("```js") // { marker: "`", length: 3 }
 */
export function openingFence(line: string): OpenFence | undefined {
	const match = FENCE_OPENING.exec(line);
	const run = match?.[2];
	if (!run) return undefined;
	const marker = run.charAt(0);
	if (marker === "`" && (match[3] ?? "").includes("`")) return undefined;
	return { marker, length: run.length };
}

/** Whether a line closes a fence: up to three spaces, at least as long a run of its character, then only spaces and tabs. */
function closesFence(line: string, fence: OpenFence): boolean {
	let position = 0;
	while (position < line.length && position < 3 && line.charCodeAt(position) === 0x20) position++;
	const start = position;
	while (position < line.length && line.charAt(position) === fence.marker) position++;
	if (position - start < fence.length) return false;
	while (position < line.length && (line.charCodeAt(position) === 0x20 || line.charCodeAt(position) === 0x09)) position++;
	return position === line.length;
}

interface OpenItem {
	item: RawListItem;
	/** The column the item's content starts at: lines indented this far belong to the item. */
	contentColumn: number;
	/** Still reading the item's first paragraph (its text). */
	inParagraph: boolean;
}

/**
 * Reads a section made of flat list items and blank lines. Lines indented
 * under an item (a nested list, a code block, more paragraphs) belong to that
 * item and are passed over; a line continuing the item's first paragraph is
 * part of its text.
 *
 * @param lines the section's lines
 * @param firstLine the 1-based line of `lines[0]`
 * @returns the items, or `null` when the section needs a real Markdown parser
 * @example scanListItems(["- [x] Pricing: agreed"], 12) // [{ text: "Pricing: agreed", line: 12, checked: true }]
 */
export function scanListItems(lines: readonly string[], firstLine: number): RawListItem[] | null {
	const items: RawListItem[] = [];
	let previousBlank = true;
	let listKind: string | undefined;
	let open: OpenItem | undefined;
	let paragraph = "";
	const closeParagraph = (): void => {
		if (open?.inParagraph) {
			open.item.text = collapseWhitespace(paragraph);
			open.inParagraph = false;
		}
	};
	let inOtherBlock = false;
	/** A fenced code block at the margin (no item's): its lines hold no items, up to its closing fence or the section's end. */
	let fence: OpenFence | undefined;
	/** remark (micromark) reads an ordered item that does not start at 1 after indented code as no item; such sections are left to it. */
	let sawIndentedCode = false;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? "";
		if (fence) {
			if (closesFence(line, fence)) fence = undefined;
			continue;
		}
		if (BLANK.test(line)) {
			closeParagraph();
			previousBlank = true;
			inOtherBlock = false;
			continue;
		}
		// Tabs, and other white space (a no-break space) that JavaScript trims but Markdown does not.
		if (line.includes("\t") || NON_SPACE_INDENT.test(line)) return null;
		// The indentation is spaces only (other white space was declined above).
		let indent = 0;
		while (indent < line.length && line.charCodeAt(indent) === SPACE) indent++;
		const fenceChar = line.charCodeAt(indent);
		if (!inOtherBlock && indent <= 3 && (fenceChar === 0x60 || fenceChar === 0x7e) && (!open || indent < open.contentColumn)) {
			// A fence at the margin ends the list (and any paragraph); what follows it is a new list.
			const opening = openingFence(line);
			if (opening) {
				closeParagraph();
				fence = opening;
				open = undefined;
				listKind = undefined;
				previousBlank = true;
				continue;
			}
		}
		if (inOtherBlock) {
			// Inside a paragraph or quote between lists, only a bullet item at the
			// margin starts a new list; text lines continue the block; anything
			// else (quoted lists, code, HTML, an ordered item) is left to remark.
			if (indent === 0 && NESTED_BULLET.test(line)) {
				inOtherBlock = false;
				previousBlank = true;
			} else {
				const content = line.replace(/^[ >]*/, "");
				if (content === "" || BLOCK_START.test(content) || itemContentStart(content) >= 0 || SETEXT_UNDERLINE.test(content) || isDelimiterLike(content)) {
					return null;
				}
				continue;
			}
		}
		if (indent >= INDENTED_CODE && !open && !inOtherBlock) {
			// No item and no paragraph above: an indented code block, which holds no items.
			sawIndentedCode = true;
			continue;
		}
		if (indent > 0) {
			// Belongs to the open item, or the section is not simple.
			if (!open || indent < open.contentColumn) return null;
			if (open.inParagraph) {
				const content = line.trimStart();
				// Four or more columns past the item's content: not a nested
				// block (indented code cannot interrupt a paragraph) but more
				// paragraph text, markers and all. Leave that to remark.
				if (indent - open.contentColumn >= 4) return null;
				if (SETEXT_UNDERLINE.test(content) || THEMATIC_BREAK.test(content) || isDelimiterLike(content)) return null;
				// A nested list or a fenced code block in the item ends its first paragraph; the lines after belong to the item.
				if (NESTED_BULLET.test(content) || (indent - open.contentColumn <= 3 && openingFence(content) !== undefined)) closeParagraph();
				else if (BLOCK_START.test(content)) return null;
				else paragraph += ` ${content}`;
			}
			previousBlank = false;
			continue;
		}
		closeParagraph();
		if (THEMATIC_BREAK.test(line)) return null;
		const contentStart = itemContentStart(line);
		if (contentStart < 0) {
			if (ATX_LINE.test(line)) {
				open = undefined;
				previousBlank = true;
				continue;
			}
			if (previousBlank && OTHER_BLOCK_START.test(line) && !ITEM_MARKER.test(line)) {
				open = undefined;
				inOtherBlock = true;
				previousBlank = false;
				continue;
			}
			return null;
		}
		const markerLength = markerEnd(line);
		const ordered = isAsciiDigit(line.charCodeAt(0));
		const kind = line.charAt(markerLength - 1);
		// A new ordered list that does not start at 1 cannot interrupt the
		// previous item's paragraph: CommonMark reads it as a continuation line.
		if (ordered && Number.parseInt(line, 10) !== 1 && (sawIndentedCode || (kind !== listKind && !previousBlank))) return null;
		let content = line.slice(contentStart);
		let checked: boolean | null = null;
		const boxEnd = content.charCodeAt(0) === 0x5b ? taskBoxEnd(content) : -1;
		if (boxEnd > 0) {
			checked = content.charCodeAt(1) !== SPACE;
			content = content.slice(boxEnd);
		} else if (content.charCodeAt(0) === 0x5b && /^\[[ xX]\]\s*$/.test(content)) {
			return null;
		}
		if (BLOCK_START.test(content)) return null;
		const item: RawListItem = { text: content, line: firstLine + index, checked };
		items.push(item);
		open = { item, contentColumn: contentStart, inParagraph: true };
		paragraph = content;
		listKind = kind;
		previousBlank = false;
	}
	closeParagraph();
	return items;
}

const TABLE_LINE = /^\|.*\|[ \t]*$/;
const DELIMITER_ROW = /^\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$/;

function splitCells(line: string): string[] {
	const inner = line.trim().slice(1, -1);
	return inner.split("|").map((cell) => cell.trim());
}

/**
 * Reads a section whose first block is a plain pipe table.
 *
 * @param lines the section's lines
 * @param firstLine the 1-based line of `lines[0]`
 * @returns the table, `undefined` when the section has no table at its start,
 *   or `null` when the section needs a real Markdown parser
 */
export function scanTable(lines: readonly string[], firstLine: number): RawTable | null {
	let index = 0;
	while (index < lines.length && BLANK.test(lines[index] ?? "")) index++;
	const headerLine = lines[index];
	const delimiterLine = lines[index + 1];
	if (headerLine === undefined || delimiterLine === undefined) return null;
	if (!TABLE_LINE.test(headerLine) || !DELIMITER_ROW.test(delimiterLine)) return null;
	const header: RawTableRow = { cells: splitCells(headerLine), line: firstLine + index };
	if (header.cells.length !== splitCells(delimiterLine).length) return null;
	const rows: RawTableRow[] = [];
	for (index += 2; index < lines.length; index++) {
		const line = lines[index] ?? "";
		if (BLANK.test(line)) break;
		if (!TABLE_LINE.test(line)) return null;
		const cells = splitCells(line);
		if (cells.length !== header.cells.length) return null;
		rows.push({ cells, line: firstLine + index });
	}
	for (const line of [headerLine, delimiterLine, ...lines.slice(index - rows.length, index)]) {
		if (/[\\`]/.test(line) || line.includes("\t") || !line.startsWith("|")) return null;
	}
	return { header, rows };
}
