/// <reference types="node" />
/**
 * What the CLI reads of a vault's Obsidian configuration: the Templates core
 * plugin's folder, and the Tasks plugin's status settings.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_STATUS_TYPES, type StatusTypes, statusTypesFromTasksSettingsText, TASKS_SETTINGS_PATH } from "../core/task-status";

/** Obsidian's Templates core plugin keeps its folder in this file of the vault's configuration folder. */
const TEMPLATES_SETTINGS_FILE = "templates.json";
const DEFAULT_TEMPLATES_FOLDER = "Templates";

/**
 * The folder set for Obsidian's Templates core plugin. The configuration
 * folder's name can be changed in Obsidian, so every hidden top-level folder
 * is looked in (alphabetically; the first with a setting wins).
 */
export function obsidianTemplatesFolder(vault: string): string | undefined {
	for (const folder of configFolders(vault)) {
		try {
			const settings = JSON.parse(readFileSync(join(vault, folder, TEMPLATES_SETTINGS_FILE), "utf8")) as { folder?: unknown };
			if (typeof settings.folder === "string" && settings.folder.trim() !== "") return settings.folder.trim();
		} catch {
			// No Templates setting here (or an unreadable one).
		}
	}
	return undefined;
}

/**
 * The hidden top-level folders of a vault, alphabetically: Obsidian's
 * configuration folder is one of them (`.obsidian` unless renamed; a CLI has
 * no other way to know its name).
 */
function configFolders(vault: string): string[] {
	try {
		return readdirSync(vault, { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && entry.name.startsWith("."))
			.map((entry) => entry.name)
			.sort();
	} catch {
		return [];
	}
}

/**
 * The status types of the vault's Tasks plugin settings
 * (`<config folder>/plugins/obsidian-tasks-plugin/data.json`, the first
 * configuration folder that has one), else the Tasks plugin's defaults.
 */
export function tasksStatusTypes(vault: string): StatusTypes {
	for (const folder of configFolders(vault)) {
		let text: string;
		try {
			text = readFileSync(join(vault, folder, ...TASKS_SETTINGS_PATH.split("/")), "utf8");
		} catch {
			continue;
		}
		return statusTypesFromTasksSettingsText(text);
	}
	return DEFAULT_STATUS_TYPES;
}

/** The templates folder: as given, else Obsidian's Templates setting, else "Templates". */
export function templatesFolder(vault: string, given: string | undefined): string {
	return given ?? obsidianTemplatesFolder(vault) ?? DEFAULT_TEMPLATES_FOLDER;
}

