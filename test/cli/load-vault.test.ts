import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildDashboard } from "../../src/core/analytics/dashboard";
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

	it("a note gone before it is read is one unreadable note, and the rest are indexed", () => {
		const vault = mkdtempSync(join(tmpdir(), "alliance-journal-load-"));
		try {
			mkdirSync(join(vault, "Notes"));
			// More notes than one batch, so notes of the second batch can go while the first is indexed.
			const names = Array.from({ length: 600 }, (_, n) => `Notes/${String(n).padStart(3, "0")}.md`);
			for (const name of names) writeFileSync(join(vault, name), `# ${name}\n`);
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
			expect(index.unreadable).toBe(1);
			const problems = index.problems();
			expect(problems.map((problem) => [problem.path, problem.code])).toEqual([["Notes/599.md", "note-unreadable"]]);
			expect(problems[0]?.found).toContain("ENOENT");
		} finally {
			rmSync(vault, { recursive: true, force: true });
		}
	});

	describe("two meetings of one date and time", () => {
		const meeting = (kpi: number): string =>
			`---\ntype: alliance-meeting\nalliance: "[[Acme]]"\ndate: 2026-11-20\ntime: "10:00"\nkpi_pipeline: ${kpi}\n---\n## Actions\n- [ ] Call back @sanne\n`;
		let vault = "";
		beforeEach(() => {
			vault = mkdtempSync(join(tmpdir(), "alliance-journal-ties-"));
			mkdirSync(join(vault, "Alliances/Acme/Meetings"), { recursive: true });
			writeFileSync(join(vault, "Alliances/Acme/Acme.md"), "---\ntype: alliance\npartner: Acme Corp\n---\n");
			// By path "A" comes first; by modification time "B" was written first.
			writeFileSync(join(vault, "Alliances/Acme/Meetings/A.md"), meeting(7));
			writeFileSync(join(vault, "Alliances/Acme/Meetings/B.md"), meeting(3));
			utimesSync(join(vault, "Alliances/Acme/Meetings/A.md"), 1_700_000_200, 1_700_000_200);
			utimesSync(join(vault, "Alliances/Acme/Meetings/B.md"), 1_700_000_100, 1_700_000_100);
		});
		afterEach(() => rmSync(vault, { recursive: true, force: true }));

		it("are ordered by the files' modification times, and the later one's KPI reading wins, as in Obsidian", () => {
			const index = loadVault(vault);
			expect(index.alliances()[0]?.meetings.map((note) => note.basename)).toEqual(["B", "A"]);
			expect(index.modifiedAt("Alliances/Acme/Meetings/A.md")).toBe(1_700_000_200_000);
			const pipeline = buildDashboard(index, { today: "2026-11-27" }).alliances[0]?.kpis.find((kpi) => kpi.key === "pipeline");
			expect(pipeline?.latest?.value).toBe(7);
			expect(pipeline?.latest?.decidedBy).toBe("modified");
			expect(pipeline?.latest?.replaced.map((reading) => reading.value)).toEqual([3]);
		});

		it("count a file gone before its time is asked as time 0 (the earlier of the two), without an error", () => {
			const index = loadVault(vault);
			rmSync(join(vault, "Alliances/Acme/Meetings/B.md"));
			expect(index.modifiedAt("Alliances/Acme/Meetings/B.md")).toBeUndefined();
			expect(() => index.alliances()).not.toThrow();
			// B counts as time 0, so the meeting that still has its file is the later one.
			expect(index.alliances()[0]?.meetings.map((note) => note.basename)).toEqual(["B", "A"]);
		});
	});
});
