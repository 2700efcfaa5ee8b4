import { describe, expect, it } from "vitest";
import { dimensionForHeading } from "../../../src/core/parse/health-check-headings";
import { keyRoleOf } from "../../../src/core/parse/key-roles";
import { lineOf, NoteBuilder } from "../helpers/note-builder";
import { parse, parseHealthCheck, parseStakeholder } from "../helpers/parse";

describe("a joint health check note", () => {
	it("reads both sides' rating per dimension, in the order written, and who took part on each side", () => {
		const note = NoteBuilder.healthCheck("Acme", "2026-10-01")
			.field("our_participants", '["[[Sanne de Vries]]", Lotte]')
			.field("their_participants", '"[[James Carter|James]]"')
			.field("ours_trust", 4)
			.field("ours_openness", 4)
			.field("theirs_openness", '"2"')
			.field("theirs_trust", 3);
		const check = parseHealthCheck(note);
		expect(check).toMatchObject({ alliance: { target: "Acme" }, date: "2026-10-01", ourParticipants: ["Sanne de Vries", "Lotte"], theirParticipants: ["James"] });
		expect(check.ratings).toEqual([
			{ dimension: "trust", ours: 4, theirs: 3, line: lineOf(note.build(), "ours_trust") },
			{ dimension: "openness", ours: 4, theirs: 2, line: lineOf(note.build(), "ours_openness") },
		]);
	});

	it("a dimension the note defines itself is accepted, not flagged; one side alone is a rating too", () => {
		const result = parse(NoteBuilder.healthCheck().field("ours_market_access", 5).field("theirs_data_sharing", 2));
		expect(result.problems).toEqual([]);
		const check = parseHealthCheck(NoteBuilder.healthCheck().field("ours_market_access", 5).field("theirs_data_sharing", 2));
		expect(check.ratings.map(({ dimension, ours, theirs }) => ({ dimension, ours, theirs }))).toEqual([
			{ dimension: "market_access", ours: 5, theirs: undefined },
			{ dimension: "data_sharing", ours: undefined, theirs: 2 },
		]);
	});

	it("a rating outside 1 to 5 is a problem on its line, naming the property; the other ratings still count", () => {
		const note = NoteBuilder.healthCheck().field("ours_trust", 7).field("theirs_trust", 3);
		const result = parse(note);
		expect(result.problems).toEqual([
			expect.objectContaining({ code: "field-invalid", field: "ours_trust", found: "7", allowed: { kind: "integer-range", min: 1, max: 5 }, line: lineOf(note.build(), "ours_trust") }),
		]);
		expect(parseHealthCheck(NoteBuilder.healthCheck().field("ours_trust", 7).field("theirs_trust", 3)).ratings).toEqual([
			expect.objectContaining({ dimension: "trust", theirs: 3 }),
		]);
	});

	it("reads the comment under each dimension's heading, in English or Dutch, and skips empty headings", () => {
		const note = NoteBuilder.healthCheck()
			.field("ours_market_access", 4)
			.text("# Health check", "", "Intro that belongs to no dimension.", "")
			.section("Vertrouwen", ["Goed na de zomer,", "", "maar **de prijs** knaagt."])
			.section("Respect", ["- "])
			.section("Market access", ["- Their carriers open doors for us."])
			.section("Notes", ["Not a dimension."])
			.section("Trust", ["A second trust heading does not replace the first."]);
		const check = parseHealthCheck(note);
		expect(check.comments).toEqual([
			{ dimension: "trust", text: "Goed na de zomer, maar **de prijs** knaagt.", line: lineOf(note.build(), "## Vertrouwen") },
			{ dimension: "market_access", text: "- Their carriers open doors for us.", line: lineOf(note.build(), "## Market access") },
		]);
	});
});

describe("which dimension a heading is about", () => {
	it.each([
		["Trust", "trust"],
		["Openheid over besluiten en middelen", "openness"],
		["Joint KPIs, including how we work together", "joint_kpis"],
		["Gezamenlijke KPI's", "joint_kpis"],
		["2. Productive handling of differences", "differences"],
		["joint_kpis", "joint_kpis"],
		["Samen leren", "learning"],
		["Gecreëerde waarde", "value"],
		["Agenda", null],
		["", null],
	])("%j → %s", (heading, dimension) => {
		expect(dimensionForHeading(heading, [])).toBe(dimension);
	});

	it("a dimension of the note's own, by its key written as words", () => {
		expect(dimensionForHeading("Market access", ["market_access"])).toBe("market_access");
		expect(dimensionForHeading("Market access", [])).toBeNull();
	});
});

describe("a stakeholder's role names a key role, or is just a job title", () => {
	it.each([
		["executive-sponsor", "executive-sponsor"],
		["CFO, executive sponsor", "executive-sponsor"],
		["Lid Raad van Bestuur, sponsor", "executive-sponsor"],
		["Decision maker", "decision-maker"],
		["Controller, budgethouder", "decision-maker"],
		["Implementatieleider Zorg, ambassadeur", "champion"],
		["Alliance Manager", "alliance-manager"],
		["Head of Sales Benelux", undefined],
		["Sponsorship coordinator", undefined],
	])("%j → %s", (role, keyRole) => {
		expect(keyRoleOf(role)).toBe(keyRole);
	});

	it("the note keeps the role as written, and the key role beside it", () => {
		const person = parseStakeholder(NoteBuilder.stakeholder("Acme").field("role", "VP Partnerships, executive sponsor"));
		expect(person).toMatchObject({ role: "VP Partnerships, executive sponsor", keyRole: "executive-sponsor" });
		expect(parseStakeholder(NoteBuilder.stakeholder("Acme").field("role", "Solutions Architect"))).not.toHaveProperty("keyRole");
	});
});
