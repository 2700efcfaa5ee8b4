/**
 * "Validate current note": the active note's problems in a modal, or a
 * notice that it has none (or is not an alliance note at all).
 */
import type { TFile } from "obsidian";
import type { Problem } from "../core/model";
import type { JournalHost } from "./journal-host";
import { ProblemsModal } from "./problems-modal";

/**
 * Checks a note as it is now and shows what is wrong with it.
 *
 * @returns its problems (empty when it has none or is not an alliance note)
 */
export async function validateNote(host: JournalHost, file: TFile): Promise<Problem[]> {
	const { sync, t } = host;
	if (!sync.index.isCurrent(file.path, file.stat.mtime)) await sync.refreshFile(file);
	const index = sync.index;
	const problems = index.problems().filter((problem) => problem.path === file.path);
	if (problems.length > 0) {
		new ProblemsModal(host.app, file.basename, problems, host.language()).open();
	} else if (index.get(file.path)?.note) {
		host.notify(t("notice.no-problems", { path: file.path }));
	} else {
		host.notify(t("notice.not-alliance-note", { path: file.path }));
	}
	return problems;
}
