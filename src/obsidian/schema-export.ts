/**
 * Writes one JSON Schema per note type (`<type>.schema.json`) into a folder
 * of the vault, for editors that check frontmatter. Exporting again updates
 * the files.
 */
import { normalizePath, type TFile } from "obsidian";
import { NOTE_TYPES } from "../core/model";
import { jsonSchemaFileName, noteJsonSchemas } from "../core/schema/json-schema";
import type { JournalHost } from "./journal-host";
import { writeGeneratedFile } from "./note-files";

/** Where the schemas go. */
export const SCHEMAS_FOLDER = "Alliance Journal/schemas";

/** Writes the schemas and says where they are. */
export async function exportSchemas(host: JournalHost, folder: string = SCHEMAS_FOLDER): Promise<TFile[]> {
	const schemas = noteJsonSchemas();
	const files: TFile[] = [];
	for (const type of NOTE_TYPES) {
		const path = normalizePath(`${folder}/${jsonSchemaFileName(type)}`);
		files.push(await writeGeneratedFile(host.app, path, `${JSON.stringify(schemas[type], null, "\t")}\n`));
	}
	host.notify(host.t("notice.schemas-exported", { count: files.length, folder: normalizePath(folder) }));
	return files;
}
