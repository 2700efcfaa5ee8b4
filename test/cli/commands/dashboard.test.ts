import { describe, expect, it } from "vitest";
import type { DashboardJson } from "../../../src/cli/commands/dashboard";
import { cli, exampleVault } from "../cli-harness";

describe("dashboard", () => {
	it("shows both example alliances with partner, phase, counts and meeting span", () => {
		const run = cli("dashboard", exampleVault);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^Northwind — Northwind Logistics$/m);
		expect(run.stdout).toMatch(/^Zuiderzee — Zuiderzee Zorggroep$/m);
		expect(run.stdout).toMatch(/23 meetings, 4 reflections, \d+ stakeholders/);
		expect(run.stdout).toMatch(/meetings from 2025-10-07 to 2026-11-19/);
	});

	it("lists the deliberate mistake under the alliance it belongs to", () => {
		const run = cli("dashboard", exampleVault);
		const northwind = run.stdout.split("\n\n").find((block) => block.startsWith("Northwind"));
		expect(northwind).toMatch(/problems \(1\):\n\s+Alliances\/Northwind\/Meetings\/2026-06-30 Northwind\.md:13: trust: found 7/);
	});

	it("--json gives the same facts as data", () => {
		const json = JSON.parse(cli("dashboard", exampleVault, "--json").stdout) as DashboardJson;
		expect(json.alliances.map((alliance) => [alliance.name, alliance.partner, alliance.meetings])).toEqual([
			["Northwind", "Northwind Logistics", 23],
			["Zuiderzee", "Zuiderzee Zorggroep", 22],
		]);
		expect(json.problemCount).toBe(1);
		expect(json.unattachedProblems).toEqual([]);
	});
});
