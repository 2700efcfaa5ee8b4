import { describe, expect, it } from "vitest";
import { stakeholderSummary } from "../../../src/core/analytics/stakeholders";
import type { AllianceGroup } from "../../../src/core/index/vault-index";
import { NoteBuilder } from "../helpers/note-builder";
import { allianceOf, type Vault } from "../helpers/vault";


const TODAY = "2026-11-27";
const PROFILE = "Alliances/Acme.md";

function acme(vault: Vault): AllianceGroup {
	return allianceOf(vault);
}

/** A stakeholder of Acme with the properties given (raw YAML values). */
function person(fields: Record<string, string | number>, alliance = "Acme"): string {
	const note = NoteBuilder.stakeholder(alliance);
	for (const [key, value] of Object.entries(fields)) note.field(key, value);
	return note.build();
}

const acmeVault = (): Vault => ({
	[PROFILE]: NoteBuilder.profile("Acme Corp").build(),
	// last contact 1 Nov, every 14 days → due 15 Nov, 12 days overdue
	"People/Sanne de Vries.md": person({
		side: "internal",
		role: "Alliance lead",
		stance: "champion",
		influence: "high",
		stage: "behaviour",
		last_contact: "2026-11-01",
		contact_every_days: 14,
	}),
	// last contact 1 Oct, every 30 days → due 31 Oct, 27 days overdue
	"People/Pieter Jansen.md": person({ side: "internal", stance: "sceptic", influence: "low", stage: "clarity", last_contact: "2026-10-01", contact_every_days: 30 }),
	// due 20 Dec: not yet
	"People/Maarten Visser.md": person({ side: "internal", stance: "supporter", influence: "high", stage: "belief", last_contact: "2026-11-20", contact_every_days: 30 }),
	// due today: not overdue yet
	"People/James Carter.md": person({ side: "partner", stance: "champion", influence: "high", last_contact: "2026-11-17", contact_every_days: 10 }),
	"People/Tom Reynolds.md": person({ side: "partner", stance: "sceptic", influence: "medium" }),
	"People/Lotte Bakker.md": person({ role: "Controller" }),
	"Alliances/Globex.md": NoteBuilder.profile("Globex Inc").build(),
	"People/Hans de Boer.md": person({ side: "internal", influence: "high" }, "Globex"),
});

describe("the people who matter to the alliance", () => {
	it("our own people first, then by influence (high first), then by name", () => {
		const { people } = stakeholderSummary(acme(acmeVault()), TODAY);

		expect(people.map((entry) => entry.name)).toEqual([
			"Maarten Visser",
			"Sanne de Vries",
			"Pieter Jansen",
			"James Carter",
			"Tom Reynolds",
			"Lotte Bakker",
		]);
	});

	it("each person links to their note and shows when the next contact is due", () => {
		const sanne = stakeholderSummary(acme(acmeVault()), TODAY).people.find((entry) => entry.name === "Sanne de Vries");

		expect(sanne).toEqual({
			path: "People/Sanne de Vries.md",
			line: 1,
			name: "Sanne de Vries",
			side: "internal",
			role: "Alliance lead",
			stance: "champion",
			influence: "high",
			stage: "behaviour",
			lastContact: "2026-11-01",
			contactEveryDays: 14,
			nextContact: "2026-11-15",
			contactOverdueDays: 12,
		});
	});

	it("someone without a contact rhythm has no next contact and is never overdue", () => {
		const tom = stakeholderSummary(acme(acmeVault()), TODAY).people.find((entry) => entry.name === "Tom Reynolds");
		expect(tom?.nextContact).toBeUndefined();
		expect(tom?.contactOverdueDays).toBeUndefined();
	});

	it("counts people per stage and per stance, naming only the ones that occur", () => {
		const summary = stakeholderSummary(acme(acmeVault()), TODAY);

		expect(summary.byStage).toEqual({ clarity: 1, belief: 1, behaviour: 1 });
		expect(Object.keys(summary.byStage)).toEqual(["clarity", "belief", "behaviour"]);
		expect(summary.byStance).toEqual({ champion: 2, supporter: 1, sceptic: 2 });
	});
});

describe("contact overdue", () => {
	it("lists the people we should have spoken to, most overdue first; a contact due today is not overdue", () => {
		const { overdue } = stakeholderSummary(acme(acmeVault()), TODAY);

		expect(overdue.map((entry) => [entry.name, entry.nextContact, entry.contactOverdueDays])).toEqual([
			["Pieter Jansen", "2026-10-31", 27],
			["Sanne de Vries", "2026-11-15", 12],
		]);
		const james = stakeholderSummary(acme(acmeVault()), TODAY).people.find((entry) => entry.name === "James Carter");
		expect(james).toMatchObject({ nextContact: TODAY });
		expect(james?.contactOverdueDays).toBeUndefined();
	});

	it("a contact planned across the turn of the year is counted in calendar days", () => {
		const summary = stakeholderSummary(
			acme({
				[PROFILE]: NoteBuilder.profile().build(),
				"People/Sanne.md": person({ side: "internal", last_contact: "2026-12-20", contact_every_days: 14 }),
			}),
			"2027-01-05",
		);
		expect(summary.overdue).toEqual([expect.objectContaining({ name: "Sanne", nextContact: "2027-01-03", contactOverdueDays: 2 })]);
	});
});

describe("an alliance with only a profile", () => {
	it("has no people, no counts and nobody overdue, and nothing crashes", () => {
		expect(stakeholderSummary(acme({ [PROFILE]: NoteBuilder.profile().build() }), TODAY)).toEqual({
			people: [],
			byStage: {},
			byStance: {},
			overdue: [],
		});
	});
});
