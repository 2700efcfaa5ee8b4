import { describe, expect, it } from "vitest";
import type { DimensionGap, PerceptionGap, PracticeReason, PracticeScore } from "../../../src/core/analytics/dashboard-model";
import { dimensionLine, dimensionName, gapChartLabel, healthCheckDueText, practiceReason } from "../../../src/core/present/engagement";
import { wordsFor } from "../../../src/core/present/words";

const en = wordsFor("en");
const nl = wordsFor("nl");

/** Every reason the scorecard can give (the type makes sure none is left out). */
const REASONS = Object.keys({
	"no-means-kpis-or-ratings": true,
	"no-means-kpis": true,
	"means-kpis-not-measured": true,
	"no-trust-respect-ratings": true,
	"trust-respect-low": true,
	"trust-respect-falling": true,
	"means-kpis-measured-trust-steady": true,
	"no-conflicts-recorded": true,
	"themes-recurring-unresolved": true,
	"few-themes-resolved": true,
	"slow-to-resolve": true,
	"no-difference-reflected": true,
	"tensions-resolved": true,
	"no-reflections": true,
	"incidents-one-sided": true,
	"contributions-one-sided": true,
	"no-recent-reflection": true,
	"incidents-both-sides": true,
	"both-sides-named": true,
	"no-stakeholders": true,
	"high-influence-resistance": true,
	"key-roles-missing": true,
	"contacts-overdue": true,
	"internal-mostly-unaware": true,
	"adoption-slipping": true,
	"stakeholders-on-board": true,
	"no-quick-wins": true,
	"quarters-without-win": true,
	"wins-not-communicated": true,
	"wins-every-quarter": true,
} satisfies Record<PracticeReason, true>) as PracticeReason[];

const score = (reason: PracticeReason, values: PracticeScore["values"] = {}, extra: Partial<PracticeScore> = {}): PracticeScore => ({
	practice: "working-relationship",
	verdict: "needs-attention",
	reason,
	reasons: [reason],
	values,
	evidence: [],
	...extra,
});

describe("every verdict's reason is one sentence in each language", () => {
	it.each(REASONS)("%s: filled in, ending in a full stop, and Dutch in Dutch", (reason) => {
		const english = practiceReason(score(reason, { meansKpis: 2, meansKpisMeasured: 1, themes: 3, resolvedThemes: 1, incidentReflections: 2, reflections: 4, bothSidesNamed: 1 }), en);
		const dutch = practiceReason(score(reason, { meansKpis: 2, meansKpisMeasured: 1, themes: 3, resolvedThemes: 1, incidentReflections: 2, reflections: 4, bothSidesNamed: 1 }), nl);
		for (const sentence of [english, dutch]) {
			expect(sentence).not.toMatch(/[{}#]|undefined|NaN|Infinity/);
			expect(sentence).toMatch(/^\S.*\.$/);
			expect(sentence.split(/\.\s/)).toHaveLength(1);
		}
		expect(dutch).not.toBe(english);
	});

	it("the numbers behind a reason, with real plurals", () => {
		expect(practiceReason(score("themes-recurring-unresolved", { recurringUnresolved: 1 }), en)).toBe("1 conflict theme keeps coming back unresolved.");
		expect(practiceReason(score("themes-recurring-unresolved", { recurringUnresolved: 3 }), nl)).toBe("3 conflictthema's komen onopgelost terug.");
		expect(practiceReason(score("slow-to-resolve", { medianDaysToResolve: 121.5 }), en)).toBe("A conflict theme takes 122 days to resolve (median).");
		expect(practiceReason(score("trust-respect-low", { trustRecent: 2.5, respectRecent: 3.25 }), nl)).toBe("Vertrouwen of respect krijgt de laatste tijd een laag cijfer: gemiddeld 2,5 van 5.");
		expect(practiceReason(score("wins-not-communicated", { communicatedShare: 0.333 }), en)).toBe("Only 33 % of the quick wins were shared in your organisation.");
		expect(practiceReason(score("tensions-resolved", { themes: 0, reflectionsWithDifference: 1 }), en)).toBe("1 reflection names a difference you used; no conflict is open.");
	});

	it("names the key roles nobody holds, and on which side", () => {
		const missing = score("key-roles-missing", {}, { missingKeyRoles: [{ side: "internal", role: "decision-maker" }, { side: "partner", role: "executive-sponsor" }] });
		expect(practiceReason(missing, en)).toBe("Nobody is decision maker on your side, executive sponsor at the partner.");
		expect(practiceReason(missing, nl)).toBe("Niemand is beslisser aan onze kant, sponsor in de directie bij de partner.");
	});

	it("names the quarters without a quick win", () => {
		expect(practiceReason(score("quarters-without-win", {}, { quartersWithoutWin: ["2026-Q1", "2026-Q2"] }), en)).toBe("No quick win in Q1 2026, Q2 2026.");
	});
});

describe("the perception gap in words", () => {
	const check: PerceptionGap = {
		check: { path: "H/2026-09-15.md", line: 4, date: "2026-09-15" },
		previous: { path: "H/2026-03-10.md", line: 4, date: "2026-03-10" },
		ourParticipants: ["Sanne"],
		theirParticipants: ["James"],
		dimensions: [],
	};
	const gap = (fields: Partial<DimensionGap>): DimensionGap => ({ dimension: "openness", source: { path: "H/2026-09-15.md", line: 16 }, ...fields });

	it("a dimension with both ratings, the gap and how both moved since the check before", () => {
		const line = dimensionLine(gap({ ours: 4, theirs: 2, gap: 2, previousOurs: 3, previousTheirs: 3, previousGap: 0, oursChange: 1, theirsChange: -1, gapWidening: 2 }), en, check);
		expect(line).toEqual({
			name: "Openness on decisions and resources",
			ratings: "us 4, partner 2",
			gap: "gap +2",
			trend: "2 points further apart than on 10 Mar 2026; since then: us +1, partner −1",
		});
		const closer = dimensionLine(gap({ ours: 3, theirs: 4, gap: -1, previousOurs: 2, previousTheirs: 4, previousGap: -2, oursChange: 1, theirsChange: 0, gapWidening: -1 }), nl, check);
		expect(closer.trend).toBe("1 punt dichter bij elkaar dan op 10 mrt 2026; sindsdien: wij +1, partner 0");
	});

	it("a dimension one side left open, and one the previous check did not have", () => {
		const line = dimensionLine(gap({ dimension: "market_access", ours: 4 }), en, check);
		expect(line).toEqual({ name: "Market access", ratings: "us 4, partner –", gap: "rated by one side only", trend: "not in the check of 10 Mar 2026" });
	});

	it("the chart's text alternative names every dimension with both ratings", () => {
		const label = gapChartLabel({ ...check, dimensions: [gap({ ours: 4, theirs: 2, gap: 2 }), gap({ dimension: "trust", ours: 3 })] }, en);
		expect(label).toBe("Perception gap, health check of 15 Sept 2026: Openness on decisions and resources: us 4, partner 2; Trust: us 3, partner –");
		expect(dimensionName(nl, "internal_support")).toBe("Interne steun");
	});

	it("when the next check is due, or how late it is", () => {
		expect(healthCheckDueText({ due: false, cadenceDays: 182, since: "last-check", dueOn: "2027-03-16" }, en)).toBe("next check due 16 Mar 2027");
		expect(healthCheckDueText({ due: true, cadenceDays: 182, since: "last-check", dueOn: "2026-10-30", daysOverdue: 28 }, nl)).toBe("volgende check 28 dagen te laat");
		expect(healthCheckDueText({ due: false, cadenceDays: 182, since: "none" }, en)).toBeUndefined();
	});
});
