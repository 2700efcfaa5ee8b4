import type { PluginManifest } from "obsidian";
import { App } from "obsidian-test-mocks/obsidian";
import { describe, expect, it, vi } from "vitest";
import manifestJson from "../manifest.json";
import AllianceJournalPlugin from "../src/main";

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

describe("AllianceJournalPlugin", () => {
	it("is constructed with the app and its manifest", () => {
		const app = App.createConfigured__();
		const plugin = new AllianceJournalPlugin(app.asOriginalType__(), manifest);
		expect(plugin.manifest.id).toBe("alliance-journal");
		expect(plugin.app).toBe(app.asOriginalType__());
	});

	it("loads and reaches layout-ready without reading any file", async () => {
		const app = App.createConfigured__({ files: { "Meetings/2026-01-05 Acme.md": "# Acme" } });
		const reads = spyOnFileReads(app);
		const plugin = new AllianceJournalPlugin(app.asOriginalType__(), manifest);

		await expect(plugin.onload()).resolves.toBeUndefined();
		app.workspace.setLayoutReady__();
		plugin.onunload();

		for (const read of reads) {
			expect(read).not.toHaveBeenCalled();
		}
	});
});
