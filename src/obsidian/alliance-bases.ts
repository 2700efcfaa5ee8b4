/**
 * The command "Create alliance bases": writes the ready-made `.base` files
 * of one alliance, or of all, next to each profile. A file already there is
 * left as it is (skipped, not renamed: a base of that name is most likely
 * one made earlier, perhaps changed since) and named in a notice.
 */
import { normalizePath } from "obsidian";
import { allianceBases, allianceBasesInput } from "../core/bases/alliance-bases";
import type { AllianceGroup } from "../core/index/vault-index";
import type { JournalHost } from "./journal-host";
import { createNewFile } from "./note-files";

/** What writing the bases did, by vault path. */
export interface BasesOutcome {
	written: string[];
	kept: string[];
	failed: { path: string; error: string }[];
}

/**
 * Writes the bases of the given alliances with `vault.create`, never over an
 * existing file, and tells the user what was written and what was kept.
 */
export async function createAllianceBases(host: JournalHost, groups: readonly AllianceGroup[]): Promise<BasesOutcome> {
	const outcome: BasesOutcome = { written: [], kept: [], failed: [] };
	for (const group of groups) {
		for (const base of allianceBases(allianceBasesInput(group), host.language())) {
			const path = normalizePath(base.path);
			const result = await createNewFile(host.app, path, base.text);
			if ("created" in result) outcome.written.push(path);
			else if (result.refused === "exists") outcome.kept.push(path);
			else outcome.failed.push({ path, error: result.refused === "failed" ? result.error : host.t("notice.outside-vault", { path }) });
		}
	}
	const { t } = host;
	if (outcome.written.length > 0) {
		const count = outcome.written.length;
		host.notify(t("notice.bases-written", { count, paths: outcome.written.join(", ") }));
	}
	if (outcome.kept.length > 0) host.notify(t("notice.bases-kept", { count: outcome.kept.length, paths: outcome.kept.join(", ") }));
	for (const failure of outcome.failed) host.notify(t("notice.write-failed", failure));
	return outcome;
}
