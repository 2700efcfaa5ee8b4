/**
 * Writing and opening the notes the plugin makes. New notes never replace a
 * file; generated files (the JSON schemas) are updated in place.
 */
import { type App, normalizePath, TFile, TFolder } from "obsidian";

/** The folder part of a vault path (`""` at the vault's root). */
export function parentFolder(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

/** True when anything (a note, a folder, a hidden file) is at the path. */
export async function pathExists(app: App, path: string): Promise<boolean> {
	return app.vault.getAbstractFileByPath(path) !== null || (await app.vault.adapter.exists(path));
}

/**
 * Creates a folder and the folders above it, as needed. Obsidian refuses a
 * folder where something already is: a folder made meanwhile (another note
 * created in it, a sync) is fine; a file there fails with Obsidian's reason.
 */
export async function ensureFolder(app: App, folder: string): Promise<void> {
	const segments = normalizePath(folder).split("/").filter((segment) => segment !== "");
	let path = "";
	for (const segment of segments) {
		path = path === "" ? segment : `${path}/${segment}`;
		if (app.vault.getAbstractFileByPath(path) instanceof TFolder) continue;
		try {
			await app.vault.createFolder(path);
		} catch (error) {
			if (!(app.vault.getAbstractFileByPath(path) instanceof TFolder)) throw error;
		}
	}
}

/** An absolute path: from the root (`/x`, `\\server\x`) or a drive (`C:x`). */
const ABSOLUTE_PATH = /^(?:[/\\]|[A-Za-z]:)/;

/**
 * True when a path names a place inside the vault: relative, with no `..` or
 * `.` folder. Obsidian's vault API takes paths relative to the vault's root
 * (and on mobile cannot reach beyond it), but `normalizePath` keeps `..` and
 * quietly drops a leading `/`, so such a path is refused before it gets there
 * rather than trusted to the adapter.
 *
 * @example isVaultRelativePath("Alliances/Acme/Acme.md") // true
 * @example isVaultRelativePath("Alliances/../../x.md") // false
 */
export function isVaultRelativePath(path: string): boolean {
	return path !== "" && !ABSOLUTE_PATH.test(path) && path.split(/[/\\]/).every((segment) => segment !== ".." && segment !== ".");
}

/** What happened to a note the plugin tried to create. */
export type CreateResult = { created: TFile } | { refused: "exists" } | { refused: "outside" } | { refused: "failed"; error: string };

/**
 * The paths (lower case) each vault is creating a note at right now. Two
 * creations in flight at once (a command run twice in a row) would both see
 * the path free, and the vault's `create` does not promise to refuse the
 * second; claiming the path before the first `await` makes the second see it
 * taken.
 */
const CREATING = new WeakMap<App, Set<string>>();

function creatingIn(app: App): Set<string> {
	let paths = CREATING.get(app);
	if (!paths) CREATING.set(app, (paths = new Set()));
	return paths;
}

/** True while a note is being created at the path (ignoring case), so a new note's name can skip it. */
export function isBeingCreated(app: App, path: string): boolean {
	return creatingIn(app).has(normalizePath(path).toLowerCase());
}

/**
 * Creates a note, never replacing anything already at its path and never
 * outside the vault.
 *
 * @param path a vault path (normalised here)
 * @returns `refused: "exists"` also when a file appeared at the path meanwhile (another device, a sync, another creation in flight), so the caller can take the next free name
 */
export async function createNewFile(app: App, path: string, text: string): Promise<CreateResult> {
	if (!isVaultRelativePath(path)) return { refused: "outside" };
	const normalized = normalizePath(path);
	const creating = creatingIn(app);
	const claim = normalized.toLowerCase();
	if (creating.has(claim)) return { refused: "exists" };
	creating.add(claim);
	try {
		if (await pathExists(app, normalized)) return { refused: "exists" };
		await ensureFolder(app, parentFolder(normalized));
		return { created: await app.vault.create(normalized, text) };
	} catch (error) {
		// Obsidian refuses to create over a file that appeared meanwhile: a taken name, not a failure.
		if (await pathExists(app, normalized)) return { refused: "exists" };
		return { refused: "failed", error: error instanceof Error ? error.message : String(error) };
	} finally {
		creating.delete(claim);
	}
}

/** Writes a generated file: its content is replaced when it exists, else it is created. */
export async function writeGeneratedFile(app: App, path: string, text: string): Promise<TFile> {
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing instanceof TFile) {
		await app.vault.process(existing, () => text);
		return existing;
	}
	await ensureFolder(app, parentFolder(path));
	return app.vault.create(path, text);
}

/** Opens a note in the main area. */
export async function openFile(app: App, file: TFile): Promise<void> {
	await app.workspace.getLeaf(false).openFile(file);
}

/**
 * Opens a note at a line, the way a link to it opens.
 *
 * @param line 1-based, as the dashboard's sources give it
 */
export async function openNoteAt(app: App, path: string, line?: number): Promise<void> {
	const eState = line === undefined ? undefined : { line: Math.max(0, line - 1) };
	await app.workspace.openLinkText(path, "", false, eState === undefined ? undefined : { eState });
}
