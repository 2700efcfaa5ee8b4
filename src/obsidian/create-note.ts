/**
 * Creating a journal note in the vault: the core's `newNote` makes the path
 * and the text (the user's template when the templates folder has one,
 * carrying over what is still open); this module writes it without ever
 * replacing a file and opens it.
 */
import { type App, normalizePath, TFile } from "obsidian";
import type { NoteType } from "../core/model";
import { dimensionKeys, findAlliance, linkTargets, newNote } from "../core/templates/new-note";
import type { JournalHost } from "./journal-host";
import { createNewFile, openFile, openNoteAt } from "./note-files";
import { folderPath, pathPattern } from "./settings";

/**
 * The user's template for a note type: `<templates folder>/<type>.md`, when
 * the vault has it.
 */
export async function userTemplate(app: App, templatesFolder: string, type: NoteType): Promise<string | undefined> {
	const folder = folderPath(templatesFolder);
	const file = app.vault.getAbstractFileByPath(normalizePath(folder === "" ? `${type}.md` : `${folder}/${type}.md`));
	return file instanceof TFile ? app.vault.cachedRead(file) : undefined;
}

/**
 * Creates a note of a type for an alliance and opens it. A new alliance
 * whose name is taken opens the existing profile instead; a note for an
 * alliance the vault does not have is not created.
 *
 * @param allianceName the alliance (for a new alliance: its name)
 * @returns the new note, or `undefined` when none was created
 */
export async function createJournalNote(host: JournalHost, type: NoteType, allianceName: string): Promise<TFile | undefined> {
	const { app, t } = host;
	const language = host.language();
	const alliance = findAlliance(host.sync.index.alliances(), allianceName);
	if (type === "alliance" && alliance) {
		host.notify(t("notice.alliance-exists", { name: alliance.profile.basename }));
		await openNoteAt(app, alliance.profile.path);
		return undefined;
	}
	if (type !== "alliance" && !alliance) {
		host.notify(t("notice.alliance-unknown", { name: allianceName }));
		return undefined;
	}
	const template = await userTemplate(app, host.settings.templatesFolder, type);
	// Two names that differ only in case are one file on Windows, macOS and mobile.
	const taken = new Set(app.vault.getAllLoadedFiles().map((file) => file.path.toLowerCase()));
	const note = newNote(
		{
			type,
			alliance: allianceName,
			date: host.today(),
			time: host.timeOfDay(),
			language,
			template,
			pathPattern: pathPattern(host.settings, type, language),
			dimensions: dimensionKeys(host.settings.healthCheckDimensions),
		},
		{ alliance, exists: (path) => taken.has(path.toLowerCase()), linkTarget: linkTargets(app.vault.getMarkdownFiles().map((file) => file.path)) },
	);
	const path = normalizePath(note.path);
	const result = await createNewFile(app, path, note.text);
	if ("refused" in result) {
		host.notify(result.refused === "exists" ? t("notice.not-overwritten", { path }) : t("notice.write-failed", { path, error: result.error }));
		return undefined;
	}
	await openFile(app, result.created);
	return result.created;
}
