/// <reference types="node" />
/**
 * `alliance-journal dashboard [vault]`: the whole dashboard as readable text,
 * as JSON (`--json`, the DashboardModel) or as a pre-meeting briefing note
 * (`--markdown`).
 */
import { format } from "date-fns";
import { DashboardBuilder, scopeDashboard } from "../../core/analytics/dashboard";
import type { Language } from "../../core/i18n/language";
import { CLI_MESSAGES } from "../../core/i18n/messages/cli";
import { translator } from "../../core/i18n/translate";
import { isCalendarDate } from "../../core/schema/coerce";
import { type ParsedArgs, stringFlag, SWITCH, UsageError, VALUE } from "../args";
import type { CliCommand } from "../command";
import { dashboardMarkdown } from "../format/dashboard-markdown";
import { DashboardText } from "../format/dashboard-text";
import { localizeProblems } from "../format/localize-problems";
import type { CliIo } from "../io";
import { loadVault } from "../load-vault";

/** `dashboard [vault]`: the dashboard as text, JSON or a briefing note. */
export const DASHBOARD_COMMAND: CliCommand = {
	options: { json: SWITCH, markdown: SWITCH, alliance: VALUE, today: VALUE },
	positionals: 1,
	run: runDashboard,
};

/** Runs `dashboard`; returns the exit code. */
function runDashboard(args: ParsedArgs, io: CliIo, language: Language): number {
	if (args.flags.has("json") && args.flags.has("markdown")) throw new UsageError("dashboard.jsonOrMarkdown");
	const today = stringFlag(args, "today") ?? format(new Date(), "yyyy-MM-dd");
	if (!isCalendarDate(today)) throw new UsageError("dashboard.todayInvalid", { date: today });
	const vault = args.positionals[0] ?? ".";
	const index = loadVault(vault, { progress: io.stderr, language });
	const full = new DashboardBuilder(index).build({ today, language });
	const alliance = stringFlag(args, "alliance");
	const scoped = scopeDashboard(full, alliance ?? null);
	const model = scoped && language !== "en" ? localizeProblems(scoped, language) : scoped;
	if (!model) {
		const known = full.alliances.map((candidate) => candidate.name).join(", ") || translator(CLI_MESSAGES, language)("dashboard.noAlliances");
		throw new UsageError("dashboard.allianceUnknown", { name: alliance ?? "", vault, known });
	}
	if (args.flags.has("json")) io.stdout.write(`${JSON.stringify(model, null, 2)}\n`);
	else if (args.flags.has("markdown")) io.stdout.write(dashboardMarkdown(model, language));
	else io.stdout.write(new DashboardText({ language, color: io.stdout.isTTY === true && !io.env.NO_COLOR }).render(model));
	return 0;
}
