/// <reference types="node" />
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ACTION_SIGNIFIERS } from "../../src/core/parse/items";
import { DEFAULT_STATUS_TYPES, statusTypeOf, statusTypesFromTasksSettings, statusTypesFromTasksSettingsText } from "../../src/core/task-status";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The rows of the README table between `<!-- name -->` and `<!-- /name -->`, as cells without backticks. */
function readmeTable(name: string): string[][] {
	const start = README.indexOf(`<!-- ${name} -->`);
	const end = README.indexOf(`<!-- /${name} -->`);
	expect(start).toBeGreaterThan(-1);
	return README.slice(start, end)
		.split("\n")
		.filter((line) => line.startsWith("|"))
		.slice(2)
		.map((line) => line.slice(1, -1).split("|").map((cell) => cell.trim()));
}

describe("status types, as the Tasks plugin has them", () => {
	it("the core and default statuses, X as done, and any other symbol as TODO", () => {
		expect([" ", "/", "x", "X", "-", "?", "~", "h"].map((symbol) => statusTypeOf(symbol, DEFAULT_STATUS_TYPES))).toEqual([
			"TODO",
			"IN_PROGRESS",
			"DONE",
			"DONE",
			"CANCELLED",
			"TODO",
			"TODO",
			"TODO",
		]);
		expect(statusTypeOf(undefined, DEFAULT_STATUS_TYPES)).toBe("TODO");
	});

	it("the user's settings: core first, then custom; the first of a symbol wins; an unknown type is TODO", () => {
		const types = statusTypesFromTasksSettings({
			statusSettings: {
				coreStatuses: [{ symbol: "x", type: "DONE" }],
				customStatuses: [
					{ symbol: "x", type: "CANCELLED" },
					{ symbol: "h", type: "ON_HOLD" },
					{ symbol: "q", type: "QUESTION" },
					{ symbol: "toolong", type: "DONE" },
					null,
				],
			},
		});
		expect(types).toMatchObject({ x: "DONE", h: "ON_HOLD", q: "TODO", " ": "TODO", "-": "CANCELLED" });
		expect(types).not.toHaveProperty("toolong");
	});

	it("settings of another shape, or text that is not JSON, give the defaults", () => {
		expect(statusTypesFromTasksSettings([1, 2])).toEqual(DEFAULT_STATUS_TYPES);
		expect(statusTypesFromTasksSettingsText("{ half")).toBe(DEFAULT_STATUS_TYPES);
	});

	it("the README's status table says what the defaults say", () => {
		for (const [symbols = "", type] of readmeTable("status-table")) {
			const written = [...symbols.matchAll(/`\[(.)\]`/gu)].map((match) => match[1] ?? "");
			for (const symbol of written.length > 0 ? written : ["?"]) expect(statusTypeOf(symbol, DEFAULT_STATUS_TYPES)).toBe(type);
		}
	});
});

describe("the README's signifier table", () => {
	it("lists exactly the signifiers the parser reads, each with its emoji and Dataview field", () => {
		const rows = readmeTable("signifier-table").map(([, emoji = "", dataview = ""]) => ({
			emoji: [...emoji.matchAll(/`([^`]+)`/gu)].map((match) => match[1]),
			dataview: dataview.replace(/`/g, "").split("::")[0]?.trim(),
		}));
		expect(rows).toEqual(ACTION_SIGNIFIERS.map((signifier) => ({ emoji: [...signifier.emoji], dataview: signifier.dataview })));
	});
});
