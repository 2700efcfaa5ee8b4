/// <reference types="node" />
/**
 * `alliance-journal lint [vault]`: one line per problem, `path:line: message`;
 * exit 1 when there are problems, 0 when there are none.
 */
import { parseArgs } from "../args";
import type { CliIo } from "../io";
import { loadVault } from "../load-vault";

export const LINT_USAGE = `Usage: alliance-journal lint [vault]

Checks every alliance note in the vault folder (default: the current folder)
and prints one line per problem: path:line: message.
Exits with 1 when there are problems, 0 when there are none.`;

/** Runs `lint`; returns the exit code. */
export function runLint(argv: readonly string[], io: CliIo): number {
	const args = parseArgs(argv, {});
	const vault = args.positionals[0] ?? ".";
	const index = loadVault(vault, { progress: io.stderr });
	const problems = index.problems();
	for (const problem of problems) {
		const severity = problem.severity === "warning" ? "warning: " : "";
		io.stdout.write(`${problem.path}:${problem.line}: ${severity}${problem.message}\n`);
	}
	const notes = index.notes().length;
	io.stderr.write(`${notes} alliance ${notes === 1 ? "note" : "notes"} checked, ${problems.length} ${problems.length === 1 ? "problem" : "problems"}\n`);
	return problems.length > 0 ? 1 : 0;
}
