/// <reference types="node" />
/**
 * `alliance-journal schema [--out DIR]`: writes one JSON Schema per note type
 * (`<type>.schema.json`) and prints the files' paths.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CLI_MESSAGES } from "../../core/i18n/messages/cli";
import { translator } from "../../core/i18n/translate";
import { NOTE_TYPES } from "../../core/model";
import { jsonSchemaFileName, noteJsonSchemas } from "../../core/schema/json-schema";
import { parseArgs, stringFlag, UsageError } from "../args";
import type { CliIo } from "../io";
import { commandLanguage } from "../language-option";

export const SCHEMA_USAGE = CLI_MESSAGES.en["schema.usage"];
const DEFAULT_OUT = "schemas";

/** Runs `schema`; returns the exit code. */
export function runSchema(argv: readonly string[], io: CliIo): number {
	const args = parseArgs(argv, { out: { value: true } });
	// Messages follow the environment's language (the schemas themselves are English, like the properties).
	const t = translator(CLI_MESSAGES, commandLanguage(args, io.env));
	const [extra] = args.positionals;
	if (extra !== undefined) throw new UsageError(t("schema.unexpectedArgument", { argument: extra }));
	const out = stringFlag(args, "out") ?? DEFAULT_OUT;
	mkdirSync(out, { recursive: true });
	const schemas = noteJsonSchemas();
	for (const type of NOTE_TYPES) {
		const path = join(out, jsonSchemaFileName(type));
		writeFileSync(path, `${JSON.stringify(schemas[type], null, "\t")}\n`, "utf8");
		io.stdout.write(`${path}\n`);
	}
	return 0;
}
