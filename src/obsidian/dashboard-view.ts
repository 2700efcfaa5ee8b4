/**
 * The dashboard in the right sidebar: mounts the renderer of `src/ui` on the
 * model of the vault, and keeps it current. Changes are gathered for a
 * moment (a burst of edits renders once) and rendered only while the view
 * is shown; a hidden view catches up when it is shown again.
 */
import { debounce, ItemView, type WorkspaceLeaf } from "obsidian";
import type { DashboardModel } from "../core/analytics/dashboard-model";
import type { NoteType } from "../core/model";
import { createDashboardState, type DashboardActions, type DashboardState, type NoteKind, renderDashboard } from "../ui/render-dashboard";
import { showIndexStatus } from "./index-status";
import type { JournalHost } from "./journal-host";
import { openNoteAt } from "./note-files";

export const DASHBOARD_VIEW_TYPE = "alliance-journal-dashboard";
export const DASHBOARD_ICON = "handshake";
/** Changes within this many milliseconds make one refresh. */
export const REFRESH_DELAY_MS = 300;

const NOTE_TYPE_OF_KIND: Readonly<Record<NoteKind, NoteType>> = {
	alliance: "alliance",
	meeting: "alliance-meeting",
	reflection: "alliance-reflection",
	stakeholder: "alliance-stakeholder",
};

export class DashboardView extends ItemView {
	private readonly dashboardState: DashboardState;
	private statusEl: HTMLElement | null = null;
	private dashboardEl: HTMLElement | null = null;
	private outdated = true;
	/** The last render found no alliance while the vault was still being indexed. */
	private waitingForIndex = false;
	private shown: DashboardModel | null = null;
	private readonly requestRefresh = debounce(() => this.refreshIfShown(), REFRESH_DELAY_MS, true);
	private readonly actions: DashboardActions;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: JournalHost,
	) {
		super(leaf);
		this.dashboardState = createDashboardState(host.settings.selectedAlliance);
		this.actions = {
			openNote: (path, line) => void openNoteAt(this.app, path, line),
			selectAlliance: (name) => {
				this.host.settings.selectedAlliance = name;
				void this.host.saveSettings(false);
			},
			createNote: (kind, alliance) => void this.host.newNote(NOTE_TYPE_OF_KIND[kind], alliance),
			rebuildIndex: () => void this.host.rebuildIndex(),
		};
	}

	getViewType(): string {
		return DASHBOARD_VIEW_TYPE;
	}

	getDisplayText(): string {
		return this.host.t("view.title");
	}

	override getIcon(): string {
		return DASHBOARD_ICON;
	}

	/** The model the view shows now (`null` before its first render). */
	get model(): DashboardModel | null {
		return this.shown;
	}

	override async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.statusEl = this.contentEl.createDiv({ cls: "alliance-journal-index-status", attr: { role: "status" } });
		this.dashboardEl = this.contentEl.createDiv();
		this.registerEvent(this.host.dashboard.onChanged(() => this.markOutdated()));
		this.registerEvent(this.host.dashboard.onStatusChanged(() => this.onStatusChanged()));
		// A sidebar that opens, or a tab brought to the front, shows the view again.
		this.registerEvent(this.app.workspace.on("layout-change", () => this.catchUp()));
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.catchUp()));
		this.showStatus();
		this.refreshIfShown();
	}

	override async onClose(): Promise<void> {
		this.requestRefresh.cancel();
		this.contentEl.empty();
		this.statusEl = null;
		this.dashboardEl = null;
	}

	override onResize(): void {
		this.catchUp();
	}

	/** Whether the view can be seen (its sidebar is open and it is the tab in front). */
	isShown(): boolean {
		return this.containerEl.isShown();
	}

	/** The model changed: render again soon, once for a whole burst of changes. */
	markOutdated(): void {
		this.outdated = true;
		this.requestRefresh();
	}

	/** Renders the dashboard now, if it can be seen; else when it is shown again. */
	refreshIfShown(): void {
		if (this.isShown()) this.refresh();
		else this.outdated = true;
	}

	/** Renders the current model. */
	refresh(): void {
		const container = this.dashboardEl;
		if (!container) return;
		this.outdated = false;
		this.showStatus();
		const model = this.host.dashboard.model();
		this.shown = model;
		// "No alliances yet" would be wrong while the vault is still being read: the status line says what is going on.
		this.waitingForIndex = model.alliances.length === 0 && this.host.sync.state.phase !== "ready";
		if (this.waitingForIndex) {
			container.empty();
			return;
		}
		renderDashboard(container, model, this.actions, this.dashboardState, { language: this.host.language(), sections: this.host.settings.sections, density: this.host.settings.density });
	}

	private catchUp(): void {
		if (this.outdated) this.refreshIfShown();
	}

	private onStatusChanged(): void {
		this.showStatus();
		if (this.waitingForIndex && this.host.sync.state.phase === "ready") this.markOutdated();
	}

	private showStatus(): void {
		if (this.statusEl) showIndexStatus(this.statusEl, this.host.sync.state, this.host.t, this.host.sync.index.unreadable);
	}

}
