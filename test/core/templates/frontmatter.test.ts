import { describe, expect, it } from "vitest";
import { NOTE_TYPES } from "../../../src/core/model";
import { NOTE_SCHEMAS } from "../../../src/core/schema/definitions";
import { frontmatterLines, propertyLines } from "../../../src/core/templates/frontmatter";

describe("a new note's frontmatter comes from the note type's definition", () => {
	it.each(NOTE_TYPES)("%s: type first, then every property in the order of the definition", (type) => {
		const keys = frontmatterLines(NOTE_SCHEMAS[type])
			.filter((line) => /^[a-z_]+:/.test(line))
			.map((line) => line.slice(0, line.indexOf(":")));
		expect(keys).toEqual(["type", ...NOTE_SCHEMAS[type].fields.map((field) => field.key)]);
	});

	it("a meeting ends with the line its KPIs are filled in on", () => {
		expect(frontmatterLines(NOTE_SCHEMAS["alliance-meeting"]).at(-1)).toBe("{{kpi_fields}}");
		expect(frontmatterLines(NOTE_SCHEMAS.alliance)).not.toContain("{{kpi_fields}}");
	});

	it("links are quoted, lists are YAML lists, and properties without an example start empty", () => {
		expect(frontmatterLines(NOTE_SCHEMAS["alliance-meeting"])).toEqual(
			expect.arrayContaining(['alliance: "{{alliance_link}}"', "date: {{date}}", "meeting_type: steering", "attendees: []", "trust:"]),
		);
		expect(frontmatterLines(NOTE_SCHEMAS["alliance-stakeholder"]).slice(1, 3)).toEqual(["alliances:", '  - "{{alliance_link}}"']);
		expect(frontmatterLines(NOTE_SCHEMAS.alliance)).toEqual(expect.arrayContaining(['partner: "{{alliance}}"', "review_every_days: 90"]));
	});

	it("a quote or backslash in an example is escaped", () => {
		expect(propertyLines({ key: "role", kind: "text", description: "", example: 'the "boss" \\ chief' })).toEqual(['role: "the \\"boss\\" \\\\ chief"']);
	});
});
