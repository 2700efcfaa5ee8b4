/// <reference types="node" />
import { fileURLToPath } from "node:url";
import type { Root, RootContent, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { loadVault } from "../../../src/cli/load-vault";
import { buildDashboard } from "../../../src/core/analytics/dashboard";
import type { Language } from "../../../src/core/i18n/language";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { briefingMarkdown } from "../../../src/core/present/briefing-markdown";
import { scopeDashboard, scopedModel } from "../../../src/core/present/scope";
import { wordsFor } from "../../../src/core/present/words";
import { NoteBuilder } from "../../core/helpers/note-builder";

const EXAMPLE_VAULT = fileURLToPath(new URL("../../../examples/vault", import.meta.url));
const TODAY = "2026-11-27";

/** The note as Obsidian reads it: CommonMark with GitHub's tables. */
function parsed(markdown: string): Root {
	return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

/** The plain text of a node. */
function textOf(node: RootContent | Root): string {
	if ("value" in node && typeof node.value === "string") return node.value;
	return "children" in node ? (node.children as RootContent[]).map(textOf).join("") : "";
}

/** The list items under a heading (up to the next heading). */
function itemsUnder(root: Root, heading: string): string[] {
	const start = root.children.findIndex((node) => node.type === "heading" && node.depth === 3 && textOf(node).startsWith(heading));
	if (start < 0) return [];
	const items: string[] = [];
	for (const node of root.children.slice(start + 1)) {
		if (node.type === "heading") break;
		if (node.type === "list") for (const item of node.children) items.push(textOf(item));
	}
	return items;
}

const northwind = (language: Language): string => {
	const model = buildDashboard(loadVault(EXAMPLE_VAULT), { today: TODAY });
	const scope = scopeDashboard(model, "Northwind");
	if (!scope) throw new Error("no Northwind");
	return briefingMarkdown(scopedModel(model, scope), wordsFor(language));
};

describe.each([
	["en", "KPI", "Latest", "Target", "Status", "Before the next meeting", "Recurring conflicts", "Open actions"],
	["nl", "KPI", "Laatste", "Doel", "Status", "Voor het volgende overleg", "Terugkerende conflicten", "Open acties"],
] as const)("the briefing note in %s", (language, kpi, latest, target, status, before, recurring, actions) => {
	const markdown = northwind(language);
	const root = parsed(markdown);

	it("has a real table of KPIs with a named cell over every column", () => {
		// The KPI table is the first table of the note (the perception gap's table comes later).
		const tables = root.children.filter((node): node is Table => node.type === "table");
		expect(tables.length).toBeGreaterThanOrEqual(1);
		const [header, ...rows] = tables[0]?.children ?? [];
		expect(header?.children.map(textOf)).toEqual([kpi, latest, target, status]);
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) expect(row.children).toHaveLength(4);
	});

	it("formats numbers with thousands separators and units", () => {
		const pipeline = language === "en" ? "1,580 k€" : "1.580 k€";
		expect(markdown).toContain(pipeline);
		expect(markdown).not.toMatch(/\b1580\b/);
	});

	it("lists each open action once, and only recurring themes under the recurring conflicts", () => {
		const model = buildDashboard(loadVault(EXAMPLE_VAULT), { today: TODAY });
		const alliance = model.alliances.find((candidate) => candidate.name === "Northwind");
		for (const action of alliance?.actions.open ?? []) {
			expect(markdown.split(action.description).length - 1, action.description).toBe(1);
		}
		expect(itemsUnder(root, actions)).toHaveLength(alliance?.actions.open.length ?? -1);
		expect(itemsUnder(root, before).length).toBeGreaterThan(0);
		const themes = itemsUnder(root, recurring);
		const recurringLabels = (alliance?.conflicts ?? []).filter((theme) => theme.recurring).map((theme) => theme.label);
		const onceLabels = (alliance?.conflicts ?? []).filter((theme) => !theme.recurring).map((theme) => theme.label);
		expect(themes.map((item) => item.split(" — ")[0])).toEqual(recurringLabels);
		expect(onceLabels.length).toBeGreaterThan(0);
	});
});

describe("the prepared next meeting in the briefing note", () => {
	it("is linked, one click from the note", () => {
		const index = new VaultIndex();
		index.upsert("Acme.md", NoteBuilder.profile().field("next_meeting", "2026-12-03").build(), 1);
		index.upsert("Meetings/2026-11-19 Acme.md", NoteBuilder.meeting("Acme", "2026-11-19").field("trust", 4).build(), 1);
		index.upsert("Meetings/2026-12-03 Acme.md", NoteBuilder.meeting("Acme", "2026-12-03").build(), 1);
		const markdown = briefingMarkdown(buildDashboard(index, { today: "2026-12-01" }), wordsFor("en"));
		expect(markdown).toContain("Next meeting prepared: [[Meetings/2026-12-03 Acme|2026-12-03 Acme]]");
		expect(markdown).toContain("last meeting 12 days ago (19 Nov 2026)");
		const link = parsed(markdown).children.find((node) => textOf(node).startsWith("Next meeting prepared"));
		expect(link?.type).toBe("paragraph");
	});
});
