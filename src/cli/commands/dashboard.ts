/// <reference types="node" />
/**
 * `alliance-journal dashboard [vault]`: the whole dashboard as readable text,
 * as JSON (`--json`, the DashboardModel) or as a pre-meeting briefing note
 * (`--markdown`).
 */
import { format } from "date-fns";
import { DashboardBuilder, scopeDashboard } from "../../core/analytics/dashboard";
import type { DashboardModel } from "../../core/analytics/dashboard-model";
import type { Language } from "../../core/i18n/language";
import { localizeProblem } from "../../core/i18n/problems";
import type { Problem } from "../../core/model";
import { isCalendarDate } from "../../core/schema/coerce";
import { parseArgs, stringFlag, UsageError } from "../args";
import { dashboardMarkdown } from "../format/dashboard-markdown";
import { DashboardText } from "../format/dashboard-text";
import type { CliIo } from "../io";
import { commandLanguage, LANG_FLAG } from "../language-option";
import { loadVault } from "../load-vault";
import { terminalSafe, terminalSafeValue } from "../terminal-text";

/** The model with every problem's message in the given language (new objects; the model is not changed). */
function localizeProblems(model: DashboardModel, language: Language): DashboardModel {
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

export const DASHBOARD_USAGE = `Usage: alliance-journal dashboard [vault] [options]

Shows every alliance in the vault folder (default: the current folder):
before the next meeting, KPI trends, relationship health, recurring
conflicts, quick wins, open actions, stakeholders and problems.
  --alliance NAME     only this alliance
  --today YYYY-MM-DD  the day to report for (default: today), for reproducible output
  --json              the DashboardModel as JSON (schema: schemas/dashboard-model.schema.json)
  --markdown          a pre-meeting briefing note to paste into the vault
  --lang en|nl        the language (default: from LANG)
Colour is used on a terminal unless NO_COLOR is set.`;

/** Runs `dashboard`; returns the exit code. */
export function runDashboard(argv: readonly string[], io: CliIo): number {
	const args = parseArgs(argv, {
		json: { value: false },
		markdown: { value: false },
		alliance: { value: true },
		today: { value: true },
		...LANG_FLAG,
	});
	if (args.flags.has("json") && args.flags.has("markdown")) throw new UsageError("choose --json or --markdown, not both");
	const today = stringFlag(args, "today") ?? format(new Date(), "yyyy-MM-dd");
	if (!isCalendarDate(today)) throw new UsageError(`--today needs a date written YYYY-MM-DD, not ${today}`);
	const language = commandLanguage(args, io.env);
	const vault = args.positionals[0] ?? ".";
	const index = loadVault(vault, { progress: io.stderr });
	const full = new DashboardBuilder(index).build({ today, language });
	const alliance = stringFlag(args, "alliance");
	const scoped = scopeDashboard(full, alliance ?? null);
	const model = scoped && language !== "en" ? localizeProblems(scoped, language) : scoped;
	if (!model) {
		const known = full.alliances.map((candidate) => candidate.name).join(", ") || "none";
		throw new UsageError(terminalSafe(`no alliance named ${alliance ?? ""} in ${vault} (alliances: ${known})`));
	}
	// JSON escapes control characters itself; text and Markdown get every value from the notes made terminal-safe.
	if (args.flags.has("json")) io.stdout.write(`${JSON.stringify(model, null, 2)}\n`);
	else if (args.flags.has("markdown")) io.stdout.write(dashboardMarkdown(terminalSafeValue(model), language));
	else io.stdout.write(new DashboardText({ language, color: io.stdout.isTTY === true && !io.env.NO_COLOR }).render(terminalSafeValue(model)));
	return 0;
}
