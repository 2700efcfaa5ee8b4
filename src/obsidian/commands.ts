/**
 * The plugin's commands (sentence case, no default hotkeys): open the
 * dashboard, new notes of each type, validate the current note, write a
 * pre-meeting briefing, create an alliance's bases, export the JSON
 * schemas, rebuild the index.
 */
import type { Plugin } from "obsidian";
import type { NoteType } from "../core/model";
import { createAllianceBases } from "./alliance-bases";
import { AllianceSuggestModal } from "./alliance-suggest-modal";
import { writeBriefing } from "./briefing-note";
import type { JournalHost } from "./journal-host";
import type { PluginMessageKey } from "../core/i18n/messages/plugin";
import { exportSchemas } from "./schema-export";
import { validateNote } from "./validate-note";

/** The new-note commands: id, name and note type. */
const NEW_NOTE_COMMANDS: readonly { id: string; name: PluginMessageKey; type: NoteType }[] = [
	{ id: "new-alliance", name: "command.new-alliance", type: "alliance" },
	{ id: "new-meeting-note", name: "command.new-meeting", type: "alliance-meeting" },
	{ id: "new-reflection", name: "command.new-reflection", type: "alliance-reflection" },
	{ id: "new-stakeholder", name: "command.new-stakeholder", type: "alliance-stakeholder" },
	{ id: "new-health-check", name: "command.new-health-check", type: "alliance-health-check" },
];

/** Runs a command's work; a failure is told to the user, not thrown into the void. */
export function settle(host: JournalHost, work: Promise<unknown>): void {
	work.catch((error: unknown) => {
		console.error("Alliance Journal:", error);
		host.notify(host.t("notice.failed", { error: error instanceof Error ? error.message : String(error) }));
	});
}

/** Asks for an alliance of the vault, then writes its briefing. */
function chooseBriefing(host: JournalHost): void {
	const groups = host.sync.index.alliances();
	if (groups.length === 0) {
		host.notify(host.t("notice.no-alliances"));
		return;
	}
	new AllianceSuggestModal(host.app, groups, { allowNew: false, t: host.t }, (choice) => {
		if (choice.kind === "existing") settle(host, writeBriefing(host, choice.group.profile.basename));
	}).open();
}

/** Asks for an alliance, or all of them, then writes their bases next to each profile. */
function chooseAllianceBases(host: JournalHost): void {
	const groups = host.sync.index.alliances();
	if (groups.length === 0) {
		host.notify(host.t("notice.no-alliances"));
		return;
	}
	new AllianceSuggestModal(host.app, groups, { allowNew: false, allowAll: true, t: host.t }, (choice) => {
		if (choice.kind === "all") settle(host, createAllianceBases(host, groups));
		else if (choice.kind === "existing") settle(host, createAllianceBases(host, [choice.group]));
	}).open();
}

/** Adds every command to the plugin. */
export function registerCommands(plugin: Plugin, host: JournalHost): void {
	const { t } = host;
	plugin.addCommand({ id: "open-dashboard", name: t("command.open-dashboard"), callback: () => settle(host, host.activateView()) });
	for (const command of NEW_NOTE_COMMANDS) {
		plugin.addCommand({ id: command.id, name: t(command.name), callback: () => settle(host, host.newNote(command.type)) });
	}
	plugin.addCommand({
		id: "validate-current-note",
		name: t("command.validate-note"),
		checkCallback: (checking) => {
			const file = host.app.workspace.getActiveFile();
			if (!file || file.extension.toLowerCase() !== "md") return false;
			if (!checking) settle(host, validateNote(host, file));
			return true;
		},
	});
	plugin.addCommand({ id: "create-pre-meeting-briefing", name: t("command.briefing"), callback: () => chooseBriefing(host) });
	plugin.addCommand({ id: "create-alliance-bases", name: t("command.create-bases"), callback: () => chooseAllianceBases(host) });
	plugin.addCommand({ id: "export-json-schemas", name: t("command.export-schemas"), callback: () => settle(host, exportSchemas(host)) });
	plugin.addCommand({ id: "rebuild-index", name: t("command.rebuild-index"), callback: () => settle(host, host.rebuildIndex()) });
}
