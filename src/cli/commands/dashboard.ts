/// <reference types="node" />
/**
 * `alliance-journal dashboard [vault]`: the whole dashboard as readable text,
 * as JSON (`--json`, the DashboardModel) or as a pre-meeting briefing note
 * (`--markdown`).
 */
import { format } from "date-fns";
import { DashboardBuilder } from "../../core/analytics/dashboard";
import type { Language } from "../../core/i18n/language";
import { CLI_MESSAGES } from "../../core/i18n/messages/cli";
import { translator } from "../../core/i18n/translate";
import { briefingMarkdown } from "../../core/present/briefing-markdown";
import { scopeDashboard, scopedModel } from "../../core/present/scope";
import { wordsFor } from "../../core/present/words";
import { isCalendarDate } from "../../core/schema/coerce";
import { type ParsedArgs, stringFlag, SWITCH, UsageError, VALUE } from "../args";
import type { CliCommand } from "../command";
import { DashboardText } from "../../core/present/dashboard-text";
import type { CliIo } from "../io";
import { loadVault } from "../load-vault";
import { terminalSafe, terminalSafeValue } from "../terminal-text";
import { tasksStatusTypes } from "../vault-config";

/** `dashboard [vault]`: the dashboard as text, JSON or a briefing note. */
export const DASHBOARD_COMMAND: CliCommand = {
	options: { json: SWITCH, markdown: SWITCH, verbose: SWITCH, alliance: VALUE, today: VALUE },
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
	const full = new DashboardBuilder(index).build({ today, options: { statusTypes: tasksStatusTypes(vault) } });
	const alliance = stringFlag(args, "alliance");
	const scope = scopeDashboard(full, alliance ?? null);
	if (!scope) {
		const known = full.alliances.map((candidate) => candidate.name).join(", ") || translator(CLI_MESSAGES, language)("dashboard.noAlliances");
		throw new UsageError("dashboard.allianceUnknown", { name: terminalSafe(alliance ?? ""), vault: terminalSafe(vault), known: terminalSafe(known) });
	}
	const model = scopedModel(full, scope);
	const words = wordsFor(language);
	// JSON escapes control characters itself; text and Markdown get every value from the notes made terminal-safe.
	if (args.flags.has("json")) io.stdout.write(`${JSON.stringify(model, null, 2)}\n`);
	else if (args.flags.has("markdown")) io.stdout.write(briefingMarkdown(terminalSafeValue(model), words));
	else io.stdout.write(new DashboardText({ words, color: io.stdout.isTTY === true && !io.env.NO_COLOR, verbose: args.flags.has("verbose") }).render(terminalSafeValue(model)));
	return 0;
}
