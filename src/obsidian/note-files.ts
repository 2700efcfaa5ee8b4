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

/** Creates a folder and the folders above it, as needed. */
export async function ensureFolder(app: App, folder: string): Promise<void> {
	const segments = normalizePath(folder).split("/").filter((segment) => segment !== "");
	let path = "";
	for (const segment of segments) {
		path = path === "" ? segment : `${path}/${segment}`;
		const existing = app.vault.getAbstractFileByPath(path);
		if (existing instanceof TFolder) continue;
		if (existing) throw new Error(`${path} is a file, not a folder`);
		await app.vault.createFolder(path);
	}
}

/** What happened to a note the plugin tried to create. */
export type CreateResult = { created: TFile } | { refused: "exists" } | { refused: "failed"; error: string };

/**
 * Creates a note, never replacing anything already at its path.
 *
 * @param path a normalised vault path
 */
export async function createNewFile(app: App, path: string, text: string): Promise<CreateResult> {
	if (await pathExists(app, path)) return { refused: "exists" };
	try {
		await ensureFolder(app, parentFolder(path));
		return { created: await app.vault.create(path, text) };
	} catch (error) {
		return { refused: "failed", error: error instanceof Error ? error.message : String(error) };
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
