/**
 * Alliance Journal in Obsidian: wires the adapter in `src/obsidian/` (vault
 * sync, dashboard view, commands, settings) to the core. Loading does no
 * indexing: that starts once Obsidian's layout is ready.
 */
import { format } from "date-fns";
import { normalizePath, Notice, Plugin, requireApiVersion, type WorkspaceLeaf } from "obsidian";
import type { Language } from "./core/i18n/language";
import type { CalendarDate, NoteType } from "./core/model";
import { AllianceSuggestModal } from "./obsidian/alliance-suggest-modal";
import { registerLineChartView } from "./obsidian/bases-line-chart";
import { registerCliHandlers } from "./obsidian/cli-handlers";
import { registerCommands, settle } from "./obsidian/commands";
import { createJournalNote } from "./obsidian/create-note";
import { DashboardSource, type DashboardInputs } from "./obsidian/dashboard-source";
import { DASHBOARD_ICON, DASHBOARD_VIEW_TYPE, DashboardView } from "./obsidian/dashboard-view";
import { showIndexStatus } from "./obsidian/index-status";
import type { JournalHost } from "./obsidian/journal-host";
import { pluginLanguage, pluginTranslator, type PluginTranslator } from "./obsidian/language";
import { openNoteAt } from "./obsidian/note-files";
import { type AllianceJournalSettings, analyticsOptions, defaultSettings, readSettings } from "./obsidian/settings";
import { AllianceJournalSettingTab } from "./obsidian/settings-tab";
import { SNAPSHOT_FILE_NAME, SnapshotStore } from "./obsidian/snapshot-store";
import { readTasksStatusTypes, sameStatusTypes } from "./obsidian/tasks-settings";
import { VaultSync } from "./obsidian/vault-sync";
import { DEFAULT_STATUS_TYPES, type StatusTypes } from "./core/task-status";

export default class AllianceJournalPlugin extends Plugin implements JournalHost {
	override settings: AllianceJournalSettings = defaultSettings();
	/** The clock: what "today" and "now" are (tests set a fixed one). */
	now: () => Date = () => new Date();
	readonly dashboard = new DashboardSource(() => this.dashboardInputs());
	readonly sync = new VaultSync(this.app, new SnapshotStore(this.app.vault.adapter, this.snapshotPath()), {
		onChange: () => this.dashboard.changed(),
		onState: () => this.showStatus(),
		isIgnored: (path) => this.isInTemplatesFolder(path),
	});
	/** The plugin's words, in the language in use. */
	readonly t: PluginTranslator = (key, values) => pluginTranslator(this.language())(key, values);
	private statusBarEl: HTMLElement | null = null;
	/** What each task status symbol means: the Tasks plugin's settings, read when the layout is ready and on "Rebuild index". */
	statusTypes: StatusTypes = DEFAULT_STATUS_TYPES;
	/** The templates folder the index was made with: a change reads the notes in the old and new one again. */
	private indexedTemplatesFolder = this.settings.templatesFolder;

	override async onload(): Promise<void> {
		this.settings = readSettings(await this.loadData());
		this.indexedTemplatesFolder = this.settings.templatesFolder;
		this.addChild(this.sync);
		this.registerView(DASHBOARD_VIEW_TYPE, (leaf) => new DashboardView(leaf, this));
		this.addRibbonIcon(DASHBOARD_ICON, this.t("ribbon.open"), () => settle(this, this.activateView()));
		registerCommands(this, this);
		registerCliHandlers(this, this);
		registerLineChartView(this, this);
		this.addSettingTab(new AllianceJournalSettingTab(this.app, this, this));
		this.statusBarEl = this.addStatusBarItem();
		this.showStatus();
		// Vault `create` events fire for every file while Obsidian loads: follow the vault only once it is ready.
		this.app.workspace.onLayoutReady(() => {
			settle(this, this.sync.start());
			settle(this, this.readTasksSettings());
		});
	}

	/**
	 * Reads the Tasks plugin's status settings again; the dashboard follows
	 * when they changed (no note is parsed again: the index keeps each status symbol).
	 */
	async readTasksSettings(): Promise<void> {
		const types = await readTasksStatusTypes(this.app.vault.adapter, this.app.vault.configDir);
		if (sameStatusTypes(types, this.statusTypes)) return;
		this.statusTypes = types;
		this.dashboard.changed();
	}

	/** Whether a note lives in the templates folder (its templates are not journal notes). */
	private isInTemplatesFolder(path: string, templatesFolder = this.settings.templatesFolder): boolean {
		const folder = normalizePath(templatesFolder);
		return folder !== "/" && folder !== "" && path.startsWith(`${folder}/`);
	}

	language(): Language {
		return pluginLanguage(this.settings.language);
	}

	today(): CalendarDate {
		return format(this.now(), "yyyy-MM-dd");
	}

	timeOfDay(): string {
		return format(this.now(), "HH:mm");
	}

	notify(message: string): void {
		new Notice(message);
	}

	async saveSettings(refresh = true): Promise<void> {
		await this.saveData(this.settings);
		const before = this.indexedTemplatesFolder;
		const after = this.settings.templatesFolder;
		if (normalizePath(before) !== normalizePath(after)) {
			// The notes in the old and the new templates folder change between read and left alone.
			this.indexedTemplatesFolder = after;
			await this.sync.reread((path) => this.isInTemplatesFolder(path, before) || this.isInTemplatesFolder(path, after));
		}
		if (refresh) this.dashboard.changed();
	}

	async newNote(type: NoteType, alliance?: string): Promise<void> {
		if (alliance !== undefined) {
			await createJournalNote(this, type, alliance);
			return;
		}
		const groups = this.sync.index.alliances();
		if (type !== "alliance" && groups.length === 0) {
			this.notify(this.t("notice.no-alliances"));
			return;
		}
		new AllianceSuggestModal(this.app, groups, { allowNew: type === "alliance", t: this.t }, (choice) => {
			if (choice.kind === "new") settle(this, createJournalNote(this, type, choice.name));
			else if (choice.kind === "all") return; // not offered here
			else if (type === "alliance") {
				this.notify(this.t("notice.alliance-exists", { name: choice.group.profile.basename }));
				settle(this, openNoteAt(this.app, choice.group.profile.path));
			} else settle(this, createJournalNote(this, type, choice.group.profile.basename));
		}).open();
	}

	async rebuildIndex(): Promise<void> {
		await this.readTasksSettings();
		await this.sync.rebuild();
		this.notify(this.t("notice.index-rebuilt", { count: this.sync.index.notes().length }));
	}

	async activateView(): Promise<void> {
		const { workspace } = this.app;
		let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0] ?? null;
		if (!leaf) {
			leaf = workspace.getRightLeaf(false);
			if (!leaf) return;
			await leaf.setViewState({ type: DASHBOARD_VIEW_TYPE, active: true });
		}
		if (requireApiVersion("1.7.2")) await workspace.revealLeaf(leaf);
		else workspace.setActiveLeaf(leaf, { focus: true });
	}

	/** The index is kept next to data.json, out of the settings. */
	private snapshotPath(): string {
		const folder = this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`;
		return normalizePath(`${folder}/${SNAPSHOT_FILE_NAME}`);
	}

	private dashboardInputs(): DashboardInputs {
		return {
			index: this.sync.index,
			request: { today: this.today(), options: { ...analyticsOptions(this.settings), statusTypes: this.statusTypes } },
		};
	}

	private showStatus(): void {
		if (this.statusBarEl) showIndexStatus(this.statusBarEl, this.sync.state, this.t, this.sync.index.unreadable);
		this.dashboard.statusChanged();
	}
}
