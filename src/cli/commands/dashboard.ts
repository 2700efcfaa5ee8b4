/// <reference types="node" />
/**
 * `alliance-journal dashboard [vault]`: the whole dashboard as readable text,
 * as JSON (`--json`, the DashboardModel) or as a pre-meeting briefing note
 * (`--markdown`).
 */
import { format } from "date-fns";
import { DashboardBuilder } from "../../core/analytics/dashboard";
import { briefingMarkdown } from "../../core/present/briefing-markdown";
import { scopeDashboard, scopedModel } from "../../core/present/scope";
import { wordsFor } from "../../core/present/words";
import { isCalendarDate } from "../../core/schema/coerce";
import { parseArgs, stringFlag, UsageError } from "../args";
import { DashboardText } from "../format/dashboard-text";
import type { CliIo } from "../io";
import { commandLanguage, LANG_FLAG } from "../language-option";
import { loadVault } from "../load-vault";

export const DASHBOARD_USAGE = `Usage: alliance-journal dashboard [vault] [options]

Shows every alliance in the vault folder (default: the current folder):
before the next meeting, KPI trends, relationship health, recurring
conflicts, quick wins, open actions, stakeholders and problems.
  --alliance NAME     only this alliance
  --today YYYY-MM-DD  the day to report for (default: today), for reproducible output
  --json              the DashboardModel as JSON (schema: schemas/dashboard-model.schema.json)
  --markdown          a pre-meeting briefing note to paste into the vault
  --verbose           also say why conflict wordings were grouped (text output)
  --lang en|nl        the language (default: from LANG)
Colour is used on a terminal unless NO_COLOR is set.`;

/** Runs `dashboard`; returns the exit code. */
export function runDashboard(argv: readonly string[], io: CliIo): number {
	const args = parseArgs(argv, {
		json: { value: false },
		markdown: { value: false },
		verbose: { value: false },
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
	const full = new DashboardBuilder(index).build({ today });
	const alliance = stringFlag(args, "alliance");
	const scope = scopeDashboard(full, alliance ?? null);
	if (!scope) {
		const known = full.alliances.map((candidate) => candidate.name).join(", ") || "none";
		throw new UsageError(`no alliance named ${alliance ?? ""} in ${vault} (alliances: ${known})`);
	}
	const model = scopedModel(full, scope);
	const words = wordsFor(language);
	if (args.flags.has("json")) io.stdout.write(`${JSON.stringify(model, null, 2)}\n`);
	else if (args.flags.has("markdown")) io.stdout.write(briefingMarkdown(model, words));
	else io.stdout.write(new DashboardText({ words, color: io.stdout.isTTY === true && !io.env.NO_COLOR, verbose: args.flags.has("verbose") }).render(model));
	return 0;
}
