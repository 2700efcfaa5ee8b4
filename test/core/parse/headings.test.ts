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
