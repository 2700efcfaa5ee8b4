import { afterEach, describe, expect, it, vi } from "vitest";
import { type AllianceChoice, AllianceSuggestModal, byMostRecentMeeting } from "../../src/obsidian/alliance-suggest-modal";
import { pluginTranslator } from "../../src/obsidian/language";
import { readVaultFiles, startPlugin, type Harness } from "./plugin-harness";

const t = pluginTranslator("en");

function names(choices: AllianceChoice[]): string[] {
	return choices.map((choice) => (choice.kind === "existing" ? choice.group.profile.basename : choice.kind === "new" ? `new: ${choice.name}` : "all"));
}

/** The example vault, with a Zuiderzee meeting held after Northwind's last one (its prepared next meeting is not one), and an alliance never met. */
async function vault(): Promise<Harness> {
	return startPlugin({
		...readVaultFiles(),
		"Alliances/Zuiderzee/Meetings/2026-11-26 Zuiderzee.md": '---\ntype: alliance-meeting\nalliance: "[[Zuiderzee]]"\ndate: 2026-11-26\ntrust: 4\n---\n',
		"Alliances/Acme/Acme.md": "---\ntype: alliance\npartner: Acme Corp\n---\n",
	});
}

function picker(harness: Harness, allowNew = false, onChoose = vi.fn()) {
	return new AllianceSuggestModal(harness.plugin.app, harness.plugin.sync.index.alliances(), { allowNew, t }, onChoose);
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe("choosing an alliance", () => {
	it("lists the most recently met first, those never met last", async () => {
		const harness = await vault();
		expect(names(picker(harness).getSuggestions(""))).toEqual(["Zuiderzee", "Northwind", "Acme"]);
		expect(byMostRecentMeeting(harness.plugin.sync.index.alliances()).map((group) => group.profile.basename)).toEqual(["Zuiderzee", "Northwind", "Acme"]);
	});

	it("finds an alliance by a fuzzy match on its name or an alias, keeping that order", async () => {
		const harness = await vault();
		expect(names(picker(harness).getSuggestions("nw"))).toEqual(["Northwind"]);
		expect(names(picker(harness).getSuggestions("NWL"))).toEqual(["Northwind"]);
		expect(names(picker(harness).getSuggestions("e"))).toEqual(["Zuiderzee", "Acme"]);
		expect(names(picker(harness).getSuggestions("xyz"))).toEqual([]);
	});

	it("for a new alliance, offers the name typed first, unless an alliance has it", async () => {
		const harness = await vault();
		expect(names(picker(harness, true).getSuggestions("Acme Two"))).toEqual(["new: Acme Two"]);
		expect(names(picker(harness, true).getSuggestions("acm"))).toEqual(["new: acm", "Acme"]);
		expect(names(picker(harness, true).getSuggestions("acme"))).toEqual(["Acme"]);
		expect(names(picker(harness, true).getSuggestions("  "))).toEqual(["Zuiderzee", "Northwind", "Acme"]);
	});

	it("shows each alliance with its partner and when it last met", async () => {
		const harness = await vault();
		const modal = picker(harness);
		const [zuiderzee, , acme] = modal.getSuggestions("");
		const el = activeDocument.body.createDiv();
		if (!zuiderzee || !acme) throw new Error("missing suggestions");
		modal.renderSuggestion(zuiderzee, el);
		modal.renderSuggestion(acme, el);
		modal.renderSuggestion({ kind: "new", name: "Contoso" }, el);

		expect(Array.from(el.children).map((child) => child.textContent)).toEqual([
			"Zuiderzee — Zuiderzee Zorggroep",
			"last met 2026-11-26",
			"Acme — Acme Corp",
			"no meetings yet",
			"Create alliance “Contoso”",
		]);
		expect(modal.inputEl.placeholder).toBe("Choose an alliance…");
		expect(picker(harness, true).inputEl.placeholder).toBe("Name the new alliance…");
	});

	it("passes the choice on", async () => {
		const harness = await vault();
		const onChoose = vi.fn();
		const modal = picker(harness, false, onChoose);
		const [first] = modal.getSuggestions("acme");
		if (!first) throw new Error("no suggestion");
		modal.selectSuggestion(first, new MouseEvent("click"));
		expect(onChoose).toHaveBeenCalledWith(first);
	});
});
