/**
 * The plugin's commands for Obsidian's own command line (Obsidian 1.12.2 and
 * later): `alliance-journal:dashboard`, `alliance-journal:lint` and
 * `alliance-journal:briefing`, each answered from the live index, as text
 * (the default) or with `format=json`. They print what the Node command line
 * prints for the same vault — the same formatting functions are called:
 * `dashboard` as `alliance-journal dashboard [--alliance NAME] [--json]`,
 * `lint` as `alliance-journal lint` (its lines, then its summary line), and
 * `briefing alliance=NAME` as `dashboard --alliance NAME --markdown` (or
 * `--json`). On an older Obsidian nothing is registered and the rest of the
 * plugin works as before.
 */
import { type CliData, type CliFlags, type Plugin, requireApiVersion } from "obsidian";
import type { DashboardModel } from "../core/analytics/dashboard-model";
import type { Language } from "../core/i18n/language";
import type { VaultIndex } from "../core/index/vault-index";
import { briefingMarkdown } from "../core/present/briefing-markdown";
import { problemLine } from "../core/present/problems";
import { scopeDashboard, scopedModel } from "../core/present/scope";
import { wordsFor } from "../core/present/words";
import { findAlliance } from "../core/templates/new-note";
import { DashboardText } from "../core/present/dashboard-text";
import type { JournalHost } from "./journal-host";
import type { PluginTranslator } from "./language";

/** The plugin's id, the commands' prefix (`<plugin-id>:<action>`). */
const PREFIX = "alliance-journal";
const FORMATS = ["text", "json"] as const;
type Format = (typeof FORMATS)[number];

/** One command of Obsidian's command line. */
export interface JournalCliCommand {
	command: string;
	description: string;
	flags: CliFlags;
	run: (params: CliData) => Promise<string>;
}

/** The format asked for, or the reason it cannot be used. */
function formatOf(params: CliData, t: PluginTranslator): Format | { error: string } {
	const format = params.format ?? "text";
	return (FORMATS as readonly string[]).includes(format) ? (format as Format) : { error: t("cli.format-invalid", { format }) };
}

/** The model of one alliance (by name or alias), or of every alliance when none is named; undefined for an unknown name. */
function scoped(model: DashboardModel, index: VaultIndex, alliance: string | undefined): DashboardModel | undefined {
	if (alliance === undefined) return model;
	const group = findAlliance(index.alliances(), alliance);
	const scope = group ? scopeDashboard(model, group.profile.basename) : undefined;
	return scope ? scopedModel(model, scope) : undefined;
}

/** A model as `--json` prints it, two-space indented. */
function asJson(model: DashboardModel): string {
	return `${JSON.stringify(model, null, 2)}\n`;
}

/**
 * The dashboard, of every alliance or of one (`alliance=<name>`), as
 * `alliance-journal dashboard` prints it (`format=json`: as `--json`).
 */
export function dashboardReply(model: DashboardModel, index: VaultIndex, params: CliData, language: Language, t: PluginTranslator): string {
	const format = formatOf(params, t);
	if (typeof format !== "string") return format.error;
	const shown = scoped(model, index, params.alliance);
	if (!shown) return t("notice.alliance-unknown", { name: params.alliance ?? "" });
	return format === "json" ? asJson(shown) : new DashboardText({ words: wordsFor(language), color: false }).render(shown);
}

/**
 * Every problem, one line each (`path:line: message`) and the summary line,
 * as `alliance-journal lint` prints them (`format=json`: the problems, with
 * their messages in the user's language, and the number of notes checked).
 */
export function lintReply(index: VaultIndex, params: CliData, language: Language, t: PluginTranslator): string {
	const format = formatOf(params, t);
	if (typeof format !== "string") return format.error;
	const problems = index.problems();
	const noteCount = index.notes().length;
	const words = wordsFor(language);
	if (format === "json") {
		const worded = problems.map((problem) => ({ ...problem, message: problemLine(problem, words) }));
		return `${JSON.stringify({ notes: noteCount, problems: worded }, null, 2)}\n`;
	}
	let text = "";
	for (const problem of problems) text += `${problem.path}:${problem.line}: ${problemLine(problem, words)}\n`;
	const notes = words.t("lint-notes", { count: noteCount });
	const found = words.t("lint-problems", { count: problems.length });
	return `${text}${words.t("lint-summary", { notes, problems: found })}\n`;
}

/**
 * The pre-meeting briefing of one alliance (`alliance=<name>`), as the
 * briefing note and `alliance-journal dashboard --alliance NAME --markdown`
 * write it (`format=json`: that alliance's dashboard, as `--json`).
 */
export function briefingReply(model: DashboardModel, index: VaultIndex, params: CliData, language: Language, t: PluginTranslator): string {
	const format = formatOf(params, t);
	if (typeof format !== "string") return format.error;
	if (params.alliance === undefined) return t("cli.alliance-missing");
	const shown = scoped(model, index, params.alliance);
	if (!shown) return t("notice.alliance-unknown", { name: params.alliance });
	return format === "json" ? asJson(shown) : briefingMarkdown(shown, wordsFor(language));
}

/** The three commands, answered from the host's index once it has caught up with the vault. */
export function journalCliCommands(host: JournalHost): JournalCliCommand[] {
	const { t } = host;
	const format = { value: "text|json", description: t("cli.flag-format") };
	/** Waits for indexing, then answers with the live index and dashboard. */
	const answer = (reply: (model: DashboardModel, index: VaultIndex, params: CliData, language: Language, t: PluginTranslator) => string) => async (params: CliData) => {
		await host.sync.whenIdle();
		return reply(host.dashboard.model(), host.sync.index, params, host.language(), host.t);
	};
	return [
		{
			command: `${PREFIX}:dashboard`,
			description: t("cli.dashboard"),
			flags: { alliance: { value: "<name>", description: t("cli.flag-alliance") }, format },
			run: answer(dashboardReply),
		},
		{
			command: `${PREFIX}:lint`,
			description: t("cli.lint"),
			flags: { format },
			run: answer((_model, index, params, language, translate) => lintReply(index, params, language, translate)),
		},
		{
			command: `${PREFIX}:briefing`,
			description: t("cli.briefing"),
			flags: { alliance: { value: "<name>", description: t("cli.flag-briefing-alliance"), required: true }, format },
			run: answer(briefingReply),
		},
	];
}

/**
 * Registers the commands with Obsidian's command line, where the app has one
 * (1.12.2 and later).
 *
 * @returns whether they were registered
 */
export function registerCliHandlers(plugin: Plugin, host: JournalHost): boolean {
	if (requireApiVersion("1.12.2")) {
		for (const command of journalCliCommands(host)) plugin.registerCliHandler(command.command, command.description, command.flags, command.run);
		return true;
	}
	return false;
}
