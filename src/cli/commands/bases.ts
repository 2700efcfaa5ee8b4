/// <reference types="node" />
/**
 * `alliance-journal bases [vault] [--alliance NAME]`: writes the ready-made
 * Bases (`.base` files) of every alliance, or of one, next to its profile,
 * and prints the path of each file written. A file that already exists is
 * left as it is and named on stderr: a base the user has made their own is
 * never replaced.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { allianceBases, allianceBasesInput } from "../../core/bases/alliance-bases";
import type { Language } from "../../core/i18n/language";
import { CLI_MESSAGES } from "../../core/i18n/messages/cli";
import { translator } from "../../core/i18n/translate";
import { findAlliance } from "../../core/templates/new-note";
import { type ParsedArgs, stringFlag, UsageError, VALUE } from "../args";
import type { CliCommand } from "../command";
import type { CliIo } from "../io";
import { loadVault } from "../load-vault";

/** `bases [vault] --alliance NAME`: the `.base` files of the alliances. */
export const BASES_COMMAND: CliCommand = { options: { alliance: VALUE }, positionals: 1, run: runBases };

/** Whether an error is Node's "the file exists" (from the `wx` flag). */
function isExists(error: unknown): boolean {
	return error instanceof Error && "code" in error && error.code === "EEXIST";
}

/** Runs `bases`; returns the exit code. */
function runBases(args: ParsedArgs, io: CliIo, language: Language): number {
	const t = translator(CLI_MESSAGES, language);
	const vault = args.positionals[0] ?? ".";
	const index = loadVault(vault, { progress: io.stderr, language });
	const groups = index.alliances();
	const name = stringFlag(args, "alliance");
	const chosen = name === undefined ? groups : [findAlliance(groups, name)].filter((group) => group !== undefined);
	if (name !== undefined && chosen.length === 0) {
		const known = groups.map((group) => group.profile.basename).join(", ") || t("dashboard.noAlliances");
		throw new UsageError("dashboard.allianceUnknown", { name, vault, known });
	}
	let written = 0;
	let kept = 0;
	for (const group of chosen) {
		for (const base of allianceBases(allianceBasesInput(group), language)) {
			const diskPath = join(vault, base.path);
			try {
				// "wx": never replace a file, not even one that appears meanwhile.
				writeFileSync(diskPath, base.text, { encoding: "utf8", flag: "wx" });
			} catch (error) {
				if (!isExists(error)) throw error;
				io.stderr.write(`${t("bases.kept", { path: base.path })}\n`);
				kept++;
				continue;
			}
			io.stdout.write(`${diskPath}\n`);
			written++;
		}
	}
	const writtenText = t("bases.written", { count: written });
	const keptText = t("bases.left", { count: kept });
	io.stderr.write(`${t("bases.summary", { written: writtenText, kept: keptText })}\n`);
	return 0;
}
