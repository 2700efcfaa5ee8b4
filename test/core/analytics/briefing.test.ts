import { describe, expect, it } from "vitest";
import { actionSummary } from "../../../src/core/analytics/actions";
import { allianceBriefing } from "../../../src/core/analytics/briefing";
import { conflictMentions, conflictThemes, groupWordings } from "../../../src/core/analytics/conflict-themes";
import type { Briefing, BriefingItem } from "../../../src/core/analytics/dashboard-model";
import { healthCheckSummary } from "../../../src/core/analytics/health-checks";
import { kpiTrends } from "../../../src/core/analytics/kpi-trends";
import { withDefaults } from "../../../src/core/analytics/options";
import { quickWinSummary } from "../../../src/core/analytics/quick-wins";
import { relationshipHealth } from "../../../src/core/analytics/relationship-health";
import { stakeholderSummary } from "../../../src/core/analytics/stakeholders";
import { aliasMap } from "../../../src/core/analytics/theme-words";
import type { Language } from "../../../src/core/i18n/language";
import type { AllianceGroup } from "../../../src/core/index/vault-index";
import { briefingText } from "../../../src/core/present/briefing";
import { wordsFor } from "../../../src/core/present/words";
import { lineOf, NoteBuilder } from "../helpers/note-builder";
import { allianceOf, type Vault } from "../helpers/vault";


const TODAY = "2026-11-27";
const PROFILE = "Alliances/Acme.md";
const OPTIONS = withDefaults();

function acme(vault: Vault): AllianceGroup {
	return allianceOf(vault);
}

/** The briefing of Acme, made from the real analytics as the dashboard makes it. */
function briefingOf(vault: Vault, today = TODAY): Briefing {
	const group = acme(vault);
	const mentions = conflictMentions(group);
	const grouping = groupWordings(mentions, aliasMap(OPTIONS.conflictAliases));
	const input = {
		group,
		kpis: kpiTrends(group, OPTIONS),
		health: relationshipHealth(group, OPTIONS),
		conflicts: conflictThemes(mentions, OPTIONS, today, grouping),
		quickWins: quickWinSummary(group),
		actions: actionSummary([group], today),
		stakeholders: stakeholderSummary(group, today),
		healthChecks: healthCheckSummary(group, today, OPTIONS.healthCheckEveryDays),
	};
	return allianceBriefing(input, today, (wording: string) => grouping.themeOf.get(wording) ?? wording.toLowerCase());
}

const kindsOf = (items: BriefingItem[]): string[] => items.map((item) => item.kind);
/** The items as the presentation layer words them (the model holds facts only). */
const textsOf = (items: BriefingItem[], language: Language = "en"): string[] => items.map((item) => briefingText(item, wordsFor(language)));

const KPI_HEADER = ["| key | label | unit | target | direction | kind |", "| --- | --- | --- | --- | --- | --- |"];

interface Words {
	kpiHeading: string;
	onTime: string;
	workshops: string;
	conflicts: string;
	actions: string;
	pricing: string;
	overdue: string;
	dueSoon: string;
	later: string;
	win: string;
	sharedWin: string;
}

const ENGLISH: Words = {
	kpiHeading: "KPIs",
	onTime: "On-time delivery",
	workshops: "Joint workshops",
	conflicts: "Conflicts",
	actions: "Actions",
	pricing: "Pricing",
	overdue: "Send the volume forecast",
	dueSoon: "Book the workshop venue",
	later: "Draft the data sharing annex",
	win: "Pilot live at Contoso",
	sharedWin: "Joint press release",
};

const DUTCH: Words = {
	kpiHeading: "KPI's",
	onTime: "Op tijd geleverd",
	workshops: "Gezamenlijke workshops",
	conflicts: "Conflicten",
	actions: "Acties",
	pricing: "Prijs",
	overdue: "Volumeprognose sturen",
	dueSoon: "Zaal voor de workshop boeken",
	later: "Bijlage gegevensdeling opstellen",
	win: "Pilot live bij Contoso",
	sharedWin: "Gezamenlijk persbericht",
};

/**
 * Acme on 2026-11-27 with one of everything that needs attention:
 * - an action due 2026-11-20: 7 days overdue;
 * - pricing raised on 2026-08-04 and 2026-11-03: recurring (two meetings in 180 days), still open;
 * - on-time delivery at 90 against 95: off track;
 * - joint workshops last read on 2026-08-04, three meetings ago: stale (and, at 1 against 2, off track too);
 * - a quick win nobody has shared yet;
 * - Sanne last spoken to on 2026-10-01, every 30 days: due 2026-10-31, 27 days overdue;
 * - an action due 2026-12-04, before the next meeting on 2026-12-10: due soon;
 * - an action due 2027-01-15: neither overdue nor due soon, so not in the briefing.
 */
function everythingVault(words: Words): Vault {
	const profile = NoteBuilder.profile("Acme Corp")
		.field("next_meeting", "2026-12-10")
		.section(words.kpiHeading, [...KPI_HEADER, `| on_time | ${words.onTime} | % | 95 | up | ends |`, `| workshops | ${words.workshops} | count | 2 | up | means |`])
		.build();
	const meeting = (date: string, readings: Record<string, number>, body: (note: NoteBuilder) => NoteBuilder = (note) => note): string => {
		const note = NoteBuilder.meeting("Acme", date);
		for (const [key, value] of Object.entries(readings)) note.field(`kpi_${key}`, value);
		return body(note).build();
	};
	return {
		[PROFILE]: profile,
		"Meetings/2026-08-04 Acme.md": meeting("2026-08-04", { on_time: 96, workshops: 1 }, (note) =>
			note.section(words.conflicts, [`- [ ] ${words.pricing}: revenue share`]),
		),
		"Meetings/2026-09-01 Acme.md": meeting("2026-09-01", { on_time: 94 }),
		"Meetings/2026-10-06 Acme.md": meeting("2026-10-06", { on_time: 92 }),
		"Meetings/2026-11-03 Acme.md": meeting("2026-11-03", { on_time: 90 }, (note) =>
			note
				.section(words.conflicts, [`- [ ] ${words.pricing}: discounts again`])
				.section("Quick wins", [`- [ ] ${words.win}`, `- [x] ${words.sharedWin}`])
				.section(words.actions, [
					`- [ ] ${words.dueSoon} 📅 2026-12-04`,
					`- [ ] ${words.later} 📅 2027-01-15`,
					`- [ ] ${words.overdue} @sanne 📅 2026-11-20`,
				]),
		),
		"Stakeholders/Sanne de Vries.md": NoteBuilder.stakeholder("Acme").field("side", "internal").field("last_contact", "2026-10-01").field("contact_every_days", 30).build(),
	};
}

describe("what needs attention first", () => {
	it("overdue action, recurring conflict, off-track KPI, unshared quick win, overdue contact, action due soon, stale KPI — in that order", () => {
		const { items } = briefingOf(everythingVault(ENGLISH));

		expect(kindsOf(items)).toEqual([
			"overdue-action",
			"recurring-conflict",
			"kpi-off-track",
			"uncommunicated-win",
			"contact-overdue",
			"action-due-soon",
			"kpi-stale",
		]);
		expect(textsOf(items)).toEqual([
			"7 days overdue: Send the volume forecast (@sanne)",
			"Recurring conflict still open: Pricing, raised in 2 meetings since 4 Aug 2026",
			"On-time delivery is off track: 90 % against a target of 95 %",
			"Quick win not yet shared in your organisation: Pilot live at Contoso",
			"Contact with Sanne de Vries is 27 days overdue",
			"Due 4 Dec 2026: Book the workshop venue",
			"No reading of Joint workshops in the last 3 meetings",
		]);
	});

	it("every item names the alliance and links to where it was written", () => {
		const vault = everythingVault(ENGLISH);
		const november = vault["Meetings/2026-11-03 Acme.md"] ?? "";
		const { items } = briefingOf(vault);

		expect(items.every((item) => item.alliance === "Acme")).toBe(true);
		expect(items.map((item) => item.source)).toEqual([
			{ path: "Meetings/2026-11-03 Acme.md", line: lineOf(november, "Send the volume forecast") },
			// The conflict links to its latest mention.
			{ path: "Meetings/2026-11-03 Acme.md", line: lineOf(november, "Pricing") },
			{ path: "Meetings/2026-11-03 Acme.md", line: lineOf(november, "kpi_on_time") },
			{ path: "Meetings/2026-11-03 Acme.md", line: lineOf(november, "Pilot live") },
			{ path: "Stakeholders/Sanne de Vries.md", line: 1 },
			{ path: "Meetings/2026-11-03 Acme.md", line: lineOf(november, "Book the workshop venue") },
			// A stale KPI links to its row in the profile: that is where to look, not at the old reading.
			{ path: PROFILE, line: lineOf(vault[PROFILE] ?? "", "| workshops") },
		]);
	});

	it("a stale KPI is reported as stale, not also as off track", () => {
		const { items } = briefingOf(everythingVault(ENGLISH));
		const aboutWorkshops = items.filter((item) => briefingText(item, wordsFor("en")).includes("Joint workshops"));

		expect(kindsOf(aboutWorkshops)).toEqual(["kpi-stale"]);
	});

	it("an action due after the next meeting and more than two weeks away is not in the briefing", () => {
		const { items } = briefingOf(everythingVault(ENGLISH));
		expect(items.some((item) => briefingText(item, wordsFor("en")).includes("Draft the data sharing annex"))).toBe(false);
	});

	it("within one kind, the order of the list underneath is kept: most overdue action first", () => {
		const { items } = briefingOf({
			[PROFILE]: NoteBuilder.profile("Acme Corp").build(),
			"Meetings/2026-11-03 Acme.md": NoteBuilder.meeting("Acme", "2026-11-03")
				.section("Actions", ["- [ ] Send the forecast 📅 2026-11-20", "- [ ] Sign the NDA 📅 2026-10-28", "- [ ] Share the deck 📅 2026-11-25"])
				.build(),
		});

		expect(textsOf(items)).toEqual(["30 days overdue: Sign the NDA", "7 days overdue: Send the forecast", "2 days overdue: Share the deck"]);
		expect(items.map((item) => item.priority)).toEqual([...items.map((item) => item.priority)].sort((a, b) => a - b));
	});

	it("a dropped rating comes after off-track KPIs, then KPIs moving the wrong way, then conflicts raised once", () => {
		const profile = NoteBuilder.profile("Acme Corp")
			.section("KPIs", [...KPI_HEADER, "| on_time | On-time delivery | % | 95 | up | ends |", "| escalation_days | Days to resolve an escalation | days | 3 | down | means |"])
			.build();
		// A recent health check: none is due.
		const vault: Vault = { [PROFILE]: profile, "Health checks/2026-10-01 Acme.md": NoteBuilder.healthCheck("Acme", "2026-10-01").build() };
		// Trust 5, 5, 5 and then 3, 3, 3: the recent average (last three) is 3, the earlier one 5.
		const trust = [5, 5, 5, 3, 3, 3];
		trust.forEach((value, index) => {
			const date = `2026-0${index + 4}-15`;
			const note = NoteBuilder.meeting("Acme", date).field("trust", value);
			if (index === 4) note.field("kpi_escalation_days", 2);
			if (index === 5) note.field("kpi_escalation_days", 2.5).field("kpi_on_time", 90).section("Conflicts", ["- [ ] Branding: whose logo comes first"]);
			vault[`Meetings/${date} Acme.md`] = note.build();
		});

		const english = briefingOf(vault);
		const dutch = briefingOf(vault);

		// Escalations: 2.5 days against 2 before, still within the target of 3, but slower: worsening, not off track.
		expect(kindsOf(english.items)).toEqual(["kpi-off-track", "rating-dropped", "kpi-worsening", "open-conflict"]);
		expect(textsOf(english.items)).toEqual([
			"On-time delivery is off track: 90 % against a target of 95 %",
			"Trust dropped to 3 on average (was 5)",
			"Days to resolve an escalation is moving the wrong way: 2.5 days (was 2 days)",
			"Open conflict: Branding",
		]);
		expect(textsOf(dutch.items, "nl")).toEqual([
			"On-time delivery ligt niet op koers: 90 % tegen een doel van 95 %",
			"Vertrouwen daalde naar gemiddeld 3 (was 5)",
			"Days to resolve an escalation beweegt de verkeerde kant op: 2,5 days (was 2 days)",
			"Open conflict: Branding",
		]);
	});

	it("a health check past the cadence is due: after the last one, with the days overdue and a link to it", () => {
		const vault: Vault = {
			[PROFILE]: NoteBuilder.profile("Acme Corp").field("started", "2025-01-01").build(),
			"Health checks/2026-05-01 Acme.md": NoteBuilder.healthCheck("Acme", "2026-05-01").field("ours_trust", 4).field("theirs_trust", 3).build(),
		};
		const [item] = briefingOf(vault).items;
		expect(item).toMatchObject({ kind: "health-check-due", last: "2026-05-01", days: 28, source: { path: "Health checks/2026-05-01 Acme.md", line: 4 } });
	});

	it("an alliance older than the cadence without any health check is due one, counted from its start", () => {
		const [item] = briefingOf({ [PROFILE]: NoteBuilder.profile("Acme Corp").field("started", "2026-05-01").build() }).items;
		expect(item).toMatchObject({ kind: "health-check-due", days: 28 });
		expect(item).not.toHaveProperty("source");
		expect(item).not.toHaveProperty("last");
	});

	it("nothing to say gives an empty list", () => {
		const briefing = briefingOf({ [PROFILE]: NoteBuilder.profile("Acme Corp").build() });
		expect(briefing).toEqual({ items: [] });
	});
});

describe("when we met and when we meet again", () => {
	const vault = (nextMeeting?: string): Vault => {
		const profile = NoteBuilder.profile("Acme Corp");
		if (nextMeeting !== undefined) profile.field("next_meeting", nextMeeting);
		return {
			[PROFILE]: profile.build(),
			"Meetings/2026-10-06 Acme.md": NoteBuilder.meeting("Acme", "2026-10-06").build(),
			"Meetings/2026-11-03 Acme.md": NoteBuilder.meeting("Acme", "2026-11-03").build(),
		};
	};

	it("24 days since the meeting of 3 November, 13 days to the one on 10 December", () => {
		const briefing = briefingOf(vault("2026-12-10"));
		expect(briefing).toMatchObject({ daysSinceLastMeeting: 24, nextMeeting: "2026-12-10", daysToNextMeeting: 13 });
	});

	it("a meeting today was 0 days ago", () => {
		expect(briefingOf(vault(), "2026-11-03").daysSinceLastMeeting).toBe(0);
	});

	it("a meeting note written ahead for a later date does not count as the last meeting", () => {
		const withAgenda = { ...vault(), "Meetings/2026-12-10 Acme.md": NoteBuilder.meeting("Acme", "2026-12-10").build() };
		expect(briefingOf(withAgenda).daysSinceLastMeeting).toBe(24);
	});

	it("without a next meeting in the profile there are no days to it", () => {
		const briefing = briefingOf(vault());
		expect(briefing.nextMeeting).toBeUndefined();
		expect(briefing.daysToNextMeeting).toBeUndefined();
	});

	it("a next meeting date that has passed gives negative days", () => {
		expect(briefingOf(vault("2026-11-24")).daysToNextMeeting).toBe(-3);
	});

	it("an alliance that has not met yet has no days since the last meeting and no 'since the last meeting'", () => {
		const briefing = briefingOf({ [PROFILE]: NoteBuilder.profile("Acme Corp").field("next_meeting", "2026-12-10").build() });
		expect(briefing.daysSinceLastMeeting).toBeUndefined();
		expect(briefing.sinceLastMeeting).toBeUndefined();
		expect(briefing.daysToNextMeeting).toBe(13);
	});
});

describe("since the last meeting", () => {
	const profile = NoteBuilder.profile("Acme Corp")
		.section("KPIs", [
			...KPI_HEADER,
			"| on_time | On-time delivery | % | 95 | up | ends |",
			"| escalation_days | Days to resolve an escalation | days | 3 | down | means |",
			"| workshops | Joint workshops | count | 2 | up | means |",
			"| pipeline | Joint pipeline | k€ | 1500 | up | ends |",
		])
		.build();
	const october = NoteBuilder.meeting("Acme", "2026-10-06")
		.field("kpi_on_time", 92)
		.field("kpi_escalation_days", 4)
		.field("kpi_workshops", 2)
		.section("Conflicts", ["- [ ] Pricing: revenue share", "- [ ] Data sharing: who may see the route data"])
		.section("Actions", ["- [ ] Send the forecast 📅 2026-10-20"])
		.build();
	const november = NoteBuilder.meeting("Acme", "2026-11-03")
		.field("kpi_on_time", 94)
		.field("kpi_escalation_days", 5)
		.field("kpi_workshops", 2)
		.field("kpi_pipeline", 800)
		.section("Conflicts", ["- [x] Pricing: 15 % revenue share agreed", "- [ ] Price discussion: discounts for small customers", "- [ ] Branding: whose logo comes first"])
		.section("Quick wins", ["- [ ] Pilot live at Contoso"])
		.section("Actions", ["- [x] Send the forecast 📅 2026-10-20 ✅ 2026-11-01", "- [ ] Book the workshop venue 📅 2026-12-04", "- [ ] Draft the annex"])
		.build();
	const vault = (): Vault => ({
		[PROFILE]: profile,
		"Meetings/2026-10-06 Acme.md": october,
		"Meetings/2026-11-03 Acme.md": november,
	});

	it("compares the last meeting with the one before it", () => {
		const since = briefingOf(vault()).sinceLastMeeting;
		expect(since?.meeting).toEqual({ path: "Meetings/2026-11-03 Acme.md", line: 1, date: "2026-11-03" });
		expect(since?.previous).toEqual({ path: "Meetings/2026-10-06 Acme.md", line: 1, date: "2026-10-06" });
	});

	it("each KPI read at the last meeting, better or worse by its direction", () => {
		expect(briefingOf(vault()).sinceLastMeeting?.kpiChanges).toEqual([
			// Higher is better: 92 → 94 is better.
			{ key: "on_time", label: "On-time delivery", unit: "%", from: 92, to: 94, better: true },
			// Lower is better: 4 → 5 days is worse.
			{ key: "escalation_days", label: "Days to resolve an escalation", unit: "days", from: 4, to: 5, better: false },
			// Unchanged: neither better nor worse.
			{ key: "workshops", label: "Joint workshops", unit: "count", from: 2, to: 2 },
			// First reading: nothing to compare with.
			{ key: "pipeline", label: "Joint pipeline", unit: "k€", to: 800 },
		]);
	});

	it("a conflict is new only when its theme was not raised before; a new wording of an old theme is not new", () => {
		const since = briefingOf(vault()).sinceLastMeeting;
		expect(since?.newConflicts).toEqual(["Branding"]);
		expect(since?.resolvedConflicts).toEqual(["Pricing"]);
	});

	it("counts the actions added and done, and the quick wins, at the last meeting", () => {
		expect(briefingOf(vault()).sinceLastMeeting).toMatchObject({ actionsAdded: 2, actionsDone: 1, newQuickWins: 1 });
	});

	it("with one meeting only there is nothing before it: every conflict is new and no KPI has a 'from'", () => {
		const since = briefingOf({ [PROFILE]: profile, "Meetings/2026-10-06 Acme.md": october }).sinceLastMeeting;
		expect(since?.previous).toBeUndefined();
		expect(since?.newConflicts).toEqual(["Pricing", "Data sharing"]);
		expect(since?.kpiChanges.map((change) => [change.key, change.from, change.better])).toEqual([
			["on_time", undefined, undefined],
			["escalation_days", undefined, undefined],
			["workshops", undefined, undefined],
		]);
	});
});

describe("in Dutch", () => {
	it("every sentence is in Dutch, in the same order", () => {
		const { items } = briefingOf(everythingVault(DUTCH));

		expect(textsOf(items, "nl")).toEqual([
			"7 dagen te laat: Volumeprognose sturen (@sanne)",
			"Terugkerend conflict staat nog open: Prijs, besproken in 2 overleggen sinds 4 aug 2026",
			"Op tijd geleverd ligt niet op koers: 90 % tegen een doel van 95 %",
			"Quick win nog niet gedeeld in je organisatie: Pilot live bij Contoso",
			"Contact nodig met Sanne de Vries: 27 dagen later dan gepland",
			"Deadline 4 dec 2026: Zaal voor de workshop boeken",
			"Geen meting van Gezamenlijke workshops in de laatste 3 overleggen",
		]);
	});

	it("an overdue action without an owner, and a conflict coming up more often", () => {
		const { items } = briefingOf(
			{
				[PROFILE]: NoteBuilder.profile("Acme Corp").build(),
				// 2026-07-01 in the earlier half of the window; 2026-09-15 and 2026-11-03 in the recent half.
				"Meetings/2026-07-01 Acme.md": NoteBuilder.meeting("Acme", "2026-07-01").section("Conflicten", ["- [ ] Capaciteit: te weinig consultants"]).build(),
				"Meetings/2026-09-15 Acme.md": NoteBuilder.meeting("Acme", "2026-09-15").section("Conflicten", ["- [ ] Capaciteit: nog steeds"]).build(),
				"Meetings/2026-11-03 Acme.md": NoteBuilder.meeting("Acme", "2026-11-03")
					.section("Conflicten", ["- [ ] Capaciteit van het team: weer"])
					.section("Acties", ["- [ ] Contract tekenen 📅 2026-11-25"])
					.build(),
			},
		);

		expect(textsOf(items, "nl")).toEqual([
			"2 dagen te laat: Contract tekenen",
			"Terugkerend conflict staat nog open en speelt steeds vaker: Capaciteit, besproken in 3 overleggen sinds 1 jul 2026",
		]);
	});
});
