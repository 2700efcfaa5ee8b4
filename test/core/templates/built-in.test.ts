import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../src/core/i18n/language";
import { NOTE_TYPES } from "../../../src/core/model";
import { sectionForHeading } from "../../../src/core/parse/headings";
import { parseNote } from "../../../src/core/parse/parse-note";
import { NOTE_SCHEMAS } from "../../../src/core/schema/definitions";
import { builtInTemplate, sectionHeading } from "../../../src/core/templates/built-in";
import { frontmatterLines } from "../../../src/core/templates/frontmatter";
import { renderTemplate, type TemplateValues } from "../../../src/core/templates/new-note";

const combinations = NOTE_TYPES.flatMap((type) => LANGUAGES.map((language) => [type, language] as const));

function headingsOf(text: string): string[] {
	return [...text.matchAll(/^#{1,6} (.+)$/gm)].map((match) => match[1] ?? "");
}

function filledIn(template: string, language: TemplateValues["language"]): string {
	return renderTemplate(template, {
		language,
		title: "Acme",
		date: "2026-11-27",
		time: "09:30",
		alliance: "Acme",
		allianceLink: "[[Acme]]",
		openActions: [],
		openConflicts: [],
		kpiFields: ["kpi_nps:"],
		dimensionFields: ["ours_trust:", "theirs_trust:"],
		dimensionSections: ["## Trust", ""],
	});
}

describe("the built-in templates", () => {
	it.each(combinations)("%s in %s: its frontmatter is the definition's", (type, language) => {
		const template = builtInTemplate(type, language);
		expect(template.startsWith(["---", ...frontmatterLines(NOTE_SCHEMAS[type]), "---", ""].join("\n"))).toBe(true);
	});

	it.each(combinations)("%s in %s: every section the note type reads is there, under a heading the parser recognises", (type, language) => {
		const recognised = headingsOf(builtInTemplate(type, language))
			.map(sectionForHeading)
			.filter((section) => section !== null);
		expect(recognised).toEqual([...NOTE_SCHEMAS[type].sections]);
	});

	it.each(combinations)("%s in %s: filled in, it is a valid note without a single problem or empty item", (type, language) => {
		const result = parseNote("Notes/new.md", filledIn(builtInTemplate(type, language), language));
		expect(result.problems).toEqual([]);
		expect(result.note?.type).toBe(type);
		const note = result.note as unknown as Record<string, unknown>;
		// The empty `- [ ]` and `- ` a template leaves are no conflicts, wins, actions or answers yet.
		for (const list of ["conflicts", "quickWins", "actions", "decisions"]) if (list in note) expect(note[list], list).toEqual([]);
		if (note.type === "alliance") expect(note.kpis).toEqual([]);
		if (note.type === "alliance-reflection") for (const items of Object.values(note.sections as Record<string, unknown[]>)) expect(items).toEqual([]);
	});

	it("a reflection asks the engagement model's questions, in English and in Dutch", () => {
		const english = builtInTemplate("alliance-reflection", "en");
		expect(headingsOf(english)).toEqual(
			expect.arrayContaining(["What went well", "Our contribution", "Their contribution", "Difference we used", "What we try next"]),
		);
		expect(english).toMatch(/How did \*\*we\*\* contribute/);
		expect(english).toMatch(/How did \*\*they\*\* contribute/);
		expect(english).toMatch(/Which difference between us did we use/);
		expect(english).toMatch(/What do we try next/);
		const dutch = builtInTemplate("alliance-reflection", "nl");
		expect(headingsOf(dutch)).toEqual(expect.arrayContaining(["Wat ging goed", "Onze bijdrage", "Hun bijdrage", "Welk verschil benutten we", "Wat proberen we nu"]));
		expect(dutch).toMatch(/Hoe droegen \*\*wij\*\* bij/);
		expect(dutch).toMatch(/Hoe droegen \*\*zij\*\* bij/);
	});

	it("templates write each section's canonical heading", () => {
		expect(sectionHeading("conflicts", "en")).toBe("Conflicts");
		expect(sectionHeading("conflicts", "nl")).toBe("Conflicten");
		expect(sectionHeading("kpis", "nl")).toBe("KPI's");
	});

	it("what is carried over sits under headings the parser does not read, so it is never counted twice", () => {
		const meeting = builtInTemplate("alliance-meeting", "en");
		const carried = filledIn(meeting, "en").replace(
			"_No open actions._",
			"- Send the forecast (from [[2026-11-19 Acme]]) @sanne — 2026-12-01",
		);
		const note = parseNote("M.md", carried.replace("_No open conflicts._", "- Pricing: again (from [[2026-11-19 Acme]])")).note;
		expect(note).toMatchObject({ type: "alliance-meeting", actions: [], conflicts: [] });
	});

	it("a Dutch alliance's KPI table has Dutch column names the parser reads", () => {
		const profile = builtInTemplate("alliance", "nl").replace("| --- | --- | --- | --- | --- | --- |", "| --- | --- | --- | --- | --- | --- |\n| nps | NPS | punten | 40 | omhoog | ends |");
		expect(parseNote("Acme.md", filledIn(profile, "nl")).note).toMatchObject({ kpis: [{ key: "nps", label: "NPS", target: 40, direction: "up" }] });
	});
});
