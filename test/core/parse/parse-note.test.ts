import { describe, expect, it } from "vitest";
import type { ParseResult } from "../../../src/core/model";
import { basenameOf, parseNote } from "../../../src/core/parse/parse-note";
import { lineOf, NoteBuilder } from "../helpers/note-builder";
import { parse, parseMeeting, parseProfile, parseReflection, parseStakeholder } from "../helpers/parse";

const PATH = "Meetings/2026-11-27 Acme.md";
const SKIPPED: ParseResult = { note: null, problems: [] };

/** A meeting that uses every part of the format. */
function fullMeeting(): NoteBuilder {
	return NoteBuilder.meeting("Acme", "2026-11-27")
		.field("time", "14:30")
		.field("meeting_type", "steering")
		.field("attendees", '[Sanne, "[[John Smith]]"]')
		.field("trust", 4)
		.field("kpi_nps", 41)
		.field("tags", "[meeting]")
		.text("# Steering committee", "", "Notes from the meeting.", "")
		.section("Conflicts", ["- [ ] Pricing: discounts again", "- [x] [[Scope]]: settled"])
		.section("Quick wins", ["- [x] Joint webinar", "- Case study #shared", "- Press release"])
		.section("Actions", ["- [ ] Send forecast @sanne 📅 2026-12-01", "- [x] Book venue ✅ 2026-11-20"])
		.section("Decisions", ["- Go for the pilot"]);
}

describe("which notes are alliance notes", () => {
	it.each([
		["alliance", NoteBuilder.profile()],
		["alliance-meeting", NoteBuilder.meeting()],
		["alliance-reflection", NoteBuilder.reflection()],
		["alliance-stakeholder", NoteBuilder.stakeholder("Acme")],
	])("type: %s is read as that note type", (type, note) => {
		expect(parse(note).note?.type).toBe(type);
	});

	it("the type is case-insensitive and may be quoted", () => {
		expect(parse(NoteBuilder.meeting().field("type", "Alliance-Meeting")).note?.type).toBe("alliance-meeting");
		expect(parse(NoteBuilder.meeting().field("type", '"alliance-meeting"')).note?.type).toBe("alliance-meeting");
	});

	it("a note without frontmatter is skipped: no note, no problems", () => {
		expect(parse(NoteBuilder.meeting().noFrontmatter().section("Conflicts", ["- Pricing: too high"]))).toEqual(SKIPPED);
		expect(parseNote("Empty.md", "")).toEqual(SKIPPED);
	});

	it("a note of another type is skipped", () => {
		expect(parse(new NoteBuilder("book").field("author", "Someone").section("Conflicts", ["- Pricing"]))).toEqual(SKIPPED);
		expect(parse(new NoteBuilder(null).field("title", "Groceries"))).toEqual(SKIPPED);
	});

	it("frontmatter that does not start on line 1 is not frontmatter: skipped", () => {
		expect(parse(`\n${NoteBuilder.meeting().build()}`)).toEqual(SKIPPED);
		expect(parse(`# Title\n${NoteBuilder.meeting().build()}`)).toEqual(SKIPPED);
	});

	it("frontmatter closed with ... is not frontmatter to Obsidian: skipped", () => {
		expect(parse('---\ntype: alliance-meeting\nalliance: "[[Acme]]"\ndate: 2026-11-27\n...\n## Conflicts\n- Pricing\n')).toEqual(SKIPPED);
	});

	it("a non-alliance note is skipped without reading its YAML or its body", () => {
		// Invalid YAML would be a problem if it were parsed; a conflicts section would be read.
		const note = "---\ntype: book\ntitle: [unclosed\n  bad: : indentation\n---\n## Conflicts\n- [ ] Pricing: too high\n";
		expect(parse(note)).toEqual(SKIPPED);
		expect(parse("---\ntitle: {{title}}\ndate: [[2022-10-25]]\n: :\n---\n## Conflicts\n- x\n")).toEqual(SKIPPED);
	});

	it("a type that is a list, a link or empty is not an alliance type", () => {
		expect(parse(new NoteBuilder("[alliance-meeting]"))).toEqual(SKIPPED);
		expect(parse(new NoteBuilder('"[[alliance]]"'))).toEqual(SKIPPED);
		expect(parse(new NoteBuilder(""))).toEqual(SKIPPED);
	});

	it("a type that only starts with 'alliance' on a later line but is something else is skipped", () => {
		expect(parse("---\ntype: book\nnotes: |\n  type: alliance-meeting\n---\n")).toEqual(SKIPPED);
	});
});

describe("notes that cannot be read", () => {
	it("invalid YAML in an alliance note is one yaml-invalid problem on the right line", () => {
		const note = NoteBuilder.meeting().field("attendees", "[Sanne, Piet").field("trust", 4);
		const result = parse(note, PATH);
		expect(result.note).toBeNull();
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toMatchObject({ path: PATH, code: "yaml-invalid", severity: "error", allowed: { kind: "yaml" } });
		expect(result.problems[0]?.detail).toMatch(/\S/);
	});

	it("a duplicated property is reported on the line of the second one", () => {
		const text = '---\ntype: alliance-meeting\nalliance: "[[Acme]]"\ndate: 2026-11-27\ndate: 2026-11-28\n---\n';
		expect(parse(text, PATH).problems).toEqual([expect.objectContaining({ code: "yaml-invalid", line: 5, detail: "duplicated mapping key" })]);
	});

	it("a badly indented property is reported on its own line", () => {
		const note = NoteBuilder.meeting().yaml("  trust: 4").field("respect", 5);
		expect(parse(note, PATH).problems).toEqual([expect.objectContaining({ code: "yaml-invalid", line: lineOf(note.build(), "trust") })]);
	});

	it("a typo in the type is a type-unknown problem naming the allowed types", () => {
		const note = new NoteBuilder("alliance-meetng").field("alliance", '"[[Acme]]"');
		expect(parse(note, PATH)).toEqual({
			note: null,
			problems: [
				{
					path: PATH,
					line: 2,
					severity: "error",
					code: "type-unknown",
					field: "type",
					found: "alliance-meetng",
					allowed: { kind: "one-of", values: ["alliance", "alliance-meeting", "alliance-reflection", "alliance-stakeholder", "alliance-health-check"] },
				},
			],
		});
	});

	it("the type-unknown problem is on the type's line", () => {
		const note = new NoteBuilder(null).field("title", "x").field("type", "alliance-reflections");
		expect(parse(note).problems).toEqual([expect.objectContaining({ code: "type-unknown", line: 3 })]);
	});

	it("frontmatter that is a list, not properties, is one problem", () => {
		expect(parse("---\n[\ntype: alliance\n]\n---\n", PATH)).toEqual({
			note: null,
			problems: [expect.objectContaining({ code: "frontmatter-not-object", line: 2, path: PATH })],
		});
	});
});

describe("a complete meeting note", () => {
	it("is read with its properties, items and the line of each item in the file", () => {
		const text = fullMeeting().build();
		const result = parseNote(PATH, text);
		expect(result.problems).toEqual([]);
		expect(result.note).toEqual({
			path: PATH,
			basename: "2026-11-27 Acme",
			aliases: [],
			tags: ["meeting"],
			fieldLines: { alliance: 3, date: 4, time: 5, meeting_type: 6, attendees: 7, trust: 8 },
			type: "alliance-meeting",
			alliance: { target: "Acme" },
			date: "2026-11-27",
			time: "14:30",
			meetingType: "steering",
			attendees: ["Sanne", "John Smith"],
			kpis: [{ key: "nps", value: 41, line: 9 }],
			ratings: { trust: 4 },
			conflicts: [
				expect.objectContaining({ text: "Pricing: discounts again", line: lineOf(text, "Pricing"), theme: "Pricing", status: " " }),
				expect.objectContaining({ text: "[[Scope]]: settled", line: lineOf(text, "Scope"), theme: "Scope", status: "x" }),
			],
			quickWins: [
				expect.objectContaining({ text: "Joint webinar", line: lineOf(text, "webinar"), status: "x" }),
				expect.objectContaining({ text: "Case study #shared", line: lineOf(text, "Case study"), tags: ["shared"] }),
				expect.objectContaining({ text: "Press release", line: lineOf(text, "Press release"), checked: null }),
			],
			actions: [
				expect.objectContaining({ description: "Send forecast", due: "2026-12-01", owner: "sanne", status: " ", line: lineOf(text, "forecast") }),
				expect.objectContaining({ description: "Book venue", doneOn: "2026-11-20", status: "x", line: lineOf(text, "venue") }),
			],
			decisions: [{ text: "Go for the pilot", line: lineOf(text, "pilot"), checked: null, links: [], tags: [] }],
		});
	});

	it("Windows line endings give the same note as Unix ones", () => {
		expect(parseNote(PATH, fullMeeting().crlf().build())).toEqual(parseNote(PATH, fullMeeting().build()));
	});

	it("a byte order mark gives the same note, lines included", () => {
		expect(parseNote(PATH, fullMeeting().bom().build())).toEqual(parseNote(PATH, fullMeeting().build()));
		expect(parseNote(PATH, fullMeeting().bom().crlf().build())).toEqual(parseNote(PATH, fullMeeting().build()));
	});

	it("problems carry the same lines with CRLF and a BOM", () => {
		const broken = () => NoteBuilder.meeting().field("trust", 9).section("Conflicts", ["- a"]);
		expect(parse(broken().crlf().bom()).problems).toEqual(parse(broken()).problems);
		expect(parse(broken().crlf()).problems).toEqual([expect.objectContaining({ line: 5, field: "trust" })]);
	});

	it("a list that needs remark (nested, continued) gives the same items as one the scanner reads", () => {
		const complex = parseMeeting(
			NoteBuilder.meeting().section("Conflicts", ["- [ ] Pricing: too high,", "  says their CFO", "  > quoted", "- [x] Scope", "  ```", "  code", "  ```"]),
		);
		expect(complex.conflicts.map(({ text, checked, line }) => ({ text, checked, line }))).toEqual([
			{ text: "Pricing: too high, says their CFO", checked: false, line: 7 },
			{ text: "Scope", checked: true, line: 10 },
		]);
	});

	it("empty list items and empty task boxes (left by a template) are left out", () => {
		expect(parseMeeting(NoteBuilder.meeting().section("Conflicts", ["- [ ] ", "-", "- Pricing", "- [x]"])).conflicts.map((c) => c.text)).toEqual(["Pricing"]);
		const fromTemplate = parseMeeting(NoteBuilder.meeting().section("Actions", ["- [ ] "]).section("Quick wins", ["- "]).section("Decisions", ["1. "]));
		expect([fromTemplate.actions, fromTemplate.quickWins, fromTemplate.decisions]).toEqual([[], [], []]);
	});

	it("every problem is found, and the note is still read", () => {
		const result = parse(NoteBuilder.meeting().field("trust", 9).field("meeting_type", "board").field("time", '"25:00"').section("Conflicts", ["- Pricing"]));
		expect(result.problems.map((problem) => problem.field)).toEqual(["time", "meeting_type", "trust"]);
		expect(result.note).toMatchObject({ conflicts: [expect.objectContaining({ theme: "Pricing" })] });
	});
});

describe("the other note types", () => {
	it("an alliance profile with its KPIs", () => {
		const profile = parseProfile(
			NoteBuilder.profile("Acme Corp")
				.field("status", "active")
				.field("aliases", "[ACME]")
				.section("KPIs", ["| key | target | direction |", "|---|---|---|", "| nps | 40 | up |"])
				.section("Conflicts", ["- not read in a profile"]),
			"Alliances/Acme.md",
		);
		expect(profile).toMatchObject({ type: "alliance", basename: "Acme", partner: "Acme Corp", status: "active", aliases: ["ACME"] });
		expect(profile.kpis).toEqual([{ key: "nps", label: "nps", target: 40, direction: "up", kind: "ends", line: 10 }]);
		expect(profile).not.toHaveProperty("conflicts");
	});

	it("a reflection with every engagement-model section", () => {
		const reflection = parseReflection(
			NoteBuilder.reflection()
				.field("relationship", 4)
				.section("What went well", ["- Open about the forecast"])
				.section("Lessons", ["- Agree on the agenda beforehand"]),
		);
		expect(reflection).toMatchObject({ type: "alliance-reflection", alliance: { target: "Acme" }, date: "2026-11-27", relationship: 4 });
		expect(reflection.sections.wentWell.map((item) => item.text)).toEqual(["Open about the forecast"]);
		expect(reflection.sections.lessons.map((item) => item.text)).toEqual(["Agree on the agenda beforehand"]);
		expect(reflection.sections.tryNext).toEqual([]);
	});

	it("a stakeholder of two alliances", () => {
		const stakeholder = parseStakeholder(NoteBuilder.stakeholder("Acme", "Partners/Globex").field("stance", "sceptic"));
		expect(stakeholder).toMatchObject({
			type: "alliance-stakeholder",
			alliances: [{ target: "Acme" }, { target: "Partners/Globex" }],
			stance: "sceptic",
			fieldLines: { alliances: 3, stance: 6 },
		});
	});

	it("a meeting without sections has empty lists", () => {
		expect(parseMeeting(NoteBuilder.meeting())).toMatchObject({ conflicts: [], quickWins: [], actions: [], decisions: [], attendees: [], kpis: [], ratings: {} });
	});
});

describe("parsing without Node's globals (Obsidian on iOS and Android)", () => {
	it("parses a meeting with neither Buffer nor process defined", () => {
		const text = NoteBuilder.meeting()
			.field("trust", 4)
			.section("Conflicts", ["- [ ] Pricing: too high"])
			// Continued and quoted: this section is read by remark, not the scanner.
			.section("Actions", ["- [ ] Send forecast @sanne 📅 2026-12-01", "  with the new numbers", "  > from finance"])
			.build();
		const globals = globalThis as { Buffer?: unknown; process?: unknown };
		const savedBuffer = globals.Buffer;
		const savedProcess = globals.process;
		let result: ParseResult;
		let sawBuffer: unknown;
		let sawProcess: unknown;
		try {
			delete globals.Buffer;
			delete globals.process;
			sawBuffer = globals.Buffer;
			sawProcess = globals.process;
			result = parseNote(PATH, text);
		} finally {
			globals.Buffer = savedBuffer;
			globals.process = savedProcess;
		}
		expect(sawBuffer).toBeUndefined();
		expect(sawProcess).toBeUndefined();
		expect(result.problems).toEqual([]);
		expect(result.note).toMatchObject({
			type: "alliance-meeting",
			alliance: { target: "Acme" },
			date: "2026-11-27",
			ratings: { trust: 4 },
			conflicts: [expect.objectContaining({ theme: "Pricing", line: lineOf(text, "Pricing") })],
			actions: [expect.objectContaining({ description: "Send forecast with the new numbers", due: "2026-12-01", line: lineOf(text, "Send forecast") })],
		});
	});
});

describe("file names", () => {
	it("the basename is the file name without folders and .md", () => {
		expect(basenameOf("Alliances/Acme/Acme.md")).toBe("Acme");
		expect(basenameOf("Acme.MD")).toBe("Acme");
		expect(basenameOf("Notes/v1.2 review.md")).toBe("v1.2 review");
	});
});
