/**
 * The dashboard model with every problem's message in the user's language,
 * as `dashboard --json` prints it (and the plugin's Obsidian CLI commands).
 */
import type { DashboardModel } from "../../core/analytics/dashboard-model";
import type { Language } from "../../core/i18n/language";
import { localizeProblem } from "../../core/i18n/problems";
import type { Problem } from "../../core/model";

/** The model with every problem's message in the given language (new objects; the model is not changed). */
export function localizeProblems(model: DashboardModel, language: Language): DashboardModel {
	const localized = new Map<Problem, Problem>();
	const local = (problem: Problem): Problem => {
		let copy = localized.get(problem);
		if (!copy) {
			copy = { ...problem, message: localizeProblem(problem, language) };
			localized.set(problem, copy);
		}
		return copy;
	};
	return {
		...model,
		problems: model.problems.map(local),
		alliances: model.alliances.map((alliance) => ({ ...alliance, problems: alliance.problems.map(local) })),
	};
}
