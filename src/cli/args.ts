/// <reference types="node" />
/**
 * The command line's arguments, read by Node's own `util.parseArgs` in strict
 * mode: an unknown option, an option without its value, a value given to a
 * switch or an argument too many is a mistake (exit code 2), never ignored.
 * Mistakes are reported by message key, so they are written in the user's
 * language where they are printed.
 */
import { parseArgs as nodeParseArgs } from "node:util";
import type { CliMessageKey } from "../core/i18n/messages/cli";

/** One option a command knows: a switch (`--json`) or an option with a value (`--today 2026-11-27`). */
export interface OptionSpec {
	type: "boolean" | "string";
	/** A one-letter alias, such as `h` for `--help`. */
	short?: string;
}

/** The options a command knows, by long name. */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** A switch. */
export const SWITCH: OptionSpec = { type: "boolean" };
/** An option that takes a value. */
export const VALUE: OptionSpec = { type: "string" };
/** `--help` / `-h`, known to every command. */
export const HELP_OPTION: OptionSpecs = { help: { type: "boolean", short: "h" } };

export interface ParsedArgs {
	positionals: string[];
	/** The options given: a switch as `true`, an option with a value as its (last) value. */
	flags: ReadonlyMap<string, string | true>;
}

/** A mistake in how the command was called (exit code 2): a message key and the values to fill in. */
export class UsageError extends Error {
	constructor(
		readonly key: CliMessageKey,
		readonly values: Readonly<Record<string, string | number>> = {},
	) {
		super(key);
		this.name = "UsageError";
	}
}

/** How the error codes of Node's `util.parseArgs` begin, for arguments it refuses. */
const PARSE_ARGS_ERROR = "ERR_PARSE_ARGS_";

function isParseArgsError(error: unknown): boolean {
	if (!(error instanceof Error) || !("code" in error)) return false;
	return typeof error.code === "string" && error.code.startsWith(PARSE_ARGS_ERROR);
}

/**
 * Parses `argv` against the options a command knows (strict, Node's
 * `util.parseArgs`). `--` ends the options: what follows is an argument even
 * when it starts with a dash.
 *
 * @param argv the arguments after the command's name
 * @param options the options the command knows
 * @param maxPositionals how many arguments that are not options it takes
 * @throws UsageError for an unknown option, a missing or unexpected value, or an argument too many
 * @example parseArgs(["vault", "--json"], { json: SWITCH }, 1) // positionals ["vault"], flags json → true
 */
export function parseArgs(argv: readonly string[], options: OptionSpecs, maxPositionals: number): ParsedArgs {
	let values: Record<string, string | boolean | undefined>;
	let positionals: string[];
	try {
		({ values, positionals } = nodeParseArgs({ args: [...argv], options: { ...options }, strict: true, allowPositionals: true }));
	} catch (error) {
		if (isParseArgsError(error)) throw explainRefusal(argv, options);
		throw error;
	}
	const extra = positionals[maxPositionals];
	if (extra !== undefined) throw new UsageError("error.unexpectedArgument", { argument: extra });
	const flags = new Map<string, string | true>();
	for (const [name, value] of Object.entries(values)) {
		if (typeof value === "string") flags.set(name, value);
		else if (value === true) flags.set(name, true);
	}
	return { positionals, flags };
}

/**
 * Why strict parsing refused `argv`, as a usage error naming the option:
 * the same arguments read leniently, as tokens, and the first one strict
 * parsing cannot accept.
 */
function explainRefusal(argv: readonly string[], options: OptionSpecs): UsageError {
	const { tokens } = nodeParseArgs({ args: [...argv], options: { ...options }, strict: false, allowPositionals: true, tokens: true });
	for (const token of tokens) {
		if (token.kind !== "option") continue;
		const spec = options[token.name];
		if (spec === undefined) return new UsageError("error.unknownOption", { option: token.rawName });
		if (spec.type === "boolean" && token.value !== undefined) return new UsageError("error.optionTakesNoValue", { option: `--${token.name}` });
		if (spec.type === "string" && token.value === undefined) return new UsageError("error.optionNeedsValue", { option: `--${token.name}` });
		if (spec.type === "string" && !token.inlineValue && token.value?.startsWith("-")) {
			return new UsageError("error.optionValueDash", { option: `--${token.name}`, value: token.value });
		}
	}
	return new UsageError("error.arguments", { arguments: argv.join(" ") });
}

/**
 * Reads the arguments leniently (nothing refused) for the value of one
 * option, before the command is known: the language to speak while
 * reporting mistakes.
 *
 * @example peekOption(["lint", "--nope", "--lang", "nl"], "lang") // "nl"
 */
export function peekOption(argv: readonly string[], name: string): string | undefined {
	const { tokens } = nodeParseArgs({ args: [...argv], options: { [name]: { type: "string" } }, strict: false, allowPositionals: true, tokens: true });
	let value: string | undefined;
	for (const token of tokens) {
		// `--lang --json` gives no language: strict parsing reports the missing value.
		if (token.kind === "option" && token.name === name && token.value !== undefined && (token.inlineValue || !token.value.startsWith("-"))) value = token.value;
	}
	return value;
}

/**
 * Where a command's own arguments begin: the first argument that is not an
 * option (or an option's value) of those that may come before the command.
 *
 * @returns the command's position in `argv`, or undefined when there is none
 * @example commandPosition(["--lang", "nl", "lint", "vault"], { lang: VALUE }) // 2
 */
export function commandPosition(argv: readonly string[], globalOptions: OptionSpecs): number | undefined {
	const { tokens } = nodeParseArgs({ args: [...argv], options: { ...globalOptions }, strict: false, allowPositionals: true, tokens: true });
	for (const token of tokens) if (token.kind === "positional") return token.index;
	return undefined;
}

/** Reads a flag's value as a string, if given. */
export function stringFlag(args: ParsedArgs, name: string): string | undefined {
	const value = args.flags.get(name);
	return typeof value === "string" ? value : undefined;
}

/** Reads a flag's value as a whole number ≥ 0, if given. */
export function countFlag(args: ParsedArgs, name: string): number | undefined {
	const value = stringFlag(args, name);
	if (value === undefined) return undefined;
	const count = Number(value);
	if (value.trim() === "" || !Number.isInteger(count) || count < 0) throw new UsageError("error.wholeNumber", { option: `--${name}`, value });
	return count;
}

/**
 * Whether the arguments ask for help (`--help` or `-h` anywhere before `--`),
 * read leniently: help wins over any other mistake in the same arguments.
 *
 * @example asksForHelp(["vault", "--nope", "-h"]) // true
 */
export function asksForHelp(argv: readonly string[]): boolean {
	const { values } = nodeParseArgs({ args: [...argv], options: { ...HELP_OPTION }, strict: false, allowPositionals: true });
	return values.help === true;
}
