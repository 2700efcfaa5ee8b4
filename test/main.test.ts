import type { PluginManifest } from "obsidian";
import { App, Plugin as MockPlugin } from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import manifestJson from "../manifest.json";
import AllianceJournalPlugin from "../src/main";
import { DASHBOARD_VIEW_TYPE } from "../src/obsidian/dashboard-view";
import { asJson, cliModel, closeDashboard, commandsOf, loadPlugin, openDashboard, readVaultFiles, startPlugin, TODAY } from "./obsidian/plugin-harness";

const manifest: PluginManifest = manifestJson;

function spyOnFileReads(app: App) {
	const vault = app.vault;
	return [
		vi.spyOn(vault, "read"),
		vi.spyOn(vault, "cachedRead"),
		vi.spyOn(vault, "readBinary"),
		vi.spyOn(vault, "getFiles"),
		vi.spyOn(vault, "getMarkdownFiles"),
		vi.spyOn(vault.adapter, "read"),
		vi.spyOn(vault.adapter, "readBinary"),
		vi.spyOn(vault.adapter, "list"),
	];
}

/** How many listeners each of the app's event sources has (obsidian-test-mocks keeps them in `_`). */
function listenerCounts(app: App): Record<string, number> {
	const counts: Record<string, number> = {};
	const sources = { vault: app.vault, metadataCache: app.metadataCache, workspace: app.workspace };
	for (const [name, source] of Object.entries(sources)) {
		const listeners = (source as unknown as { _: Record<string, unknown[]> })._;
		for (const [event, entries] of Object.entries(listeners)) if (entries.length > 0) counts[`${name}.${event}`] = entries.length;
	}
	return counts;
}

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe("AllianceJournalPlugin", () => {
	it("is constructed with the app and its manifest", () => {
		const app = App.createConfigured__();
		const plugin = new AllianceJournalPlugin(app.asOriginalType__(), manifest);
		expect(plugin.manifest.id).toBe("alliance-journal");
		expect(plugin.app).toBe(app.asOriginalType__());
	});

	it("reads no file while it loads: indexing waits until the layout is ready", async () => {
		const app = App.createConfigured__({ files: { "Meetings/2026-01-05 Acme.md": "# Acme" } });
		const reads = spyOnFileReads(app);
		const plugin = await loadPlugin(app);

		for (const read of reads) expect(read).not.toHaveBeenCalled();
		expect(plugin.sync.state.phase).toBe("idle");

		app.workspace.setLayoutReady__();
		await plugin.sync.whenIdle();
		expect(plugin.sync.state.phase).toBe("ready");
		expect(plugin.sync.index.size).toBe(1);
		plugin.unload();
	});

	it("indexes the example vault and the dashboard shows the same model as the CLI's dashboard --json", async () => {
		const harness = await startPlugin();
		const view = await openDashboard(harness);

		expect(asJson(view.model)).toEqual(asJson(cliModel()));
		expect(view.model?.today).toBe(TODAY);
		const names = Array.from(view.contentEl.querySelectorAll("option")).map((option) => option.textContent);
		expect(names).toEqual(["All alliances", "Northwind", "Zuiderzee"]);
		harness.plugin.unload();
	});

	it("registers its view, ribbon icon, settings tab, status bar item and commands, none with a default hotkey", async () => {
		const { plugin } = await startPlugin({});
		const mock = MockPlugin.fromOriginalType2__(plugin);

		expect([...mock.views__.keys()]).toEqual([DASHBOARD_VIEW_TYPE]);
		expect(mock.ribbonActions__).toHaveLength(1);
		expect(mock.settingTabs__).toHaveLength(1);
		expect(mock.statusBarItems__[0]?.textContent).toBe("Alliance index: ready");
		const commands = [...commandsOf(plugin).values()];
		expect(commands.map((command) => command.name)).toEqual([
			"Open dashboard",
			"New alliance",
			"New meeting note",
			"New reflection",
			"New stakeholder",
			"New health check",
			"Validate current note",
			"Create pre-meeting briefing",
			"Create alliance bases",
			"Export JSON schemas",
			"Rebuild index",
		]);
		for (const command of commands) expect(command.hotkeys).toBeUndefined();
		expect([...mock.cliHandlers__.keys()]).toEqual(["alliance-journal:dashboard", "alliance-journal:lint", "alliance-journal:briefing"]);
		plugin.unload();
	});

	it("leaves no listener, timer or interval behind when it is unloaded", async () => {
		const app = App.createConfigured__({ files: readVaultFiles() });
		const before = listenerCounts(app);
		const setInterval = vi.spyOn(window, "setInterval");
		const plugin = await loadPlugin(app);
		app.workspace.setLayoutReady__();
		await plugin.sync.whenIdle();
		const view = await openDashboard({ app, plugin });
		expect(listenerCounts(app)).not.toEqual(before);

		vi.useFakeTimers();
		// A pending refresh of the view and a pending save of the index.
		const meeting = app.vault.getFileByPath("Alliances/Northwind/Meetings/2026-11-19 Northwind.md");
		if (!meeting) throw new Error("no meeting");
		await app.vault.process(meeting, (text) => `${text}\n- [ ] One more thing`);
		await plugin.sync.whenIdle();
		expect(vi.getTimerCount()).toBeGreaterThan(0);

		// Obsidian closes the plugin's views, then unloads the plugin.
		await closeDashboard(view);
		plugin.unload();

		expect(listenerCounts(app)).toEqual(before);
		expect(vi.getTimerCount()).toBe(0);
		expect(setInterval).not.toHaveBeenCalled();
	});
});
