/// <reference types="node" />
/**
 * `alliance-journal lint [vault] [--lang en|nl]`: one line per problem,
 * `path:line: message`, in the language asked for; exit 1 when there are
 * problems, 0 when there are none.
 */
import { CLI_MESSAGES } from "../../core/i18n/messages/cli";
import { translator } from "../../core/i18n/translate";
import { problemLine } from "../../core/present/problems";
import { wordsFor } from "../../core/present/words";
import { parseArgs } from "../args";
import type { CliIo } from "../io";
import { commandLanguage, LANG_FLAG } from "../language-option";
import { loadVault } from "../load-vault";

export const LINT_USAGE = CLI_MESSAGES.en["lint.usage"];

/** Runs `lint`; returns the exit code. */
export function runLint(argv: readonly string[], io: CliIo): number {
	const args = parseArgs(argv, LANG_FLAG);
	const language = commandLanguage(args, io.env);
	const t = translator(CLI_MESSAGES, language);
	const vault = args.positionals[0] ?? ".";
	const index = loadVault(vault, { progress: io.stderr });
	const problems = index.problems();
	const words = wordsFor(language);
	for (const problem of problems) io.stdout.write(`${problem.path}:${problem.line}: ${problemLine(problem, words)}\n`);
	const notes = t("lint.notes", { count: index.notes().length });
	const found = t("lint.problems", { count: problems.length });
	io.stderr.write(`${t("lint.summary", { notes, problems: found })}\n`);
	return problems.length > 0 ? 1 : 0;
}
