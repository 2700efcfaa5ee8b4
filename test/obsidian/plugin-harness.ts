/// <reference types="node" />
/**
 * Runs the plugin the way Obsidian does, on obsidian-test-mocks' in-memory
 * App: load, then layout ready, then the vault's events. Helpers here only
 * fill two gaps of the in-memory App, each marked where it is done: it
 * keeps every file's modification time at 0, and `setViewState` records a
 * view type without creating the view.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { PluginManifest, TFile } from "obsidian";
import { App, Plugin as MockPlugin } from "obsidian-test-mocks/obsidian";
import { vi } from "vitest";
import manifestJson from "../../manifest.json";
import { loadVault } from "../../src/cli/load-vault";
import { buildDashboard } from "../../src/core/analytics/dashboard";
import type { DashboardModel } from "../../src/core/analytics/dashboard-model";
import AllianceJournalPlugin from "../../src/main";
import { DASHBOARD_VIEW_TYPE, DashboardView } from "../../src/obsidian/dashboard-view";

/** The day the example vault's dashboard is read on (as in the CLI's tests). */
export const TODAY = "2026-11-27";
/** 27 November 2026, 09:30 local time. */
export const NOW = new Date(2026, 10, 27, 9, 30);
/** The plugin's folder, as Obsidian sets `manifest.dir`. */
export const PLUGIN_DIR = ".obsidian/plugins/alliance-journal";
export const SNAPSHOT_PATH = `${PLUGIN_DIR}/index.json`;
// The "obsidian" project runs in happy-dom, whose URL is not Node's: the path is built from this file's own.
export const EXAMPLE_VAULT = join(import.meta.dirname, "../../examples/vault");

export const manifest: PluginManifest = { ...manifestJson, dir: PLUGIN_DIR };

/** Every Markdown file of a folder, by vault path. */
export function readVaultFiles(folder: string = EXAMPLE_VAULT): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith(".")) continue;
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith(".md")) files[relative(folder, path).split(sep).join("/")] = readFileSync(path, "utf8");
		}
	};
	walk(folder);
	return files;
}

/** The CLI's dashboard of the example vault (`dashboard --json --today 2026-11-27`). */
export function cliModel(): DashboardModel {
	return buildDashboard(loadVault(EXAMPLE_VAULT), { today: TODAY });
}

/** A model as plain JSON, as `dashboard --json` prints it. */
export function asJson(model: unknown): unknown {
	return JSON.parse(JSON.stringify(model)) as unknown;
}

/**
 * Obsidian gives a file a new modification time whenever it is written; the
 * in-memory vault leaves it at 0. This follows writes with a clock, ahead of
 * the plugin's own listeners (as Obsidian updates `stat` before it tells
 * anyone).
 */
export function followModificationTimes(app: App): void {
	let clock = 1_000;
	app.vault.on("modify", (file) => {
		(file as TFile).stat.mtime = ++clock;
	});
}

export interface Harness {
	app: App;
	plugin: AllianceJournalPlugin;
}

export interface StartOptions {
	/** The saved settings (data.json). */
	settings?: Record<string, unknown>;
	/** The saved index (index.json), as text. */
	snapshot?: string;
	/** Stop after `onload`, before the layout is ready. */
	beforeLayoutReady?: boolean;
	/** Modification times to give files before the plugin starts (a restart after edits made elsewhere). */
	mtimes?: Record<string, number>;
}

/** Loads the plugin as Obsidian does and waits until `onload` has finished. */
export async function loadPlugin(app: App, settings?: Record<string, unknown>): Promise<AllianceJournalPlugin> {
	const plugin = new AllianceJournalPlugin(app.asOriginalType__(), manifest);
	plugin.now = () => NOW;
	if (settings) await plugin.saveData(settings);
	const onload = vi.spyOn(plugin, "onload");
	// Obsidian calls load(), which calls onload() without waiting for it.
	plugin.load();
	await onload.mock.results[0]?.value;
	return plugin;
}

/** An in-memory vault with the plugin loaded on it, indexed once the layout is ready. */
export async function startPlugin(files: Record<string, string> = readVaultFiles(), options: StartOptions = {}): Promise<Harness> {
	const app = App.createConfigured__({ files });
	for (const [path, mtime] of Object.entries(options.mtimes ?? {})) {
		const file = app.vault.getFileByPath(path);
		if (!file) throw new Error(`no file ${path}`);
		file.stat.mtime = mtime;
	}
	followModificationTimes(app);
	if (options.snapshot !== undefined) await app.vault.adapter.write(SNAPSHOT_PATH, options.snapshot);
	const plugin = await loadPlugin(app, options.settings);
	if (!options.beforeLayoutReady) {
		app.workspace.setLayoutReady__();
		await plugin.sync.whenIdle();
	}
	return { app, plugin };
}

/** The plugin's commands, by id. */
export function commandsOf(plugin: AllianceJournalPlugin) {
	return MockPlugin.fromOriginalType2__(plugin).commands__;
}

/** Runs a command by id as the command palette does. */
export function runCommand(plugin: AllianceJournalPlugin, id: string): void {
	const command = commandsOf(plugin).get(id);
	if (!command) throw new Error(`no command ${id}`);
	if (command.callback) command.callback();
	else if (command.checkCallback) command.checkCallback(false);
	else throw new Error(`command ${id} has no callback`);
}

/**
 * Opens the dashboard as the ribbon icon does. obsidian-test-mocks'
 * `setViewState` records the view type without creating the view; this
 * then does what Obsidian does: it creates the view with the plugin's
 * registered creator, opens it in the leaf and calls `onOpen`. happy-dom
 * lays nothing out, so the view's element says whether it is shown.
 */
export async function openDashboard(harness: Harness, shown = true): Promise<DashboardView> {
	await harness.plugin.activateView();
	const leaf = harness.plugin.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
	const create = MockPlugin.fromOriginalType2__(harness.plugin).views__.get(DASHBOARD_VIEW_TYPE);
	if (!leaf || !create) throw new Error("the dashboard did not open");
	const view = create(leaf) as DashboardView;
	if (!(view instanceof DashboardView)) throw new Error("not the dashboard view");
	setShown(view, shown);
	await leaf.open(view);
	view.load();
	await view.onOpen();
	return view;
}

/** Says whether the view is visible (a sidebar opened or closed, a tab brought to the front). */
export function setShown(view: DashboardView, shown: boolean): void {
	vi.spyOn(view.containerEl, "isShown").mockReturnValue(shown);
}

/** Closes the view as Obsidian does when its leaf is detached (also when the plugin is disabled). */
export async function closeDashboard(view: DashboardView): Promise<void> {
	await view.onClose();
	view.unload();
}

/** The text of a file of the in-memory vault. */
export async function fileText(app: App, path: string): Promise<string> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	return app.vault.read(file);
}
