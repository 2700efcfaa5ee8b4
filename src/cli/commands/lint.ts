/// <reference types="node" />
/**
 * `alliance-journal lint [vault] [--lang en|nl]`: one line per problem,
 * `path:line: message`, in the language asked for; exit 1 when there are
 * problems, 0 when there are none.
 */
import type { Language } from "../../core/i18n/language";
import { problemLine } from "../../core/present/problems";
import { wordsFor } from "../../core/present/words";
import type { ParsedArgs } from "../args";
import type { CliCommand } from "../command";
import type { CliIo } from "../io";
import { loadVault } from "../load-vault";
import { terminalSafe } from "../terminal-text";

/** `lint [vault]`: every problem, one line each. */
export const LINT_COMMAND: CliCommand = { options: {}, positionals: 1, run: runLint };

/** Runs `lint`; returns the exit code. */
function runLint(args: ParsedArgs, io: CliIo, language: Language): number {
	const vault = args.positionals[0] ?? ".";
	const index = loadVault(vault, { progress: io.stderr, language });
	const problems = index.problems();
	const words = wordsFor(language);
	// A newline or an escape sequence in a file name or a note cannot forge a line or reach the terminal.
	for (const problem of problems) io.stdout.write(`${terminalSafe(problem.path)}:${problem.line}: ${terminalSafe(problemLine(problem, words))}\n`);
	const notes = words.t("lint-notes", { count: index.notes().length });
	const found = words.t("lint-problems", { count: problems.length });
	io.stderr.write(`${words.t("lint-summary", { notes, problems: found })}\n`);
	return problems.length > 0 ? 1 : 0;
}
