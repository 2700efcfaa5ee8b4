/**
 * Reading and writing `index.json`'s lines by hand, for tests that damage a
 * saved index on purpose. Each note's line is seen as the old whole entry
 * `[path, mtime, { note, problems }]`; written back, a meeting, reflection,
 * stakeholder or health check becomes a head and a note line, as the
 * index writes it (see src/core/index/saved-index.ts): its head in the list
 * of heads, with the alliance links taken from the note as it is now, and
 * its note on its own line.
 */

/** One note's saved line, as one plain value a test may change. */
export type SavedEntry = [path: string, mtime: number, result: { note: Record<string, unknown> | null; problems: Record<string, unknown>[]; aliases?: unknown }];

const MEMBER_TYPES = new Set(["alliance-meeting", "alliance-reflection", "alliance-stakeholder", "alliance-health-check"]);

/** The saved index's header line and its notes, each as a whole entry. */
export function readSaved(text: string): { header: string; entries: SavedEntry[] } {
	const [header = "", heads = "[]", ...notes] = text.split("\n");
	const entries = (JSON.parse(heads) as unknown[][]).map((head, position): SavedEntry => {
		if (head.length !== 4 && head.length !== 5) return head as SavedEntry;
		const [path, mtime, , , problems = []] = head as [string, number, string, unknown[], Record<string, unknown>[]?];
		return [path, mtime, { note: JSON.parse(notes[position] ?? "") as Record<string, unknown>, problems }];
	});
	return { header, entries };
}

/** The alliance links a member note's head names. */
function linksOf(note: Record<string, unknown>): unknown {
	if (note.type === "alliance-stakeholder") return note.alliances ?? [];
	return note.alliance === undefined ? [] : [note.alliance];
}

/** Writes entries back as a saved index's text. */
export function writeSaved(header: string, entries: readonly unknown[][]): string {
	const heads: unknown[] = [];
	const notes: string[] = [];
	for (const entry of entries) {
		const [path, mtime, result] = entry as [unknown, unknown, SavedEntry[2] | undefined];
		const note = result?.note;
		if (!note || typeof note !== "object" || !MEMBER_TYPES.has(note.type as string)) {
			heads.push(entry);
			notes.push("");
		} else {
			// As the index writes it: no problems, none in the head; anything else (even damaged) as it is.
			const problems: unknown = result.problems;
			heads.push(Array.isArray(problems) && problems.length === 0 ? [path, mtime, note.type, linksOf(note)] : [path, mtime, note.type, linksOf(note), problems ?? null]);
			notes.push(JSON.stringify(note));
		}
	}
	return [header, JSON.stringify(heads), ...notes].join("\n");
}

/** The saved index's notes by path: modification time and result (for comparing two indexes, line order aside). */
export function savedByPath(text: string): Map<string, [number, SavedEntry[2]]> {
	return new Map(readSaved(text).entries.map(([path, mtime, result]) => [path, [mtime, result]]));
}
