/// <reference types="node" />
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { DashboardModel } from "../../../src/core/analytics/dashboard-model";
import { cli, repoRoot } from "../cli-harness";
import { TASKS_SETTINGS } from "../../fixtures/tasks-settings";

const TODAY = "2026-11-27";
const FIXTURE = `${repoRoot}test/fixtures/tasks-vault`;
function dashboard(vault: string): DashboardModel {
	const run = cli("dashboard", vault, "--today", TODAY, "--json");
	expect(run.stderr).toBe("");
	expect(run.code).toBe(0);
	return JSON.parse(run.stdout) as DashboardModel;
}

const temporary: string[] = [];
/** The fixture vault, with the given Tasks settings in its configuration folder. */
function withTasksSettings(configFolder: string, settings: unknown): string {
	const vault = mkdtempSync(join(tmpdir(), "aj-tasks-"));
	temporary.push(vault);
	cpSync(FIXTURE, vault, { recursive: true });
	const plugin = join(vault, configFolder, "plugins", "obsidian-tasks-plugin");
	mkdirSync(plugin, { recursive: true });
	writeFileSync(join(plugin, "data.json"), JSON.stringify(settings));
	return vault;
}
afterAll(() => {
	for (const vault of temporary) rmSync(vault, { recursive: true, force: true });
});

describe("dashboard --json over actions written with every Tasks status and field", () => {
	const model = dashboard(FIXTURE);
	const [acme] = model.alliances;
	const open = acme?.actions.open ?? [];
	const byDescription = new Map(open.map((entry) => [entry.description, entry]));

	it("lists as open exactly the TODO and IN_PROGRESS actions (an unknown symbol is TODO, as in Tasks)", () => {
		expect([...byDescription.keys()].sort()).toEqual(
			[
				"Call James",
				"Check the contract",
				"Confirm the budget",
				"Draft the joint plan",
				"Plan the review",
				"Prepare the QBR",
				"Pro: one roadmap for both teams",
				"Review pricing",
				"Send the forecast",
			].sort(),
		);
		expect(open.map((entry) => entry.statusType).every((type) => type === "TODO" || type === "IN_PROGRESS")).toBe(true);
		expect(byDescription.get("Draft the joint plan")).toMatchObject({ status: "/", statusType: "IN_PROGRESS" });
	});

	it("overdue are exactly the open ones with a past due date; done and cancelled never are", () => {
		expect(open.filter((entry) => entry.overdue).map((entry) => entry.description)).toEqual(["Send the forecast", "Confirm the budget", "Call James"]);
		expect(acme?.actions.overdue).toBe(3);
	});

	it("descriptions carry no checkbox and no signifier", () => {
		for (const entry of open) expect(entry.description).not.toMatch(/^\[.\]|📅|⏳|🛫|➕|🔁|⏫|🔽|⏬|🔺|🔼|::/u);
	});

	it("every field is read: dates, priority and recurrence, in both Dataview bracket styles", () => {
		expect(byDescription.get("Plan the review")).toMatchObject({ start: "2026-12-10", scheduled: "2026-12-08", created: "2026-11-01", due: "2026-12-12" });
		expect(byDescription.get("Review pricing")).toMatchObject({ recurrence: "every month", priority: "low", due: "2026-12-04" });
		expect(byDescription.get("Call James")).toMatchObject({ due: "2026-11-26", priority: "highest" });
		expect(byDescription.get("Prepare the QBR")).toMatchObject({
			due: "2026-12-04",
			priority: "medium",
			recurrence: "every quarter",
			created: "2026-11-01",
			start: "2026-11-02",
			scheduled: "2026-12-01",
		});
		expect(byDescription.get("Check the contract")).toMatchObject({ priority: "lowest" });
	});

	it("on one due date, the higher priority comes first", () => {
		const dueFourth = open.filter((entry) => entry.due === "2026-12-04").map((entry) => entry.description);
		expect(dueFourth).toEqual(["Draft the joint plan", "Prepare the QBR", "Review pricing"]);
	});

	it("an action that has not started is not due soon", () => {
		const dueSoon = acme?.briefing.items.filter((item) => item.kind === "action-due-soon").map((item) => item.source?.line) ?? [];
		expect(dueSoon).not.toContain(byDescription.get("Plan the review")?.line);
		expect(dueSoon).toContain(byDescription.get("Draft the joint plan")?.line);
	});

	it("a cancelled conflict is resolved, an in-progress one open; a ticked quick win is communicated", () => {
		const status = Object.fromEntries((acme?.conflicts ?? []).map((theme) => [theme.label, theme.status]));
		expect(status).toEqual({ Pricing: "resolved", Scope: "open", "Data sharing": "open" });
		expect(acme?.quickWins.items.map((win) => [win.text, win.communicated])).toEqual([
			["Joint webinar", true],
			["Case study approved", false],
		]);
	});
});

describe("the same vault with Tasks settings that make `d` done and `~` not a task", () => {
	for (const configFolder of [".obsidian", ".config-renamed"]) {
		it(`uses them, read from the configuration folder (${configFolder})`, () => {
			const [acme] = dashboard(withTasksSettings(configFolder, TASKS_SETTINGS)).alliances;
			const open = acme?.actions.open.map((entry) => entry.description) ?? [];
			expect(open).not.toContain("Confirm the budget");
			expect(open).not.toContain("Pro: one roadmap for both teams");
			expect(acme?.actions.overdue).toBe(2);
			expect(acme?.conflicts.find((theme) => theme.label === "Data sharing")?.status).toBe("resolved");
			expect(acme?.quickWins.items.every((win) => win.communicated)).toBe(true);
		});
	}

	it("a data.json that is not JSON leaves the defaults", () => {
		const vault = withTasksSettings(".obsidian", {});
		writeFileSync(join(vault, ".obsidian/plugins/obsidian-tasks-plugin/data.json"), "{ not json");
		expect(dashboard(vault).alliances[0]?.actions.overdue).toBe(3);
	});
});

describe("dashboard as text over the same vault", () => {
	/** The action's line in the open actions list (the last section that names it). */
	const lineOf = (text: string, words: string): string => text.split("\n").filter((line) => line.includes(words)).pop() ?? "";

	it("shows priority, status, a start still ahead and the recurrence beside each open action", () => {
		const english = cli("dashboard", FIXTURE, "--today", TODAY).stdout;
		expect(lineOf(english, "Draft the joint plan")).toContain("(⏫ · in progress)");
		expect(lineOf(english, "Plan the review")).toContain("(starts 10 Dec 2026)");
		expect(lineOf(english, "Review pricing")).toContain("(🔽 · 🔁 every month)");
		expect(english).not.toContain("Book the venue");
	});

	it("in Dutch too", () => {
		const dutch = cli("dashboard", FIXTURE, "--today", TODAY, "--lang", "nl").stdout;
		expect(lineOf(dutch, "Draft the joint plan")).toContain("(⏫ · onderhanden)");
		expect(lineOf(dutch, "Plan the review")).toContain("(begint 10 dec 2026)");
	});

	it("and in the Markdown briefing note", () => {
		const markdown = cli("dashboard", FIXTURE, "--today", TODAY, "--markdown").stdout;
		expect(lineOf(markdown, "Draft the joint plan")).toContain("(⏫ · in progress)");
		expect(markdown).not.toContain("Book the venue");
	});
});
