/**
 * The command line: `alliance-journal <command> [options]`.
 */
import { UsageError } from "./args";
import { BENCH_USAGE, runBench } from "./commands/bench";
import { DASHBOARD_USAGE, runDashboard } from "./commands/dashboard";
import { LINT_USAGE, runLint } from "./commands/lint";
import { NEW_USAGE, runNew } from "./commands/new";
import { runSchema, SCHEMA_USAGE } from "./commands/schema";
import type { CliIo } from "./io";

export const USAGE = `Usage: alliance-journal <command> [options]

Commands:
  dashboard [vault]            what every alliance looks like, before the next meeting (--json, --markdown)
  lint [vault]                 every problem in the alliance notes, as path:line: message
  new <type> --alliance NAME   create an alliance, meeting, reflection or stakeholder note
  schema [--out DIR]           write a JSON Schema per note type, for editors
  bench                        measure indexing speed on a synthetic vault

alliance-journal <command> --help shows a command's options.`;

interface Command {
	usage: string;
	run: (argv: readonly string[], io: CliIo) => number;
}

const COMMANDS: Record<string, Command> = {
	dashboard: { usage: DASHBOARD_USAGE, run: runDashboard },
	lint: { usage: LINT_USAGE, run: runLint },
	new: { usage: NEW_USAGE, run: runNew },
	schema: { usage: SCHEMA_USAGE, run: runSchema },
	bench: { usage: BENCH_USAGE, run: runBench },
};

/** Exit codes: 0 fine, 1 problems found, 2 the command was called wrongly. */
export const EXIT_USAGE = 2;

/**
 * Runs the command line.
 *
 * @param argv the arguments after the program name
 * @returns the exit code
 */
export function runCli(argv: readonly string[], io: CliIo): number {
	const [name, ...rest] = argv;
	if (name === undefined || name === "--help" || name === "-h" || name === "help") {
		io.stdout.write(`${USAGE}\n`);
		return name === undefined ? EXIT_USAGE : 0;
	}
	const command = COMMANDS[name];
	if (!command) {
		io.stderr.write(`alliance-journal: unknown command "${name}"\n\n${USAGE}\n`);
		return EXIT_USAGE;
	}
	if (rest.includes("--help") || rest.includes("-h")) {
		io.stdout.write(`${command.usage}\n`);
		return 0;
	}
	try {
		return command.run(rest, io);
	} catch (error) {
		if (error instanceof UsageError) {
			io.stderr.write(`alliance-journal ${name}: ${error.message}\n\n${command.usage}\n`);
			return EXIT_USAGE;
		}
		throw error;
	}
}
