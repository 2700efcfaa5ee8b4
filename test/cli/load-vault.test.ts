import { describe, expect, it } from "vitest";
import { listMarkdownFiles, loadVault } from "../../src/cli/load-vault";
import { exampleVault } from "./cli-harness";

describe("loading a vault folder", () => {
	it("finds every Markdown note with vault paths written with /", () => {
		const files = listMarkdownFiles(exampleVault);
		expect(files.length).toBeGreaterThan(60);
		expect(files.every((file) => file.vaultPath.endsWith(".md") && !file.vaultPath.startsWith("/"))).toBe(true);
		expect(files.map((file) => file.vaultPath)).toContain("Alliances/Northwind/Northwind.md");
	});

	it("shows progress on a terminal once indexing takes a moment, and clears the line after", () => {
		let written = "";
		loadVault(exampleVault, { progress: { isTTY: true, write: (text: string) => (written += text) }, progressDelayMs: 0 });
		expect(written).toMatch(/^\rIndexing \d+\/\d+ notes…/);
		expect(written.endsWith("\r\x1b[K")).toBe(true);
	});

	it("stays silent when stderr is not a terminal", () => {
		let written = "";
		loadVault(exampleVault, { progress: { isTTY: false, write: (text: string) => (written += text) }, progressDelayMs: 0 });
		expect(written).toBe("");
	});
});
