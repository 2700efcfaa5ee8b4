/// <reference types="node" />
import { describe, expect, it } from "vitest";
import type { DashboardModel } from "../../../src/core/analytics/dashboard-model";
import { cli, exampleVault } from "../cli-harness";

const TODAY = "2026-11-27";

function dashboard(...extra: string[]): string {
	const run = cli("dashboard", exampleVault, "--today", TODAY, ...extra);
	expect(run.code).toBe(0);
	return run.stdout;
}

/** The lines of one alliance's engagement section (text output), up to its problems. */
function engagementBlock(text: string, alliance: string, title: string, next: string): string {
	const from = text.indexOf(`  ${title}\n`, text.indexOf(`━━ ${alliance}`));
	expect(from, `${alliance} has the section ${title}`).toBeGreaterThan(0);
	return text.slice(from, text.indexOf(`  ${next}\n`, from));
}

describe("the perception gap and the engagement scorecard in the dashboard", () => {
	it("as text: both alliances' latest health check, the largest gap first with its trend, and five verdicts with reasons and evidence", () => {
		const text = dashboard();
		const northwind = engagementBlock(text, "Northwind", "Engagement model", "Problems");
		expect(northwind).toContain("Health check of 15 Sept 2026, compared with 10 Mar 2026  Alliances/Northwind/Health checks/2026-09-15 Health check Northwind.md:4");
		const dimensions = northwind.split("\n").filter((line) => / · gap /.test(line));
		expect(dimensions).toHaveLength(8);
		expect(dimensions[0]).toMatch(/^ {6}Openness on decisions and resources: us 4, partner 2 · gap \+2 {2}Alliances\/Northwind\/Health checks\/2026-09-15 Health check Northwind\.md:16$/);
		expect(northwind).toContain("2 points further apart than on 10 Mar 2026; since then: us +1, partner −1");
		expect(northwind).toContain("! 2. Productive differences: Needs attention — 3 conflict themes keep coming back unresolved.");
		expect(northwind).toContain("✓ 5. Quick wins: On track — A quick win in each of the last 4 quarters; 70 % shared.");
		const zuiderzee = engagementBlock(text, "Zuiderzee", "Engagement model", "Problems");
		expect(zuiderzee).toContain("Internal support: us 4, partner 2 · gap +2");
		expect(zuiderzee).toContain("! 5. Quick wins: Needs attention — No quick win in Q2 2026.");
		for (const block of [northwind, zuiderzee]) {
			expect(block.match(/^ {4}[✓!·] [1-5]\. /gm)).toHaveLength(5);
			expect(block).toMatch(/^ {6}\S.*\.md:\d+/m);
		}
	});

	it("as Dutch text, with the same facts", () => {
		const text = dashboard("--lang", "nl");
		const zuiderzee = engagementBlock(text, "Zuiderzee", "Samenwerkingsmodel", "Problemen");
		expect(zuiderzee).toContain("Verschil in beleving");
		expect(zuiderzee).toContain("Interne steun: wij 4, partner 2 · verschil +2");
		expect(zuiderzee).toContain("2 punten verder uit elkaar dan op 31 mrt 2026; sindsdien: wij +1, partner −1");
		expect(zuiderzee).toContain("! 5. Quick wins: Aandacht nodig — Geen quick win in Q2 2026.");
		expect(zuiderzee).toContain("✓ 4. Interne stakeholders: Op koers — Sleutelrollen aan beide kanten bezet; niemand met veel invloed ligt dwars.");
	});

	it("as JSON: the facts behind both (the perception gap sorted by gap, one score per practice)", () => {
		const model = JSON.parse(dashboard("--json")) as DashboardModel;
		for (const alliance of model.alliances) {
			const latest = alliance.healthChecks.latest;
			expect(latest?.previous).toBeDefined();
			const gaps = (latest?.dimensions ?? []).flatMap((dimension) => (dimension.gap === undefined ? [] : [Math.abs(dimension.gap)]));
			expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
			expect(gaps[0]).toBe(2);
			expect(alliance.scorecard.map((score) => score.practice)).toEqual(["working-relationship", "productive-conflict", "joint-learning", "internal-stakeholders", "quick-wins"]);
			for (const score of alliance.scorecard) expect(score.evidence.length).toBeGreaterThan(0);
		}
		expect(model.alliances.map((alliance) => alliance.scorecard.map((score) => score.verdict))).toEqual([
			["needs-attention", "needs-attention", "on-track", "needs-attention", "on-track"],
			["on-track", "needs-attention", "on-track", "on-track", "needs-attention"],
		]);
	});

	it("as Markdown: a table of the gap and the scorecard with links to its evidence, for both alliances", () => {
		const note = dashboard("--markdown");
		expect(note.match(/^### Engagement model$/gm)).toHaveLength(2);
		expect(note).toContain("| Dimension | Us | Partner | Gap | Since the check before |");
		expect(note).toContain("| Openness on decisions and resources | 4 | 2 | +2 | 2 points further apart than on 10 Mar 2026; since then: us +1, partner −1 |");
		expect(note).toContain("| Internal support | 4 | 2 | +2 |");
		expect(note).toMatch(/^- \*\*3\. Collaboration is learning\*\* — on track: 1 of 1 reflection after an incident names both sides' contributions\. \(\[\[Alliances\/Northwind\/Reflections\/2026-05-21 Reflection Northwind\|2026-05-21 Reflection Northwind\]\]\)$/m);
		expect(note.match(/^- \*\*[1-5]\. .*\]\]\)$/gm)).toHaveLength(10);
	});
});
