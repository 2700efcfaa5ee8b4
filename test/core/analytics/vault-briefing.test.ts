import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { AllianceDashboard, BriefingItem } from "../../../src/core/analytics/dashboard-model";
import { VaultBriefing } from "../../../src/core/analytics/vault-briefing";
import { mergeSortedRuns } from "../../../src/core/order";

/** An alliance with only what the merge reads: its name and its briefing's items. */
function allianceOf(name: string, priorities: readonly number[]): AllianceDashboard {
	const items: BriefingItem[] = [...priorities].sort((a, b) => a - b).map((priority) => ({ kind: "open-conflict", theme: "Pricing", priority, alliance: name }));
	return { name, briefing: { items } } as unknown as AllianceDashboard;
}

/** The merge as the briefing's order defines it, from scratch. */
function mergedFromScratch(alliances: readonly AllianceDashboard[]): BriefingItem[] {
	const order = new Map(alliances.map((alliance, position) => [alliance.name, position]));
	const place = (item: BriefingItem): number => order.get(item.alliance) ?? 0;
	return mergeSortedRuns(
		alliances.map((alliance) => alliance.briefing.items),
		(a, b) => a.priority - b.priority || place(a) - place(b),
	);
}

const prioritiesArb = fc.array(fc.constantFrom(10, 20, 20.5, 50, 50.0000001, 75), { maxLength: 8 });
const allianceArb = fc.tuple(fc.constantFrom("Acme", "Globex", "Initech", "Umbrella"), prioritiesArb);

describe("the vault-wide briefing", () => {
	it("after any alliances' briefings change, is what merging every briefing from scratch gives (a name used twice too)", () => {
		fc.assert(
			fc.property(fc.array(allianceArb, { minLength: 1, maxLength: 5 }), fc.array(fc.tuple(fc.nat(), prioritiesArb), { maxLength: 6 }), (start, changes) => {
				const briefing = new VaultBriefing();
				let alliances = start.map(([name, priorities]) => allianceOf(name, priorities));
				expect(briefing.merge(alliances)).toEqual(mergedFromScratch(alliances));
				for (const [pick, priorities] of changes) {
					const changed = pick % alliances.length;
					alliances = alliances.map((alliance, position) => (position === changed ? allianceOf(alliance.name, priorities) : alliance));
					expect(briefing.merge(alliances)).toEqual(mergedFromScratch(alliances));
				}
			}),
			{ numRuns: 1000 },
		);
	});

	it("leaves a list it returned before as it was", () => {
		const briefing = new VaultBriefing();
		const first = briefing.merge([allianceOf("Acme", [10, 50]), allianceOf("Globex", [20])]);
		const kept = [...first];
		const second = briefing.merge([allianceOf("Acme", [75]), allianceOf("Globex", [20])]);
		expect(first).toEqual(kept);
		expect(second.map((item) => [item.alliance, item.priority])).toEqual([
			["Globex", 20],
			["Acme", 75],
		]);
	});
});
