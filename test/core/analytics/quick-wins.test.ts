import { describe, expect, it } from "vitest";
import { medianStage, quickWinSummary } from "../../../src/core/analytics/quick-wins";
import type { AllianceGroup } from "../../../src/core/index/vault-index";
import { lineOf, NoteBuilder } from "../helpers/note-builder";
import { allianceOf, undatedNotes, type Vault } from "../helpers/vault";

const PROFILE = "Alliances/Acme.md";

function acme(vault: Vault): AllianceGroup {
	return allianceOf(vault, "Acme", undatedNotes);
}

const profile = (): string => NoteBuilder.profile("Acme Corp").build();

function meetingWithWins(date: string | undefined, wins: string[]): string {
	const note = NoteBuilder.meeting("Acme", date).section("Quick wins", wins);
	if (date === undefined) note.without("date");
	return note.build();
}

function reflection(date: string, fields: Record<string, string> = {}, wins: string[] = []): string {
	const note = NoteBuilder.reflection("Acme", date).field("trigger", "periodic");
	for (const [key, value] of Object.entries(fields)) note.field(key, value);
	if (wins.length > 0) note.section("Quick wins", wins);
	return note.build();
}

function stakeholder(side: string, stage: string): string {
	return NoteBuilder.stakeholder("Acme").field("side", side).field("stage", stage).build();
}

describe("the quick wins, newest first", () => {
	const october = meetingWithWins("2025-10-02", ["- [x] Joint press release"]);
	const newYearsEve = meetingWithWins("2025-12-31", ["- Pilot live at Contoso", "- [ ] Shared dispatch dashboard"]);
	const newYearsDay = meetingWithWins("2026-01-01", ["- First joint invoice #shared"]);
	const newYearsReflection = reflection("2026-01-01", {}, ["- Dispatchers trained on the driver app"]);
	const april = meetingWithWins("2026-04-30", ["- [x] Second customer signed"]);
	const vault = (): Vault => ({
		[PROFILE]: profile(),
		"Meetings/2025-10-02 Acme.md": october,
		"Meetings/2025-12-31 Acme.md": newYearsEve,
		"Meetings/2026-01-01 Acme.md": newYearsDay,
		"Reflections/2026-01-01 Acme.md": newYearsReflection,
		"Meetings/2026-04-30 Acme.md": april,
		"Meetings/Undated Acme.md": meetingWithWins(undefined, ["- A win nobody dated"]),
	});

	it("lists wins from meetings and reflections newest first, same day by note, same note by line", () => {
		const summary = quickWinSummary(acme(vault()));

		expect(summary.items.map((item) => [item.date, item.text])).toEqual([
			["2026-04-30", "Second customer signed"],
			["2026-01-01", "First joint invoice #shared"],
			["2026-01-01", "Dispatchers trained on the driver app"],
			["2025-12-31", "Pilot live at Contoso"],
			["2025-12-31", "Shared dispatch dashboard"],
			["2025-10-02", "Joint press release"],
		]);
	});

	it("each win links to its line and names the alliance", () => {
		const [, , , pilot] = quickWinSummary(acme(vault())).items;
		expect(pilot).toEqual({
			path: "Meetings/2025-12-31 Acme.md",
			line: lineOf(newYearsEve, "Pilot live"),
			date: "2025-12-31",
			alliance: "Acme",
			text: "Pilot live at Contoso",
			communicated: false,
		});
	});

	it("counts the wins not yet told to the own organisation (ticked or #shared counts as told)", () => {
		expect(quickWinSummary(acme(vault())).uncommunicated).toBe(3);
	});

	it("counts wins per quarter across the turn of the year, oldest quarter first", () => {
		expect(quickWinSummary(acme(vault())).perQuarter).toEqual([
			{ quarter: "2025-Q4", count: 3, communicated: 1 },
			{ quarter: "2026-Q1", count: 2, communicated: 1 },
			{ quarter: "2026-Q2", count: 1, communicated: 1 },
		]);
	});

	it("an alliance with exactly one meeting counts its wins in one quarter", () => {
		const summary = quickWinSummary(acme({ [PROFILE]: profile(), "Meetings/2026-05-19 Acme.md": meetingWithWins("2026-05-19", ["- Pilot live"]) }));
		expect(summary.items).toHaveLength(1);
		expect(summary.perQuarter).toEqual([{ quarter: "2026-Q2", count: 1, communicated: 0 }]);
		expect(summary.uncommunicated).toBe(1);
	});

	it("an alliance with only a profile has no wins and no adoption stage", () => {
		expect(quickWinSummary(acme({ [PROFILE]: profile() }))).toEqual({ items: [], uncommunicated: 0, perQuarter: [] });
	});
});

describe("how far the own organisation has come", () => {
	it("the latest reflection that states a stage decides, even when stakeholders say otherwise", () => {
		const may = reflection("2026-05-21", { adoption_stage: "belief" });
		const summary = quickWinSummary(
			acme({
				[PROFILE]: profile(),
				"Reflections/2026-01-08 Acme.md": reflection("2026-01-08", { adoption_stage: "clarity" }),
				"Reflections/2026-05-21 Acme.md": may,
				"Reflections/2026-08-04 Acme.md": reflection("2026-08-04"),
				"People/Sanne.md": stakeholder("internal", "behaviour"),
			}),
		);

		expect(summary.adoption).toEqual({
			stage: "belief",
			basis: "reflection",
			source: { path: "Reflections/2026-05-21 Acme.md", line: lineOf(may, "adoption_stage:") },
		});
	});

	it("without a reflection that states it, the internal stakeholders' middle stage counts", () => {
		// internal and at least at clarity: clarity, behaviour, behaviour → behaviour.
		// The unaware ones and the partner's people are left out (with them it would be clarity).
		const summary = quickWinSummary(
			acme({
				[PROFILE]: profile(),
				"Reflections/2026-01-08 Acme.md": reflection("2026-01-08"),
				"People/Sanne.md": stakeholder("internal", "clarity"),
				"People/Maarten.md": stakeholder("internal", "behaviour"),
				"People/Lotte.md": stakeholder("internal", "behaviour"),
				"People/Pieter.md": stakeholder("internal", "unaware"),
				"People/Ruud.md": stakeholder("internal", "unaware"),
				"People/James.md": stakeholder("partner", "clarity"),
				"People/Tom.md": stakeholder("partner", "clarity"),
			}),
		);

		expect(summary.adoption).toEqual({ stage: "behaviour", basis: "stakeholders" });
	});

	it("with an even number of internal stakeholders the lower middle stage counts", () => {
		const summary = quickWinSummary(
			acme({
				[PROFILE]: profile(),
				"People/Sanne.md": stakeholder("internal", "clarity"),
				"People/Maarten.md": stakeholder("internal", "belief"),
				"People/Lotte.md": stakeholder("internal", "behaviour"),
				"People/Pieter.md": stakeholder("internal", "behaviour"),
			}),
		);

		expect(summary.adoption).toEqual({ stage: "belief", basis: "stakeholders" });
		expect(medianStage(["behaviour", "clarity"])).toBe("clarity");
		expect(medianStage([])).toBeUndefined();
	});

	it("no reflection stage and no internal stakeholder past 'unaware' leaves the stage open", () => {
		const summary = quickWinSummary(
			acme({ [PROFILE]: profile(), "People/Pieter.md": stakeholder("internal", "unaware"), "People/Tom.md": stakeholder("partner", "belief") }),
		);
		expect(summary.adoption).toBeUndefined();
	});
});
