/// <reference types="node" />
/**
 * Words only at the edge: the analytics and the parser hand out facts, and
 * every sentence is made in core/present. Checked on the source itself.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildDashboard } from "../../../src/core/analytics/dashboard";
import { VaultIndex } from "../../../src/core/index/vault-index";

const SRC = fileURLToPath(new URL("../../../src", import.meta.url));

/** Every TypeScript file under a folder of src/, as [path from src, text]. */
function sources(folder: string): [string, string][] {
	const files: [string, string][] = [];
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith(".ts")) files.push([relative(SRC, path), readFileSync(path, "utf8")]);
		}
	};
	walk(join(SRC, folder));
	return files;
}

/** The modules a file imports. */
function importsOf(text: string): string[] {
	return [...text.matchAll(/^import[^"]*"([^"]+)";/gm)].map((match) => match[1] ?? "");
}

describe("words only at the edge", () => {
	it("the analytics and the parser use no catalogue, translator or presentation: they cannot write a sentence", () => {
		for (const [path, text] of [...sources("core/analytics"), ...sources("core/parse"), ...sources("core/schema"), ...sources("core/index")]) {
			for (const module of importsOf(text)) expect(module, path).not.toMatch(/i18n\/(translate|messages)|\/present\//);
		}
	});

	it("no problem carries a message: problems are data", () => {
		for (const [path, text] of [...sources("core/parse"), ...sources("core/schema"), ...sources("core/index")]) expect(text, path).not.toMatch(/\bmessage:/);
	});

	it("the language is not part of any analytics cache key: the model has no language", () => {
		for (const [path, text] of sources("core/analytics")) {
			expect(text, path).not.toMatch(/\bLanguage\b/);
			for (const module of importsOf(text)) expect(module, path).not.toMatch(/i18n\/language/);
		}
		expect(Object.keys(buildDashboard(new VaultIndex(), { today: "2026-11-27" }))).not.toContain("language");
	});

	it("the plugin and the sidebar import nothing from the CLI", () => {
		for (const [path, text] of [...sources("obsidian"), ...sources("ui"), ["main.ts", readFileSync(join(SRC, "main.ts"), "utf8")] as [string, string]]) {
			for (const module of importsOf(text)) expect(module, path).not.toMatch(/(^|\/)cli\//);
		}
	});

	it("core/present is free of obsidian, the DOM and Node", () => {
		for (const [path, text] of sources("core/present")) {
			for (const module of importsOf(text)) expect(module, path).not.toMatch(/^(obsidian|node:|fs|path)$|^node:/);
			expect(text, path).not.toMatch(/\bdocument\.|\bwindow\.|HTMLElement/);
		}
	});
});
