/**
 * Resolving `[[links]]` the way Obsidian does: by file name, ignoring case;
 * a link with a folder path matches that path; when several files share a
 * name, the one in the linking note's folder wins, then the shortest path.
 */
import type { Link } from "../model";
import { hasMarkdownEnding, MARKDOWN_ENDING, withoutMarkdownEnding } from "./markdown-path";

function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

/** Keeps the vault's note paths by lower-cased file name, for link look-ups. */
export class LinkResolver {
	/** The paths by lower-cased name: one path as itself (most names are unique), several as a list. */
	private readonly byName = new Map<string, string | string[]>();
	/** Answers by link target and source folder; valid until a path is added or removed. */
	private readonly answers = new Map<string, string | undefined>();
	/** Answers by link target alone, where at most one note matches (`null`: none); valid as long as `answers`. */
	private readonly byTarget = new Map<string, string | null>();

	/** Registers a note path. */
	add(path: string): void {
		this.remember(path);
		this.forgetAnswers();
	}

	/** Registers many note paths at once (a restored index's): {@link add} for each, the answers forgotten once. */
	addAll(paths: Iterable<string>): void {
		for (const path of paths) this.remember(path);
		this.forgetAnswers();
	}

	/** Files a path under its name. */
	private remember(path: string): void {
		const name = this.nameOf(path);
		const known = this.byName.get(name);
		if (known === undefined) this.byName.set(name, path);
		else if (typeof known === "string") {
			if (known !== path) this.byName.set(name, [known, path]);
		} else if (!known.includes(path)) known.push(path);
	}

	/** Forgets every path. */
	clear(): void {
		this.byName.clear();
		this.forgetAnswers();
	}

	/** Forgets a note path. */
	delete(path: string): void {
		const name = this.nameOf(path);
		const known = this.byName.get(name);
		if (known === path) this.byName.delete(name);
		else if (Array.isArray(known)) {
			const rest = known.filter((other) => other !== path);
			this.byName.set(name, rest.length === 1 ? (rest[0] as string) : rest);
		}
		this.forgetAnswers();
	}

	private forgetAnswers(): void {
		if (this.answers.size > 0) this.answers.clear();
		if (this.byTarget.size > 0) this.byTarget.clear();
	}

	/**
	 * Finds the note a link points to.
	 *
	 * @param link the link, e.g. `{ target: "Acme" }` or `{ target: "Partners/Acme" }`
	 * @param fromPath the path of the note the link is written in
	 * @returns the target note's path, or `undefined` when no note matches
	 */
	resolve(link: Link, fromPath: string): string | undefined {
		const known = this.byTarget.get(link.target);
		if (known !== undefined) return known ?? undefined;
		const key = `${link.target}\u0000${folderOf(fromPath)}`;
		if (this.answers.has(key)) return this.answers.get(key);
		const matching = this.matching(link);
		// One note or none: the answer is the same from every folder.
		if (matching.length <= 1) {
			this.byTarget.set(link.target, matching[0] ?? null);
			return matching[0];
		}
		const answer = this.closest(matching, fromPath);
		this.answers.set(key, answer);
		return answer;
	}

	/** The notes a link's target names (by file name, or by path when it has a folder). */
	private matching(link: Link): readonly string[] {
		const target = withoutMarkdownEnding(link.target.trim()).replace(/^\/+/, "").toLowerCase();
		if (!target) return [];
		const name = target.slice(target.lastIndexOf("/") + 1);
		const known = this.byName.get(name);
		const candidates = known === undefined ? [] : typeof known === "string" ? [known] : known;
		return target.includes("/")
			? candidates.filter((path) => {
					const bare = withoutMarkdownEnding(path).toLowerCase();
					return bare === target || bare.endsWith(`/${target}`);
				})
			: candidates;
	}

	/** Of several notes a link names, the one Obsidian picks: in the linking note's folder, then the shortest path. */
	private closest(matching: readonly string[], fromPath: string): string | undefined {
		const sourceFolder = folderOf(fromPath);
		return [...matching].sort(
			(a, b) =>
				Number(folderOf(b) === sourceFolder) - Number(folderOf(a) === sourceFolder) ||
				a.split("/").length - b.split("/").length ||
				a.localeCompare(b),
		)[0];
	}

	/** A path's file name without `.md` (in any case), lower-cased; the ending is read in place, not cut out. */
	private nameOf(path: string): string {
		const start = path.lastIndexOf("/") + 1;
		// An ending `.md` lies wholly after the last `/`: cutting it leaves `end` at or past `start`.
		const end = hasMarkdownEnding(path) ? path.length - MARKDOWN_ENDING.length : path.length;
		return path.slice(start, end).toLowerCase();
	}
}
