/// <reference types="node" />
/**
 * `alliance-journal lint [vault] [--lang en|nl]`: one line per problem,
 * `path:line: message`, in the language asked for; exit 1 when there are
 * problems, 0 when there are none.
 */
import { CLI_MESSAGES } from "../../core/i18n/messages/cli";
import { localizeProblem, warningLabel } from "../../core/i18n/problems";
import { translator } from "../../core/i18n/translate";
import { parseArgs } from "../args";
import type { CliIo } from "../io";
import { commandLanguage, LANG_FLAG } from "../language-option";
import { loadVault } from "../load-vault";
import { terminalSafe } from "../terminal-text";

export const LINT_USAGE = CLI_MESSAGES.en["lint.usage"];

/** Runs `lint`; returns the exit code. */
export function runLint(argv: readonly string[], io: CliIo): number {
	const args = parseArgs(argv, LANG_FLAG);
	const language = commandLanguage(args, io.env);
	const t = translator(CLI_MESSAGES, language);
	const vault = args.positionals[0] ?? ".";
	const index = loadVault(vault, { progress: io.stderr });
	const problems = index.problems();
	for (const problem of problems) {
		const severity = problem.severity === "warning" ? `${warningLabel(language)}: ` : "";
		// A newline or an escape sequence in a file name or a note cannot forge a line or reach the terminal.
		io.stdout.write(`${terminalSafe(problem.path)}:${problem.line}: ${severity}${terminalSafe(localizeProblem(problem, language))}\n`);
	}
	const noteCount = index.notes().length;
	const notes = noteCount === 1 ? t("lint.notes.one") : t("lint.notes.other", { count: noteCount });
	const found = problems.length === 1 ? t("lint.problems.one") : t("lint.problems.other", { count: problems.length });
	io.stderr.write(`${t("lint.summary", { notes, problems: found })}\n`);
	return problems.length > 0 ? 1 : 0;
}
