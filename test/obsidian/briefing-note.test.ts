import { afterEach, describe, expect, it, vi } from "vitest";
import { writeBriefing } from "../../src/obsidian/briefing-note";
import { fileText, readVaultFiles, startPlugin } from "./plugin-harness";

afterEach(() => {
	vi.restoreAllMocks();
});

describe("the pre-meeting briefing note", () => {
	it("goes next to the alliance's profile, named after the day, and is opened", async () => {
		const harness = await startPlugin();
		const notify = vi.spyOn(harness.plugin, "notify");
		const file = await writeBriefing(harness.plugin, "zuiderzee");
		const path = "Alliances/Zuiderzee/Briefings/2026-11-27 Briefing Zuiderzee.md";

		expect(file?.path).toBe(path);
		expect(harness.app.workspace.getActiveFile()?.path).toBe(path);
		expect(await fileText(harness.app, path)).toMatch(/^---\ntags:\n {2}- alliance-briefing\nalliance: "\[\[Zuiderzee\]\]"\ndate: 2026-11-27\n/);
		expect(notify).toHaveBeenCalledWith(`Briefing written to ${path}`);
	});

	it("is written in the plugin's language and is not itself an alliance note", async () => {
		const harness = await startPlugin(readVaultFiles(), { settings: { language: "nl" } });
		const file = await writeBriefing(harness.plugin, "Zuiderzee");
		await harness.plugin.sync.whenIdle();
		expect(await fileText(harness.app, file?.path ?? "")).toContain("# Voor het volgende overleg: Zuiderzee");
		expect(harness.plugin.sync.index.get(file?.path ?? "")).toEqual({ note: null, problems: [] });
	});

	it("is not written for an alliance the vault does not have", async () => {
		const harness = await startPlugin();
		const notify = vi.spyOn(harness.plugin, "notify");
		expect(await writeBriefing(harness.plugin, "Contoso")).toBeUndefined();
		expect(notify).toHaveBeenCalledWith("There is no alliance named Contoso.");
	});
});
