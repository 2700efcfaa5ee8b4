/**
 * What the view, the commands and the settings tab need from the plugin.
 * The plugin implements it; the modules of this folder depend on this
 * interface, not on the plugin class.
 */
import type { StatusTypes } from "../core/task-status";
import type { App } from "obsidian";
import type { Language } from "../core/i18n/language";
import type { CalendarDate, NoteType } from "../core/model";
import type { DashboardSource } from "./dashboard-source";
import type { PluginTranslator } from "./language";
import type { AllianceJournalSettings } from "./settings";
import type { VaultSync } from "./vault-sync";

export interface JournalHost {
	readonly app: App;
	readonly settings: AllianceJournalSettings;
	readonly sync: VaultSync;
	readonly dashboard: DashboardSource;
	/** What each task status symbol means (the Tasks plugin's settings, or its defaults). */
	readonly statusTypes: StatusTypes;
	/** The language in use (the setting, or Obsidian's). */
	language(): Language;
	/** The plugin's words in the language in use. */
	t: PluginTranslator;
	/** The day it is, `YYYY-MM-DD`. */
	today(): CalendarDate;
	/** The time of day, `HH:mm`. */
	timeOfDay(): string;
	/** Shows a short message to the user. */
	notify(message: string): void;
	/**
	 * Saves the settings.
	 *
	 * @param refresh whether the dashboard shows something else now (default true)
	 */
	saveSettings(refresh?: boolean): Promise<void>;
	/** Creates a note of a type for an alliance, asking which one when not given. */
	newNote(type: NoteType, alliance?: string): Promise<void>;
	/** Indexes the whole vault again. */
	rebuildIndex(): Promise<void>;
	/** Opens the dashboard in the right sidebar. */
	activateView(): Promise<void>;
}
