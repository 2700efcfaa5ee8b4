import { describe, expect, it } from "vitest";
import { actionSummary } from "../../../src/core/analytics/actions";
import { type AllianceGroup, VaultIndex } from "../../../src/core/index/vault-index";
import { lineOf, NoteBuilder } from "../helpers/note-builder";

type Vault = Record<string, string>;

const TODAY = "2026-11-27";

/**
 * Every alliance of a hand-made vault. Fails when a note has a problem (other
 * than an undated note, which some tests write on purpose).
 */
function alliancesOf(vault: Vault): AllianceGroup[] {
	const index = new VaultIndex();
	for (const [path, text] of Object.entries(vault)) index.upsert(path, text, 1);
	expect(index.problems().filter((problem) => problem.field !== "date")).toEqual([]);
	return index.alliances();
}

function allianceNamed(groups: AllianceGroup[], name: string): AllianceGroup {
	const group = groups.find((candidate) => candidate.profile.basename === name);
	if (!group) throw new Error(`the vault has no alliance ${name}`);
	return group;
}

function meeting(alliance: string, date: string | undefined, actions: string[]): string {
	const note = NoteBuilder.meeting(alliance, date).section("Actions", actions);
	if (date === undefined) note.without("date");
	return note.build();
}

const november = meeting("Acme", "2026-11-02", [
	"- [ ] Send the volume forecast @sanne 📅 2026-11-20",
	"- [ ] Book the workshop venue @James 📅 2026-12-04",
	"- [x] Share the pilot report @sanne 📅 2026-11-10 ✅ 2026-11-09",
	"- [ ] Draft the data sharing annex",
]);
const october = meeting("Acme", "2026-10-05", ["- [ ] Call the Contoso sponsor @sanne 📅 2026-10-28", "- [ ] Update the joint value proposition"]);
const reflection = NoteBuilder.reflection("Acme", "2026-11-20")
	.section("Actions", ["- [ ] Ask Tom how they experienced the escalation @sanne 📅 2026-11-27"])
	.build();

const acmeVault = (): Vault => ({
	"Alliances/Acme.md": NoteBuilder.profile("Acme Corp").build(),
	"Meetings/2026-11-02 Acme.md": november,
	"Meetings/2026-10-05 Acme.md": october,
	"Reflections/2026-11-20 Acme.md": reflection,
	"Meetings/Undated Acme.md": meeting("Acme", undefined, ["- [ ] Renew the NDA @james"]),
});

const acme = (): AllianceGroup => allianceNamed(alliancesOf(acmeVault()), "Acme");

describe("open actions, most urgent first", () => {
	it("overdue first (most overdue first), then by due date, then those without one by when they were noted", () => {
		const { open } = actionSummary([acme()], TODAY);

		expect(open.map((entry) => [entry.description, entry.daysOverdue])).toEqual([
			["Call the Contoso sponsor", 30],
			["Send the volume forecast", 7],
			["Ask Tom how they experienced the escalation", 0],
			["Book the workshop venue", -7],
			["Update the joint value proposition", undefined],
			["Draft the data sharing annex", undefined],
			["Renew the NDA", undefined],
		]);
	});

	it("a forecast due a week ago is overdue by 7 days, linked to its line in the meeting", () => {
		const forecast = actionSummary([acme()], TODAY).open.find((entry) => entry.description === "Send the volume forecast");
		expect(forecast).toEqual({
			path: "Meetings/2026-11-02 Acme.md",
			line: lineOf(november, "Send the volume forecast"),
			alliance: "Acme",
			description: "Send the volume forecast",
			status: " ",
			statusType: "TODO",
			noted: "2026-11-02",
			due: "2026-11-20",
			owner: "sanne",
			overdue: true,
			daysOverdue: 7,
		});
	});

	it("an action due today is not overdue yet", () => {
		const question = actionSummary([acme()], TODAY).open.find((entry) => entry.due === TODAY);
		expect(question).toMatchObject({ overdue: false, daysOverdue: 0, noted: "2026-11-20", path: "Reflections/2026-11-20 Acme.md" });
	});

	it("done actions are left out and only the open overdue ones are counted", () => {
		const summary = actionSummary([acme()], TODAY);
		expect(summary.open.map((entry) => entry.description)).not.toContain("Share the pilot report");
		expect(summary.overdue).toBe(2);
	});

	it("an action from a note without a date has no 'noted' date and comes last", () => {
		const { open } = actionSummary([acme()], TODAY);
		const nda = open[open.length - 1];
		expect(nda?.description).toBe("Renew the NDA");
		expect(nda?.noted).toBeUndefined();
	});

	it("counts days overdue across the turn of the year", () => {
		const [entry] = actionSummary(
			alliancesOf({
				"Alliances/Acme.md": NoteBuilder.profile().build(),
				"Meetings/2025-12-15 Acme.md": meeting("Acme", "2025-12-15", ["- [ ] Send the Q4 figures 📅 2025-12-30"]),
			}),
			"2026-01-02",
		).open;
		expect(entry).toMatchObject({ overdue: true, daysOverdue: 3 });
	});

	it("actions due on the same day are ordered by note, then by line", () => {
		const { open } = actionSummary(
			alliancesOf({
				"Alliances/Acme.md": NoteBuilder.profile().build(),
				"Meetings/2026-11-10 Acme.md": meeting("Acme", "2026-11-10", ["- [ ] Second 📅 2026-12-01", "- [ ] Third 📅 2026-12-01"]),
				"Meetings/2026-11-03 Acme.md": meeting("Acme", "2026-11-03", ["- [ ] First 📅 2026-12-01"]),
			}),
			TODAY,
		);
		expect(open.map((entry) => entry.description)).toEqual(["First", "Second", "Third"]);
	});
});

describe("who holds what", () => {
	it("one row per owner as written, plus one for actions without an owner; most overdue first, then most open, then by name", () => {
		expect(actionSummary([acme()], TODAY).byOwner).toEqual([
			{ owner: "sanne", open: 3, overdue: 2 },
			{ owner: "", open: 2, overdue: 0 },
			{ owner: "James", open: 1, overdue: 0 },
			{ owner: "james", open: 1, overdue: 0 },
		]);
	});

	it("no row for actions without an owner when every action has one", () => {
		const { byOwner } = actionSummary(
			alliancesOf({
				"Alliances/Acme.md": NoteBuilder.profile().build(),
				"Meetings/2026-11-02 Acme.md": meeting("Acme", "2026-11-02", ["- [ ] Send the forecast @sanne"]),
			}),
			TODAY,
		);
		expect(byOwner).toEqual([{ owner: "sanne", open: 1, overdue: 0 }]);
	});
});

describe("one alliance or the whole vault", () => {
	const vault = (): Vault => ({
		...acmeVault(),
		"Alliances/Globex.md": NoteBuilder.profile("Globex Inc").build(),
		"Meetings/2026-11-05 Globex.md": meeting("Globex", "2026-11-05", ["- [ ] Sign the data processing agreement @sanne 📅 2026-11-01"]),
	});

	it("for the whole vault, actions of every alliance are listed together and say which alliance they belong to", () => {
		const summary = actionSummary(alliancesOf(vault()), TODAY);

		expect(summary.open).toHaveLength(8);
		expect(summary.open.slice(0, 3).map((entry) => [entry.alliance, entry.daysOverdue])).toEqual([
			["Acme", 30],
			["Globex", 26],
			["Acme", 7],
		]);
		expect(summary.overdue).toBe(3);
		expect(summary.byOwner[0]).toEqual({ owner: "sanne", open: 4, overdue: 3 });
	});

	it("for one alliance, only its own actions", () => {
		const summary = actionSummary([allianceNamed(alliancesOf(vault()), "Globex")], TODAY);
		expect(summary.open.map((entry) => entry.description)).toEqual(["Sign the data processing agreement"]);
	});

	it("an alliance with only a profile has no open actions, and nothing crashes", () => {
		const empty = alliancesOf({ "Alliances/Acme.md": NoteBuilder.profile().build() });
		expect(actionSummary(empty, TODAY)).toEqual({ open: [], overdue: 0, byOwner: [] });
		expect(actionSummary([], TODAY)).toEqual({ open: [], overdue: 0, byOwner: [] });
	});

	it("an alliance with exactly one meeting lists that meeting's open actions", () => {
		const one = alliancesOf({
			"Alliances/Acme.md": NoteBuilder.profile().build(),
			"Meetings/2026-11-02 Acme.md": november,
		});
		expect(actionSummary(one, TODAY).open.map((entry) => entry.description)).toEqual([
			"Send the volume forecast",
			"Book the workshop venue",
			"Draft the data sharing annex",
		]);
	});
});
