/// <reference types="node" />
// Which rules guard which code: every source file that esbuild bundles into
// main.js is linted with eslint-plugin-obsidianmd's recommended rules, and
// the Node CLI, which never ships in main.js, with Node's rules instead (see
// eslint.config.mjs).
import { readdir } from "node:fs/promises";
import path from "node:path";
import esbuild from "esbuild";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { pluginBuildOptions, rootDir } from "../../esbuild.config.mjs";

/** Rules that only the obsidianmd recommended config turns on. */
const OBSIDIAN_RULES = ["obsidianmd/no-nodejs-modules", "obsidianmd/ui/sentence-case", "obsidianmd/commands/no-default-hotkeys", "@microsoft/sdl/no-inner-html"];
/** Rules the Node CLI gets instead. */
const NODE_CLI_RULES = ["no-restricted-globals", "no-restricted-properties", "no-console", "no-restricted-imports", "@typescript-eslint/no-deprecated"];

type RuleEntry = string | number | [string | number, ...unknown[]];

function isOn(entry: RuleEntry | undefined): boolean {
	const severity = Array.isArray(entry) ? entry[0] : entry;
	return severity !== undefined && severity !== "off" && severity !== 0;
}

async function rulesFor(eslint: ESLint, file: string): Promise<Record<string, RuleEntry>> {
	const config = (await eslint.calculateConfigForFile(path.join(rootDir, file))) as { rules?: Record<string, RuleEntry> };
	return config.rules ?? {};
}

async function filesUnder(folder: string): Promise<string[]> {
	const entries = await readdir(path.join(rootDir, folder), { recursive: true, withFileTypes: true });
	return entries.filter((entry) => entry.isFile() && entry.name.endsWith(".ts")).map((entry) => path.relative(rootDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

describe("lint scope", () => {
	const eslint = new ESLint({ cwd: rootDir });
	let shipped: string[] = [];

	beforeAll(async () => {
		const result = await esbuild.build({ ...pluginBuildOptions({ production: true, copyStyles: false }), write: false, metafile: true, logLevel: "silent" });
		shipped = Object.keys(result.metafile.inputs).filter((input) => input.startsWith("src/"));
	}, 60_000);

	it("lints every source file in main.js with the obsidianmd recommended rules", async () => {
		expect(shipped).toContain("src/main.ts");
		for (const file of shipped) {
			const rules = await rulesFor(eslint, file);
			for (const rule of OBSIDIAN_RULES) expect(isOn(rules[rule]), `${rule} on ${file}`).toBe(true);
		}
	}, 60_000);

	it("lints the Node CLI that main.js does not carry with Node's rules, not Obsidian's", async () => {
		const cliOnly = (await filesUnder("src/cli")).filter((file) => !shipped.includes(file));
		expect(cliOnly).toContain("src/cli/main.ts");
		for (const file of cliOnly) {
			const rules = await rulesFor(eslint, file);
			for (const rule of OBSIDIAN_RULES) expect(isOn(rules[rule]), `${rule} on ${file}`).toBe(false);
			for (const rule of NODE_CLI_RULES) expect(isOn(rules[rule]), `${rule} on ${file}`).toBe(true);
		}
	}, 60_000);
});
