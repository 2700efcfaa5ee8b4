/**
 * Cutting a note's body into the sections Alliance Journal reads, by their
 * ATX headings (`## Conflicts`). Headings inside fenced code are not headings.
 */
import type { SectionKey } from "../schema/field-spec";
import { sectionForHeading } from "./headings";

/** One recognised section: the lines under its heading, up to the next heading of the same or a higher level. */
export interface Section<K extends string = SectionKey> {
	key: K;
	/** The heading's text as written (`Conflicten`). */
	heading: string;
	/** 1-based line of the heading. */
	headingLine: number;
	/** The section's lines (without line breaks). */
	lines: string[];
	/** 1-based line of `lines[0]`. */
	firstLine: number;
}

const MAX_HEADING_LEVEL = 6;
const MAX_HEADING_INDENT = 3;
const HASH = 0x23;
const SPACE = 0x20;
const TAB = 0x09;
const CARRIAGE_RETURN = 0x0d;
/** Line terminators to a regular expression's `.`: a heading holding one is no heading here. */
const DOT_EXCLUDED = /[\r\u2028\u2029]/;

function isSpaceOrTab(code: number): boolean {
	return code === SPACE || code === TAB;
}

/**
 * Reads an ATX heading line: up to three spaces, one to six `#`, then nothing
 * or white space and the text, without a closing run of `#` that follows white
 * space. Index loops that look at each character a bounded number of times,
 * where a pattern with a lazy text and optional trailing parts scans a long
 * run of spaces again from each of its characters.
 *
 * @returns the level and text, or `null` when the line is no ATX heading
 * @example readAtxHeading("## Conflicts ##") // { level: 2, text: "Conflicts" }
 */
export function readAtxHeading(line: string): { level: number; text: string } | null {
	let index = 0;
	while (index < line.length && index < MAX_HEADING_INDENT && line.charCodeAt(index) === SPACE) index++;
	const hashesStart = index;
	while (index < line.length && line.charCodeAt(index) === HASH) index++;
	const level = index - hashesStart;
	if (level < 1 || level > MAX_HEADING_LEVEL) return null;
	if (index === line.length) return { level, text: "" };
	if (!isSpaceOrTab(line.charCodeAt(index))) return null;
	const rest = line.slice(index);
	if (DOT_EXCLUDED.test(rest)) return null;
	let start = 0;
	while (start < rest.length && isSpaceOrTab(rest.charCodeAt(start))) start++;
	let end = rest.length;
	while (end > start && isSpaceOrTab(rest.charCodeAt(end - 1))) end--;
	// A closing run of `#` counts only after white space inside the text.
	let closing = end;
	while (closing > start && rest.charCodeAt(closing - 1) === HASH) closing--;
	if (closing < end && closing > start && isSpaceOrTab(rest.charCodeAt(closing - 1))) {
		end = closing;
		while (end > start && isSpaceOrTab(rest.charCodeAt(end - 1))) end--;
	}
	return { level, text: rest.slice(start, end) };
}
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Finds the wanted sections in a body.
 *
 * @param body the note's text after the frontmatter
 * @param bodyFirstLine the 1-based line the body starts on
 * @param wanted the sections this note type reads
 */
export function findSections(body: string, bodyFirstLine: number, wanted: readonly SectionKey[]): Section[] {
	if (wanted.length === 0) return [];
	return findSectionsBy(body, bodyFirstLine, (heading) => {
		const key = sectionForHeading(heading);
		return key && wanted.includes(key) ? key : null;
	});
}

/**
 * Finds the sections whose headings a classifier recognises (such as a
 * health check's dimension headings).
 *
 * @param body the note's text after the frontmatter
 * @param bodyFirstLine the 1-based line the body starts on
 * @param classify the section a heading's text opens, or `null` for none
 */
export function findSectionsBy<K extends string>(body: string, bodyFirstLine: number, classify: (heading: string) => K | null): Section<K>[] {
	const sections: Section<K>[] = [];
	let open: { section: Section<K>; level: number } | undefined;
	let fence: string | undefined;
	let lineStart = 0;
	for (let lineNumber = bodyFirstLine; lineStart <= body.length; lineNumber++) {
		const next = body.indexOf("\n", lineStart);
		let lineEnd = next < 0 ? body.length : next;
		if (lineEnd > lineStart && body.charCodeAt(lineEnd - 1) === CARRIAGE_RETURN) lineEnd--;
		// Only lines starting with a space, #, ` or ~ can be headings or fences: skip the patterns for the rest.
		const first = lineEnd > lineStart ? body.charCodeAt(lineStart) : NaN;
		const mayBeBlock = first === 0x23 || first === 0x20 || first === 0x60 || first === 0x7e;
		// A line outside any section that opens nothing (most of a note's prose) is passed over without being cut out.
		if (!mayBeBlock && !open) {
			lineStart = next < 0 ? body.length + 1 : next + 1;
			continue;
		}
		const line = body.slice(lineStart, lineEnd);
		lineStart = next < 0 ? body.length + 1 : next + 1;
		const fenceMatch = mayBeBlock ? FENCE_OPEN.exec(line) : null;
		if (fence !== undefined) {
			if (fenceMatch?.[1] && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && line.trim() === fenceMatch[1]) {
				fence = undefined;
			}
		} else if (fenceMatch?.[1]) {
			fence = fenceMatch[1];
		} else {
			const heading = mayBeBlock ? readAtxHeading(line) : null;
			if (heading) {
				const level = heading.level;
				if (open && level <= open.level) open = undefined;
				const key = classify(heading.text);
				// A recognised heading opens its section, even under another one
				// (`### Actions` below `## Conflicts` holds actions, not conflicts).
				if (key !== null) {
					const section: Section<K> = { key, heading: heading.text, headingLine: lineNumber, lines: [], firstLine: lineNumber + 1 };
					sections.push(section);
					open = { section, level };
					continue;
				}
				if (!open) continue;
			}
		}
		open?.section.lines.push(line);
	}
	return sections;
}
