/// <reference types="node" />
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_STATUS_TYPES } from "../../src/core/task-status";
import { join } from "node:path";
import { TASKS_SETTINGS } from "../fixtures/tasks-settings";
import { readVaultFiles, runCommand, startPlugin } from "./plugin-harness";

const FIXTURE = readVaultFiles(join(import.meta.dirname, "../fixtures/tasks-vault"));
const openOf = (model: ReturnType<Awaited<ReturnType<typeof startPlugin>>["plugin"]["dashboard"]["model"]>) =>
	model.alliances[0]?.actions.open.map((entry) => entry.description) ?? [];

describe("the Tasks plugin's status settings in Obsidian", () => {
	it("without them, Tasks' defaults: cancelled and done are not open, an unknown symbol is", async () => {
		const { plugin } = await startPlugin(FIXTURE);
		const open = openOf(plugin.dashboard.model());
		expect(open).toContain("Draft the joint plan");
		expect(open).toContain("Confirm the budget");
		expect(open).not.toContain("Book the venue");
		expect(open).not.toContain("Book the room");
		expect(plugin.statusTypes).toBe(DEFAULT_STATUS_TYPES);
	});

	it("reads them from the vault's configuration folder once the layout is ready: `d` is done, `~` not a task", async () => {
		const harness = await startPlugin(FIXTURE, { beforeLayoutReady: true });
		const { app, plugin } = harness;
		const path = `${app.vault.configDir}/plugins/obsidian-tasks-plugin/data.json`;
		await app.vault.adapter.write(path, JSON.stringify(TASKS_SETTINGS));
		app.workspace.setLayoutReady__();
		await plugin.sync.whenIdle();
		await vi.waitFor(() => expect(plugin.statusTypes.d).toBe("DONE"));
		const model = plugin.dashboard.model();
		expect(openOf(model)).not.toContain("Confirm the budget");
		expect(openOf(model)).not.toContain("Pro: one roadmap for both teams");
		expect(model.alliances[0]?.actions.overdue).toBe(2);
		expect(model.alliances[0]?.conflicts.find((theme) => theme.label === "Data sharing")?.status).toBe("resolved");
	});

	it("a change of them is followed on Rebuild index", async () => {
		const { app, plugin } = await startPlugin(FIXTURE);
		expect(openOf(plugin.dashboard.model())).toContain("Confirm the budget");
		await app.vault.adapter.write(`${app.vault.configDir}/plugins/obsidian-tasks-plugin/data.json`, JSON.stringify(TASKS_SETTINGS));
		runCommand(plugin, "rebuild-index");
		await vi.waitFor(() => expect(plugin.statusTypes.d).toBe("DONE"));
		await plugin.sync.whenIdle();
		expect(openOf(plugin.dashboard.model())).not.toContain("Confirm the budget");
	});
});
