import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeHeading, SECTION_HEADINGS, sectionForHeading } from "../../../src/core/parse/headings";
import type { SectionKey } from "../../../src/core/schema/field-spec";

describe("section headings in English and Dutch", () => {
	const written: [string, SectionKey][] = [
		["KPIs", "kpis"],
		["KPI's", "kpis"],
		["Conflicts", "conflicts"],
		["Conflicten", "conflicts"],
		["Quick wins", "quickWins"],
		["Actions", "actions"],
		["Acties", "actions"],
		["Decisions", "decisions"],
		["Besluiten", "decisions"],
		["What went well", "wentWell"],
		["Wat ging goed", "wentWell"],
		["Our contribution", "ourContribution"],
		["Onze bijdrage", "ourContribution"],
		["Their contribution", "theirContribution"],
		["Hun bijdrage", "theirContribution"],
		["Difference we used", "differenceUsed"],
		["Welk verschil benutten we", "differenceUsed"],
		["What we try next", "tryNext"],
		["Wat proberen we nu", "tryNext"],
		["Lessons", "lessons"],
		["Lessen", "lessons"],
	];

	it.each(written)("%s opens the %s section", (heading, key) => {
		expect(sectionForHeading(heading)).toBe(key);
	});

	it("every wording the templates may write is recognised as its own section", () => {
		for (const [key, wordings] of Object.entries(SECTION_HEADINGS)) {
			for (const wording of [...wordings.en, ...wordings.nl]) expect(sectionForHeading(wording), wording).toBe(key);
		}
	});

	it("ignores case, punctuation, numbering, emoji and accents", () => {
		expect(sectionForHeading("2. CONFLICTS:")).toBe("conflicts");
		expect(sectionForHeading("⚡ Quick-wins ✅")).toBe("quickWins");
		expect(sectionForHeading("What went well?")).toBe("wentWell");
		expect(sectionForHeading("Kpi’s")).toBe("kpis");
		expect(sectionForHeading("Lessén")).toBe("lessons");
	});

	it("does not open a section for other headings", () => {
		expect(sectionForHeading("Agenda")).toBeFalsy();
		expect(sectionForHeading("Conflicts and actions")).toBeFalsy();
		expect(sectionForHeading("")).toBeFalsy();
	});

	it("normalises a heading to lower-case words", () => {
		expect(normalizeHeading("## 2. Quick-wins ✅:")).toBe("quick wins");
		expect(normalizeHeading("  Één   twee  ")).toBe("een twee");
	});
});

describe("the shortcut for headings with numbers in their words", () => {
	/** The reference: every wording normalised, looked up without any shortcut or cache. */
	const byWording = new Map<string, SectionKey>();
	for (const [key, wordings] of Object.entries(SECTION_HEADINGS) as [SectionKey, { en: readonly string[]; nl: readonly string[] }][]) {
		for (const wording of [...wordings.en, ...wordings.nl]) if (!byWording.has(normalizeHeading(wording))) byWording.set(normalizeHeading(wording), key);
	}

	it("answers exactly as normalising the heading and looking it up does", () => {
		const wordings = [...byWording.keys(), "Quick wins", "KPI's", "Conflicten"];
		const part = fc.oneof(fc.constantFrom(...wordings), fc.constantFrom("2. ", "(3) ", "Q3", " 2026-01-08", "Meeting", "\u0010", "1", "é", "✅", ":", " "), fc.string({ maxLength: 4 }));
		fc.assert(
			fc.property(fc.array(part, { maxLength: 4 }).map((parts) => parts.join("")), (heading) => {
				expect(sectionForHeading(heading)).toBe(byWording.get(normalizeHeading(heading)) ?? null);
			}),
			{ numRuns: 3000 },
		);
		expect(sectionForHeading("Meeting 2026-01-08")).toBeNull();
		expect(sectionForHeading("2. Quick wins")).toBe("quickWins");
		expect(sectionForHeading("Conflicts\u0010")).toBe("conflicts");
	});
});
