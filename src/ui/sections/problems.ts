/**
 * Problems: every alliance note whose properties or YAML are wrong, with the
 * message that names the field and what is allowed; one click opens it.
 */
import type { Problem } from "../../core/model";
import { capitalize } from "../../core/present/numbers";
import { problemMessage } from "../../core/present/problems";
import type { DashboardScope } from "../../core/present/scope";
import { badge, limitedList, sourceButton } from "../dom";
import type { RenderContext } from "../render-context";

function renderProblem(entry: HTMLElement, problem: Problem, context: RenderContext): void {
	const { t } = context;
	const item = sourceButton(entry, problem, context, ["alliance-journal-problem"]);
	item.setAttr("data-code", problem.code);
	const line = item.createSpan({ cls: "alliance-journal-item-meta" });
	badge(line, capitalize(problem.severity === "error" ? t("problem-error") : t("problem-warning")), problem.severity === "error" ? "bad" : "warning");
	line.appendText(" ");
	line.createSpan({ text: t("problem-location", { path: problem.path, line: problem.line }) });
	item.createSpan({ cls: "alliance-journal-item-text", text: problemMessage(problem, context.words) });
}

/** Renders the problems' body. */
export function renderProblems(body: HTMLElement, scope: DashboardScope, context: RenderContext): void {
	limitedList(body, scope.problems, `problems:${scope.alliance?.name ?? "*"}`, context, (entry, problem) => renderProblem(entry, problem, context));
}
