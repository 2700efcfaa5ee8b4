/// <reference types="node" />
/**
 * `alliance-journal lint [vault] [--lang en|nl]`: one line per problem,
 * `path:line: message`, in the language asked for; exit 1 when there are
 * problems, 0 when there are none.
 */
import type { Language } from "../../core/i18n/language";
import { CLI_MESSAGES } from "../../core/i18n/messages/cli";
import { localizeProblem, warningLabel } from "../../core/i18n/problems";
import { translator } from "../../core/i18n/translate";
import type { ParsedArgs } from "../args";
import type { CliCommand } from "../command";
import type { CliIo } from "../io";
import { loadVault } from "../load-vault";
import { terminalSafe } from "../terminal-text";

/** `lint [vault]`: every problem, one line each. */
export const LINT_COMMAND: CliCommand = { options: {}, positionals: 1, run: runLint };

/** Runs `lint`; returns the exit code. */
function runLint(args: ParsedArgs, io: CliIo, language: Language): number {
	const t = translator(CLI_MESSAGES, language);
	const vault = args.positionals[0] ?? ".";
	const index = loadVault(vault, { progress: io.stderr, language });
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
