import { describe, expect, it } from "vitest";
import { conflictMentions, conflictThemes, groupWordings } from "../../../src/core/analytics/conflict-themes";
import type { EngagementPractice, PracticeScore } from "../../../src/core/analytics/dashboard-model";
import { engagementScorecard, median, quartersToCheck } from "../../../src/core/analytics/engagement-scorecard";
import { kpiTrends } from "../../../src/core/analytics/kpi-trends";
import { withDefaults } from "../../../src/core/analytics/options";
import { quickWinSummary } from "../../../src/core/analytics/quick-wins";
import { relationshipHealth } from "../../../src/core/analytics/relationship-health";
import { stakeholderSummary } from "../../../src/core/analytics/stakeholders";
import { aliasMap } from "../../../src/core/analytics/theme-words";
import { NoteBuilder } from "../helpers/note-builder";
import { allianceOf, type Vault } from "../helpers/vault";

const TODAY = "2026-11-27";
const PROFILE = "Alliances/Acme.md";
const OPTIONS = withDefaults();
const KPI_HEADER = ["| key | label | unit | target | direction | kind |", "| --- | --- | --- | --- | --- | --- |"];

/** The scorecard of Acme, made from the real analytics as the dashboard makes it, by practice. */
function scorecardOf(vault: Vault, today = TODAY): Record<EngagementPractice, PracticeScore> {
	const group = allianceOf(vault);
	const mentions = conflictMentions(group);
	const input = {
		group,
		kpis: kpiTrends(group, OPTIONS),
		health: relationshipHealth(group, OPTIONS),
		conflicts: conflictThemes(mentions, OPTIONS, today, groupWordings(mentions, aliasMap(OPTIONS.conflictAliases))),
		quickWins: quickWinSummary(group),
		stakeholders: stakeholderSummary(group, today),
	};
	const scores = engagementScorecard(input, today);
	expect(scores.map((score) => score.practice)).toEqual(["working-relationship", "productive-conflict", "joint-learning", "internal-stakeholders", "quick-wins"]);
	return Object.fromEntries(scores.map((score) => [score.practice, score])) as Record<EngagementPractice, PracticeScore>;
}

const profile = (...kpiRows: string[]): string =>
	NoteBuilder.profile("Acme Corp")
		.field("started", "2025-10-01")
		.section("KPIs", [...KPI_HEADER, ...kpiRows])
		.build();

const verdictOf = (score: PracticeScore): [string, string] => [score.verdict, score.reason];

describe("an alliance with nothing written yet has no evidence for any practice", () => {
	it("every practice says so, with its own reason and no notes to link to", () => {
		const scores = scorecardOf({ [PROFILE]: NoteBuilder.profile("Acme Corp").build() });
		expect(Object.values(scores).map(verdictOf)).toEqual([
			["no-evidence", "no-means-kpis-or-ratings"],
			["no-evidence", "no-conflicts-recorded"],
			["no-evidence", "no-reflections"],
			["no-evidence", "no-stakeholders"],
			["no-evidence", "no-quick-wins"],
		]);
		for (const score of Object.values(scores)) expect(score.evidence).toEqual([]);
	});
});

describe("no evidence yet is judged per practice, never for the whole alliance", () => {
	it("meetings with ratings only: the working relationship is judged, the other four have no evidence yet", () => {
		const meeting = (date: string): string => NoteBuilder.meeting("Acme", date).field("trust", 4).field("respect", 4).build();
		const scores = scorecardOf({ [PROFILE]: profile(), "M/2026-10-01.md": meeting("2026-10-01"), "M/2026-11-01.md": meeting("2026-11-01") });
		expect(Object.values(scores).map(verdictOf)).toEqual([
			["needs-attention", "no-means-kpis"],
			["no-evidence", "no-conflicts-recorded"],
			["no-evidence", "no-reflections"],
			["no-evidence", "no-stakeholders"],
			["no-evidence", "no-quick-wins"],
		]);
		// The latest trust and the latest respect rating: two lines of the latest meeting.
		expect(scores["working-relationship"].evidence.map((ref) => ref.path)).toEqual(["M/2026-11-01.md", "M/2026-11-01.md"]);
	});
});

describe("1. the real working relationship: means KPIs measured, trust and respect over time", () => {
	const meansKpi = "| workshops | Joint workshops | count | 2 | up | means |";
	const meeting = (date: string, trust: number, workshops?: number): string => {
		const note = NoteBuilder.meeting("Acme", date).field("trust", trust).field("respect", trust);
		if (workshops !== undefined) note.field("kpi_workshops", workshops);
		return note.build();
	};

	it("on track: a means KPI read at the latest meetings, trust and respect steady at 4", () => {
		const score = scorecardOf({
			[PROFILE]: profile(meansKpi),
			"M/2026-09-01.md": meeting("2026-09-01", 4, 2),
			"M/2026-10-01.md": meeting("2026-10-01", 4),
			"M/2026-11-01.md": meeting("2026-11-01", 4, 3),
		})["working-relationship"];
		expect(verdictOf(score)).toEqual(["on-track", "means-kpis-measured-trust-steady"]);
		expect(score.values).toMatchObject({ meansKpis: 1, meansKpisMeasured: 1, trustRecent: 4, respectRecent: 4, trustRespectRatings: 6 });
		expect(score.evidence).toContainEqual({ path: "M/2026-11-01.md", line: expect.any(Number) as number });
	});

	it("needs attention: only results KPIs, nothing agreed on how the partners work together", () => {
		const score = scorecardOf({
			[PROFILE]: profile("| pipeline | Joint pipeline | k€ | 1500 | up | ends |"),
			"M/2026-11-01.md": meeting("2026-11-01", 4),
		})["working-relationship"];
		expect(verdictOf(score)).toEqual(["needs-attention", "no-means-kpis"]);
		expect(score.values.meansKpis).toBe(0);
	});

	it("needs attention: a means KPI agreed but not read in the last meetings, linking to its definition", () => {
		const score = scorecardOf({
			[PROFILE]: profile(meansKpi),
			"M/2026-08-01.md": meeting("2026-08-01", 4, 2),
			"M/2026-09-01.md": meeting("2026-09-01", 4),
			"M/2026-10-01.md": meeting("2026-10-01", 4),
			"M/2026-11-01.md": meeting("2026-11-01", 4),
		})["working-relationship"];
		expect(verdictOf(score)).toEqual(["needs-attention", "means-kpis-not-measured"]);
		expect(score.values).toMatchObject({ meansKpis: 1, meansKpisMeasured: 0 });
		expect(score.evidence[0]?.path).toBe(PROFILE);
	});

	it("needs attention: trust and respect rated low", () => {
		const score = scorecardOf({ [PROFILE]: profile(meansKpi), "M/2026-11-01.md": meeting("2026-11-01", 2, 2) })["working-relationship"];
		expect(verdictOf(score)).toEqual(["needs-attention", "trust-respect-low"]);
		expect(score.values.trustRecent).toBe(2);
	});

	it("needs attention: trust and respect falling (5, 5, 5 and then 3, 3, 3)", () => {
		const vault: Vault = { [PROFILE]: profile(meansKpi) };
		[5, 5, 5, 3, 3, 3].forEach((trust, index) => {
			const date = `2026-0${index + 4}-15`;
			vault[`M/${date}.md`] = meeting(date, trust, 2);
		});
		const score = scorecardOf(vault)["working-relationship"];
		expect(score.reasons).toEqual(["trust-respect-falling"]);
		expect(score.values).toMatchObject({ trustRecent: 3, trustChange: -2, respectChange: -2 });
	});

	it("needs attention: a means KPI but nobody rates trust or respect", () => {
		const score = scorecardOf({
			[PROFILE]: profile(meansKpi),
			"M/2026-11-01.md": NoteBuilder.meeting("Acme", "2026-11-01").field("kpi_workshops", 2).build(),
		})["working-relationship"];
		expect(verdictOf(score)).toEqual(["needs-attention", "no-trust-respect-ratings"]);
	});
});

describe("2. productive conflict: themes resolved, in time, none recurring unresolved, differences used", () => {
	const conflicts = (date: string, ...items: string[]): string => NoteBuilder.meeting("Acme", date).section("Conflicts", items).build();
	const reflection = (date: string, difference?: string): string => {
		const note = NoteBuilder.reflection("Acme", date).section("What went well", ["- The pilot"]);
		if (difference !== undefined) note.section("Difference we used", [`- ${difference}`]);
		return note.build();
	};

	it("on track: the tension was resolved within two weeks and a reflection names the difference used", () => {
		const score = scorecardOf({
			[PROFILE]: profile(),
			"M/2026-10-01.md": conflicts("2026-10-01", "- [ ] Pricing: too high"),
			"M/2026-10-15.md": conflicts("2026-10-15", "- [x] Pricing: agreed a tiered model"),
			"R/2026-10-20.md": reflection("2026-10-20", "Their procurement rigour made our offer sharper"),
		})["productive-conflict"];
		expect(verdictOf(score)).toEqual(["on-track", "tensions-resolved"]);
		expect(score.values).toMatchObject({ themes: 1, resolvedThemes: 1, resolvedShare: 1, medianDaysToResolve: 14, recurringUnresolved: 0, reflectionsWithDifference: 1 });
		expect(score.evidence).toContainEqual({ path: "R/2026-10-20.md", line: expect.any(Number) as number });
	});

	it("needs attention: a theme keeps recurring unresolved, linking to its latest mention first", () => {
		const score = scorecardOf({
			[PROFILE]: profile(),
			"M/2026-10-01.md": conflicts("2026-10-01", "- [ ] Pricing: too high"),
			"M/2026-11-01.md": conflicts("2026-11-01", "- [ ] Pricing: still too high"),
			"R/2026-11-05.md": reflection("2026-11-05", "Their caution about data"),
		})["productive-conflict"];
		expect(verdictOf(score)).toEqual(["needs-attention", "themes-recurring-unresolved"]);
		expect(score.values).toMatchObject({ recurringUnresolved: 1, resolvedShare: 0 });
		expect(score.reasons).toEqual(["themes-recurring-unresolved", "few-themes-resolved"]);
		expect(score.evidence[0]).toEqual({ path: "M/2026-11-01.md", line: expect.any(Number) as number });
	});

	it("needs attention: few themes resolved, and slowly (the numbers behind it: a third, 122 days)", () => {
		const score = scorecardOf({
			[PROFILE]: profile(),
			"M/2026-06-01.md": conflicts("2026-06-01", "- [ ] Pricing: too high"),
			"M/2026-10-01.md": conflicts("2026-10-01", "- [x] Pricing: settled", "- [ ] Branding: logo order", "- [ ] Data: sharing rules"),
			"R/2026-10-05.md": reflection("2026-10-05", "Their caution about data"),
		})["productive-conflict"];
		expect(score.verdict).toBe("needs-attention");
		expect(score.reasons).toEqual(["few-themes-resolved", "slow-to-resolve"]);
		expect(score.values.resolvedShare).toBeCloseTo(1 / 3);
		expect(score.values.medianDaysToResolve).toBe(122);
	});

	it("needs attention: reflections never name a difference the partners used", () => {
		const score = scorecardOf({
			[PROFILE]: profile(),
			"M/2026-10-01.md": conflicts("2026-10-01", "- [x] Pricing: settled at once"),
			"R/2026-10-05.md": reflection("2026-10-05"),
		})["productive-conflict"];
		expect(verdictOf(score)).toEqual(["needs-attention", "no-difference-reflected"]);
		expect(score.values).toMatchObject({ medianDaysToResolve: 0, reflectionsWithDifference: 0 });
	});
});

describe("3. joint learning: after an incident, both sides' contributions established", () => {
	const reflection = (date: string, trigger: string, ours: boolean, theirs: boolean): string => {
		const note = NoteBuilder.reflection("Acme", date).field("trigger", trigger);
		if (ours) note.section("Our contribution", ["- We shipped late"]);
		if (theirs) note.section("Their contribution", ["- They changed the scope"]);
		return note.build();
	};

	it("on track: the incident's reflection names what both organisations contributed", () => {
		const score = scorecardOf({
			[PROFILE]: profile(),
			"R/2026-10-01.md": reflection("2026-10-01", "incident", true, true),
			"R/2026-11-01.md": reflection("2026-11-01", "periodic", false, false),
		})["joint-learning"];
		expect(verdictOf(score)).toEqual(["on-track", "incidents-both-sides"]);
		expect(score.values).toEqual({ reflections: 2, incidentReflections: 1, bothSidesNamed: 1, bothSidesShare: 1, daysSinceLastReflection: 26 });
	});

	it("needs attention: an incident reflected on from one side only, linking to it first", () => {
		const score = scorecardOf({
			[PROFILE]: profile(),
			"R/2026-09-01.md": reflection("2026-09-01", "incident", true, true),
			"R/2026-10-01.md": reflection("2026-10-01", "incident", false, true),
		})["joint-learning"];
		expect(verdictOf(score)).toEqual(["needs-attention", "incidents-one-sided"]);
		expect(score.values).toMatchObject({ incidentReflections: 2, bothSidesNamed: 1, bothSidesShare: 0.5 });
		expect(score.evidence[0]?.path).toBe("R/2026-10-01.md");
	});

	it("without incidents, the reflections themselves should name both sides", () => {
		const oneSided = scorecardOf({ [PROFILE]: profile(), "R/2026-10-01.md": reflection("2026-10-01", "periodic", true, false) })["joint-learning"];
		expect(verdictOf(oneSided)).toEqual(["needs-attention", "contributions-one-sided"]);
		const both = scorecardOf({ [PROFILE]: profile(), "R/2026-10-01.md": reflection("2026-10-01", "periodic", true, true) })["joint-learning"];
		expect(verdictOf(both)).toEqual(["on-track", "both-sides-named"]);
	});

	it("needs attention: no reflection for more than six months", () => {
		const score = scorecardOf({ [PROFILE]: profile(), "R/2026-03-01.md": reflection("2026-03-01", "incident", true, true) })["joint-learning"];
		expect(verdictOf(score)).toEqual(["needs-attention", "no-recent-reflection"]);
		expect(score.values.daysSinceLastReflection).toBe(271);
	});
});

describe("4. internal stakeholders: key roles on both sides, no influential resistance, contact kept, adoption moving", () => {
	const person = (fields: Record<string, string | number>): string => {
		const note = NoteBuilder.stakeholder("Acme");
		for (const [key, value] of Object.entries(fields)) note.field(key, value);
		return note.build();
	};
	/** Both sides with an executive sponsor, a decision maker and a champion, all along and in touch. */
	const fullCast = (): Vault => ({
		[PROFILE]: profile(),
		"P/Maarten.md": person({ side: "internal", role: "CFO, executive sponsor", stance: "supporter", influence: "high", stage: "belief", last_contact: "2026-11-20", contact_every_days: 30 }),
		"P/Ruud.md": person({ side: "internal", role: "decision-maker", stance: "supporter", influence: "high", stage: "behaviour" }),
		"P/Eva.md": person({ side: "internal", role: "Implementatieleider, ambassadeur", stance: "champion", influence: "medium", stage: "behaviour" }),
		"P/James.md": person({ side: "partner", role: "VP Partnerships, sponsor", stance: "champion", influence: "high" }),
		"P/Tom.md": person({ side: "partner", role: "Commercial Director, decision maker", stance: "neutral", influence: "high" }),
		"P/Emily.md": person({ side: "partner", role: "champion", stance: "supporter", influence: "medium" }),
	});

	it("on track: every key role filled on both sides, nobody influential resisting, contacts in time", () => {
		const score = scorecardOf(fullCast())["internal-stakeholders"];
		expect(verdictOf(score)).toEqual(["on-track", "stakeholders-on-board"]);
		expect(score.values).toMatchObject({ stakeholders: 6, internalStakeholders: 3, keyRolesInternal: 3, keyRolesPartner: 3, highInfluenceResisters: 0, contactsOverdue: 0, internalBelief: 1, internalBehaviour: 2 });
		expect(score.missingKeyRoles).toBeUndefined();
	});

	it("needs attention: a sceptic with high influence, named first in the evidence", () => {
		const vault = fullCast();
		vault["P/Pieter.md"] = person({ side: "internal", role: "Head of Sales", stance: "sceptic", influence: "high", stage: "clarity" });
		const score = scorecardOf(vault)["internal-stakeholders"];
		expect(verdictOf(score)).toEqual(["needs-attention", "high-influence-resistance"]);
		expect(score.evidence[0]).toEqual({ path: "P/Pieter.md", line: 1 });
	});

	it("needs attention: key roles missing, saying which on which side", () => {
		const vault = fullCast();
		delete vault["P/Eva.md"];
		delete vault["P/Tom.md"];
		const score = scorecardOf(vault)["internal-stakeholders"];
		expect(verdictOf(score)).toEqual(["needs-attention", "key-roles-missing"]);
		expect(score.missingKeyRoles).toEqual([
			{ side: "internal", role: "champion" },
			{ side: "partner", role: "decision-maker" },
		]);
		expect(score.values).toMatchObject({ keyRolesInternal: 2, keyRolesPartner: 2 });
	});

	it("needs attention: more than a quarter of the contacts overdue", () => {
		const vault = fullCast();
		vault["P/Lotte.md"] = person({ side: "internal", role: "champion", stage: "belief", last_contact: "2026-08-01", contact_every_days: 30 });
		const score = scorecardOf(vault)["internal-stakeholders"];
		expect(verdictOf(score)).toEqual(["needs-attention", "contacts-overdue"]);
		expect(score.values).toMatchObject({ contactsTracked: 2, contactsOverdue: 1 });
	});

	it("needs attention: most of the own organisation still unaware", () => {
		const vault = fullCast();
		for (const name of ["A", "B", "C"]) vault[`P/${name}.md`] = person({ side: "internal", stage: "unaware" });
		const score = scorecardOf(vault)["internal-stakeholders"];
		expect(verdictOf(score)).toEqual(["needs-attention", "internal-mostly-unaware"]);
		expect(score.values.internalUnaware).toBe(3);
	});

	it("needs attention: the organisation's adoption stage slipped over the last two quarters", () => {
		const vault = fullCast();
		vault["R/2026-04-01.md"] = NoteBuilder.reflection("Acme", "2026-04-01").field("adoption_stage", "belief").build();
		vault["R/2026-10-01.md"] = NoteBuilder.reflection("Acme", "2026-10-01").field("adoption_stage", "clarity").build();
		const score = scorecardOf(vault)["internal-stakeholders"];
		expect(verdictOf(score)).toEqual(["needs-attention", "adoption-slipping"]);
		expect(score.values.adoptionChange).toBe(-1);
	});
});

describe("5. quick wins: one every quarter, shared inside the organisation", () => {
	const wins = (date: string, ...items: string[]): string => NoteBuilder.meeting("Acme", date).section("Quick wins", items).build();
	/** A communicated win in each of the four quarters before today's. */
	const everyQuarter = (): Vault => ({
		[PROFILE]: profile(),
		"M/2025-11-10.md": wins("2025-11-10", "- [x] First route live"),
		"M/2026-02-10.md": wins("2026-02-10", "- [x] Second depot"),
		"M/2026-05-10.md": wins("2026-05-10", "- [x] Contoso reference"),
		"M/2026-08-10.md": wins("2026-08-10", "- [x] Fabrikam live", "- [ ] Night shift covered"),
	});

	it("on track: a win in every quarter, most of them shared", () => {
		const score = scorecardOf(everyQuarter())["quick-wins"];
		expect(verdictOf(score)).toEqual(["on-track", "wins-every-quarter"]);
		expect(score.values).toEqual({ wins: 5, winsThisQuarter: 0, quartersChecked: 4, quartersWithWin: 4, communicatedShare: 0.8 });
		// The one not yet shared is the first thing to look at.
		expect(score.evidence[0]).toEqual({ path: "M/2026-08-10.md", line: expect.any(Number) as number });
	});

	it("needs attention: a quarter without a quick win, naming it", () => {
		const vault = everyQuarter();
		delete vault["M/2026-05-10.md"];
		const score = scorecardOf(vault)["quick-wins"];
		expect(verdictOf(score)).toEqual(["needs-attention", "quarters-without-win"]);
		expect(score.quartersWithoutWin).toEqual(["2026-Q2"]);
		expect(score.values).toMatchObject({ quartersChecked: 4, quartersWithWin: 3 });
	});

	it("needs attention: wins kept inside the project", () => {
		const vault: Vault = {
			[PROFILE]: profile(),
			"M/2025-11-10.md": wins("2025-11-10", "- [ ] First route live"),
			"M/2026-02-10.md": wins("2026-02-10", "- [ ] Second depot"),
			"M/2026-05-10.md": wins("2026-05-10", "- [x] Contoso reference"),
			"M/2026-08-10.md": wins("2026-08-10", "- [ ] Fabrikam live"),
		};
		const score = scorecardOf(vault)["quick-wins"];
		expect(verdictOf(score)).toEqual(["needs-attention", "wins-not-communicated"]);
		expect(score.values.communicatedShare).toBe(0.25);
	});

	it("needs attention: wins every quarter, yet the organisation's adoption slipped back", () => {
		const vault = everyQuarter();
		vault["R/2026-04-01.md"] = NoteBuilder.reflection("Acme", "2026-04-01").field("adoption_stage", "behaviour").build();
		vault["R/2026-10-01.md"] = NoteBuilder.reflection("Acme", "2026-10-01").field("adoption_stage", "belief").build();
		const score = scorecardOf(vault)["quick-wins"];
		expect(verdictOf(score)).toEqual(["needs-attention", "adoption-slipping"]);
		expect(score.values.adoptionChange).toBe(-1);
	});

	it("the quarters checked are the complete ones before today's, from the alliance's start", () => {
		expect(quartersToCheck("2026-11-27", "2025-01-01")).toEqual(["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]);
		expect(quartersToCheck("2026-11-27", "2026-02-10")).toEqual(["2026-Q1", "2026-Q2", "2026-Q3"]);
		expect(quartersToCheck("2026-11-27", "2026-10-01")).toEqual([]);
		expect(quartersToCheck("2026-02-01", "2024-01-01")).toEqual(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]);
	});
});

describe("the numbers behind the verdicts", () => {
	it("the median of an odd and an even count", () => {
		expect(median([41, 3, 12])).toBe(12);
		expect(median([4, 1, 3, 10])).toBe(3.5);
		expect(median([])).toBeUndefined();
	});
});
