import { describe, expect, it } from "vitest";
import { findSections } from "../../../src/core/parse/sections";
import type { SectionKey } from "../../../src/core/schema/field-spec";
import { lineOf, NoteBuilder } from "../helpers/note-builder";
import { parseMeeting, parseReflection } from "../helpers/parse";

const MEETING: SectionKey[] = ["conflicts", "quickWins", "actions", "decisions"];

function sections(body: string[], wanted: SectionKey[] = MEETING, firstLine = 10) {
	return findSections(body.join("\n"), firstLine, wanted);
}

describe("cutting a note's body into sections", () => {
	it("a section holds the lines under its heading, numbered as in the file", () => {
		expect(sections(["# Meeting", "", "## Conflicts", "- [ ] Pricing: too high", "", "## Agenda", "- nothing"])).toEqual([
			{ key: "conflicts", heading: "Conflicts", headingLine: 12, lines: ["- [ ] Pricing: too high", ""], firstLine: 13 },
		]);
	});

	it.each([1, 2, 3, 4, 5, 6])("a heading of level %i opens a section", (level) => {
		expect(sections([`${"#".repeat(level)} Conflicts`, "- a"]).map((section) => section.key)).toEqual(["conflicts"]);
	});

	it("accepts closing hashes and up to three spaces of indentation", () => {
		expect(sections(["   ## Conflicts ##", "- a"])).toEqual([expect.objectContaining({ key: "conflicts", lines: ["- a"] })]);
	});

	it("does not take #Conflicts (a tag), seven hashes or four spaces of indentation as a heading", () => {
		expect(sections(["#Conflicts", "- a", "####### Conflicts", "- b", "    ## Conflicts", "- c"])).toEqual([]);
	});

	it("ends a section at the next heading of the same or a higher level", () => {
		const found = sections(["## Conflicts", "- a", "### Detail", "- b", "## Agenda", "- c", "# Conflicts", "- d", "# Notes", "- e"]);
		expect(found.map((section) => section.lines)).toEqual([["- a", "### Detail", "- b"], ["- d"]]);
	});

	it("a recognised deeper heading opens its own section: actions under conflicts are actions", () => {
		const found = sections(["## Conflicts", "- a", "### Actions", "- [ ] b"]);
		expect(found.map((section) => [section.key, section.lines])).toEqual([
			["conflicts", ["- a"]],
			["actions", ["- [ ] b"]],
		]);
	});

	it("keeps an unrecognised deeper heading inside the open section", () => {
		const found = sections(["## Conflicts", "- a", "### With operations", "- b"]);
		expect(found).toEqual([expect.objectContaining({ key: "conflicts", lines: ["- a", "### With operations", "- b"] })]);
	});

	it("opens a section under an unrecognised heading of a higher level", () => {
		const found = sections(["# Notes", "## Actions", "- [ ] b"]);
		expect(found).toEqual([expect.objectContaining({ key: "actions", lines: ["- [ ] b"] })]);
	});

	it("ignores a heading inside a code fence, with backticks or tildes", () => {
		expect(sections(["```", "## Conflicts", "- not a conflict", "```", "~~~~md", "## Actions", "~~~", "- still code", "~~~~"])).toEqual([]);
	});

	it("a code fence inside a section belongs to it, and a heading after it closes it", () => {
		const found = sections(["## Conflicts", "- a", "```", "## Decisions", "```", "- b", "## Decisions", "- c"]);
		expect(found.map((section) => [section.key, section.lines])).toEqual([
			["conflicts", ["- a", "```", "## Decisions", "```", "- b"]],
			["decisions", ["- c"]],
		]);
	});

	it("a fence closes only with the same character, at least as long", () => {
		expect(sections(["````", "```", "## Conflicts", "~~~~", "````", "## Conflicts", "- a"])).toEqual([
			expect.objectContaining({ headingLine: 15, lines: ["- a"] }),
		]);
	});

	it("an unclosed fence hides every heading after it", () => {
		expect(sections(["```", "## Conflicts", "- a"])).toEqual([]);
	});

	it("reads the same section twice when the heading is written twice", () => {
		expect(sections(["## Conflicts", "- a", "## Conflicten", "- b"]).map((section) => section.lines)).toEqual([["- a"], ["- b"]]);
	});

	it("reads only the sections the note type wants", () => {
		expect(sections(["## KPIs", "| key |", "## Conflicts", "- a"], ["kpis"])).toEqual([expect.objectContaining({ key: "kpis" })]);
		expect(sections(["## Conflicts", "- a"], [])).toEqual([]);
	});

	it("strips the \\r of Windows line endings", () => {
		expect(sections(["## Conflicts\r", "- a\r", "\r"])).toEqual([expect.objectContaining({ lines: ["- a", ""] })]);
	});
});

describe("sections in a meeting note, in English and in Dutch", () => {
	it("every meeting section in English", () => {
		const meeting = parseMeeting(
			NoteBuilder.meeting()
				.section("Conflicts", ["- Pricing: too high"])
				.section("Quick wins", ["- First joint customer"])
				.section("Actions", ["- [ ] Send forecast"])
				.section("Decisions", ["- Go for the pilot"]),
		);
		expect([meeting.conflicts, meeting.quickWins, meeting.actions, meeting.decisions].map((items) => items.map((item) => item.text))).toEqual([
			["Pricing: too high"],
			["First joint customer"],
			["Send forecast"],
			["Go for the pilot"],
		]);
	});

	it("every meeting section in Dutch, at any heading level", () => {
		// Each heading is of the same or a higher level than the one before, so it closes it.
		const meeting = parseMeeting(
			NoteBuilder.meeting()
				.section("Conflicten", ["- Prijs: te hoog"], 6)
				.section("Quick wins", ["- Eerste klant"], 4)
				.section("Acties", ["- [ ] Forecast sturen"], 3)
				.section("Besluiten", ["- Pilot starten"], 1),
		);
		expect([meeting.conflicts, meeting.quickWins, meeting.actions, meeting.decisions].map((items) => items.map((item) => item.text))).toEqual([
			["Prijs: te hoog"],
			["Eerste klant"],
			["Forecast sturen"],
			["Pilot starten"],
		]);
	});

	it("every reflection section in English and in Dutch", () => {
		const english = [
			"What went well",
			"Our contribution",
			"Their contribution",
			"Difference we used",
			"What we try next",
			"Lessons",
		];
		const dutch = ["Wat ging goed", "Onze bijdrage", "Hun bijdrage", "Welk verschil benutten we", "Wat proberen we nu", "Lessen"];
		for (const headings of [english, dutch]) {
			const note = NoteBuilder.reflection();
			headings.forEach((heading, index) => note.section(heading, [`- item ${index}`]));
			const reflection = parseReflection(note);
			expect(Object.values(reflection.sections).map((items) => items.map((item) => item.text))).toEqual(headings.map((_, index) => [`item ${index}`]));
		}
	});

	it("a list under a heading inside a code fence is not read", () => {
		const meeting = parseMeeting(NoteBuilder.meeting().text("```markdown", "## Conflicts", "- Pricing: example", "```"));
		expect(meeting.conflicts).toEqual([]);
	});

	it("items are numbered by their line in the file, frontmatter included", () => {
		const note = NoteBuilder.meeting().field("attendees", "[Sanne]").text("# Steering", "", "Some notes.", "").section("Conflicten", ["", "- Scope: creep", "- Pricing: again"]);
		const text = note.build();
		expect(parseMeeting(text).conflicts.map((item) => item.line)).toEqual([lineOf(text, "Scope"), lineOf(text, "Pricing")]);
		expect(lineOf(text, "Scope")).toBe(13);
	});
});
