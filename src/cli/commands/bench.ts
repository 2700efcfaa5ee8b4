/// <reference types="node" />
/**
 * `alliance-journal bench`: builds a synthetic vault in a temporary folder and
 * measures, in one run, the time to merely read it against the time to index
 * it, a warm start from a snapshot, the update after one edited note, and the
 * heap. Ratios, not absolute times, are what compare across machines.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { DashboardBuilder } from "../../core/analytics/dashboard";
import { VaultIndex } from "../../core/index/vault-index";
import { countFlag, parseArgs, stringFlag } from "../args";
import { generateSyntheticVault } from "../bench/synthetic-vault";
import type { CliIo } from "../io";
import { listMarkdownFiles, loadVault } from "../load-vault";

export const BENCH_USAGE = `Usage: alliance-journal bench [--meetings N] [--other N] [--alliances N] [--seed N] [--keep]

Generates a synthetic vault (default 5000 meeting notes of about 2 KB and 5000
other notes) in a temporary folder and prints one line:
bench: notes=… read_ms=… index_ms=… ratio=… analytics_ms=… first_analytics_ms=… warm_ms=… update_ms_median=… heap_mb=…
  read_ms           reading every file, nothing else
  index_ms          a cold index of the same files (reading included)
  ratio             index_ms / read_ms, measured in the same run
  analytics_ms      the whole dashboard model over every alliance, built from scratch (median of 5)
  first_analytics_ms  the same, the first time in the process (the code not yet compiled)
  warm_ms           restoring the index from a snapshot and checking every file's mtime (no note parsed)
  update_ms_median  one edited meeting note → updated dashboard model, median of the edits
  heap_mb           heap in use with the index and dashboard loaded`;

const UPDATE_SAMPLES = 41;
const ANALYTICS_SAMPLES = 5;
/** The synthetic vault's meetings run from 2024 into 2027; a fixed day keeps runs comparable. */
const BENCH_TODAY = "2026-11-27";

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function round(value: number, digits = 1): string {
	return value.toFixed(digits);
}

function readAll(files: { diskPath: string }[]): number {
	let characters = 0;
	for (const file of files) characters += readFileSync(file.diskPath, "utf8").length;
	return characters;
}

/** Runs `bench`; returns the exit code. */
export function runBench(argv: readonly string[], io: CliIo): number {
	const args = parseArgs(argv, {
		meetings: { value: true },
		other: { value: true },
		alliances: { value: true },
		seed: { value: true },
		keep: { value: false },
		dir: { value: true },
	});
	const meetings = countFlag(args, "meetings") ?? 5000;
	const otherNotes = countFlag(args, "other") ?? 5000;
	const alliances = Math.max(1, countFlag(args, "alliances") ?? 25);
	const seed = countFlag(args, "seed") ?? 42;
	const dir = stringFlag(args, "dir") ?? mkdtempSync(join(tmpdir(), "alliance-journal-bench-"));
	try {
		for (const file of generateSyntheticVault({ meetings, otherNotes, alliances, seed })) {
			const diskPath = join(dir, file.path);
			mkdirSync(dirname(diskPath), { recursive: true });
			writeFileSync(diskPath, file.text);
		}
		const files = listMarkdownFiles(dir);
		readAll(files); // warm the file cache, so both timings read from memory

		let started = performance.now();
		const characters = readAll(files);
		const readMs = performance.now() - started;

		started = performance.now();
		const index = loadVault(dir);
		index.alliances();
		index.problems();
		const indexMs = performance.now() - started;
		if (index.problems().length > 0) throw new Error(`the synthetic vault has problems: ${JSON.stringify(index.problems()[0])}`);

		// The first build in a process also pays for compiling the analytics
		// code; the plugin rebuilds the dashboard on every change, so the
		// figure that matters is a full build from scratch (no alliance reused)
		// once the code is compiled: the median of a few.
		started = performance.now();
		const first = new DashboardBuilder(index).build({ today: BENCH_TODAY });
		const firstAnalyticsMs = performance.now() - started;
		if (first.alliances.length !== alliances) throw new Error(`the dashboard shows ${first.alliances.length} of ${alliances} alliances`);
		const fullBuilds: number[] = [];
		for (let sample = 0; sample < ANALYTICS_SAMPLES; sample++) {
			started = performance.now();
			new DashboardBuilder(index).build({ today: BENCH_TODAY });
			fullBuilds.push(performance.now() - started);
		}
		const analyticsMs = median(fullBuilds);
		const dashboards = new DashboardBuilder(index);
		dashboards.build({ today: BENCH_TODAY });

		const snapshot = JSON.stringify(index.snapshot());
		started = performance.now();
		const warm = new VaultIndex();
		warm.restore(JSON.parse(snapshot));
		for (const file of files) {
			const mtime = statSync(file.diskPath).mtimeMs;
			if (!warm.isCurrent(file.vaultPath, mtime)) warm.upsert(file.vaultPath, readFileSync(file.diskPath, "utf8"), mtime);
		}
		warm.alliances();
		const warmMs = performance.now() - started;
		if (warm.stats.parsed !== 0) throw new Error(`warm start parsed ${warm.stats.parsed} notes`);

		const meetingFiles = files.filter((file) => file.vaultPath.includes("/Meetings/"));
		const updates: number[] = [];
		for (let sample = 0; sample < UPDATE_SAMPLES && meetingFiles.length > 0; sample++) {
			const file = meetingFiles[(sample * 97) % meetingFiles.length];
			if (!file) continue;
			const text = `${readFileSync(file.diskPath, "utf8")}\n- [ ] Follow up on edit ${sample} @sanne 📅 2026-12-01\n`;
			writeFileSync(file.diskPath, text);
			const mtime = Date.now() / 1000 + sample;
			utimesSync(file.diskPath, mtime, mtime);
			started = performance.now();
			index.upsert(file.vaultPath, text, statSync(file.diskPath).mtimeMs);
			dashboards.build({ today: BENCH_TODAY });
			updates.push(performance.now() - started);
		}
		const heapMb = process.memoryUsage().heapUsed / (1024 * 1024);
		io.stdout.write(
			`bench: notes=${files.length} read_ms=${round(readMs)} index_ms=${round(indexMs)} ratio=${round(indexMs / readMs, 2)} analytics_ms=${round(analyticsMs)} first_analytics_ms=${round(firstAnalyticsMs)} warm_ms=${round(warmMs)} update_ms_median=${round(median(updates), 2)} heap_mb=${round(heapMb)}\n`,
		);
		io.stderr.write(`(${(characters / 1e6).toFixed(1)} M characters in ${files.length} files, ${index.notes().length} alliance notes, vault ${args.flags.has("keep") ? `kept at ${dir}` : "removed"})\n`);
		return 0;
	} finally {
		if (!args.flags.has("keep") && !args.flags.has("dir")) rmSync(dir, { recursive: true, force: true });
	}
}
