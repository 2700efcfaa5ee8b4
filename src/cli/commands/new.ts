/// <reference types="node" />
/**
 * `alliance-journal new <alliance|meeting|reflection|stakeholder|health-check> --alliance NAME`:
 * creates a note from its template (the user's own when the vault has one),
 * carrying over what is still open, and prints its path. It never overwrites.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "date-fns";
import type { Language } from "../../core/i18n/language";
import { CLI_MESSAGES, type CliMessageKey } from "../../core/i18n/messages/cli";
import { translator } from "../../core/i18n/translate";
import type { NoteType } from "../../core/model";
import { basenameOf } from "../../core/parse/parse-note";
import { isCalendarDate } from "../../core/schema/coerce";
import { allianceNamedLike, findAlliance, linkTargets, newNote } from "../../core/templates/new-note";
import { parseArgs, type ParsedArgs, stringFlag, UsageError, VALUE } from "../args";
import type { CliCommand } from "../command";
import { LANG_OPTION } from "../language-option";
import type { CliIo } from "../io";
import { listMarkdownFiles, loadVault } from "../load-vault";
import { type NoteCheck, type NoteMaker, writeNewNote } from "../note-writer";
import { terminalSafe } from "../terminal-text";
import { tasksStatusTypes, templatesFolder } from "../vault-config";

/** The note types by the names the command takes (the short ones and the `type` values). */
const NOTE_TYPE_NAMES: Readonly<Record<string, NoteType>> = {
	alliance: "alliance",
	meeting: "alliance-meeting",
	reflection: "alliance-reflection",
	stakeholder: "alliance-stakeholder",
	"health-check": "alliance-health-check",
	"alliance-meeting": "alliance-meeting",
	"alliance-reflection": "alliance-reflection",
	"alliance-stakeholder": "alliance-stakeholder",
	"alliance-health-check": "alliance-health-check",
};

/** The user's template for a note type: `<templates folder>/<type>.md`, when it exists. */
function userTemplate(vault: string, folder: string, type: NoteType): { path: string; text: string } | undefined {
	const path = `${folder.replace(/^\/+|\/+$/g, "")}/${type}.md`;
	const diskPath = join(vault, path);
	return existsSync(diskPath) ? { path, text: readFileSync(diskPath, "utf8") } : undefined;
}

/** A note `new` is about to write: everything read from the vault, nothing written yet. */
export interface NewNotePlan {
	vault: string;
	/** Makes the note, leaving out the names found taken while writing. */
	make: NoteMaker;
	/** Refuses a note named like an alliance. */
	check: NoteCheck;
	t: (key: CliMessageKey, values?: Record<string, string>) => string;
}

/**
 * Reads the request and the vault for `new`, writing nothing.
 *
 * @returns what to write, or the exit code when there is nothing to write
 * @throws UsageError when the command was called wrongly
 */
export function planNew(args: ParsedArgs, io: CliIo, language: Language): NewNotePlan | number {
	const t = translator(CLI_MESSAGES, language);
	const [typeName] = args.positionals;
	if (typeName === undefined) throw new UsageError("new.typeMissing");
	const type = NOTE_TYPE_NAMES[typeName.toLowerCase()];
	if (type === undefined) throw new UsageError("new.typeUnknown", { type: typeName });
	const allianceName = stringFlag(args, "alliance")?.trim();
	if (!allianceName) throw new UsageError("new.allianceMissing");
	const now = new Date();
	const date = stringFlag(args, "date")?.trim() ?? format(now, "yyyy-MM-dd");
	if (!isCalendarDate(date)) throw new UsageError("new.dateInvalid", { date });
	const vault = stringFlag(args, "vault") ?? ".";

	const paths = listMarkdownFiles(vault).map((file) => file.vaultPath);
	const index = loadVault(vault, { progress: io.stderr, language });
	const alliance = findAlliance(index.alliances(), allianceName);
	if (type === "alliance" && alliance) {
		io.stderr.write(`alliance-journal new: ${t("new.allianceExists", { name: terminalSafe(alliance.profile.basename), path: terminalSafe(alliance.profile.path) })}\n`);
		return 1;
	}
	if (type !== "alliance" && !alliance) {
		io.stderr.write(`alliance-journal new: ${t("new.allianceUnknown", { name: terminalSafe(allianceName), vault: terminalSafe(vault) })}\n`);
		return 1;
	}
	const template = userTemplate(vault, templatesFolder(vault, stringFlag(args, "templates")), type);
	if (template) io.stderr.write(`${t("new.templateUsed", { path: terminalSafe(template.path) })}\n`);

	// Two names that differ only in case are one file on Windows and macOS (and to sync services).
	const taken = new Set(paths.map((path) => path.toLowerCase()));
	const request = {
		type,
		alliance: allianceName,
		date,
		time: format(now, "HH:mm"),
		language,
		title: stringFlag(args, "title"),
		template: template?.text,
		pathPattern: stringFlag(args, "pattern"),
	};
	const linkTarget = linkTargets(paths);
	const groups = index.alliances();
	const statusTypes = tasksStatusTypes(vault);
	return {
		vault,
		t,
		make: (takenMeanwhile) =>
			newNote(request, {
				alliance,
				exists: (path) => taken.has(path.toLowerCase()) || takenMeanwhile.has(path.toLowerCase()) || existsSync(join(vault, path)),
				linkTarget,
				statusTypes,
			}),
		check: (note) => {
			const namesake = allianceNamedLike(groups, note.path);
			return namesake && t("new.namedLikeAlliance", { name: terminalSafe(basenameOf(note.path)), alliance: terminalSafe(namesake.profile.basename) });
		},
	};
}

/**
 * Writes the planned note (see {@link writeNewNote}) and prints its path, or
 * why it was not written.
 *
 * @returns the exit code: 0 written, 1 refused
 */
export function writePlannedNote({ vault, make, check, t }: NewNotePlan, io: CliIo): number {
	const outcome = writeNewNote(vault, make, check);
	if ("written" in outcome) {
		io.stdout.write(`${terminalSafe(outcome.written)}\n`);
		return 0;
	}
	const message =
		outcome.refused === "outside"
			? t("new.outsideVault", { folder: outcome.folder, vault })
			: outcome.refused === "rejected"
				? outcome.reason
				: t("new.writeFailed", { path: outcome.path, error: outcome.error });
	io.stderr.write(`alliance-journal new: ${terminalSafe(message)}\n`);
	return 1;
}

/** The options `new` takes. */
const NEW_OPTIONS = { alliance: VALUE, vault: VALUE, date: VALUE, title: VALUE, templates: VALUE, pattern: VALUE };

/**
 * Reads the arguments of `new` as the CLI does (for callers that start from argv, such as tests).
 *
 * @throws UsageError when the command was called wrongly
 */
export function parseNewArgs(argv: readonly string[]): ParsedArgs {
	return parseArgs(argv, { ...NEW_OPTIONS, ...LANG_OPTION }, 1);
}

/** `new <type> --alliance NAME`: a note from its template. */
export const NEW_COMMAND: CliCommand = {
	options: NEW_OPTIONS,
	positionals: 1,
	run: (args, io, language) => {
		const plan = planNew(args, io, language);
		return typeof plan === "number" ? plan : writePlannedNote(plan, io);
	},
};
