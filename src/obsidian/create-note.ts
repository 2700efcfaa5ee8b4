/**
 * Creating a journal note in the vault: the core's `newNote` makes the path
 * and the text (the user's template when the templates folder has one,
 * carrying over what is still open); this module writes it without ever
 * replacing a file and opens it.
 */
import { type App, normalizePath, TFile } from "obsidian";
import type { NoteType } from "../core/model";
import { basenameOf } from "../core/parse/parse-note";
import { allianceNamedLike, dimensionKeys, findAlliance, linkTargets, type NewNote, newNote } from "../core/templates/new-note";
import type { JournalHost } from "./journal-host";
import { createNewFile, isBeingCreated, openFile, openNoteAt } from "./note-files";
import { folderPath, pathPattern } from "./settings";

/** Gives up after this many names found taken at the moment of writing (a bug, not a vault). */
const MAX_CREATE_TRIES = 100;

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
 * Writes a new note and opens it; on a name taken meanwhile (another device,
 * a sync) marks it taken and makes the note again, with the next free name.
 * A note named like an alliance is refused.
 *
 * @param make makes the note, leaving out the names marked taken
 * @param markTaken marks a vault path taken
 */
async function createFreeNote(host: JournalHost, make: () => NewNote, markTaken: (path: string) => void): Promise<TFile | undefined> {
	const { app, t } = host;
	let lastPath = "";
	for (let tries = 0; tries < MAX_CREATE_TRIES; tries++) {
		const note = make();
		lastPath = note.path;
		const namesake = allianceNamedLike(host.sync.index.alliances(), note.path);
		if (namesake) {
			host.notify(t("notice.named-like-alliance", { name: basenameOf(note.path), alliance: namesake.profile.basename }));
			return undefined;
		}
		const result = await createNewFile(app, note.path, note.text);
		if ("created" in result) {
			await openFile(app, result.created);
			return result.created;
		}
		if (result.refused !== "exists") {
			host.notify(result.refused === "outside" ? t("notice.outside-vault", { path: note.path }) : t("notice.write-failed", { path: note.path, error: result.error }));
			return undefined;
		}
		markTaken(note.path);
	}
	host.notify(t("notice.not-overwritten", { path: lastPath }));
	return undefined;
}

/**
 * Creates a note of a type for an alliance and opens it. A new alliance
 * whose name is taken opens the existing profile instead; a note for an
 * alliance the vault does not have is not created, nor one that would be
 * named like an alliance (it would take that alliance's links). A name taken
 * while writing gives the next free name; nothing is ever replaced.
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
	const request = { type, alliance: allianceName, date: host.today(), time: host.timeOfDay(), language, template, pathPattern: pathPattern(host.settings, type, language), dimensions: dimensionKeys(host.settings.healthCheckDimensions) };
	// Notes created since the list was made, or being created right now (the command run twice), are taken too.
	const exists = (path: string): boolean => taken.has(path.toLowerCase()) || app.vault.getAbstractFileByPath(normalizePath(path)) !== null || isBeingCreated(app, path);
	const view = { alliance, exists, linkTarget: linkTargets(app.vault.getMarkdownFiles().map((file) => file.path)), statusTypes: host.statusTypes };
	return createFreeNote(host, () => newNote(request, view), (path) => taken.add(path.toLowerCase()));
}
