import { describe, expect, it } from "vitest";
import type { DashboardModel } from "../../../src/core/analytics/dashboard-model";
import {
	actionsByOwnerOf,
	type DashboardScope,
	openActionsOf,
	quartersOf,
	quickWinsOf,
	scopeDashboard,
	scopedModel,
	stakeholderAlliances,
	stakeholdersOf,
	tallyStakeholders,
} from "../../../src/core/present/scope";
import { sectionCounts } from "../../../src/ui/section-counts";
import { aModel, anAction, anAlliance, aQuickWin, aStakeholder } from "../../ui/fixtures/dashboard-model";

/** The scope of a name that is known to be there (null: all alliances). */
function scopeOf(model: DashboardModel, name: string | null): DashboardScope {
	const scope = scopeDashboard(model, name);
	if (!scope) throw new Error(`no alliance ${name ?? ""}`);
	return scope;
}

const acme = anAlliance("Acme", {
	actions: {
		open: [anAction("Send forecast", { due: "2026-12-10" }), anAction("No date")],
		overdue: 0,
		byOwner: [{ owner: "sanne", open: 2, overdue: 0 }],
	},
	quickWins: {
		items: [aQuickWin("2026-11-01", "Joint customer signed"), aQuickWin("2026-05-01", "Demo live")],
		uncommunicated: 2,
		perQuarter: [
			{ quarter: "2026-Q2", count: 1, communicated: 0 },
			{ quarter: "2026-Q4", count: 1, communicated: 0 },
		],
	},
	stakeholders: { people: [aStakeholder("Pieter Jansen", { stage: "clarity" }), aStakeholder("Sanne de Vries")], byStage: {}, byStance: {}, overdue: [] },
});
const globex = anAlliance("Globex", {
	actions: {
		open: [anAction("Overdue pilot report", { alliance: "Globex", due: "2026-11-01", overdue: true, daysOverdue: 26 })],
		overdue: 1,
		byOwner: [{ owner: "sanne", open: 1, overdue: 1 }, { owner: "li", open: 1, overdue: 0 }],
	},
	quickWins: { items: [aQuickWin("2026-08-01", "Pilot went live", { alliance: "Globex", communicated: true })], uncommunicated: 0, perQuarter: [{ quarter: "2026-Q3", count: 1, communicated: 1 }, { quarter: "2026-Q4", count: 2, communicated: 1 }] },
	stakeholders: { people: [aStakeholder("Sanne de Vries"), aStakeholder("Li Wei", { stance: "blocker", stage: "clarity" })], byStage: {}, byStance: {}, overdue: [] },
});
const model = aModel([acme, globex]);

describe("scopeDashboard", () => {
	it("covers one alliance when one is picked, its name matched ignoring case and spaces, as the CLI and the sidebar both do", () => {
		for (const name of ["Globex", "globex", " GLOBEX "]) {
			const scope = scopeOf(model, name);
			expect(scope.alliance?.name).toBe("Globex");
			expect(scope.alliances).toHaveLength(1);
		}
	});

	it("covers every alliance, and the vault-wide lists, when none is picked", () => {
		const scope = scopeOf(model, null);
		expect(scope.alliance).toBeNull();
		expect(scope.alliances.map((alliance) => alliance.name)).toEqual(["Acme", "Globex"]);
		expect(scopedModel(model, scope)).toEqual(model);
	});

	it("an unknown name is no scope: the CLI says so, the sidebar falls back to all", () => {
		expect(scopeDashboard(model, "Initech")).toBeUndefined();
	});

	it("an exact name wins over one that differs only in case", () => {
		const twins = aModel([anAlliance("acme"), anAlliance("Acme")]);
		expect(scopeOf(twins, "Acme").alliance).toBe(twins.alliances[1]);
	});

	it("orders all alliances' actions as one alliance's: overdue first, then by due date, then those without one", () => {
		expect(openActionsOf(scopeOf(model, null)).map((action) => action.description)).toEqual(["Overdue pilot report", "Send forecast", "No date"]);
	});

	it("sums the actions of each owner over the alliances", () => {
		expect(actionsByOwnerOf(scopeOf(model, null))).toEqual([
			{ owner: "sanne", open: 3, overdue: 1 },
			{ owner: "li", open: 1, overdue: 0 },
		]);
	});

	it("puts every alliance's quick wins newest first and sums them per quarter", () => {
		const scope = scopeOf(model, null);
		expect(quickWinsOf(scope).map((win) => win.date)).toEqual(["2026-11-01", "2026-08-01", "2026-05-01"]);
		expect(quartersOf(scope)).toEqual([
			{ quarter: "2026-Q2", count: 1, communicated: 0 },
			{ quarter: "2026-Q3", count: 1, communicated: 1 },
			{ quarter: "2026-Q4", count: 3, communicated: 1 },
		]);
	});

	it("counts a stakeholder who works on two alliances once", () => {
		const people = stakeholdersOf(scopeOf(model, null));
		expect(people.map((person) => person.name)).toEqual(["Pieter Jansen", "Sanne de Vries", "Li Wei"]);
		expect(tallyStakeholders(people)).toEqual({ byStage: { clarity: 2, belief: 1 }, byStance: { supporter: 2, blocker: 1 } });
	});

	it("gives each section's header the number of entries it lists", () => {
		expect(sectionCounts(scopeOf(model, null))).toMatchObject({ actions: 3, "quick-wins": 3, stakeholders: 3, kpis: 0, problems: 0 });
		expect(sectionCounts(scopeOf(model, "Acme"))).toMatchObject({ actions: 2, "quick-wins": 2, stakeholders: 2 });
	});
});

describe("stakeholderAlliances", () => {
	it("says which alliances each person works on, so the all-alliances list can name them", () => {
		const alliances = stakeholderAlliances(scopeOf(model, null));
		expect(alliances.get("Stakeholders/Sanne de Vries.md")).toEqual(["Acme", "Globex"]);
		expect(alliances.get("Stakeholders/Li Wei.md")).toEqual(["Globex"]);
	});
});
