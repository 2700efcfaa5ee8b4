/**
 * The Tasks plugin's status settings, read from the vault's configuration
 * folder (`vault.configDir`, which the user can rename) through the vault's
 * adapter: its `plugins/obsidian-tasks-plugin/data.json`.
 */
import { type DataAdapter, normalizePath } from "obsidian";
import { DEFAULT_STATUS_TYPES, type StatusTypes, statusTypesFromTasksSettingsText, TASKS_SETTINGS_PATH } from "../core/task-status";

/**
 * The status types of the vault's Tasks settings, or Tasks' defaults when the
 * plugin has none (not installed, never configured, or an unreadable file).
 *
 * @param adapter the vault's adapter
 * @param configDir the vault's configuration folder (`app.vault.configDir`)
 */
export async function readTasksStatusTypes(adapter: DataAdapter, configDir: string): Promise<StatusTypes> {
	const path = normalizePath(`${configDir}/${TASKS_SETTINGS_PATH}`);
	try {
		if (!(await adapter.exists(path))) return DEFAULT_STATUS_TYPES;
		return statusTypesFromTasksSettingsText(await adapter.read(path));
	} catch {
		return DEFAULT_STATUS_TYPES;
	}
}

/** Whether two status maps say the same. */
export function sameStatusTypes(a: StatusTypes, b: StatusTypes): boolean {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((symbol) => a[symbol] === b[symbol]);
}
