import { describe, expect, it } from "vitest";
import type { BriefingItem } from "../../../src/core/analytics/dashboard-model";
import { allianceAttention, groupBriefing, groupByKind } from "../../../src/core/present/overview";
import { aKpi, aMention, anAction, anAlliance, aQuickWin, aStakeholder, aTheme } from "../../ui/fixtures/dashboard-model";

function overdue(alliance: string, action: string, priority: number): BriefingItem {
	return { kind: "overdue-action", priority, alliance, days: 3, action, due: "2026-11-24" };
}
function contact(alliance: string, name: string, priority: number): BriefingItem {
	return { kind: "contact-overdue", priority, alliance, name, days: 10 };
}
function offTrack(alliance: string, kpi: string, priority: number): BriefingItem {
	return { kind: "kpi-off-track", priority, alliance, kpi, value: 80, target: 95, unit: "%" } as BriefingItem;
}

describe("allianceAttention", () => {
	const acme = anAlliance("Acme", {
		actions: { open: [anAction("Late", { overdue: true, daysOverdue: 3 }), anAction("Fine")], overdue: 1, byOwner: [] },
		kpis: [aKpi({ key: "a", status: "off-track" }), aKpi({ key: "b", status: "on-track" }), aKpi({ key: "c", status: "off-track" })],
		conflicts: [
			aTheme("Pricing", [aMention("2026-09-01", "Pricing", { path: "m1.md" }), aMention("2026-10-01", "Pricing", { path: "m2.md" })]),
			aTheme("Scope", [aMention("2026-09-01", "Scope", { path: "m1.md" }), aMention("2026-10-01", "Scope", { path: "m2.md", resolved: true })]),
			aTheme("Once", [aMention("2026-09-01", "Once")]),
		],
		quickWins: { items: [aQuickWin("2026-11-01", "Signed")], uncommunicated: 1, perQuarter: [] },
		stakeholders: { people: [aStakeholder("Ann", { contactOverdueDays: 4 }), aStakeholder("Bo", { contactOverdueDays: 0 }), aStakeholder("Cy")], byStage: {}, byStance: {}, overdue: [] },
	});

	it("counts each kind that needs attention: a resolved recurring theme and a theme raised once do not count", () => {
		expect(allianceAttention(acme).counts).toEqual({ "overdue-actions": 1, "off-track-kpis": 2, "recurring-conflicts": 1, "unshared-wins": 1, "contacts-due": 1 });
	});

	it("lists only the kinds with something in them, most pressing first", () => {
		const calm = anAlliance("Calm", { quickWins: { items: [], uncommunicated: 2, perQuarter: [] } });
		expect(allianceAttention(calm).needed).toEqual(["unshared-wins"]);
		expect(allianceAttention(anAlliance("Quiet")).needed).toEqual([]);
	});
});

describe("groupBriefing", () => {
	const items = [overdue("Acme", "a1", 1), overdue("Globex", "g1", 1), overdue("Acme", "a2", 1), offTrack("Globex", "Revenue", 3), contact("Acme", "Ann", 8)];

	it("puts each alliance where its most urgent item stood, and keeps the order within it", () => {
		const groups = groupBriefing(items);
		expect(groups.map((group) => [group.alliance, group.count])).toEqual([
			["Acme", 3],
			["Globex", 2],
		]);
		expect(groups[0]?.kinds.map((group) => [group.kind, group.items.length])).toEqual([
			["overdue-action", 2],
			["contact-overdue", 1],
		]);
	});

	it("never lets a long run of one kind push another kind down: each kind is its own group", () => {
		const many = [...Array.from({ length: 20 }, (_, index) => overdue("Acme", `a${index}`, 1)), contact("Acme", "Ann", 8)];
		expect(groupByKind(many).map((group) => group.kind)).toEqual(["overdue-action", "contact-overdue"]);
	});
});
