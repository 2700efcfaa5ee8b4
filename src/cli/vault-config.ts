/// <reference types="node" />
/**
 * What the CLI reads of a vault's Obsidian configuration: the Templates core
 * plugin's folder.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Obsidian's Templates core plugin keeps its folder in this file of the vault's configuration folder. */
const TEMPLATES_SETTINGS_FILE = "templates.json";
const DEFAULT_TEMPLATES_FOLDER = "Templates";

/**
 * The folder set for Obsidian's Templates core plugin. The configuration
 * folder's name can be changed in Obsidian, so every hidden top-level folder
 * is looked in (alphabetically; the first with a setting wins).
 */
export function obsidianTemplatesFolder(vault: string): string | undefined {
	let configFolders: string[] = [];
	try {
		configFolders = readdirSync(vault, { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && entry.name.startsWith("."))
			.map((entry) => entry.name)
			.sort();
	} catch {
		return undefined;
	}
	for (const folder of configFolders) {
		try {
			const settings = JSON.parse(readFileSync(join(vault, folder, TEMPLATES_SETTINGS_FILE), "utf8")) as { folder?: unknown };
			if (typeof settings.folder === "string" && settings.folder.trim() !== "") return settings.folder.trim();
		} catch {
			// No Templates setting here (or an unreadable one).
		}
	}
	return undefined;
}

/** The templates folder: as given, else Obsidian's Templates setting, else "Templates". */
export function templatesFolder(vault: string, given: string | undefined): string {
	return given ?? obsidianTemplatesFolder(vault) ?? DEFAULT_TEMPLATES_FOLDER;
}

