/**
 * Cutting a note's body into the sections Alliance Journal reads, by their
 * ATX headings (`## Conflicts`). Headings inside fenced code are not headings.
 */
import type { SectionKey } from "../schema/field-spec";
import { sectionForHeading } from "./headings";

/** One recognised section: the lines under its heading, up to the next heading of the same or a higher level. */
export interface Section {
	key: SectionKey;
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
	const lines = body.split("\n");
	const sections: Section[] = [];
	let open: { section: Section; level: number } | undefined;
	let fence: string | undefined;
	for (let index = 0; index < lines.length; index++) {
		const line = (lines[index] ?? "").replace(/\r$/, "");
		const fenceMatch = FENCE_OPEN.exec(line);
		if (fence !== undefined) {
			if (fenceMatch?.[1] && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && line.trim() === fenceMatch[1]) {
				fence = undefined;
			}
		} else if (fenceMatch?.[1]) {
			fence = fenceMatch[1];
		} else {
			const heading = ATX_HEADING.exec(line);
			if (heading) {
				const level = heading[1]?.length ?? 1;
				if (open && level <= open.level) open = undefined;
				if (!open) {
					const key = sectionForHeading(heading[2] ?? "");
					if (key && wanted.includes(key)) {
						const section: Section = { key, headingLine: bodyFirstLine + index, lines: [], firstLine: bodyFirstLine + index + 1 };
						sections.push(section);
						open = { section, level };
					}
					continue;
				}
			}
		}
		open?.section.lines.push(line);
	}
	return sections;
}
