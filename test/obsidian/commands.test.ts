import { afterEach, describe, expect, it, vi } from "vitest";
import { scopeDashboard, scopedModel } from "../../src/core/present/scope";
import { noteJsonSchemas } from "../../src/core/schema/json-schema";
import { briefingMarkdown } from "../../src/core/present/briefing-markdown";
import { wordsFor } from "../../src/core/present/words";
import { type AllianceChoice, AllianceSuggestModal } from "../../src/obsidian/alliance-suggest-modal";
import { DASHBOARD_VIEW_TYPE } from "../../src/obsidian/dashboard-view";
import { ProblemsModal } from "../../src/obsidian/problems-modal";
import { cliModel, commandsOf, fileText, readVaultFiles, runCommand, startPlugin, type Harness } from "./plugin-harness";

const NEW_MEETING = "Alliances/Northwind/Meetings/2026-11-27 Northwind.md";

/** Catches the alliance pickers the commands open, instead of showing them. */
function catchPickers(): AllianceSuggestModal[] {
	const opened: AllianceSuggestModal[] = [];
	vi.spyOn(AllianceSuggestModal.prototype, "open").mockImplementation(function (this: AllianceSuggestModal) {
		opened.push(this);
	});
	return opened;
}

/** Picks the suggestion for what was typed, as pressing Enter does. */
function choose(picker: AllianceSuggestModal | undefined, typed: string): AllianceChoice {
	if (!picker) throw new Error("no alliance picker opened");
	const [first] = picker.getSuggestions(typed);
	if (!first) throw new Error(`nothing suggested for ${typed}`);
	picker.onChooseSuggestion(first);
	return first;
}

async function created(harness: Harness, path: string): Promise<string> {
	await vi.waitFor(() => expect(harness.app.workspace.getActiveFile()?.path).toBe(path));
	return fileText(harness.app, path);
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe("New meeting note", () => {
	it("asks for the alliance, most recently met first, and writes the meeting from its template with what is still open", async () => {
		const harness = await startPlugin();
		const pickers = catchPickers();
		runCommand(harness.plugin, "new-meeting-note");

		const names = pickers[0]?.getSuggestions("").map((choice) => (choice.kind === "existing" ? choice.group.profile.basename : choice.kind));
		expect(names).toEqual(["Northwind", "Zuiderzee"]);
		choose(pickers[0], "nrthw");
		const text = await created(harness, NEW_MEETING);

		expect(text).toMatch(/^---\ntype: alliance-meeting\nalliance: "\[\[Northwind\]\]"\ndate: 2026-11-27\n/);
		expect(text).toContain("\nkpi_on_time_delivery:\n");
		expect(text).toContain("- Send the ten-deal pricing analysis to Tom and James (from [[2026-11-19 Northwind]]) @sanne — 2026-12-04");
		expect(text).toContain("- Pricing: the interim tiers have lapsed; Northwind wants them made permanent, we want the ten-deal analysis first (from [[2026-11-19 Northwind]])");
		expect(text).not.toContain("Add Tailspin Fresh to the joint reference list");
	});

	it("never overwrites: a second meeting on the same day gets a free name", async () => {
		const harness = await startPlugin();
		const pickers = catchPickers();
		runCommand(harness.plugin, "new-meeting-note");
		choose(pickers[0], "Northwind");
		const first = await created(harness, NEW_MEETING);
		const meeting = harness.app.vault.getFileByPath(NEW_MEETING);
		if (!meeting) throw new Error("no meeting");
		await harness.app.vault.process(meeting, (text) => `${text}\nMy notes.`);

		runCommand(harness.plugin, "new-meeting-note");
		choose(pickers[1], "Northwind");
		await created(harness, "Alliances/Northwind/Meetings/2026-11-27 Northwind 2.md");
		expect(await fileText(harness.app, NEW_MEETING)).toBe(`${first}\nMy notes.`);
	});

	it("uses the user's template from the templates folder", async () => {
		const template = '---\ntype: alliance-meeting\nalliance: "{{alliance_link}}"\ndate: {{date}}\n---\n# {{alliance}} on {{date:dddd}}\n{{open_conflicts}}\n';
		const harness = await startPlugin({ ...readVaultFiles(), "Templates/alliance-meeting.md": template });
		const pickers = catchPickers();
		runCommand(harness.plugin, "new-meeting-note");
		choose(pickers[0], "Zuiderzee");
		const text = await created(harness, "Alliances/Zuiderzee/Meetings/2026-11-27 Zuiderzee.md");

		expect(text).toMatch(/^---\ntype: alliance-meeting\nalliance: "\[\[Zuiderzee\]\]"\ndate: 2026-11-27\n---\n# Zuiderzee on Friday\n- Prijs: /);
	});

	it("says so when there is no alliance yet", async () => {
		const harness = await startPlugin({});
		const pickers = catchPickers();
		const notify = vi.spyOn(harness.plugin, "notify");
		runCommand(harness.plugin, "new-meeting-note");

		expect(pickers).toEqual([]);
		expect(notify).toHaveBeenCalledWith("No alliances yet: create one with “New alliance” first.");
	});
});

describe("New reflection and New stakeholder", () => {
	it("write a reflection carrying the open conflicts", async () => {
		const harness = await startPlugin();
		const pickers = catchPickers();
		runCommand(harness.plugin, "new-reflection");
		choose(pickers[0], "zuid");
		const text = await created(harness, "Alliances/Zuiderzee/Reflections/2026-11-27 Reflection Zuiderzee.md");

		expect(text).toMatch(/^---\ntype: alliance-reflection\nalliance: "\[\[Zuiderzee\]\]"\ndate: 2026-11-27\n/);
		expect(text).toContain("- Prijs: budget voor 2027 bevroren tot er een nieuw prijsvoorstel per team ligt (from [[2026-10-13 Zuiderzee]])");
	});

	it("write a stakeholder linked to the alliance", async () => {
		const harness = await startPlugin();
		const pickers = catchPickers();
		runCommand(harness.plugin, "new-stakeholder");
		choose(pickers[0], "Northwind");
		const text = await created(harness, "Stakeholders/New stakeholder.md");

		expect(text).toMatch(/^---\ntype: alliance-stakeholder\nalliances:\n {2}- "\[\[Northwind\]\]"\n/);
		expect(text).toContain("last_contact: 2026-11-27");
	});
});

describe("New health check", () => {
	it("is a command without a hotkey, named in sentence case", async () => {
		const harness = await startPlugin();
		const command = commandsOf(harness.plugin).get("new-health-check");
		expect(command?.name).toMatch(/New health check$/);
		expect(command?.hotkeys ?? []).toEqual([]);
	});

	it("asks for the alliance and writes a health check with both sides' ratings per dimension", async () => {
		const harness = await startPlugin();
		const pickers = catchPickers();
		runCommand(harness.plugin, "new-health-check");
		choose(pickers[0], "North");
		const text = await created(harness, "Alliances/Northwind/Health checks/2026-11-27 Health check Northwind.md");

		expect(text).toMatch(/^---\ntype: alliance-health-check\nalliance: "\[\[Northwind\]\]"\ndate: 2026-11-27\n/);
		expect(text).toMatch(/^ours_trust:\ntheirs_trust:$/m);
		expect(text).toContain("## Openness on decisions and resources");
	});
});

describe("New alliance", () => {
	it("offers the name typed and writes the alliance profile", async () => {
		const harness = await startPlugin();
		const pickers = catchPickers();
		runCommand(harness.plugin, "new-alliance");
		expect(choose(pickers[0], "Contoso")).toEqual({ kind: "new", name: "Contoso" });
		const text = await created(harness, "Alliances/Contoso/Contoso.md");

		expect(text).toMatch(/^---\ntype: alliance\npartner: "Contoso"\n/);
		await harness.plugin.sync.whenIdle();
		expect(harness.plugin.dashboard.model().alliances.map((alliance) => alliance.name)).toEqual(["Contoso", "Northwind", "Zuiderzee"]);
	});

	it("opens the existing profile instead of writing a second one", async () => {
		const harness = await startPlugin();
		const pickers = catchPickers();
		const notify = vi.spyOn(harness.plugin, "notify");
		const create = vi.spyOn(harness.app.vault, "create");
		runCommand(harness.plugin, "new-alliance");
		const choice = choose(pickers[0], "northwind");

		expect(choice.kind).toBe("existing");
		await vi.waitFor(() => expect(harness.app.workspace.getActiveFile()?.path).toBe("Alliances/Northwind/Northwind.md"));
		expect(notify).toHaveBeenCalledWith("The alliance Northwind already exists: its profile is open.");
		expect(create).not.toHaveBeenCalled();
	});
});

describe("Validate current note", () => {
	it("is offered only while a note is open", async () => {
		const harness = await startPlugin();
		const command = commandsOf(harness.plugin).get("validate-current-note");
		expect(command?.checkCallback?.(true)).toBe(false);

		await harness.app.workspace.openLinkText("Welcome.md", "", false);
		expect(command?.checkCallback?.(true)).toBe(true);
	});

	it("shows the problems of the open note", async () => {
		const files = { ...readVaultFiles(), "Alliances/Northwind/Meetings/2026-11-25 Northwind.md": '---\ntype: alliance-meeting\nalliance: "[[Northwind]]"\ndate: 2026-11-25\ntrust: 7\n---\n' };
		const harness = await startPlugin(files);
		const modals = vi.spyOn(ProblemsModal.prototype, "open");
		await harness.app.workspace.openLinkText("Alliances/Northwind/Meetings/2026-11-25 Northwind.md", "", false);
		runCommand(harness.plugin, "validate-current-note");

		await vi.waitFor(() => expect(modals).toHaveBeenCalledTimes(1));
		expect((modals.mock.contexts[0] as ProblemsModal | undefined)?.titleEl.textContent).toBe("Problems in 2026-11-25 Northwind");
	});

	it("says so when the note has no problems", async () => {
		const harness = await startPlugin();
		const notify = vi.spyOn(harness.plugin, "notify");
		await harness.app.workspace.openLinkText("Alliances/Northwind/Meetings/2026-11-19 Northwind.md", "", false);
		runCommand(harness.plugin, "validate-current-note");

		await vi.waitFor(() => expect(notify).toHaveBeenCalledWith("No problems in Alliances/Northwind/Meetings/2026-11-19 Northwind.md."));
	});
});

describe("Create pre-meeting briefing", () => {
	it("writes the briefing note of the alliance chosen, as the CLI's dashboard --markdown does", async () => {
		const harness = await startPlugin();
		const pickers = catchPickers();
		runCommand(harness.plugin, "create-pre-meeting-briefing");
		choose(pickers[0], "Northwind");
		const path = "Alliances/Northwind/Briefings/2026-11-27 Briefing Northwind.md";
		const text = await created(harness, path);

		const model = cliModel();
		const northwind = scopeDashboard(model, "Northwind");
		if (!northwind) throw new Error("no Northwind");
		expect(text).toBe(briefingMarkdown(scopedModel(model, northwind), wordsFor("en")));

		runCommand(harness.plugin, "create-pre-meeting-briefing");
		choose(pickers[1], "Northwind");
		await created(harness, "Alliances/Northwind/Briefings/2026-11-27 Briefing Northwind 2.md");
		expect(await fileText(harness.app, path)).toBe(text);
	});

	it("offers only the alliances there are", async () => {
		const harness = await startPlugin();
		const pickers = catchPickers();
		runCommand(harness.plugin, "create-pre-meeting-briefing");
		expect(pickers[0]?.getSuggestions("Contoso")).toEqual([]);
	});
});

describe("Export JSON schemas", () => {
	it("writes one schema per note type, and updates them when run again", async () => {
		const harness = await startPlugin({});
		runCommand(harness.plugin, "export-json-schemas");
		const schemas = noteJsonSchemas();
		for (const type of ["alliance", "alliance-meeting", "alliance-reflection", "alliance-stakeholder"] as const) {
			const path = `Alliance Journal/schemas/${type}.schema.json`;
			await vi.waitFor(() => expect(harness.app.vault.getFileByPath(path)).not.toBeNull());
			expect(JSON.parse(await fileText(harness.app, path))).toEqual(schemas[type]);
		}

		const meetingSchema = harness.app.vault.getFileByPath("Alliance Journal/schemas/alliance-meeting.schema.json");
		if (!meetingSchema) throw new Error("no schema");
		await harness.app.vault.modify(meetingSchema, "{}");
		runCommand(harness.plugin, "export-json-schemas");
		await vi.waitFor(async () => expect(JSON.parse(await fileText(harness.app, meetingSchema.path))).toEqual(schemas["alliance-meeting"]));
	});
});

describe("Rebuild index and Open dashboard", () => {
	it("rebuild the index and open the view", async () => {
		const harness = await startPlugin();
		const old = harness.plugin.sync.index;
		runCommand(harness.plugin, "rebuild-index");
		runCommand(harness.plugin, "open-dashboard");

		await vi.waitFor(() => expect(harness.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(1));
		expect(harness.plugin.sync.index).not.toBe(old);
	});
});
