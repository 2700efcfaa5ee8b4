/// <reference types="node" />
/**
 * `alliance-journal new <alliance|meeting|reflection|stakeholder|health-check> --alliance NAME`:
 * creates a note from its template (the user's own when the vault has one),
 * carrying over what is still open, and prints its path. It never overwrites.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { format } from "date-fns";
import { CLI_MESSAGES } from "../../core/i18n/messages/cli";
import { translator } from "../../core/i18n/translate";
import type { NoteType } from "../../core/model";
import { isCalendarDate } from "../../core/schema/coerce";
import { findAlliance, linkTargets, newNote } from "../../core/templates/new-note";
import { parseArgs, stringFlag, UsageError } from "../args";
import type { CliIo } from "../io";
import { commandLanguage, LANG_FLAG } from "../language-option";
import { listMarkdownFiles, loadVault } from "../load-vault";
import { templatesFolder } from "../vault-config";

export const NEW_USAGE = CLI_MESSAGES.en["new.usage"];

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

/** Runs `new`; returns the exit code. */
export function runNew(argv: readonly string[], io: CliIo): number {
	const args = parseArgs(argv, {
		...LANG_FLAG,
		alliance: { value: true },
		vault: { value: true },
		date: { value: true },
		title: { value: true },
		templates: { value: true },
		pattern: { value: true },
	});
	const language = commandLanguage(args, io.env);
	const t = translator(CLI_MESSAGES, language);
	const [typeName, extra] = args.positionals;
	if (typeName === undefined) throw new UsageError(t("new.typeMissing"));
	if (extra !== undefined) throw new UsageError(t("new.unexpectedArgument", { argument: extra }));
	const type = NOTE_TYPE_NAMES[typeName.toLowerCase()];
	if (type === undefined) throw new UsageError(t("new.typeUnknown", { type: typeName }));
	const allianceName = stringFlag(args, "alliance")?.trim();
	if (!allianceName) throw new UsageError(t("new.allianceMissing"));
	const now = new Date();
	const date = stringFlag(args, "date")?.trim() ?? format(now, "yyyy-MM-dd");
	if (!isCalendarDate(date)) throw new UsageError(t("new.dateInvalid", { date }));
	const vault = stringFlag(args, "vault") ?? ".";

	const paths = listMarkdownFiles(vault).map((file) => file.vaultPath);
	const index = loadVault(vault, { progress: io.stderr });
	const alliance = findAlliance(index.alliances(), allianceName);
	if (type === "alliance" && alliance) {
		io.stderr.write(`alliance-journal new: ${t("new.allianceExists", { name: alliance.profile.basename, path: alliance.profile.path })}\n`);
		return 1;
	}
	if (type !== "alliance" && !alliance) {
		io.stderr.write(`alliance-journal new: ${t("new.allianceUnknown", { name: allianceName, vault })}\n`);
		return 1;
	}
	const template = userTemplate(vault, templatesFolder(vault, stringFlag(args, "templates")), type);
	if (template) io.stderr.write(`${t("new.templateUsed", { path: template.path })}\n`);

	// Two names that differ only in case are one file on Windows and macOS (and to sync services).
	const taken = new Set(paths.map((path) => path.toLowerCase()));
	const note = newNote(
		{
			type,
			alliance: allianceName,
			date,
			time: format(now, "HH:mm"),
			language,
			title: stringFlag(args, "title"),
			template: template?.text,
			pathPattern: stringFlag(args, "pattern"),
		},
		{
			alliance,
			exists: (path) => taken.has(path.toLowerCase()) || existsSync(join(vault, path)),
			linkTarget: linkTargets(paths),
		},
	);
	const diskPath = join(vault, note.path);
	mkdirSync(dirname(diskPath), { recursive: true });
	// "wx": fail rather than overwrite, should a file appear at this path meanwhile.
	writeFileSync(diskPath, note.text, { encoding: "utf8", flag: "wx" });
	io.stdout.write(`${diskPath}\n`);
	return 0;
}
