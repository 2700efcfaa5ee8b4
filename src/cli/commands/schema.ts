/// <reference types="node" />
/**
 * `alliance-journal schema [--out DIR]`: writes one JSON Schema per note type
 * (`<type>.schema.json`) and prints the files' paths.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { NOTE_TYPES } from "../../core/model";
import { jsonSchemaFileName, noteJsonSchemas } from "../../core/schema/json-schema";
import { type ParsedArgs, stringFlag, VALUE } from "../args";
import type { CliCommand } from "../command";
import type { CliIo } from "../io";

const DEFAULT_OUT = "schemas";

/** `schema [--out DIR]`: one JSON Schema per note type (English, like the properties themselves). */
export const SCHEMA_COMMAND: CliCommand = { options: { out: VALUE }, positionals: 0, run: runSchema };

/** Runs `schema`; returns the exit code. */
function runSchema(args: ParsedArgs, io: CliIo): number {
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
