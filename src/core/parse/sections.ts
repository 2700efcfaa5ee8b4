/**
 * Cutting a note's body into the sections Alliance Journal reads, by their
 * ATX headings (`## Conflicts`). Headings inside fenced code are not headings.
 */
import type { SectionKey } from "../schema/field-spec";
import { sectionForHeading } from "./headings";

/** One recognised section: the lines under its heading, up to the next heading of the same or a higher level. */
export interface Section<K extends string = SectionKey> {
	key: K;
	/** 1-based line of the heading. */
	headingLine: number;
	/** The section's lines (without line breaks). */
	lines: string[];
	/** 1-based line of `lines[0]`. */
	firstLine: number;
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
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
		const lineEnd = next < 0 ? body.length : next;
		let line = body.slice(lineStart, lineEnd);
		if (line.endsWith("\r")) line = line.slice(0, -1);
		lineStart = lineEnd + 1;
		// Only lines starting with a space, #, ` or ~ can be headings or fences: skip the patterns for the rest.
		const first = line.charCodeAt(0);
		const mayBeBlock = first === 0x23 || first === 0x20 || first === 0x60 || first === 0x7e;
		const fenceMatch = mayBeBlock ? FENCE_OPEN.exec(line) : null;
		if (fence !== undefined) {
			if (fenceMatch?.[1] && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && line.trim() === fenceMatch[1]) {
				fence = undefined;
			}
		} else if (fenceMatch?.[1]) {
			fence = fenceMatch[1];
		} else {
			const heading = mayBeBlock ? ATX_HEADING.exec(line) : null;
			if (heading) {
				const level = heading[1]?.length ?? 1;
				if (open && level <= open.level) open = undefined;
				const key = classify(heading[2] ?? "");
				// A recognised heading opens its section, even under another one
				// (`### Actions` below `## Conflicts` holds actions, not conflicts).
				if (key !== null) {
					const section: Section<K> = { key, headingLine: lineNumber, lines: [], firstLine: lineNumber + 1 };
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
