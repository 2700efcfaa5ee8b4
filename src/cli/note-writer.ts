/// <reference types="node" />
/**
 * Writing a new note to a vault folder on disk: never outside the vault (a
 * symbolic link to a folder elsewhere is followed to see where it leads),
 * never over a file (an exclusive create), and on a name taken meanwhile —
 * another `new` running at the same moment, a sync service — the next free
 * name.
 */
import { lstatSync, mkdirSync, realpathSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import type { NewNote } from "../core/templates/new-note";

/** Gives up after this many names found taken at the moment of writing (a bug or a hostile folder, not a vault). */
export const MAX_WRITE_TRIES = 1_000;

/** Makes the note to write, leaving out the vault paths found taken while writing (lower case). */
export type NoteMaker = (takenMeanwhile: ReadonlySet<string>) => NewNote;

/** Why a note must not be written (a message for the user), or `undefined` when it may. */
export type NoteCheck = (note: NewNote) => string | undefined;

/** What happened to a note `new` tried to write. */
export type WriteOutcome =
	| { written: string; path: string }
	| { refused: "outside"; folder: string }
	| { refused: "rejected"; reason: string }
	| { refused: "failed"; path: string; error: string };

function errorCode(error: unknown): string | undefined {
	return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** True when a real path is the real vault folder or inside it. */
function isInside(realVault: string, realPath: string): boolean {
	const rest = relative(realVault, realPath);
	return rest === "" || (rest !== ".." && !rest.startsWith(`..${sep}`) && !isAbsolute(rest));
}

/**
 * How many times a folder's real path is looked up before it counts as
 * leading nowhere: far more than a vault is deep, for folders made or
 * removed meanwhile by another `new` or a sync service.
 */
const MAX_LOOKS = 1_000;

/**
 * Where a folder really is: the real path of the folder, or of the nearest
 * folder above it that exists (the rest is created below that one). A folder
 * that appears between looking for its real path and looking at the folder
 * itself (another `new` making it) is looked up again, not taken for a link.
 *
 * @returns `undefined` when a symbolic link on the way leads nowhere
 */
function realExistingAncestor(folder: string): string | undefined {
	let current = folder;
	for (let looks = 0; looks < MAX_LOOKS; looks++) {
		try {
			return realpathSync.native(current);
		} catch (error) {
			if (errorCode(error) !== "ENOENT") return undefined;
		}
		let isLink: boolean;
		try {
			isLink = lstatSync(current).isSymbolicLink();
		} catch {
			// Not there: look one folder up.
			const parent = dirname(current);
			if (parent === current) return undefined;
			current = parent;
			continue;
		}
		// A link whose real path is still not there leads nowhere; anything else was made meanwhile: look again.
		if (isLink) {
			try {
				return realpathSync.native(current);
			} catch {
				return undefined;
			}
		}
	}
	return undefined;
}

/**
 * True when a folder of the vault (existing or still to be made) is really
 * inside the vault, following every symbolic link on the way.
 *
 * @param realVault the vault folder's real path
 * @param folder the folder on disk, below the vault folder as given
 */
export function folderStaysInVault(realVault: string, folder: string): boolean {
	const real = realExistingAncestor(folder);
	return real !== undefined && isInside(realVault, real);
}

/**
 * Writes a new note: checks that its folder really lies inside the vault
 * before making any folder, creates the file exclusively, and on a name
 * taken meanwhile makes the note again with that name left out.
 *
 * @param vault the vault folder as given
 * @param make makes the note (its path and text; the text may depend on the name)
 * @param check refuses a note (e.g. one that would be named like an alliance), before anything is written
 * @example writeNewNote("vault", (taken) => newNote(request, { exists: (p) => taken.has(p.toLowerCase()) || … }))
 *   // { written: "vault/Alliances/Acme/Meetings/2026-11-27 Acme 2.md", path: "Alliances/Acme/Meetings/2026-11-27 Acme 2.md" }
 */
export function writeNewNote(vault: string, make: NoteMaker, check: NoteCheck = () => undefined): WriteOutcome {
	let realVault: string;
	try {
		realVault = realpathSync.native(vault);
	} catch (error) {
		return { refused: "failed", path: vault, error: errorMessage(error) };
	}
	const takenMeanwhile = new Set<string>();
	let last: WriteOutcome = { refused: "failed", path: vault, error: "no free name" };
	for (let tries = 0; tries < MAX_WRITE_TRIES; tries++) {
		const note = make(takenMeanwhile);
		const reason = check(note);
		if (reason !== undefined) return { refused: "rejected", reason };
		const diskPath = join(vault, note.path);
		const folder = dirname(diskPath);
		if (!folderStaysInVault(realVault, folder)) return { refused: "outside", folder: dirname(note.path) };
		try {
			mkdirSync(folder, { recursive: true });
		} catch (error) {
			return { refused: "failed", path: note.path, error: errorMessage(error) };
		}
		// A folder swapped for a link while we made it: look again before writing.
		if (!folderStaysInVault(realVault, folder)) return { refused: "outside", folder: dirname(note.path) };
		try {
			// "wx": fails when anything (a file, a link) is at the path, instead of writing through or over it.
			writeFileSync(diskPath, note.text, { encoding: "utf8", flag: "wx" });
			return { written: diskPath, path: note.path };
		} catch (error) {
			last = { refused: "failed", path: note.path, error: errorMessage(error) };
			if (errorCode(error) !== "EEXIST") return last;
			takenMeanwhile.add(note.path.toLowerCase());
		}
	}
	return last;
}
