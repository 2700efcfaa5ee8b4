import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

	it("reads each note's modification time with its text, and a note gone before it is read is one unreadable note", () => {
		const vault = mkdtempSync(join(tmpdir(), "alliance-journal-load-"));
		try {
			mkdirSync(join(vault, "Notes"));
			// More notes than one batch, so notes of the second batch can go while the first is indexed.
			const names = Array.from({ length: 600 }, (_, n) => `Notes/${String(n).padStart(3, "0")}.md`);
			for (const name of names) writeFileSync(join(vault, name), `# ${name}\n`);
			utimesSync(join(vault, "Notes/000.md"), 1_700_000_000, 1_700_000_000);
			let gone = false;
			const index = loadVault(vault, {
				progressDelayMs: 0,
				progress: {
					isTTY: true,
					write: () => {
						if (gone) return;
						gone = true;
						rmSync(join(vault, "Notes/599.md"));
					},
				},
			});
			expect(index.size).toBe(600);
			expect(index.isCurrent("Notes/000.md", 1_700_000_000_000)).toBe(true);
			expect(index.unreadable).toBe(1);
			const problems = index.problems();
			expect(problems.map((problem) => [problem.path, problem.code])).toEqual([["Notes/599.md", "note-unreadable"]]);
			expect(problems[0]?.found).toContain("ENOENT");
		} finally {
			rmSync(vault, { recursive: true, force: true });
		}
	});
});
