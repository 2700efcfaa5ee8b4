/// <reference types="node" />
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Plugin as MockPlugin, type TFile } from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadVault } from "../../src/cli/load-vault";
import { buildDashboard } from "../../src/core/analytics/dashboard";
import { VaultIndex } from "../../src/core/index/vault-index";
import { CHUNK_SIZE, type IndexState } from "../../src/obsidian/vault-sync";
import { asJson, cliModel, readVaultFiles, SNAPSHOT_PATH, startPlugin, TODAY, type Harness } from "./plugin-harness";
import { readSaved, savedByPath, writeSaved } from "../core/helpers/saved-index";

const PROFILE = "Alliances/Northwind/Northwind.md";
const LAST_MEETING = "Alliances/Northwind/Meetings/2026-11-19 Northwind.md";
const NOT_ALLIANCE_NOTES = ["Welcome.md", "Daily/2026-11-27.md", "Notes/Engagement model.md"];
/** Not alliance notes either, but read for their `aliases`: a conflict linked to one takes them as its theme's names. */
const THEME_NOTES = ["Notes/Data sharing.md"];
const exampleFiles = readVaultFiles();
const ALLIANCE_NOTES = Object.keys(exampleFiles).length - NOT_ALLIANCE_NOTES.length - THEME_NOTES.length;

function northwind(harness: Harness) {
	const alliance = harness.plugin.dashboard.model().alliances.find((candidate) => candidate.name.startsWith("Northwind"));
	if (!alliance) throw new Error("no Northwind");
	return alliance;
}

function fileAt(harness: Harness, path: string): TFile {
	const file = harness.app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	return file;
}

/** A session's saved index, after it has been written. */
async function savedSnapshot(harness: Harness): Promise<string> {
	await harness.plugin.sync.whenIdle();
	return harness.app.vault.adapter.read(SNAPSHOT_PATH);
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe("indexing the vault once the layout is ready", () => {
	it("leaves the templates folder alone: a template's blanks are no problems", async () => {
		const template = '---\ntype: alliance-meeting\nalliance: "{{alliance_link}}"\ndate: {{date}}\n---\n## Actions\n- [ ] {{title}} 📅 2020-01-01\n';
		const harness = await startPlugin({ ...exampleFiles, "Templates/alliance-meeting.md": template });
		const model = harness.plugin.dashboard.model();
		expect(model.problems.map((problem) => problem.path)).toEqual(["Alliances/Northwind/Meetings/2026-06-30 Northwind.md"]);
		expect(harness.plugin.sync.index.get("Templates/alliance-meeting.md")).toEqual({ note: null, problems: [] });
	});

	it("reads the alliance notes and records the other notes without reading them", async () => {
		const harness = await startPlugin(exampleFiles, { beforeLayoutReady: true });
		const cachedRead = vi.spyOn(harness.app.vault, "cachedRead");
		harness.app.workspace.setLayoutReady__();
		await harness.plugin.sync.whenIdle();

		const read = cachedRead.mock.calls.map(([file]) => file.path);
		expect(read).toHaveLength(ALLIANCE_NOTES + THEME_NOTES.length);
		for (const path of NOT_ALLIANCE_NOTES) expect(read).not.toContain(path);
		for (const path of THEME_NOTES) expect(read).toContain(path);
		// Known all the same, so links to them resolve as Obsidian resolves them.
		expect(harness.plugin.sync.index.size).toBe(Object.keys(exampleFiles).length);
		expect(harness.plugin.sync.index.notes()).toHaveLength(ALLIANCE_NOTES);
	});

	it("walks a large vault in chunks, giving the interface a turn between them, and says how far it is", async () => {
		const files: Record<string, string> = {};
		for (let number = 0; number < 2 * CHUNK_SIZE + 50; number++) files[`Notes/Note ${number}.md`] = `# Note ${number}`;
		const harness = await startPlugin(files, { beforeLayoutReady: true });
		const states: IndexState[] = [];
		vi.spyOn(harness.plugin.dashboard, "statusChanged").mockImplementation(() => states.push(harness.plugin.sync.state));
		const turns = vi.spyOn(window, "setTimeout");
		harness.app.workspace.setLayoutReady__();
		await harness.plugin.sync.whenIdle();

		expect(states.filter((state) => state.phase === "indexing")).toEqual([
			{ phase: "indexing", done: 0, total: 450 },
			{ phase: "indexing", done: 200, total: 450 },
			{ phase: "indexing", done: 400, total: 450 },
			{ phase: "indexing", done: 450, total: 450 },
		]);
		expect(states.at(-1)).toEqual({ phase: "ready" });
		expect(turns.mock.calls.filter(([, delay]) => delay === 0)).toHaveLength(2);
	});

	it("shows the state in the status bar: indexing, then ready", async () => {
		const harness = await startPlugin(exampleFiles, { beforeLayoutReady: true });
		const statusBar = MockPlugin.fromOriginalType2__(harness.plugin).statusBarItems__[0];
		expect(statusBar?.textContent).toBe("Alliance index: waiting for the vault");
		harness.app.workspace.setLayoutReady__();
		expect(statusBar?.textContent).toBe(`Alliance index: indexing… 0/${Object.keys(exampleFiles).length}`);
		await harness.plugin.sync.whenIdle();
		expect(statusBar?.textContent).toBe("Alliance index: ready");
		expect(statusBar?.getAttribute("aria-label")).toBe("The state of the alliance index");
	});
});

describe("following the vault", () => {
	it("an edited meeting updates the dashboard", async () => {
		const harness = await startPlugin();
		const before = northwind(harness).kpis.find((kpi) => kpi.key === "on_time_delivery")?.latest?.value;
		await harness.app.vault.process(fileAt(harness, LAST_MEETING), (text) => text.replace("kpi_on_time_delivery: 87.2", "kpi_on_time_delivery: 93.5"));
		await harness.plugin.sync.whenIdle();

		expect(before).toBe(87.2);
		expect(northwind(harness).kpis.find((kpi) => kpi.key === "on_time_delivery")?.latest?.value).toBe(93.5);
	});

	it("a new meeting written after the layout is ready joins its alliance", async () => {
		const harness = await startPlugin();
		const meetings = northwind(harness).counts.meetings;
		await harness.app.vault.create("Alliances/Northwind/Meetings/2026-11-26 Northwind.md", '---\ntype: alliance-meeting\nalliance: "[[Northwind]]"\ndate: 2026-11-26\n---\n## Conflicts\n- [ ] Capacity: the Antwerp depot is full\n');
		await harness.plugin.sync.whenIdle();

		expect(northwind(harness).counts.meetings).toBe(meetings + 1);
		expect(northwind(harness).lastMeeting).toBe("2026-11-26");
	});

	it("a deleted meeting leaves the dashboard", async () => {
		const harness = await startPlugin();
		const meetings = northwind(harness).counts.meetings;
		await harness.app.vault.delete(fileAt(harness, LAST_MEETING));
		await harness.plugin.sync.whenIdle();

		expect(northwind(harness).counts.meetings).toBe(meetings - 1);
		expect(northwind(harness).lastMeeting).toBe("2026-11-05");
		expect(harness.plugin.sync.index.get(LAST_MEETING)).toBeUndefined();
	});

	it("a moved meeting stays with its alliance, without being read again", async () => {
		const harness = await startPlugin();
		const meetings = northwind(harness).counts.meetings;
		const cachedRead = vi.spyOn(harness.app.vault, "cachedRead");
		await harness.app.fileManager.renameFile(fileAt(harness, LAST_MEETING), "Archive/2026-11-19 Northwind.md");
		await harness.plugin.sync.whenIdle();

		expect(northwind(harness).counts.meetings).toBe(meetings);
		expect(northwind(harness).briefing.sinceLastMeeting?.meeting.path).toBe("Archive/2026-11-19 Northwind.md");
		expect(cachedRead).not.toHaveBeenCalled();
	});

	it("a renamed alliance profile keeps its meetings once Obsidian has updated the links to it", async () => {
		const harness = await startPlugin();
		const { meetings, reflections, stakeholders } = northwind(harness).counts;
		await harness.app.fileManager.renameFile(fileAt(harness, PROFILE), "Alliances/Northwind/Northwind Logistics.md");
		// Obsidian then rewrites every link to the renamed note: each rewrite is a modify event.
		for (const file of harness.app.vault.getMarkdownFiles()) {
			const text = await harness.app.vault.read(file);
			if (text.includes("[[Northwind]]")) await harness.app.vault.process(file, (current) => current.replaceAll("[[Northwind]]", "[[Northwind Logistics]]"));
		}
		await harness.plugin.sync.whenIdle();

		const renamed = northwind(harness);
		expect(renamed.name).toBe("Northwind Logistics");
		expect(renamed.counts).toEqual({ meetings, reflections, stakeholders });
		expect(renamed.problems.filter((problem) => problem.code === "link-unresolved")).toEqual([]);
		expect(harness.plugin.dashboard.model().alliances.map((alliance) => alliance.name)).toEqual(["Northwind Logistics", "Zuiderzee"]);
	});

	it("a note edited by a tool that keeps its modification time is read again all the same", async () => {
		const harness = await startPlugin();
		const meeting = fileAt(harness, LAST_MEETING);
		const text = await harness.app.vault.read(meeting);
		const mtime = meeting.stat.mtime;
		await harness.app.vault.modify(meeting, text.replace("kpi_on_time_delivery: 87.2", "kpi_on_time_delivery: 90"));
		meeting.stat.mtime = mtime;
		await harness.plugin.sync.refreshFile(meeting.asOriginalType2__());

		expect(northwind(harness).kpis.find((kpi) => kpi.key === "on_time_delivery")?.latest?.value).toBe(90);
	});

	it("a rebuild reads every alliance note again into a new index", async () => {
		const harness = await startPlugin();
		const old = harness.plugin.sync.index;
		const notice = vi.spyOn(harness.plugin, "notify");
		await harness.plugin.rebuildIndex();

		expect(harness.plugin.sync.index).not.toBe(old);
		expect(harness.plugin.sync.index.stats.parsed).toBe(Object.keys(exampleFiles).length);
		expect(asJson(harness.plugin.dashboard.model())).toEqual(asJson(cliModel()));
		expect(notice).toHaveBeenCalledWith(`Index rebuilt: ${ALLIANCE_NOTES} alliance notes.`);
	});
});

describe("the saved index", () => {
	it("is kept out of data.json, in index.json in the plugin's folder", async () => {
		const harness = await startPlugin();
		const snapshot = await savedSnapshot(harness);

		expect(new VaultIndex().restore(snapshot)).toBe(true);
		expect(JSON.stringify(await harness.plugin.loadData())).not.toContain("entries");
	});

	it("after a restart, only the notes changed in between are parsed again", async () => {
		const first = await startPlugin();
		const snapshot = await savedSnapshot(first);
		first.plugin.unload();

		// Edited and added elsewhere (a sync from another device) while Obsidian was closed.
		const files = { ...exampleFiles };
		files[LAST_MEETING] = (files[LAST_MEETING] ?? "").replace("kpi_on_time_delivery: 87.2", "kpi_on_time_delivery: 91");
		files["Alliances/Zuiderzee/Zuiderzee.md"] = `${files["Alliances/Zuiderzee/Zuiderzee.md"] ?? ""}\nOne more line.\n`;
		files["Alliances/Northwind/Meetings/2026-11-26 Northwind.md"] = '---\ntype: alliance-meeting\nalliance: "[[Northwind]]"\ndate: 2026-11-26\n---\n';
		delete files["Alliances/Northwind/Meetings/2026-10-13 Northwind.md"];
		const second = await startPlugin(files, {
			snapshot,
			mtimes: { [LAST_MEETING]: 2_000, "Alliances/Zuiderzee/Zuiderzee.md": 2_000, "Alliances/Northwind/Meetings/2026-11-26 Northwind.md": 2_000 },
		});

		expect(second.plugin.sync.index.stats.parsed).toBe(3);
		expect(second.plugin.sync.index.get("Alliances/Northwind/Meetings/2026-10-13 Northwind.md")).toBeUndefined();
		const fresh = await startPlugin(files);
		expect(asJson(second.plugin.dashboard.model())).toEqual(asJson(fresh.plugin.dashboard.model()));
		expect(northwind(second).kpis.find((kpi) => kpi.key === "on_time_delivery")?.latest?.value).toBe(91);
	});

	it("after a restart with nothing changed, nothing is parsed and nothing is written", async () => {
		const first = await startPlugin();
		const snapshot = await savedSnapshot(first);
		const second = await startPlugin(exampleFiles, { snapshot, beforeLayoutReady: true });
		const write = vi.spyOn(second.app.vault.adapter, "write");
		second.app.workspace.setLayoutReady__();
		await second.plugin.sync.whenIdle();

		expect(second.plugin.sync.index.stats.parsed).toBe(0);
		// Every restored note decoded and checked in idle moments, none found damaged.
		expect(second.plugin.sync.index.waiting).toBe(0);
		expect(second.plugin.sync.index.takeDamaged()).toEqual([]);
		expect(write).not.toHaveBeenCalled();
		expect(asJson(second.plugin.dashboard.model())).toEqual(asJson(cliModel()));
	});

	it.each([
		["damaged JSON", '{"format":"alliance-journal-index","entries":[['],
		["another version", JSON.stringify({ format: "alliance-journal-index", version: 999, entries: [] })],
		["an index of the previous version (one JSON document)", JSON.stringify({ format: "alliance-journal-index", version: 7, entries: [["A.md", 1, { note: { type: "alliance" } }]] })],
	])("that is unusable (%s) is replaced by a full index, with no error for the user", async (_kind, snapshot) => {
		const error = vi.spyOn(console, "error");
		const warn = vi.spyOn(console, "warn");
		const debug = vi.spyOn(console, "debug").mockImplementation(() => undefined);
		const harness = await startPlugin(exampleFiles, { snapshot, beforeLayoutReady: true });
		const notify = vi.spyOn(harness.plugin, "notify");
		harness.app.workspace.setLayoutReady__();
		await harness.plugin.sync.whenIdle();

		expect(harness.plugin.sync.state).toEqual({ phase: "ready" });
		expect(harness.plugin.sync.index.stats.parsed).toBe(Object.keys(exampleFiles).length);
		expect(asJson(harness.plugin.dashboard.model())).toEqual(asJson(cliModel()));
		expect(notify).not.toHaveBeenCalled();
		expect(error).not.toHaveBeenCalled();
		expect(warn).not.toHaveBeenCalled();
		expect(debug).toHaveBeenCalled();
		// And the damaged file is replaced by a good one.
		expect(new VaultIndex().restore(await savedSnapshot(harness))).toBe(true);
	});

	it("is saved once after a burst of edits, a moment after the last one", async () => {
		const harness = await startPlugin();
		const write = vi.spyOn(harness.app.vault.adapter, "write");
		vi.useFakeTimers();
		try {
			const meeting = fileAt(harness, LAST_MEETING);
			for (let edit = 0; edit < 20; edit++) await harness.app.vault.process(meeting, (text) => `${text}\n- [ ] Edit ${edit}`);
			await harness.plugin.sync.whenIdle();
			expect(write.mock.calls.filter(([path]) => path === SNAPSHOT_PATH)).toHaveLength(0);
			await vi.runAllTimersAsync();
			expect(write.mock.calls.filter(([path]) => path === SNAPSHOT_PATH)).toHaveLength(1);
		} finally {
			vi.useRealTimers();
		}
	});
});

describe("notes that are not alliance notes", () => {
	it("are known by path without being read, and stay so when edited", async () => {
		const harness = await startPlugin({ ...exampleFiles, "Notes/Plain.md": "---\ntags: [x]\n---\nNothing here" });
		expect(harness.plugin.sync.index.get("Notes/Plain.md")).toEqual({ note: null, problems: [] });
		await harness.app.vault.process(fileAt(harness, "Notes/Plain.md"), (text) => `${text}\nMore`);
		await harness.plugin.sync.whenIdle();
		expect(harness.plugin.sync.index.get("Notes/Plain.md")).toEqual({ note: null, problems: [] });
	});

	it("become alliance notes when they get an alliance type", async () => {
		const harness = await startPlugin({ ...exampleFiles, "Notes/Plain.md": "# Later a meeting" });
		await harness.app.vault.modify(fileAt(harness, "Notes/Plain.md"), '---\ntype: alliance-meeting\nalliance: "[[Zuiderzee]]"\ndate: 2026-11-25\n---\n');
		await harness.plugin.sync.whenIdle();
		expect(harness.plugin.sync.index.get("Notes/Plain.md")?.note?.type).toBe("alliance-meeting");
	});
});

describe("stale cases end as a fresh full index", () => {
	/** The index's entries by path (order aside), as a restart would save them. */
	const entriesOf = (harness: Harness) => savedByPath(harness.plugin.sync.index.snapshot());
	const TEMPLATE = '---\ntype: alliance-meeting\nalliance: "{{alliance_link}}"\ndate: {{date}}\n---\n## Actions\n- [ ] {{title}} 📅 2020-01-01\n';
	const ZUIDERZEE_MEETINGS = "Alliances/Zuiderzee/Meetings";

	it("a new templates folder: the notes of the old one are read, those of the new one are left alone, as a fresh index with that setting", async () => {
		const files = { ...exampleFiles, "Templates/alliance-meeting.md": TEMPLATE };
		const harness = await startPlugin(files);
		const meetingsBefore = harness.plugin.dashboard.model().alliances.find((alliance) => alliance.name.startsWith("Zuiderzee"))?.counts;

		harness.plugin.settings.templatesFolder = ZUIDERZEE_MEETINGS;
		await harness.plugin.saveSettings();

		const fresh = await startPlugin(files, { settings: { templatesFolder: ZUIDERZEE_MEETINGS } });
		expect(asJson(harness.plugin.dashboard.model())).toEqual(asJson(fresh.plugin.dashboard.model()));
		expect(entriesOf(harness)).toEqual(entriesOf(fresh));
		// The template now has its blanks reported; Zuiderzee's meetings are no longer read.
		expect(harness.plugin.dashboard.model().problems.map((problem) => problem.path)).toContain("Templates/alliance-meeting.md");
		expect(harness.plugin.dashboard.model().alliances.find((alliance) => alliance.name.startsWith("Zuiderzee"))?.counts).not.toEqual(meetingsBefore);

		// And back again: as at the start.
		harness.plugin.settings.templatesFolder = "Templates";
		await harness.plugin.saveSettings();
		const original = await startPlugin(files);
		expect(asJson(harness.plugin.dashboard.model())).toEqual(asJson(original.plugin.dashboard.model()));
		expect(entriesOf(harness)).toEqual(entriesOf(original));
	});

	it("a note ending in .MD is a note for the full pass, the vault's events and the CLI alike", async () => {
		const upper = "Alliances/Northwind/Meetings/2026-11-26 Northwind.MD";
		const meeting = '---\ntype: alliance-meeting\nalliance: "[[Northwind]]"\ndate: 2026-11-26\n---\n## Conflicts\n- [ ] Pricing: again\n';
		const files = { ...exampleFiles, [upper]: meeting };

		// Full pass.
		const harness = await startPlugin(files);
		expect(harness.plugin.sync.index.get(upper)?.note?.type).toBe("alliance-meeting");
		// Events: the same note created after the start.
		const byEvent = await startPlugin(exampleFiles);
		await byEvent.app.vault.create(upper, meeting);
		await byEvent.plugin.sync.whenIdle();
		expect(asJson(byEvent.plugin.dashboard.model())).toEqual(asJson(harness.plugin.dashboard.model()));
		// A rebuild (a full pass over the same vault) keeps it.
		await byEvent.plugin.rebuildIndex();
		expect(asJson(byEvent.plugin.dashboard.model())).toEqual(asJson(harness.plugin.dashboard.model()));
		// The CLI over the same files on disk.
		const dir = mkdtempSync(join(tmpdir(), "alliance-journal-md-case-"));
		try {
			for (const [path, text] of Object.entries(files)) {
				mkdirSync(dirname(join(dir, path)), { recursive: true });
				writeFileSync(join(dir, path), text);
			}
			const cli = buildDashboard(loadVault(dir), { today: TODAY });
			expect(asJson(harness.plugin.dashboard.model())).toEqual(asJson(cli));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("an index.json that is valid JSON but damaged inside: the damaged entry is read again, and the dashboard is a fresh index's", async () => {
		const first = await startPlugin();
		const saved = readSaved(await savedSnapshot(first));
		const entry = saved.entries.find(([path]) => path === LAST_MEETING);
		const action = (entry?.[2].note?.actions as { line: unknown }[] | undefined)?.[0];
		if (!action) throw new Error("the last meeting has no action");
		action.line = "seven";
		const debug = vi.spyOn(console, "debug").mockImplementation(() => undefined);

		const second = await startPlugin(exampleFiles, { snapshot: writeSaved(saved.header, saved.entries) });

		expect(second.plugin.sync.index.stats.parsed).toBe(1);
		expect(() => second.plugin.dashboard.model()).not.toThrow();
		expect(asJson(second.plugin.dashboard.model())).toEqual(asJson(cliModel()));
		expect(entriesOf(second)).toEqual(entriesOf(first));
		expect(debug).toHaveBeenCalled();
	});
});
