import { describe, expect, it } from "vitest";
import type { Problem } from "../../../src/core/model";
import { allianceSchema, meetingSchema, stakeholderSchema } from "../../../src/core/schema/definitions";
import { problemMessage } from "../../../src/core/present/problems";
import { wordsFor } from "../../../src/core/present/words";
import { makeProblem, readAliases, readTags, validateFrontmatter } from "../../../src/core/schema/validate";
import { lineOf, NoteBuilder } from "../helpers/note-builder";
import { parse, parseMeeting, parseProfile, parseStakeholder, problemsOf } from "../helpers/parse";

const PATH = "Meetings/2026-11-27 Acme.md";

/** A context whose properties sit on the lines given (line 2 when not given). */
function context(lines: Record<string, number> = {}) {
	return { path: PATH, lineOf: (key: string) => lines[key] ?? 2 };
}

describe("a problem names the file, the line, the property, what was found and what is allowed", () => {
	it("a trust rating of 7 in a meeting", () => {
		const note = NoteBuilder.meeting().field("trust", 7);
		const text = note.build();
		expect(parse(note, PATH).problems).toEqual([
			{
				path: PATH,
				line: lineOf(text, "trust:"),
				severity: "error",
				code: "field-invalid",
				field: "trust",
				found: "7",
				allowed: { kind: "integer-range", min: 1, max: 5 },
			},
		]);
	});

	it("a respect rating of 3.5: ratings are whole numbers, and the note is still read", () => {
		const result = parse(NoteBuilder.meeting().field("respect", 3.5).field("trust", 4), PATH);
		expect(result.problems).toEqual([expect.objectContaining({ code: "field-invalid", field: "respect", found: "3.5", line: 5 })]);
		expect(result.note).toMatchObject({ ratings: { trust: 4 } });
	});

	it("a meeting type nobody knows lists every allowed value", () => {
		const [problem] = parse(NoteBuilder.meeting().field("meeting_type", "board"), PATH).problems;
		expect(problem).toMatchObject({ code: "field-unknown-value", field: "meeting_type", found: "board", line: 5 });
		expect(problem && problemMessage(problem, wordsFor("en"))).toBe("meeting_type: found board, allowed one of steering, operational, executive, health-check, informal, internal");
	});

	it("a property written on a later line is reported on that line", () => {
		const note = NoteBuilder.meeting().field("attendees", "").yaml("  - Sanne", "  - Piet").field("delivery", "great");
		expect(parse(note, PATH).problems).toEqual([expect.objectContaining({ field: "delivery", line: lineOf(note.build(), "delivery:") })]);
	});
});

describe("required properties", () => {
	it("a meeting without a date is a problem naming the property and what is allowed", () => {
		const result = parse(NoteBuilder.meeting().without("date"), PATH);
		expect(result.problems).toEqual([
			{
				path: PATH,
				line: 2,
				severity: "error",
				code: "field-missing",
				field: "date",
				allowed: { kind: "date" },
			},
		]);
		// The rest of the meeting is still read.
		expect(result.note).toMatchObject({ type: "alliance-meeting", alliance: { target: "Acme" } });
	});

	it("an empty required property is missing, on its own line", () => {
		const note = NoteBuilder.meeting().field("alliance", "");
		expect(parse(note, PATH).problems).toEqual([
			expect.objectContaining({ code: "field-missing", field: "alliance", line: lineOf(note.build(), "alliance:"), allowed: { kind: "link" } }),
		]);
		expect(parse(NoteBuilder.meeting().field("alliance", '""'), PATH).problems).toEqual([expect.objectContaining({ code: "field-missing", field: "alliance" })]);
	});

	it("each note type has its own required properties", () => {
		expect(problemsOf(parse(new NoteBuilder("alliance")), "field-missing").map((p) => p.field)).toEqual(["partner"]);
		expect(problemsOf(parse(new NoteBuilder("alliance-meeting")), "field-missing").map((p) => p.field)).toEqual(["alliance", "date"]);
		expect(problemsOf(parse(new NoteBuilder("alliance-reflection")), "field-missing").map((p) => p.field)).toEqual(["alliance", "date"]);
		expect(problemsOf(parse(new NoteBuilder("alliance-stakeholder")), "field-missing").map((p) => p.field)).toEqual(["alliances"]);
		expect(problemsOf(parse(NoteBuilder.stakeholder().field("alliances", "[]")), "field-missing").map((p) => p.field)).toEqual(["alliances"]);
	});
});

describe("empty properties are 'not set', not problems", () => {
	it("a profile with every optional property left empty has no problems", () => {
		const note = NoteBuilder.profile();
		for (const field of allianceSchema.fields) if (!field.required) note.field(field.key, "");
		const result = parse(note);
		expect(result.problems).toEqual([]);
		for (const absent of ["status", "phase", "started", "owner", "counterpart", "nextMeeting", "reviewEveryDays"]) expect(result.note).not.toHaveProperty(absent);
	});

	it("a meeting with empty ratings, time, type, attendees and KPI readings has no problems", () => {
		const note = NoteBuilder.meeting().field("time", "").field("meeting_type", '""').field("attendees", "[]").field("trust", "").field("kpi_nps", "");
		const result = parse(note);
		expect(result.problems).toEqual([]);
		expect(result.note).toMatchObject({ ratings: {}, kpis: [], attendees: [] });
		expect(result.note).not.toHaveProperty("time");
		expect(result.note).not.toHaveProperty("meetingType");
	});

	it("properties the schema does not know are the user's own and left alone", () => {
		expect(parse(NoteBuilder.meeting().field("cssclasses", "[wide]").field("mood", "{ a: 1 }")).problems).toEqual([]);
	});
});

describe("links in properties", () => {
	it("an unquoted alliance: [[Acme]] is read as the link, with a link-unquoted warning on its line", () => {
		const note = NoteBuilder.meeting().field("alliance", "[[Acme]]");
		const result = parse(note, PATH);
		expect(result.note).toMatchObject({ alliance: { target: "Acme" } });
		expect(result.problems).toEqual([
			{
				path: PATH,
				line: lineOf(note.build(), "alliance:"),
				severity: "warning",
				code: "link-unquoted",
				field: "alliance",
				found: "[[Acme]]",
				allowed: { kind: "quoted-link", target: "Acme" },
			},
		]);
	});

	it("a stakeholder's alliances may be a list, one link or unquoted links", () => {
		expect(parseStakeholder(NoteBuilder.stakeholder("Acme", "Globex")).alliances).toEqual([{ target: "Acme" }, { target: "Globex" }]);
		expect(parseStakeholder(new NoteBuilder("alliance-stakeholder").field("alliances", '"[[Acme]]"')).alliances).toEqual([{ target: "Acme" }]);
		const unquoted = parse(new NoteBuilder("alliance-stakeholder").field("alliances", "").yaml("  - [[Acme]]"));
		expect(unquoted.note).toMatchObject({ alliances: [{ target: "Acme" }] });
		expect(unquoted.problems).toEqual([expect.objectContaining({ code: "link-unquoted", field: "alliances", line: 3 })]);
	});
});

describe("template placeholders nobody filled in", () => {
	it("date: {{date}} unquoted is 'template not filled in', not a crash", () => {
		const note = NoteBuilder.meeting().field("date", "{{date}}");
		const result = parse(note, PATH);
		expect(result.note).toMatchObject({ type: "alliance-meeting" });
		expect(result.note).not.toHaveProperty("date");
		expect(result.problems).toEqual([
			{
				path: PATH,
				line: lineOf(note.build(), "date:"),
				severity: "error",
				code: "template-unfilled",
				field: "date",
				found: "{{…}}",
				allowed: { kind: "filled-in" },
			},
		]);
	});

	it('date: "{{date}}" quoted is "template not filled in" too', () => {
		const [problem] = parse(NoteBuilder.meeting().field("date", '"{{date}}"'), PATH).problems;
		expect(problem).toMatchObject({ code: "template-unfilled", field: "date", found: "{{date}}", line: 4 });
		expect(problem && problemMessage(problem, wordsFor("en"))).toContain("template not filled in");
	});

	it("an unfilled alliance link in a new meeting is one problem, not two", () => {
		const result = parse(NoteBuilder.meeting().field("alliance", '"{{alliance_link}}"'));
		expect(result.problems.map((problem) => [problem.code, problem.field])).toEqual([["template-unfilled", "alliance"]]);
	});
});

describe("dates in properties", () => {
	it("a bare date is the calendar date written", () => {
		expect(parseMeeting(NoteBuilder.meeting("Acme", "2026-11-27")).date).toBe("2026-11-27");
	});

	it("date: [[2022-10-25]] unquoted is read as that date, with a warning", () => {
		const result = parse(NoteBuilder.meeting().field("date", "[[2022-10-25]]"));
		expect(result.note).toMatchObject({ date: "2022-10-25" });
		expect(result.problems).toEqual([expect.objectContaining({ code: "link-unquoted", field: "date", found: "[[2022-10-25]]", severity: "warning" })]);
	});

	it("a day that does not exist is a problem, not silently the next month", () => {
		// YAML itself reads a bare 2026-02-30 as 2 March.
		const result = parse(NoteBuilder.meeting().field("date", "2026-02-30"), PATH);
		expect(result.note).not.toHaveProperty("date");
		expect(result.problems).toEqual([expect.objectContaining({ code: "date-invalid", field: "date", found: "2026-02-30", line: 4 })]);
		expect(problemsOf(parse(NoteBuilder.profile().field("next_meeting", "2026-13-01")), "date-invalid")).toHaveLength(1);
	});

	it("a date with a time and an offset is the day written, not the day in UTC", () => {
		expect(parseMeeting(NoteBuilder.meeting().field("date", "2026-11-27T23:30:00-08:00")).date).toBe("2026-11-27");
		expect(parseMeeting(NoteBuilder.meeting().field("date", "2026-11-27 # the big one")).date).toBe("2026-11-27");
	});
});

describe("times", () => {
	it("time: 14:30 unquoted (YAML reads 870) is 14:30", () => {
		expect(parseMeeting(NoteBuilder.meeting().field("time", "14:30")).time).toBe("14:30");
		expect(parseMeeting(NoteBuilder.meeting().field("time", '"9:00"')).time).toBe("09:00");
	});
});

describe("enum values are case-insensitive", () => {
	it("Status Active, phase EXECUTION", () => {
		const profile = parseProfile(NoteBuilder.profile().field("status", "Active").field("phase", "EXECUTION"));
		expect(profile).toMatchObject({ status: "active", phase: "execution" });
	});

	it("a stakeholder's stance, influence and stage", () => {
		const stakeholder = parseStakeholder(NoteBuilder.stakeholder("Acme").field("stance", "Champion").field("influence", "HIGH").field("stage", "Belief"));
		expect(stakeholder).toMatchObject({ stance: "champion", influence: "high", stage: "belief" });
	});
});

describe("tags", () => {
	it.each([
		["a list", "[meeting, Alliance]", ["meeting", "alliance"]],
		["a block list", "\n  - meeting\n  - '#alliance'", ["meeting", "alliance"]],
		["a string", "meeting", ["meeting"]],
		["a comma-separated string", "meeting,alliance, acme", ["meeting", "alliance", "acme"]],
		["a quoted string with #", "\"meeting, #alliance\"", ["meeting", "alliance"]],
		["a space-separated string", "meeting alliance", ["meeting", "alliance"]],
		["null", "", []],
		["null written out", "null", []],
	])("tags as %s", (_, raw, expected) => {
		expect(parseMeeting(NoteBuilder.meeting().field("tags", raw)).tags).toEqual(expected);
	});

	it("readTags skips what is not a tag", () => {
		expect(readTags(["a", 2026, null, { b: 1 }, "", "#"])).toEqual(["a", "2026"]);
		expect(readTags(null)).toEqual([]);
		expect(readTags(undefined)).toEqual([]);
		expect(readTags(42)).toEqual([]);
	});

	it("aliases as a list or one string", () => {
		expect(readAliases(["Acme", " ACME Corp ", 3, null])).toEqual(["Acme", "ACME Corp", "3"]);
		expect(readAliases("Acme, Acme Corp")).toEqual(["Acme", "Acme Corp"]);
		expect(readAliases(null)).toEqual([]);
		expect(parseProfile(NoteBuilder.profile().field("aliases", "[ACME]")).aliases).toEqual(["ACME"]);
	});
});

describe("every kind of property, read into the note", () => {
	it("an alliance profile", () => {
		const profile = parseProfile(
			NoteBuilder.profile("Acme Corp")
				.field("status", "active")
				.field("phase", "execution")
				.field("started", "2025-03-01")
				.field("owner", "Sanne")
				.field("counterpart", '"[[John Smith]]"')
				.field("next_meeting", "2026-12-15")
				.field("review_every_days", 90),
		);
		expect(profile).toMatchObject({
			partner: "Acme Corp",
			status: "active",
			phase: "execution",
			started: "2025-03-01",
			owner: "Sanne",
			counterpart: "[[John Smith]]",
			nextMeeting: "2026-12-15",
			reviewEveryDays: 90,
		});
	});

	it("a meeting", () => {
		const meeting = parseMeeting(
			NoteBuilder.meeting()
				.field("time", "09:30")
				.field("meeting_type", "steering")
				.field("attendees", '[Sanne, "[[John Smith]]"]')
				.field("trust", 4)
				.field("respect", 5)
				.field("openness", 3)
				.field("decision_clarity", 2)
				.field("delivery", 1)
				.field("kpi_on_time_delivery", 93.5)
				.field("kpi_NPS", '"41"'),
		);
		expect(meeting).toMatchObject({
			alliance: { target: "Acme" },
			date: "2026-11-27",
			time: "09:30",
			meetingType: "steering",
			attendees: ["Sanne", "John Smith"],
			ratings: { trust: 4, respect: 5, openness: 3, decision_clarity: 2, delivery: 1 },
			kpis: [
				{ key: "on_time_delivery", value: 93.5, line: 13 },
				{ key: "nps", value: 41, line: 14 },
			],
		});
	});

	it("a reflection and a stakeholder", () => {
		expect(
			parse(NoteBuilder.reflection().field("trigger", "incident").field("relationship", 3).field("adoption_stage", "belief")).note,
		).toMatchObject({ trigger: "incident", relationship: 3, adoptionStage: "belief" });
		expect(
			parseStakeholder(
				NoteBuilder.stakeholder("Acme")
					.field("side", "partner")
					.field("role", "CFO")
					.field("last_contact", "2026-10-01")
					.field("contact_every_days", 30),
			),
		).toMatchObject({ side: "partner", role: "CFO", lastContact: "2026-10-01", contactEveryDays: 30 });
	});

	it("a KPI reading that is not a number is a problem naming the kpi_ property", () => {
		const result = parse(NoteBuilder.meeting().field("kpi_nps", "n/a"));
		expect(result.problems).toEqual([expect.objectContaining({ code: "field-invalid", field: "kpi_nps", found: "n/a", allowed: { kind: "number" }, line: 5 })]);
		expect(result.note).toMatchObject({ kpis: [] });
	});
});

describe("validateFrontmatter on its own", () => {
	it("reads values, readings and problems with the lines the context gives", () => {
		const validated = validateFrontmatter(
			meetingSchema,
			{ alliance: "[[Acme]]", date: "2026-11-27", trust: 9, kpi_nps: 40, kpi_: 3, other: "x" },
			context({ trust: 7, kpi_nps: 8 }),
		);
		expect(validated.values).toEqual({ alliance: { target: "Acme" }, date: "2026-11-27" });
		expect(validated.readings).toEqual([{ prefix: "kpi_", key: "nps", value: 40, line: 8 }]);
		expect(validated.problems).toEqual([expect.objectContaining({ path: PATH, line: 7, field: "trust" })]);
	});

	it("a schema without prefix properties reads no KPI readings", () => {
		expect(validateFrontmatter(stakeholderSchema, { alliances: ["[[Acme]]"], kpi_nps: 4 }, context()).readings).toEqual([]);
	});
});

describe("a problem is data", () => {
	it("carries only the parts it has, and no sentence", () => {
		const problem: Problem = makeProblem("a.md", 3, "yaml-invalid", "error", { detail: "bad indentation", found: "" });
		expect(problem).toEqual({ path: "a.md", line: 3, severity: "error", code: "yaml-invalid", detail: "bad indentation" });
	});
});
