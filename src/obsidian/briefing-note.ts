/**
 * The pre-meeting briefing as a note: the same Markdown the command line's
 * `dashboard --markdown` writes (core/present/briefing-markdown.ts), for one
 * alliance, saved next to its profile in a Briefings folder and opened.
 */
import { normalizePath, type TFile } from "obsidian";
import { briefingMarkdown } from "../core/present/briefing-markdown";
import { scopeDashboard, scopedModel } from "../core/present/scope";
import { wordsFor } from "../core/present/words";
import { findAlliance } from "../core/templates/new-note";
import { freePath, sanitizeSegment } from "../core/templates/file-name";
import type { JournalHost } from "./journal-host";
import { createNewFile, openFile, parentFolder } from "./note-files";

/**
 * Writes the briefing note for an alliance and opens it. An earlier
 * briefing of the same day is kept: the new one gets a free name.
 *
 * @returns the note, or `undefined` when there is no such alliance or it could not be written
 */
export async function writeBriefing(host: JournalHost, allianceName: string): Promise<TFile | undefined> {
	const { app, t } = host;
	const language = host.language();
	const group = findAlliance(host.sync.index.alliances(), allianceName);
	const full = host.dashboard.model();
	const scope = group ? scopeDashboard(full, group.profile.basename) : undefined;
	if (!group || !scope) {
		host.notify(t("notice.alliance-unknown", { name: allianceName }));
		return undefined;
	}
	const folder = parentFolder(group.profile.path);
	const name = sanitizeSegment(t("briefing.file-name", { date: host.today(), alliance: group.profile.basename }));
	const taken = new Set(app.vault.getAllLoadedFiles().map((file) => file.path.toLowerCase()));
	const path = normalizePath(freePath(`${folder === "" ? "" : `${folder}/`}${t("briefing.folder")}/${name}.md`, (candidate) => taken.has(candidate.toLowerCase())));
	const result = await createNewFile(app, path, briefingMarkdown(scopedModel(full, scope), wordsFor(language)));
	if ("refused" in result) {
		host.notify(result.refused === "failed" ? t("notice.write-failed", { path, error: result.error }) : t(result.refused === "exists" ? "notice.not-overwritten" : "notice.outside-vault", { path }));
		return undefined;
	}
	await openFile(app, result.created);
	host.notify(t("notice.briefing-written", { path }));
	return result.created;
}
