/// <reference types="node" />
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { DashboardModel } from "../../../src/core/analytics/dashboard-model";
import { cli, exampleVault } from "../cli-harness";

/** The day before a date. */
function dayBefore(date: string): string {
	const day = new Date(`${date}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() - 1);
	return day.toISOString().slice(0, 10);
}

/** The lines of Northwind's section, up to the next alliance. */
function northwind(text: string): string {
	const start = text.indexOf("━━ Northwind");
	const next = text.indexOf("━━ ", start + 3);
	return text.slice(start, next < 0 ? undefined : next);
}

describe("preparing the next meeting in a copy of the example vault (new meeting --date <next_meeting>)", () => {
	const vault = mkdtempSync(join(tmpdir(), "alliance-journal-prepared-"));
	cpSync(exampleVault, vault, { recursive: true });
	afterAll(() => rmSync(vault, { recursive: true, force: true }));
	const nextMeeting = /^next_meeting: (\S+)$/m.exec(readFileSync(join(vault, "Alliances/Northwind/Northwind.md"), "utf8"))?.[1] ?? "";
	const created = cli("new", "meeting", "--vault", vault, "--alliance", "Northwind", "--date", nextMeeting, "--lang", "en");
	const preparedPath = created.stdout.trim().slice(vault.length + 1);
	const preparedName = preparedPath.slice(preparedPath.lastIndexOf("/") + 1, -".md".length);

	const before = (today: string): DashboardModel => JSON.parse(cli("dashboard", vault, "--alliance", "Northwind", "--today", today, "--json").stdout) as DashboardModel;
	const text = (today: string, ...extra: string[]): string => cli("dashboard", vault, "--alliance", "Northwind", "--today", today, "--lang", "en", ...extra).stdout;

	it("the note is created for the planned date", () => {
		expect(nextMeeting).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(created.code).toBe(0);
		expect(preparedName).toBe(`${nextMeeting} Northwind`);
	});

	it.each([
		["the day before it", dayBefore(nextMeeting)],
		["its own day, before anything is filled in", nextMeeting],
	])("on %s the briefing is on the last real meeting, no KPI made stale, and the prepared note is shown", (_case, today) => {
		const alliance = before(today).alliances[0];
		const last = alliance?.briefing.sinceLastMeeting?.meeting;
		expect(last?.date).toBe("2026-11-19");
		expect(alliance?.lastMeeting).toBe("2026-11-19");
		expect(alliance?.briefing.preparedMeeting).toEqual({ path: preparedPath, line: 1, date: nextMeeting });
		// As before the note was made: the same meetings since each KPI's last reading.
		const withoutIt = JSON.parse(cli("dashboard", exampleVault, "--alliance", "Northwind", "--today", today, "--json").stdout) as DashboardModel;
		expect(alliance?.kpis.map((kpi) => [kpi.key, kpi.meetingsSinceReading, kpi.stale])).toEqual(withoutIt.alliances[0]?.kpis.map((kpi) => [kpi.key, kpi.meetingsSinceReading, kpi.stale]));
		expect(alliance?.health).toEqual(withoutIt.alliances[0]?.health);

		const block = northwind(text(today));
		expect(block).toContain("At the last meeting (19 Nov 2026): ");
		expect(block).toMatch(/last meeting \d+ days ago \(19 Nov 2026\)/);
		expect(block).toContain(`→ Next meeting prepared: ${preparedName}  ${preparedPath}:1`);
		expect(text(today, "--markdown")).toContain(`Next meeting prepared: [[${preparedPath.slice(0, -".md".length)}|${preparedName}]]`);
	});
});
