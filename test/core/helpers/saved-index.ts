/**
 * Reading and writing `index.json`'s lines by hand, for tests that damage a
 * saved index on purpose. Each note is seen as one whole entry
 * `[path, mtime, { note, problems }]`; written back, a meeting, reflection,
 * stakeholder or health check becomes a head and a note line, as the
 * index writes it (see src/core/index/saved-index.ts): its head in the
 * columns of heads, with the alliance links taken from the note as it is
 * now, and its note on its own line.
 */

/** One note's saved line, as one plain value a test may change. */
export type SavedEntry = [path: string, mtime: number, result: { note: Record<string, unknown> | null; problems: Record<string, unknown>[]; aliases?: unknown }];

const MEMBER_TYPES = new Set(["alliance-meeting", "alliance-reflection", "alliance-stakeholder", "alliance-health-check"]);

/** The heads line's columns (see src/core/index/saved-index.ts). */
interface Heads {
	paths: unknown[];
	mtimes: unknown[];
	kinds: unknown[];
	links: unknown[];
	problems: unknown[];
}

/** The saved index's header line and its notes, each as a whole entry. */
export function readSaved(text: string): { header: string; entries: SavedEntry[] } {
	const [header = "", heads = "", ...notes] = text.split("\n");
	const { paths, mtimes, kinds, problems } = JSON.parse(heads) as Heads;
	const entries = paths.map((path, position): SavedEntry => {
		const kind = kinds[position];
		if (typeof kind !== "string") return [path, mtimes[position], kind] as SavedEntry;
		const saved = problems[position];
		return [path as string, mtimes[position] as number, { note: JSON.parse(notes[position] ?? "") as Record<string, unknown>, problems: saved === 0 ? [] : (saved as Record<string, unknown>[]) }];
	});
	return { header, entries };
}

/** The alliance links a member note's head names. */
function linksOf(note: Record<string, unknown>): unknown {
	if (note.type === "alliance-stakeholder") return note.alliances ?? [];
	return note.alliance === undefined ? [] : [note.alliance];
}

/**
 * Writes entries back as a saved index's text. An entry cut short (no
 * result) gets a kind no note has (`0`), so it reads as the damaged head it
 * is.
 */
export function writeSaved(header: string, entries: readonly unknown[][]): string {
	const heads: Heads = { paths: [], mtimes: [], kinds: [], links: [], problems: [] };
	const notes: string[] = [];
	for (const entry of entries) {
		const [path, mtime, result] = entry as [unknown, unknown, SavedEntry[2] | null | undefined];
		const note = result?.note;
		heads.paths.push(path);
		heads.mtimes.push(mtime);
		if (!note || typeof note !== "object" || !MEMBER_TYPES.has(note.type as string)) {
			heads.kinds.push(entry.length < 3 ? 0 : result);
			heads.links.push(0);
			heads.problems.push(0);
			notes.push("");
		} else {
			// As the index writes it: no problems, none in the head; anything else (even damaged) as it is.
			const problems: unknown = result.problems;
			heads.kinds.push(note.type);
			heads.links.push(linksOf(note));
			heads.problems.push(Array.isArray(problems) && problems.length === 0 ? 0 : (problems ?? null));
			notes.push(JSON.stringify(note));
		}
	}
	return [header, JSON.stringify(heads), ...notes].join("\n");
}

/** The saved index's notes by path: modification time and result (for comparing two indexes, line order aside). */
export function savedByPath(text: string): Map<string, [number, SavedEntry[2]]> {
	return new Map(readSaved(text).entries.map(([path, mtime, result]) => [path, [mtime, result]]));
}
