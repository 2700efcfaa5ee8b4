/**
 * The command "Create alliance bases" on the in-memory Obsidian: it asks
 * for an alliance (or all), writes their `.base` files next to each
 * profile with the same text as the core (and the CLI) makes, and never
 * replaces a file that is already there.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { allianceBases, allianceBasesInput } from "../../src/core/bases/alliance-bases";
import { type AllianceChoice, AllianceSuggestModal } from "../../src/obsidian/alliance-suggest-modal";
import { commandsOf, fileText, runCommand, startPlugin } from "./plugin-harness";

/** Catches the alliance pickers the command opens, instead of showing them. */
function catchPickers(): AllianceSuggestModal[] {
	const opened: AllianceSuggestModal[] = [];
	vi.spyOn(AllianceSuggestModal.prototype, "open").mockImplementation(function (this: AllianceSuggestModal) {
		opened.push(this);
	});
	return opened;
}

/** The suggestions' labels for what was typed. */
function labels(picker: AllianceSuggestModal | undefined, typed: string): string[] {
	return (picker?.getSuggestions(typed) ?? []).map((choice: AllianceChoice) => (choice.kind === "existing" ? choice.group.profile.basename : choice.kind));
}

afterEach(() => {
	vi.restoreAllMocks();
});

const NORTHWIND_BASES = [
	"Alliances/Northwind/Northwind meetings.base",
	"Alliances/Northwind/Northwind reflections.base",
	"Alliances/Northwind/Northwind stakeholders.base",
	"Alliances/Northwind/Northwind health checks.base",
];

describe("Create alliance bases", () => {
	it("is a command in sentence case without a default hotkey", async () => {
		const { plugin } = await startPlugin();
		const command = commandsOf(plugin).get("create-alliance-bases");
		expect(command?.name).toBe("Create alliance bases");
		expect(command?.hotkeys).toBeUndefined();
	});

	it("offers all alliances first, then each alliance, most recently met first", async () => {
		const harness = await startPlugin();
		const pickers = catchPickers();
		runCommand(harness.plugin, "create-alliance-bases");
		expect(labels(pickers[0], "")).toEqual(["all", "Northwind", "Zuiderzee"]);
		expect(labels(pickers[0], "zuid")).toEqual(["Zuiderzee"]);
		expect(labels(pickers[0], "all")).toEqual(["all"]);
	});

	it("writes the chosen alliance's bases next to its profile, with the core's text, and says so", async () => {
		const harness = await startPlugin();
		const notify = vi.spyOn(harness.plugin, "notify");
		const pickers = catchPickers();
		runCommand(harness.plugin, "create-alliance-bases");
		const northwind = pickers[0]?.getSuggestions("Northwind").find((choice) => choice.kind === "existing");
		if (!northwind) throw new Error("no Northwind");
		pickers[0]?.onChooseSuggestion(northwind);
		await vi.waitFor(() => expect(notify).toHaveBeenCalledWith(`4 bases written: ${NORTHWIND_BASES.join(", ")}`));
		const group = harness.plugin.sync.index.alliances().find((candidate) => candidate.profile.basename === "Northwind");
		if (!group) throw new Error("no Northwind");
		for (const base of allianceBases(allianceBasesInput(group), "en")) expect(await fileText(harness.app, base.path)).toBe(base.text);
		expect(harness.app.vault.getFileByPath("Alliances/Zuiderzee/Zuiderzee meetings.base")).toBeNull();
	});

	it("for all alliances, leaves a base that is already there as it is and names it", async () => {
		const harness = await startPlugin();
		const mine = await harness.app.vault.create(NORTHWIND_BASES[0] ?? "", "views: []\n");
		const notify = vi.spyOn(harness.plugin, "notify");
		const pickers = catchPickers();
		runCommand(harness.plugin, "create-alliance-bases");
		const all = pickers[0]?.getSuggestions("")[0];
		if (all?.kind !== "all") throw new Error("no 'All alliances'");
		pickers[0]?.onChooseSuggestion(all);
		await vi.waitFor(() => expect(notify).toHaveBeenCalledWith(`Already there, left as it was: ${NORTHWIND_BASES[0]}`));
		expect(notify).toHaveBeenCalledWith(expect.stringMatching(/^7 bases written: /));
		expect(await harness.app.vault.read(mine)).toBe("views: []\n");
		expect(harness.app.vault.getFileByPath("Alliances/Zuiderzee/Zuiderzee stakeholders.base")).not.toBeNull();
	});

	it("speaks Dutch in the picker, the notice and the files' names with the language set to Dutch", async () => {
		const harness = await startPlugin(undefined, { settings: { language: "nl" } });
		const notify = vi.spyOn(harness.plugin, "notify");
		const pickers = catchPickers();
		runCommand(harness.plugin, "create-alliance-bases");
		const zuiderzee = pickers[0]?.getSuggestions("Zuiderzee").find((choice) => choice.kind === "existing");
		if (!zuiderzee) throw new Error("no Zuiderzee");
		pickers[0]?.onChooseSuggestion(zuiderzee);
		await vi.waitFor(() => expect(notify).toHaveBeenCalledWith(expect.stringMatching(/^4 bases geschreven: Alliances\/Zuiderzee\/Zuiderzee overleggen\.base, /)));
	});
});
