import { afterEach, describe, expect, it, vi } from "vitest";
import { createJournalNote, userTemplate } from "../../src/obsidian/create-note";
import { fileText, readVaultFiles, startPlugin } from "./plugin-harness";

afterEach(() => {
	vi.restoreAllMocks();
});

describe("creating a journal note", () => {
	it("follows the alliances folder setting for new alliances, meetings and reflections", async () => {
		const harness = await startPlugin({}, { settings: { alliancesFolder: "Work/Partners/" } });
		await createJournalNote(harness.plugin, "alliance", "Acme");
		await harness.plugin.sync.whenIdle();
		await createJournalNote(harness.plugin, "alliance-meeting", "acme");

		expect(harness.app.vault.getFileByPath("Work/Partners/Acme/Acme.md")).not.toBeNull();
		expect(harness.app.vault.getFileByPath("Work/Partners/Acme/Meetings/2026-11-27 Acme.md")).not.toBeNull();
	});

	it("follows a path pattern set for a note type", async () => {
		const harness = await startPlugin(readVaultFiles(), { settings: { pathPatterns: { "alliance-meeting": "Journal/{{date}} - {{alliance}}.md" } } });
		const file = await createJournalNote(harness.plugin, "alliance-meeting", "Northwind");
		expect(file?.path).toBe("Journal/2026-11-27 - Northwind.md");
	});

	it("writes Dutch notes in Dutch", async () => {
		const harness = await startPlugin(readVaultFiles(), { settings: { language: "nl" } });
		const file = await createJournalNote(harness.plugin, "alliance-reflection", "Zuiderzee");
		expect(file?.path).toBe("Alliances/Zuiderzee/Reflections/2026-11-27 Reflectie Zuiderzee.md");
		expect(await fileText(harness.app, file?.path ?? "")).toContain("# Reflectie 27 november 2026");
	});

	it("a health check asks for the dimensions set in the settings, and lints clean", async () => {
		const harness = await startPlugin(readVaultFiles(), { settings: { healthCheckDimensions: "Trust, market access, trust" } });
		const file = await createJournalNote(harness.plugin, "alliance-health-check", "Northwind");
		expect(file?.path).toBe("Alliances/Northwind/Health checks/2026-11-27 Health check Northwind.md");
		const text = await fileText(harness.app, file?.path ?? "");
		expect(text.match(/^(?:ours|theirs)_\w+:$/gm)).toEqual(["ours_trust:", "theirs_trust:", "ours_market_access:", "theirs_market_access:"]);
		expect(text.match(/^## .+$/gm)).toEqual(["## Trust", "## Market access"]);
		await harness.plugin.sync.whenIdle();
		expect(harness.plugin.sync.index.problems().filter((problem) => problem.path === file?.path)).toEqual([]);
	});

	it("treats names that differ only in case as taken", async () => {
		const files = { ...readVaultFiles(), "alliances/northwind/meetings/2026-11-27 northwind.md": "mine" };
		const harness = await startPlugin(files);
		const file = await createJournalNote(harness.plugin, "alliance-meeting", "Northwind");
		expect(file?.path).toBe("Alliances/Northwind/Meetings/2026-11-27 Northwind 2.md");
		expect(await fileText(harness.app, "alliances/northwind/meetings/2026-11-27 northwind.md")).toBe("mine");
	});

	it("writes nothing for an alliance the vault does not have", async () => {
		const harness = await startPlugin();
		const notify = vi.spyOn(harness.plugin, "notify");
		expect(await createJournalNote(harness.plugin, "alliance-meeting", "Contoso")).toBeUndefined();
		expect(notify).toHaveBeenCalledWith("There is no alliance named Contoso.");
	});

	it("reads the user's template from the templates folder, if there is one", async () => {
		const harness = await startPlugin({ "My templates/alliance.md": "---\ntype: alliance\n---\n# {{alliance}}" }, { settings: { templatesFolder: "/My templates/" } });
		expect(await userTemplate(harness.plugin.app, "/My templates/", "alliance")).toBe("---\ntype: alliance\n---\n# {{alliance}}");
		expect(await userTemplate(harness.plugin.app, "/My templates/", "alliance-meeting")).toBeUndefined();
		const file = await createJournalNote(harness.plugin, "alliance", "Acme");
		expect(await fileText(harness.app, file?.path ?? "")).toBe("---\ntype: alliance\n---\n# Acme");
	});
});

describe("a journal note never takes an alliance's name, a taken name or a place outside the vault", () => {
	it("refuses a note a path pattern would name like an alliance, and writes nothing", async () => {
		const harness = await startPlugin(readVaultFiles(), { settings: { pathPatterns: { "alliance-stakeholder": "People/{{alliance}}.md" } } });
		const notify = vi.spyOn(harness.plugin, "notify");
		const create = vi.spyOn(harness.app.vault, "create");
		expect(await createJournalNote(harness.plugin, "alliance-stakeholder", "Northwind")).toBeUndefined();
		expect(notify).toHaveBeenCalledWith(
			"A note named Northwind would take over every [[Northwind]] link of the alliance Northwind, and its meetings would vanish from the dashboard. Choose another path pattern: nothing was written.",
		);
		expect(create).not.toHaveBeenCalled();
	});

	it("says so in Dutch", async () => {
		const harness = await startPlugin(readVaultFiles(), { settings: { language: "nl", pathPatterns: { "alliance-meeting": "{{alliance}}.md" } } });
		const notify = vi.spyOn(harness.plugin, "notify");
		expect(await createJournalNote(harness.plugin, "alliance-meeting", "Zuiderzee")).toBeUndefined();
		expect(notify).toHaveBeenCalledWith(expect.stringMatching(/^Een notitie met de naam Zuiderzee zou elke \[\[Zuiderzee\]\]-link van de alliantie Zuiderzee overnemen/));
	});

	it("a name taken while writing (another device, a sync) gives the next free name, and theirs is kept", async () => {
		const harness = await startPlugin();
		const taken = "Alliances/Northwind/Meetings/2026-11-27 Northwind.md";
		// On disk, but not yet among the vault's files: synced a moment ago.
		await harness.app.vault.adapter.write(taken, "theirs");
		const file = await createJournalNote(harness.plugin, "alliance-meeting", "Northwind");
		expect(file?.path).toBe("Alliances/Northwind/Meetings/2026-11-27 Northwind 2.md");
		expect(await harness.app.vault.adapter.read(taken)).toBe("theirs");
	});

	it("50 pairs of new meetings at once for the same alliance and day give 100 notes", async () => {
		const harness = await startPlugin();
		const pairs = Array.from({ length: 50 }, () => Promise.all([0, 1].map(() => createJournalNote(harness.plugin, "alliance-meeting", "Northwind"))));
		const files = (await Promise.all(pairs)).flat();
		const paths = files.map((file) => file?.path);
		expect(paths.every((path) => path?.startsWith("Alliances/Northwind/Meetings/2026-11-27 Northwind"))).toBe(true);
		expect(new Set(paths).size).toBe(100);
	}, 60_000);
});

