/**
 * A note's problems, as text: one line each, with the line number and the
 * message in the plugin's language.
 */
import { type App, Modal } from "obsidian";
import type { Language } from "../core/i18n/language";
import type { Problem } from "../core/model";
import { problemLine as problemText } from "../core/present/problems";
import { wordsFor } from "../core/present/words";
import { pluginTranslator } from "./language";

/** The problem as one line: its line number, and "warning:" before a warning. */
export function problemLine(problem: Problem, language: Language): string {
	return pluginTranslator(language)("problems.line", { line: problem.line, message: problemText(problem, wordsFor(language)) });
}

export class ProblemsModal extends Modal {
	constructor(
		app: App,
		private readonly noteName: string,
		private readonly problems: readonly Problem[],
		private readonly language: Language,
	) {
		super(app);
	}

	override onOpen(): void {
		const t = pluginTranslator(this.language);
		this.titleEl.setText(t("problems.title", { name: this.noteName }));
		this.contentEl.empty();
		const count = this.problems.length;
		this.contentEl.createEl("p", { text: t("problems.summary", { count }) });
		const list = this.contentEl.createEl("ul");
		for (const problem of this.problems) list.createEl("li", { text: problemLine(problem, this.language) });
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
