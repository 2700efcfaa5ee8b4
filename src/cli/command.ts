/**
 * What a command of the command line is: the options and arguments it takes,
 * and what it does with them.
 */
import type { Language } from "../core/i18n/language";
import type { OptionSpecs, ParsedArgs } from "./args";
import type { CliIo } from "./io";

export interface CliCommand {
	/** The options it knows besides `--help` and `--lang`, which every command knows. */
	options: OptionSpecs;
	/** How many arguments that are not options it takes at most (`dashboard [vault]`: 1). */
	positionals: number;
	/**
	 * Runs the command.
	 *
	 * @param args its arguments, already checked against {@link CliCommand.options}
	 * @param language the language to speak (from `--lang`, else the environment)
	 * @returns the exit code
	 * @throws UsageError when it was called wrongly (exit code 2)
	 */
	run(args: ParsedArgs, io: CliIo, language: Language): number;
}
