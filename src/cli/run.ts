/**
 * The command line: `alliance-journal [--lang L] <command> [options]`.
 * Arguments are read strictly by Node's `util.parseArgs`; a mistake is one
 * line on stderr, in the user's language, that says where help is (exit 2).
 */
import { version } from "../../package.json";
import type { Language } from "../core/i18n/language";
import { CLI_COMMANDS, CLI_MESSAGES, type CliCommandName } from "../core/i18n/messages/cli";
import { translator } from "../core/i18n/translate";
import { asksForHelp, commandPosition, HELP_OPTION, type OptionSpecs, parseArgs, peekOption, SWITCH, UsageError } from "./args";
import type { CliCommand } from "./command";
import { BASES_COMMAND } from "./commands/bases";
import { BENCH_COMMAND } from "./commands/bench";
import { DASHBOARD_COMMAND } from "./commands/dashboard";
import { LINT_COMMAND } from "./commands/lint";
import { NEW_COMMAND } from "./commands/new";
import { SCHEMA_COMMAND } from "./commands/schema";
import type { CliIo } from "./io";
import { commandLanguage, environmentLanguage, LANG_OPTION } from "./language-option";

/** The program's name, as the user types it. */
export const PROGRAM = "alliance-journal";

/** Exit codes: 0 fine, 1 problems found, 2 the command was called wrongly. */
export const EXIT_USAGE = 2;

/** The version, from package.json (bundled into dist/cli.mjs by esbuild). */
export const VERSION: string = version;

/** Every command, by name. */
export const COMMANDS: Readonly<Record<CliCommandName, CliCommand>> = {
	dashboard: DASHBOARD_COMMAND,
	lint: LINT_COMMAND,
	new: NEW_COMMAND,
	bases: BASES_COMMAND,
	schema: SCHEMA_COMMAND,
	bench: BENCH_COMMAND,
};

/** The options that may come before the command. */
const GLOBAL_OPTIONS: OptionSpecs = { ...HELP_OPTION, ...LANG_OPTION, version: SWITCH };

/** `help [command]` shows the same as `--help`. */
const HELP_COMMAND = "help";

function isCommandName(name: string | undefined): name is CliCommandName {
	return (CLI_COMMANDS as readonly (string | undefined)[]).includes(name);
}

/**
 * Runs the command line.
 *
 * @param argv the arguments after the program name
 * @returns the exit code
 */
export function runCli(argv: readonly string[], io: CliIo): number {
	const at = commandPosition(argv, GLOBAL_OPTIONS);
	const name = at === undefined ? undefined : argv[at];
	const helpCall = isCommandName(name) ? `${PROGRAM} ${name} --help` : `${PROGRAM} --help`;
	let language = environmentLanguage(io.env);
	try {
		language = commandLanguage(peekOption(argv, "lang"), io.env);
		return dispatch(argv, at, language, io);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		const t = translator(CLI_MESSAGES, language);
		io.stderr.write(`${PROGRAM}: ${t("error.line", { message: t(error.key, error.values), help: helpCall })}\n`);
		return EXIT_USAGE;
	}
}

/** Finds the command and runs it, or shows the help or version asked for. */
function dispatch(argv: readonly string[], at: number | undefined, language: Language, io: CliIo): number {
	const t = translator(CLI_MESSAGES, language);
	const global = parseArgs(argv.slice(0, at ?? argv.length), GLOBAL_OPTIONS, 0);
	if (global.flags.has("version")) {
		io.stdout.write(`${VERSION}\n`);
		return 0;
	}
	const name = at === undefined ? undefined : argv[at];
	const rest = at === undefined ? [] : argv.slice(at + 1);
	if (name === undefined) {
		// Called without a command: the help, but as a mistake (stderr, exit 2) unless it was asked for.
		(global.flags.has("help") ? io.stdout : io.stderr).write(`${t("usage")}\n`);
		return global.flags.has("help") ? 0 : EXIT_USAGE;
	}
	if (name === HELP_COMMAND) {
		const [topic] = parseArgs(rest, LANG_OPTION, 1).positionals;
		if (topic !== undefined && !isCommandName(topic)) throw new UsageError("error.unknownCommand", { command: topic });
		io.stdout.write(`${t(topic === undefined ? "usage" : `${topic}.usage`)}\n`);
		return 0;
	}
	if (!isCommandName(name)) throw new UsageError("error.unknownCommand", { command: name });
	if (global.flags.has("help") || asksForHelp(rest)) {
		io.stdout.write(`${t(`${name}.usage`)}\n`);
		return 0;
	}
	const command = COMMANDS[name];
	const args = parseArgs(rest, { ...command.options, ...HELP_OPTION, ...LANG_OPTION }, command.positionals);
	return command.run(args, io, language);
}
