/// <reference types="node" />
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { createGenerator } from "ts-json-schema-generator";
import { describe, expect, it } from "vitest";
import type { DashboardModel } from "../../../src/core/analytics/dashboard-model";
import { cli, exampleVault, repoRoot } from "../cli-harness";

const TODAY = "2026-11-27";
const SCHEMA_PATH = `${repoRoot}docs/dashboard-model.schema.json`;

function dashboardText(...extra: string[]): string {
	const run = cli("dashboard", exampleVault, "--today", TODAY, ...extra);
	expect(run.code).toBe(0);
	return run.stdout;
}

function dashboardJson(...extra: string[]): DashboardModel {
	return JSON.parse(dashboardText("--json", ...extra)) as DashboardModel;
}

/** The lines of one alliance's section, up to the next alliance. */
function allianceBlock(text: string, name: string): string {
	const start = text.indexOf(`━━ ${name}`);
	const next = text.indexOf("━━ ", start + 3);
	return text.slice(start, next < 0 ? undefined : next);
}

/** The TypeScript compiler reads the model's types (a larger model since the facts-only schema 2). */
const SCHEMA_GENERATION_TIMEOUT_MS = 60_000;

describe("dashboard as text", () => {
	const text = dashboardText();

	it("shows both example alliances with every section", () => {
		for (const name of ["Northwind — Northwind Logistics", "Zuiderzee — Zuiderzee Zorggroep"]) {
			const block = allianceBlock(text, name.split(" — ")[0] ?? name);
			expect(block).toContain(name);
			for (const section of ["Before the next meeting", "KPI trends", "Relationship health", "Recurring conflicts", "Quick wins", "Open actions", "Stakeholders", "Problems"]) {
				expect(block).toContain(`  ${section}\n`);
			}
		}
	});

	it("the drifting KPI is off track and worsening, with its trend drawn", () => {
		expect(allianceBlock(text, "Northwind")).toMatch(/On-time delivery for joint customers {2}[▁-█]+ {2}87\.2 % · \(−0\.9\) · target 95 % ↑ · off track · worsening/);
	});

	it("the returning pricing conflict is recurring across its wordings and both languages", () => {
		const across = text.slice(text.indexOf("━━ Across all alliances"));
		expect(across).toMatch(/Pricing · open · recurring · raised in 10 meetings · 18 Nov 2025 – 19 Nov 2026 · Northwind, Zuiderzee/);
		// The other wordings as a person can use them; the technical reason only with --verbose.
		expect(across).toContain("Also written as: Price discussion, Pricing model, Prijs, Prijsafspraken, Prijsmodel");
		expect(across).not.toMatch(/pric"|share "|alias/);
	});

	it("lists the quick wins not yet shared and the overdue actions", () => {
		const northwind = allianceBlock(text, "Northwind");
		expect(northwind).toContain("Quick win not yet shared in your organisation: Tailspin Fresh signed a three-year joint contract");
		expect(northwind).toMatch(/! 30 Oct 2026 28 days overdue Write up the agreed counting method and send it to Emily @sanne {2}Alliances\/Northwind\/Meetings\/2026-10-13 Northwind\.md:\d+/);
		expect(allianceBlock(text, "Zuiderzee")).toContain("21 days overdue: Nieuw prijsvoorstel per team naar Ingrid sturen (@sanne)");
	});

	it("uses no colour unless stdout is a terminal", () => {
		expect(text).not.toContain("\u001b[");
	});

	it("--alliance shows only that alliance; an unknown one is a usage error", () => {
		const only = dashboardText("--alliance", "zuiderzee");
		expect(only).toContain("━━ Zuiderzee");
		expect(only).not.toContain("━━ Northwind");
		const run = cli("dashboard", exampleVault, "--alliance", "Nobody");
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/no alliance named Nobody .*alliances: Northwind, Zuiderzee/);
	});

	it("--today must be a date", () => {
		expect(cli("dashboard", exampleVault, "--today", "27-11-2026").code).toBe(2);
	});

	it("--lang nl speaks Dutch", () => {
		const dutch = dashboardText("--lang", "nl");
		expect(dutch).toContain("Voor het volgende overleg");
		expect(dutch).toContain("21 dagen te laat: Nieuw prijsvoorstel per team naar Ingrid sturen (@sanne)");
		expect(dutch).toContain("2026-06-30 Northwind.md:13: trust: 7 gevonden, toegestaan is een geheel getal van 1 tot en met 5");
	});
});

describe("dashboard --json", () => {
	it("is the DashboardModel, and validates against the documented JSON Schema", () => {
		const schema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8")) as object;
		const validate = new Ajv({ allErrors: true }).compile(schema);
		for (const model of [dashboardJson(), dashboardJson("--alliance", "Northwind")]) {
			const valid = validate(model);
			expect(validate.errors ?? []).toEqual([]);
			expect(valid).toBe(true);
		}
	});

	it("the documented schema is the one the model's types give (docs/ is up to date)", () => {
		const generated = createGenerator({
			path: `${repoRoot}src/core/analytics/dashboard-model.ts`,
			type: "DashboardModel",
			tsconfig: `${repoRoot}tsconfig.json`,
			skipTypeCheck: true,
		}).createSchema("DashboardModel");
		expect(JSON.parse(readFileSync(SCHEMA_PATH, "utf8"))).toEqual(JSON.parse(JSON.stringify(generated)));
		// Generating the schema type-checks the model's types: seconds, more on a busy machine.
	}, SCHEMA_GENERATION_TIMEOUT_MS);

	it("the vault-wide briefing puts the most overdue action first, whichever alliance it belongs to", () => {
		const overdue = dashboardJson().briefing.filter((item) => item.kind === "overdue-action");
		expect(overdue.map((item) => [item.alliance, item.kind === "overdue-action" ? item.days : 0])).toEqual([
			["Northwind", 28],
			["Zuiderzee", 21],
			["Zuiderzee", 14],
			["Northwind", 7],
			["Northwind", 3],
		]);
	});

	it("holds the same facts as the text", () => {
		const model = dashboardJson();
		expect(model.today).toBe(TODAY);
		expect(model.alliances.map((alliance) => [alliance.name, alliance.partner, alliance.counts.meetings])).toEqual([
			["Northwind", "Northwind Logistics", 23],
			// One of them prepared in advance for 8 December (planned, not held).
			["Zuiderzee", "Zuiderzee Zorggroep", 23],
		]);
		expect(model.problems).toEqual([expect.objectContaining({ path: "Alliances/Northwind/Meetings/2026-06-30 Northwind.md", line: 13, field: "trust" })]);
	});
});

describe("dashboard --markdown", () => {
	it("writes a briefing note with links back to the sources and no task boxes", () => {
		const note = dashboardText("--markdown", "--alliance", "Northwind");
		expect(note.startsWith('---\ntags:\n  - alliance-briefing\nalliance: "[[Northwind]]"\ndate: 2026-11-27\nnext_meeting: 2026-12-03\n---\n')).toBe(true);
		expect(note).toContain("- 30 Oct 2026, 28 days overdue: Write up the agreed counting method and send it to Emily (@sanne) ([[Alliances/Northwind/Meetings/2026-10-13 Northwind|2026-10-13 Northwind]])");
		expect(note).not.toMatch(/- \[[ x]\]/);
		expect(note).not.toMatch(/^type:/m);
	});
});
