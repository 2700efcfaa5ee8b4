/// <reference types="node" />
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import esbuild from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliBuildOptions } from "../../../esbuild.config.mjs";
import { figuresOf, medianLine } from "../../../src/cli/commands/bench";
import { cli } from "../cli-harness";

describe("the bench's line of medians", () => {
	it("takes each figure's median in the order printed, and each run's own warm_ms / read_ms after the ratio", () => {
		const lines = [
			"bench: notes=10025 read_ms=120.0 index_ms=900.0 ratio=7.50 warm_ms=48.0 heap_mb=41.3",
			"bench: notes=10025 read_ms=160.0 index_ms=880.0 ratio=5.50 warm_ms=80.0 heap_mb=41.4",
			"bench: notes=10025 read_ms=100.0 index_ms=700.0 ratio=7.00 warm_ms=60.0 heap_mb=41.2",
		];
		// warm_read per run: 0.40, 0.50, 0.60 — its median, not 60 / 120.
		expect(medianLine(lines)).toBe("bench-median: runs=3 notes=10025 read_ms=120.0 index_ms=880.0 ratio=7.00 warm_read=0.50 warm_ms=60.0 heap_mb=41.3");
	});

	it("says n/a for a figure no run measured (the heap without --expose-gc)", () => {
		expect(figuresOf("bench: notes=65 heap_mb=n/a").get("heap_mb")).toBeNaN();
		expect(medianLine(["bench: read_ms=2.0 ratio=30.00 warm_ms=1.0 heap_mb=n/a", "bench: read_ms=4.0 ratio=20.00 warm_ms=1.0 heap_mb=n/a"])).toBe(
			"bench-median: runs=2 read_ms=4.0 ratio=30.00 warm_read=0.50 warm_ms=1.0 heap_mb=n/a",
		);
	});
});

describe("bench --runs", () => {
	it("is refused with the options that keep a vault or measure something else", () => {
		for (const option of [["--keep"], ["--dir", "x"], ["--wordings", "10"], ["--linearity"]]) {
			const run = cli("bench", "--runs", "3", ...option);
			expect(run.code).toBe(2);
			expect(run.stderr).toContain("--runs makes a fresh vault for every run");
		}
	});

	it("says so, in the user's language, when it cannot start the command line again", () => {
		const run = cli("--lang", "nl", "bench", "--runs", "3");
		expect(run.code).toBe(2);
		expect(run.stderr).toBe("alliance-journal: --runs start de opdrachtregel voor elke run opnieuw, en dat kan niet vanuit een ander programma (zie 'alliance-journal bench --help')\n");
	});

	describe("as the built command line", () => {
		const build = mkdtempSync(join(tmpdir(), "alliance-journal-bench-cli-"));
		const cliPath = join(build, "cli.mjs");
		beforeAll(async () => {
			await esbuild.build({ ...cliBuildOptions({ outfile: cliPath }), logLevel: "silent" });
		});
		afterAll(() => rmSync(build, { recursive: true, force: true }));

		it("runs the bench in as many fresh processes, prints each run's line, then their medians", () => {
			const stdout = execFileSync(process.execPath, ["--expose-gc", cliPath, "bench", "--runs", "3", "--meetings", "30", "--other", "10", "--alliances", "3"], {
				encoding: "utf8",
				stdio: ["ignore", "pipe", "ignore"],
			});
			const lines = stdout.trimEnd().split("\n");
			expect(lines).toHaveLength(4);
			const runs = lines.slice(0, 3);
			for (const line of runs) {
				// Each run made the vault asked for, and measured the heap (the flags reached every process).
				expect(figuresOf(line).get("notes")).toBe(40 + 3);
				expect(figuresOf(line).get("heap_mb")).toBeGreaterThan(0);
			}
			expect(lines[3]).toBe(medianLine(runs));
			expect(lines[3]).toMatch(/^bench-median: runs=3 notes=43 read_ms=[\d.]+ index_ms=[\d.]+ ratio=[\d.]+ warm_read=[\d.]+ /);
		}, 120_000);
	});
});
