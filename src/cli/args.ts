/**
 * A small, strict argument parser: known flags only, so a typo is an error
 * rather than silently ignored.
 */

export interface FlagSpec {
	/** Takes a value (`--today 2026-11-27`), or is a switch (`--json`). */
	value: boolean;
}

export interface ParsedArgs {
	positionals: string[];
	flags: Map<string, string | true>;
}

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {}

/**
 * Parses `argv` against the flags a command knows.
 *
 * @example parseArgs(["vault", "--json"], { json: { value: false } }) // positionals ["vault"], flags json → true
 */
export function parseArgs(argv: readonly string[], known: Readonly<Record<string, FlagSpec>>): ParsedArgs {
	const positionals: string[] = [];
	const flags = new Map<string, string | true>();
	for (let index = 0; index < argv.length; index++) {
		const arg = argv[index] ?? "";
		if (arg === "--") {
			positionals.push(...argv.slice(index + 1));
			break;
		}
		if (!arg.startsWith("-") || arg === "-") {
			positionals.push(arg);
			continue;
		}
		const [rawName, inlineValue] = arg.replace(/^--?/, "").split(/=(.*)/s, 2) as [string, string | undefined];
		const spec = known[rawName];
		if (!spec) throw new UsageError(`unknown option ${arg}`);
		if (!spec.value) {
			if (inlineValue !== undefined) throw new UsageError(`option --${rawName} takes no value`);
			flags.set(rawName, true);
			continue;
		}
		const value = inlineValue ?? argv[++index];
		if (value === undefined || (inlineValue === undefined && value.startsWith("--"))) {
			throw new UsageError(`option --${rawName} needs a value`);
		}
		flags.set(rawName, value);
	}
	return { positionals, flags };
}

/** Reads a flag's value as a string, if given. */
export function stringFlag(args: ParsedArgs, name: string): string | undefined {
	const value = args.flags.get(name);
	return typeof value === "string" ? value : undefined;
}

/** Reads a flag's value as a positive whole number, if given. */
export function countFlag(args: ParsedArgs, name: string): number | undefined {
	const value = stringFlag(args, name);
	if (value === undefined) return undefined;
	const count = Number(value);
	if (!Number.isInteger(count) || count < 0) throw new UsageError(`option --${name} needs a whole number, not ${value}`);
	return count;
}
