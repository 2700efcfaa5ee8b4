/// <reference types="node" />
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadVault } from "../../../src/cli/load-vault";
import { buildDashboard, DashboardBuilder } from "../../../src/core/analytics/dashboard";
import type { AllianceDashboard, DashboardModel } from "../../../src/core/analytics/dashboard-model";
import { DEFAULT_ANALYTICS_OPTIONS } from "../../../src/core/analytics/options";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { briefingText } from "../../../src/core/present/briefing";
import { scopeDashboard, scopedModel } from "../../../src/core/present/scope";
import { wordsFor } from "../../../src/core/present/words";
import { lineOf, NoteBuilder } from "../helpers/note-builder";

type Vault = Record<string, string>;

const TODAY = "2026-11-27";
const EXAMPLE_VAULT = fileURLToPath(new URL("../../../examples/vault", import.meta.url));

/** The vault's index. Fails when a note has a problem, so the test data stays honest. */
function indexOf(vault: Vault): VaultIndex {
	const index = new VaultIndex();
	for (const [path, text] of Object.entries(vault)) index.upsert(path, text, 1);
	expect(index.problems()).toEqual([]);
	return index;
}

function allianceNamed(model: DashboardModel, name: string): AllianceDashboard {
	const alliance = model.alliances.find((candidate) => candidate.name === name);
	if (!alliance) throw new Error(`no alliance ${name} in the dashboard`);
	return alliance;
}

const KPI_TABLE = ["| key | label | unit | target | direction | kind |", "| --- | --- | --- | --- | --- | --- |", "| on_time | On-time delivery | % | 95 | up | ends |"];

describe("a vault without alliances", () => {
	it("an empty vault gives an empty dashboard for the day, with the default settings", () => {
		expect(buildDashboard(new VaultIndex(), { today: TODAY })).toEqual({
			schemaVersion: 2,
			today: TODAY,
			options: DEFAULT_ANALYTICS_OPTIONS,
			alliances: [],
			conflicts: [],
			briefing: [],
			problems: [],
		});
	});

	it("notes that are not alliance notes make no alliances", () => {
		const model = buildDashboard(indexOf({ "Daily/2026-11-27.md": "# Friday\n\n- [ ] Pricing: call Tom\n" }), { today: TODAY });
		expect(model).toMatchObject({ alliances: [], conflicts: [], briefing: [], problems: [] });
	});

	it("a meeting whose alliance does not exist is a problem, not an alliance", () => {
		const model = buildDashboard(
			(() => {
				const index = new VaultIndex();
				index.upsert("Meetings/2026-11-03 Acme.md", NoteBuilder.meeting("Acme", "2026-11-03").build(), 1);
				return index;
			})(),
			{ today: TODAY },
		);
		expect(model.alliances).toEqual([]);
		expect(model.problems.map((problem) => [problem.path, problem.code, problem.field])).toEqual([["Meetings/2026-11-03 Acme.md", "link-unresolved", "alliance"]]);
	});
});

describe("an alliance with exactly one meeting", () => {
	const profile = NoteBuilder.profile("Acme Corp").field("status", "active").field("phase", "launch").field("next_meeting", "2026-12-10").section("KPIs", KPI_TABLE).build();
	const meeting = NoteBuilder.meeting("Acme", "2026-11-03")
		.field("kpi_on_time", 92)
		.field("trust", 4)
		.section("Conflicts", ["- [ ] Pricing: revenue share"])
		.section("Quick wins", ["- [ ] Pilot live at Contoso"])
		.section("Actions", ["- [ ] Send the forecast @sanne 📅 2026-12-04"])
		.build();
	const model = (): DashboardModel =>
		buildDashboard(indexOf({ "Alliances/Acme.md": profile, "Meetings/2026-11-03 Acme.md": meeting }), { today: TODAY });

	it("shows the alliance with its one meeting as both first and last", () => {
		expect(allianceNamed(model(), "Acme")).toMatchObject({
			name: "Acme",
			path: "Alliances/Acme.md",
			partner: "Acme Corp",
			status: "active",
			phase: "launch",
			counts: { meetings: 1, reflections: 0, stakeholders: 0 },
			firstMeeting: "2026-11-03",
			lastMeeting: "2026-11-03",
			problems: [],
		});
	});

	it("the KPI has its reading but no change and no trend yet", () => {
		const [onTime] = allianceNamed(model(), "Acme").kpis;
		expect(onTime).toMatchObject({ key: "on_time", status: "off-track", trend: "unknown", stale: false });
		expect(onTime?.latest?.value).toBe(92);
		expect(onTime?.previous).toBeUndefined();
		expect(onTime?.change).toBeUndefined();
	});

	it("the rating has a recent average and nothing earlier to compare it with", () => {
		const { health } = allianceNamed(model(), "Acme");
		expect(health.ratings.find((rating) => rating.key === "trust")).toMatchObject({ recentAverage: 4 });
		expect(health.earlierAverage).toBeUndefined();
		expect(health.mostMoved).toBeUndefined();
		expect(health.recentAverage).toBe(4);
	});

	it("the conflict is open, raised once, not recurring", () => {
		const { conflicts } = allianceNamed(model(), "Acme");
		expect(conflicts.map((theme) => [theme.label, theme.status, theme.meetingCount, theme.recurring, theme.escalating])).toEqual([
			["Pricing", "open", 1, false, false],
		]);
	});

	it("the briefing: 24 days since we met, 13 to the next meeting, nothing before this meeting to compare with", () => {
		const { briefing } = allianceNamed(model(), "Acme");
		expect(briefing).toMatchObject({ daysSinceLastMeeting: 24, daysToNextMeeting: 13 });
		expect(briefing.sinceLastMeeting?.previous).toBeUndefined();
		expect(briefing.sinceLastMeeting).toMatchObject({ newConflicts: ["Pricing"], actionsAdded: 1, actionsDone: 0, newQuickWins: 1 });
		expect(briefing.items.map((item) => item.kind)).toEqual(["kpi-off-track", "open-conflict", "uncommunicated-win", "action-due-soon"]);
	});

	it("the vault's briefing and conflicts are the alliance's", () => {
		const whole = model();
		const acme = allianceNamed(whole, "Acme");
		expect(whole.briefing).toEqual(acme.briefing.items);
		expect(whole.conflicts).toEqual(acme.conflicts);
	});
});

describe("the example vault on 27 November 2026", () => {
	const model = buildDashboard(loadVault(EXAMPLE_VAULT), { today: TODAY });
	const northwind = allianceNamed(model, "Northwind");
	const zuiderzee = allianceNamed(model, "Zuiderzee");

	it("has two alliances, Northwind and Zuiderzee", () => {
		expect(model.alliances.map((alliance) => [alliance.name, alliance.partner])).toEqual([
			["Northwind", "Northwind Logistics"],
			["Zuiderzee", "Zuiderzee Zorggroep"],
		]);
	});

	it("Northwind's on-time delivery is off track: 87.2 % against 95 %, and the briefing says so", () => {
		const onTime = northwind.kpis.find((kpi) => kpi.key === "on_time_delivery");
		expect(onTime).toMatchObject({ status: "off-track", target: 95, direction: "up" });
		expect(onTime?.latest).toMatchObject({ value: 87.2, date: "2026-11-19" });
		const offTrack = northwind.briefing.items.filter((item) => item.kind === "kpi-off-track");
		expect(offTrack).toMatchObject([{ kind: "kpi-off-track", key: "on_time_delivery", kpi: "On-time delivery for joint customers", unit: "%", value: 87.2, target: 95 }]);
		expect(offTrack.map((item) => briefingText(item, wordsFor("en")))).toEqual(["On-time delivery for joint customers is off track: 87.2 % against a target of 95 %"]);
	});

	it("pricing is one open, recurring theme across both alliances, in English and Dutch wordings", () => {
		const pricing = model.conflicts.find((theme) => theme.wordings.includes("Pricing"));
		// Northwind: 2025-11-18, 2025-12-16, 2026-03-10, 2026-05-19, 2026-06-16, 2026-11-19;
		// Zuiderzee: 2025-12-09, 2026-01-13, 2026-06-09, 2026-10-13. Last raised (open) on 2026-11-19.
		expect(pricing).toMatchObject({
			label: "Pricing",
			alliances: ["Northwind", "Zuiderzee"],
			status: "open",
			recurring: true,
			meetingCount: 10,
			firstSeen: "2025-11-18",
			lastSeen: "2026-11-19",
		});
		expect([...(pricing?.wordings ?? [])].sort()).toEqual(["Price discussion", "Pricing", "Pricing model", "Prijs", "Prijsafspraken", "Prijsmodel"]);
		expect(pricing?.mergeReasons).toContainEqual(expect.objectContaining({ kind: "alias", joined: "Prijs", alias: "prijs → pricing" }));
	});

	it("each alliance has quick wins not yet shared: three each", () => {
		expect(northwind.quickWins.uncommunicated).toBe(3);
		expect(zuiderzee.quickWins.uncommunicated).toBe(3);
	});

	it("there are overdue actions: three at Northwind, two at Zuiderzee, most overdue first", () => {
		expect(northwind.actions.overdue).toBe(3);
		expect(zuiderzee.actions.overdue).toBe(2);
		// Due 2026-10-30, 2026-11-20 and 2026-11-24 (Northwind); 2026-11-06 and 2026-11-13 (Zuiderzee).
		expect(northwind.actions.open.filter((action) => action.overdue).map((action) => action.daysOverdue)).toEqual([28, 7, 3]);
		expect(zuiderzee.actions.open.filter((action) => action.overdue).map((action) => action.daysOverdue)).toEqual([21, 14]);
	});

	it("the vault's briefing starts with the overdue actions of both alliances", () => {
		const overdue = model.briefing.filter((item) => item.kind === "overdue-action");
		expect(overdue).toHaveLength(5);
		expect(model.briefing.slice(0, 5)).toEqual(overdue);
		expect(new Set(overdue.map((item) => item.alliance))).toEqual(new Set(["Northwind", "Zuiderzee"]));
	});

	it("each alliance's latest health check shows a perception gap, the largest first, and the trend since the one before", () => {
		const gaps = (alliance: AllianceDashboard) =>
			alliance.healthChecks.latest?.dimensions.slice(0, 2).map(({ dimension, ours, theirs, gap }) => ({ dimension, ours, theirs, gap }));
		// Northwind: we think we are open about decisions and resources, Northwind does not.
		expect(gaps(northwind)).toEqual([
			{ dimension: "openness", ours: 4, theirs: 2, gap: 2 },
			{ dimension: "trust", ours: 4, theirs: 3, gap: 1 },
		]);
		expect(northwind.healthChecks.latest?.previous?.date).toBe("2026-03-10");
		expect(northwind.healthChecks.latest?.dimensions[0]).toMatchObject({ oursChange: 1, theirsChange: -1, gapWidening: 2 });
		// Zuiderzee: we see internal support growing, the Zorggroep does not see it on their side.
		expect(gaps(zuiderzee)?.[0]).toEqual({ dimension: "internal_support", ours: 4, theirs: 2, gap: 2 });
		expect(zuiderzee.healthChecks.latest?.dimensions.map((dimension) => dimension.dimension)).toContain("privacy");
		for (const alliance of [northwind, zuiderzee]) {
			expect(alliance.healthChecks.checks).toHaveLength(2);
			expect(alliance.healthChecks.due).toMatchObject({ due: false, since: "last-check" });
		}
	});

	it("each alliance has a scorecard line per practice, each with a verdict and the notes behind it", () => {
		for (const alliance of [northwind, zuiderzee]) {
			expect(alliance.scorecard.map((score) => score.practice)).toEqual(["working-relationship", "productive-conflict", "joint-learning", "internal-stakeholders", "quick-wins"]);
			for (const score of alliance.scorecard) expect(score.evidence.length, `${alliance.name} ${score.practice}`).toBeGreaterThan(0);
		}
		const verdicts = (alliance: AllianceDashboard) => Object.fromEntries(alliance.scorecard.map((score) => [score.practice, [score.verdict, score.reason]]));
		expect(verdicts(northwind)).toMatchObject({
			"productive-conflict": ["needs-attention", "themes-recurring-unresolved"],
			"internal-stakeholders": ["needs-attention", "high-influence-resistance"],
		});
		expect(northwind.scorecard[3]?.missingKeyRoles).toEqual([
			{ side: "internal", role: "decision-maker" },
			{ side: "internal", role: "champion" },
		]);
		expect(verdicts(zuiderzee)).toMatchObject({ "quick-wins": ["needs-attention", "quarters-without-win"], "internal-stakeholders": ["on-track", "stakeholders-on-board"] });
	});

	it("the one invalid rating in the vault is listed as a problem, and under Northwind", () => {
		expect(model.problems.map((problem) => [problem.path, problem.field, problem.found])).toEqual([
			["Alliances/Northwind/Meetings/2026-06-30 Northwind.md", "trust", "7"],
		]);
		expect(northwind.problems).toEqual(model.problems);
		expect(zuiderzee.problems).toEqual([]);
	});
});

describe("one alliance at a time", () => {
	const model = buildDashboard(loadVault(EXAMPLE_VAULT), { today: TODAY });

	it("narrows everything to that alliance: its briefing, its conflicts, its problems", () => {
		const scoped = scopeDashboard(model, "Zuiderzee");
		const zuiderzee = allianceNamed(model, "Zuiderzee");

		expect(scoped?.alliances).toEqual([zuiderzee]);
		expect(scoped?.briefing).toBe(zuiderzee.briefing.items);
		expect(scoped?.conflicts).toBe(zuiderzee.conflicts);
		expect(scoped?.problems).toEqual([]);
		expect(scoped && scopedModel(model, scoped)).toMatchObject({ schemaVersion: 2, today: TODAY, alliances: [zuiderzee] });
	});

	it("the name is matched ignoring case and surrounding spaces", () => {
		expect(scopeDashboard(model, "  northwind ")?.alliances.map((alliance) => alliance.name)).toEqual(["Northwind"]);
	});

	it("an unknown alliance gives nothing", () => {
		expect(scopeDashboard(model, "Contoso")).toBeUndefined();
	});

	it("no name gives the whole dashboard", () => {
		const scope = scopeDashboard(model, null);
		expect(scope).toMatchObject({ alliance: null, alliances: model.alliances, briefing: model.briefing, conflicts: model.conflicts, problems: model.problems });
		expect(scope && scopedModel(model, scope)).toEqual(model);
	});
});

describe("after one note changes, only its alliance is analysed again", () => {
	const acmeProfile = NoteBuilder.profile("Acme Corp").section("KPIs", KPI_TABLE).build();
	const acmeOctober = NoteBuilder.meeting("Acme", "2026-10-06")
		.field("kpi_on_time", 92)
		.section("Conflicts", ["- [ ] Pricing: revenue share"])
		.build();
	const acmeNovember = (onTime: number, forecast: string, conflicts: string[] = ["- [ ] Pricing: discounts again"]): string =>
		NoteBuilder.meeting("Acme", "2026-11-03").field("kpi_on_time", onTime).section("Conflicts", conflicts).section("Actions", [forecast]).build();
	const globexMeeting = NoteBuilder.meeting("Globex", "2026-11-05")
		.section("Conflicts", ["- [ ] Data sharing: who may see the route data"])
		.section("Actions", ["- [ ] Sign the data processing agreement 📅 2026-11-01"])
		.build();
	const vault = (november: string): Vault => ({
		"Alliances/Acme.md": acmeProfile,
		"Alliances/Globex.md": NoteBuilder.profile("Globex Inc").build(),
		"Meetings/2026-10-06 Acme.md": acmeOctober,
		"Meetings/2026-11-03 Acme.md": november,
		"Meetings/2026-11-05 Globex.md": globexMeeting,
	});
	const OPEN_FORECAST = "- [ ] Send the forecast 📅 2026-11-20";
	const DONE_FORECAST = "- [x] Send the forecast 📅 2026-11-20 ✅ 2026-11-25";

	it("an edited Acme meeting gives a new Acme dashboard showing the edit, and the very same Globex dashboard", () => {
		const index = indexOf(vault(acmeNovember(90, OPEN_FORECAST)));
		const dashboards = new DashboardBuilder(index);
		const before = dashboards.build({ today: TODAY });

		const edited = acmeNovember(96, DONE_FORECAST);
		expect(index.upsert("Meetings/2026-11-03 Acme.md", edited, 2)).toBe(true);
		const after = dashboards.build({ today: TODAY });

		expect(allianceNamed(after, "Globex")).toBe(allianceNamed(before, "Globex"));
		const acme = allianceNamed(after, "Acme");
		expect(acme).not.toBe(allianceNamed(before, "Acme"));
		expect(acme.kpis[0]?.latest).toMatchObject({ value: 96, line: lineOf(edited, "kpi_on_time") });
		expect(acme.kpis[0]?.status).toBe("on-track");
		expect(acme.actions).toEqual({ open: [], overdue: 0, byOwner: [] });
		// The earlier dashboard is left as it was.
		expect(allianceNamed(before, "Acme").kpis[0]?.latest?.value).toBe(90);
		// And the whole is what a build from scratch gives.
		expect(after).toEqual(buildDashboard(indexOf(vault(edited)), { today: TODAY }));
	});

	it("building again with nothing changed gives the same alliance dashboards", () => {
		const dashboards = new DashboardBuilder(indexOf(vault(acmeNovember(90, OPEN_FORECAST))));
		const first = dashboards.build({ today: TODAY });
		const second = dashboards.build({ today: TODAY });

		expect(second.alliances[0]).toBe(first.alliances[0]);
		expect(second.alliances[1]).toBe(first.alliances[1]);
	});

	it("another day, language or setting analyses every alliance again", () => {
		const dashboards = new DashboardBuilder(indexOf(vault(acmeNovember(90, OPEN_FORECAST))));
		const first = dashboards.build({ today: TODAY });

		const nextDay = dashboards.build({ today: "2026-11-28" });
		expect(allianceNamed(nextDay, "Globex")).not.toBe(allianceNamed(first, "Globex"));
		// Globex's action was due 2026-11-01: one day more overdue.
		expect(allianceNamed(nextDay, "Globex").actions.open[0]?.daysOverdue).toBe(27);

		// The model holds no words: the same build serves every language, and is reused as it is.
		const again = dashboards.build({ today: "2026-11-28" });
		expect(allianceNamed(again, "Globex")).toBe(allianceNamed(nextDay, "Globex"));
		const overdue = allianceNamed(again, "Globex").briefing.items[0];
		expect(overdue && briefingText(overdue, wordsFor("nl"))).toBe("27 dagen te laat: Sign the data processing agreement");

		const wider = dashboards.build({ today: "2026-11-28", options: { minMeetings: 1 } });
		expect(allianceNamed(wider, "Globex").conflicts[0]?.recurring).toBe(true);
	});

	it("an edit that brings a new wording into play still leaves every alliance as a build from scratch would", () => {
		const index = indexOf(vault(acmeNovember(90, OPEN_FORECAST)));
		const dashboards = new DashboardBuilder(index);
		dashboards.build({ today: TODAY });

		const edited = acmeNovember(90, OPEN_FORECAST, ["- [ ] Data sharing: Acme wants the route data too"]);
		index.upsert("Meetings/2026-11-03 Acme.md", edited, 2);
		const after = dashboards.build({ today: TODAY });

		expect(after).toEqual(buildDashboard(indexOf(vault(edited)), { today: TODAY }));
		const dataSharing = after.conflicts.find((theme) => theme.label === "Data sharing");
		expect(dataSharing).toMatchObject({ alliances: ["Acme", "Globex"], meetingCount: 2, recurring: true });
	});

	it("a new meeting note makes a correct full rebuild", () => {
		const index = indexOf(vault(acmeNovember(90, OPEN_FORECAST)));
		const dashboards = new DashboardBuilder(index);
		dashboards.build({ today: TODAY });

		const newMeeting = NoteBuilder.meeting("Acme", "2026-11-24").field("kpi_on_time", 97).section("Conflicts", ["- [x] Pricing: tiers agreed"]).build();
		index.upsert("Meetings/2026-11-24 Acme.md", newMeeting, 1);
		const after = dashboards.build({ today: TODAY });

		expect(after).toEqual(
			buildDashboard(indexOf({ ...vault(acmeNovember(90, OPEN_FORECAST)), "Meetings/2026-11-24 Acme.md": newMeeting }), { today: TODAY }),
		);
		const acme = allianceNamed(after, "Acme");
		expect(acme).toMatchObject({ counts: { meetings: 3, reflections: 0, stakeholders: 0 }, lastMeeting: "2026-11-24" });
		expect(acme.kpis[0]?.latest?.value).toBe(97);
		expect(acme.conflicts[0]).toMatchObject({ label: "Pricing", status: "resolved", meetingCount: 3 });
		expect(acme.briefing.daysSinceLastMeeting).toBe(3);
	});

	it("a deleted meeting note is gone from the next build", () => {
		const index = indexOf(vault(acmeNovember(90, OPEN_FORECAST)));
		const dashboards = new DashboardBuilder(index);
		dashboards.build({ today: TODAY });

		index.remove("Meetings/2026-11-05 Globex.md");
		const after = dashboards.build({ today: TODAY });

		const { "Meetings/2026-11-05 Globex.md": removed, ...rest } = vault(acmeNovember(90, OPEN_FORECAST));
		expect(removed).toBeDefined();
		expect(after).toEqual(buildDashboard(indexOf(rest), { today: TODAY }));
		expect(allianceNamed(after, "Globex")).toMatchObject({ counts: { meetings: 0, reflections: 0, stakeholders: 0 }, conflicts: [] });
	});
});
