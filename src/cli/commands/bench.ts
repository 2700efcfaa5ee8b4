/// <reference types="node" />
/**
 * `alliance-journal bench`: builds a synthetic vault in a temporary folder and
 * measures, in one run, the time to merely read it against the time to index
 * it, a warm start from a snapshot, the update after one edited note, and the
 * heap. Ratios, not absolute times, are what compare across machines.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { DashboardBuilder } from "../../core/analytics/dashboard";
import type { Language } from "../../core/i18n/language";
import { CLI_MESSAGES } from "../../core/i18n/messages/cli";
import { formatNumber } from "../../core/present/numbers";
import { translator } from "../../core/i18n/translate";
import { VaultIndex } from "../../core/index/vault-index";
import { countFlag, type ParsedArgs, stringFlag, SWITCH, UsageError, VALUE } from "../args";
import { conflictWordingVault } from "../../../tools/bench/conflict-wordings";
import { generateSyntheticVault } from "../../../tools/bench/synthetic-vault";
import type { CliCommand } from "../command";
import { measureLinearity } from "../../../tools/bench/linearity";
import type { CliIo } from "../io";
import { listMarkdownFiles, loadVault } from "../load-vault";

const UPDATE_SAMPLES = 41;
const WORDING_SAMPLES = 3;
const ANALYTICS_SAMPLES = 5;
const READ_SAMPLES = 5;
/** The summary counts characters in millions, with one decimal. */
const CHARACTERS_PER_TENTH_MILLION = 100_000;
/** The synthetic vault's meetings run from 2024 into 2027; a fixed day keeps runs comparable. */
const BENCH_TODAY = "2026-11-27";
const BYTES_PER_MB = 1024 * 1024;

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

/**
 * The live heap after a full garbage collection, in MB; `undefined` when node
 * was not started with `--expose-gc` (then no honest figure exists).
 */
function liveHeapMb(): number | undefined {
	if (!collectGarbage()) return undefined;
	collectGarbage();
	return process.memoryUsage().heapUsed / BYTES_PER_MB;
}

/**
 * A full garbage collection, when node was started with `--expose-gc`.
 *
 * @returns whether one ran
 */
function collectGarbage(): boolean {
	const collect = (globalThis as { gc?: () => void }).gc;
	collect?.();
	return collect !== undefined;
}

/**
 * A restart from the saved index with nothing changed, as the plugin makes
 * it: the saved text restored, every file checked against its modification
 * time, and the alliances grouped, ready for the first dashboard. Obsidian
 * hands the plugin each file's modification time with the file list (no
 * `stat`), so the times are taken before the clock starts. The notes the
 * restore left as text are then decoded and checked, as the plugin does in
 * idle moments after the start: `decode_ms`. The warm index and the saved
 * text are released when this returns, so the heap figure holds only what
 * stays.
 *
 * The saved index is the plugin's: every note with its modification time
 * (the command line's own index asks the disk for a time only when an order
 * needs it, and keeps none to save).
 *
 * @returns the times it took and the saved index's size in MB (UTF-8)
 */
function measureWarmStart(files: readonly { vaultPath: string; diskPath: string }[]): { ms: number; decodeMs: number; snapshotMb: number } {
	const listed = files.map((file) => ({ ...file, mtime: statSync(file.diskPath).mtimeMs }));
	const snapshot = savedIndexOf(listed);
	// A restart is a fresh process: the garbage of the bench's earlier builds is not its to collect.
	collectGarbage();
	let started = performance.now();
	const warm = new VaultIndex();
	if (!warm.restore(snapshot)) throw new Error("the saved index was refused");
	for (const file of listed) {
		if (!warm.isCurrent(file.vaultPath, file.mtime)) warm.upsert(file.vaultPath, readFileSync(file.diskPath, "utf8"), file.mtime);
	}
	warm.alliances();
	const ms = performance.now() - started;
	started = performance.now();
	warm.decodeWaiting(Number.POSITIVE_INFINITY);
	const decodeMs = performance.now() - started;
	if (warm.stats.parsed !== 0) throw new Error(`warm start parsed ${warm.stats.parsed} notes`);
	if (warm.takeDamaged().length > 0) throw new Error("the saved index was damaged");
	return { ms, decodeMs, snapshotMb: Buffer.byteLength(snapshot, "utf8") / BYTES_PER_MB };
}

/** The saved index of the plugin's index of these files: each note with its modification time (the index itself is garbage when this returns). */
function savedIndexOf(files: readonly { vaultPath: string; diskPath: string; mtime: number }[]): string {
	const index = new VaultIndex();
	for (const file of files) index.upsert(file.vaultPath, readFileSync(file.diskPath, "utf8"), file.mtime);
	return index.snapshot();
}

/** Prints the linearity figures, one line per hostile kind, and the worst growth. */
function printLinearity(io: CliIo): number {
	const rows = measureLinearity();
	for (const row of rows) {
		io.stdout.write(
			`linearity: ${row.name} small_ms=${round(row.smallMs, 2)} large_ms=${round(row.largeMs, 2)} growth=${round(row.growth)} note_200kb_ms=${round(row.noteMs, 2)}\n`,
		);
	}
	const worst = rows.reduce((a, b) => (b.growth > a.growth ? b : a));
	io.stdout.write(`linearity: worst growth ${round(worst.growth)}× (${worst.name}); linear is about 10×, quadratic 100×\n`);
	return 0;
}

/**
 * Times full dashboard builds over vaults with the given numbers of distinct
 * conflict wordings, one line each.
 *
 * @param list the numbers, comma-separated ("1000,4000,16000")
 */
function benchWordings(list: string, io: CliIo): number {
	const counts = list.split(",").map((part) => Number(part.trim()));
	if (counts.some((count) => !Number.isInteger(count) || count <= 0)) throw new UsageError("error.wholeNumber", { option: "--wordings", value: list });
	for (const count of counts) {
		const index = new VaultIndex();
		for (const file of conflictWordingVault(count)) index.upsert(file.path, file.text, 1);
		const builds: number[] = [];
		let themes = 0;
		for (let sample = 0; sample < WORDING_SAMPLES; sample++) {
			const started = performance.now();
			themes = new DashboardBuilder(index).build({ today: BENCH_TODAY }).conflicts.length;
			builds.push(performance.now() - started);
		}
		io.stdout.write(`bench-wordings: wordings=${count} themes=${themes} build_ms=${round(median(builds))}\n`);
	}
	return 0;
}

/** Writes the synthetic vault into `dir` (its texts are garbage once this returns). */
function writeVault(dir: string, options: Parameters<typeof generateSyntheticVault>[0]): void {
	for (const file of generateSyntheticVault(options)) {
		const diskPath = join(dir, file.path);
		mkdirSync(dirname(diskPath), { recursive: true });
		writeFileSync(diskPath, file.text);
	}
}

/** What one bench run measured, and the index and dashboards it leaves loaded. */
interface VaultRun {
	/** The timing figures, as printed. */
	figures: string;
	snapshotMb: number;
	characters: number;
	files: number;
	index: VaultIndex;
	dashboards: DashboardBuilder;
}

/**
 * Reads, indexes, analyses, restarts and edits the vault in `dir`. Everything
 * the bench itself holds (file lists, texts, models of the full builds) is
 * local here, so it is garbage once this returns.
 */
function measureVault(dir: string, alliances: number): VaultRun {
	const files = listMarkdownFiles(dir);
	readAll(files); // warm the file cache, so both timings read from memory

	// One read of the vault is short enough to fall wholly in a slow or a
	// fast moment of the machine; the median of a few is the read to compare with.
	let started = 0;
	let characters = 0;
	const reads: number[] = [];
	for (let sample = 0; sample < READ_SAMPLES; sample++) {
		started = performance.now();
		characters = readAll(files);
		reads.push(performance.now() - started);
	}
	const readMs = median(reads);

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

	const warm = measureWarmStart(files);

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
	const figures = `notes=${files.length} read_ms=${round(readMs)} index_ms=${round(indexMs)} ratio=${round(indexMs / readMs, 2)} analytics_ms=${round(analyticsMs)} first_analytics_ms=${round(firstAnalyticsMs)} warm_ms=${round(warm.ms)} decode_ms=${round(warm.decodeMs)} update_ms_median=${round(median(updates), 2)}`;
	return { figures, snapshotMb: warm.snapshotMb, characters, files: files.length, index, dashboards };
}

/** `bench`: the performance benchmark on a synthetic vault. */
export const BENCH_COMMAND: CliCommand = {
	options: { meetings: VALUE, other: VALUE, alliances: VALUE, seed: VALUE, keep: SWITCH, dir: VALUE, wordings: VALUE, linearity: SWITCH, runs: VALUE },
	positionals: 0,
	run: runBench,
};

/** The options a run of `--runs` passes on to each fresh process. */
const VAULT_OPTIONS = ["meetings", "other", "alliances", "seed"] as const;
/** The options each run makes for itself, or that measure something else. */
const NOT_WITH_RUNS = ["keep", "dir", "wordings", "linearity"] as const;

/**
 * The figures of one `bench:` line, by name; a figure that is no number
 * (`heap_mb=n/a`) is `NaN`.
 *
 * @example figuresOf("bench: notes=10 read_ms=1.5 heap_mb=n/a") // Map { "notes" => 10, "read_ms" => 1.5, "heap_mb" => NaN }
 */
export function figuresOf(line: string): Map<string, number> {
	const figures = new Map<string, number>();
	for (const part of line.split(" ")) {
		const equals = part.indexOf("=");
		if (equals <= 0) continue;
		const text = part.slice(equals + 1);
		figures.set(part.slice(0, equals), text === "" ? Number.NaN : Number(text));
	}
	return figures;
}

/** How many decimals the bench prints a figure with. */
function digitsOf(name: string): number {
	if (name === "notes" || name === "runs") return 0;
	return name === "ratio" || name === "warm_read" || name === "update_ms_median" ? 2 : 1;
}

/**
 * The line of medians over several runs' `bench:` lines: each figure's
 * median, in the order the bench prints them, with `warm_read` (each run's
 * `warm_ms / read_ms`) after `ratio`. Ratios are the medians of each run's
 * own ratio, never a ratio of two medians; a figure no run has as a number
 * is `n/a`.
 *
 * @example medianLine(["bench: read_ms=100 ratio=6 warm_ms=40", "bench: read_ms=120 ratio=5 warm_ms=70", "bench: read_ms=110 ratio=7 warm_ms=50"])
 * // "bench-median: runs=3 read_ms=110.0 ratio=6.00 warm_read=0.45 warm_ms=50.0"
 */
export function medianLine(lines: readonly string[]): string {
	const runs = lines.map(figuresOf);
	const names: string[] = [];
	for (const run of runs) {
		for (const name of run.keys()) {
			if (names.includes(name)) continue;
			names.push(name);
			if (name === "ratio") names.push("warm_read");
		}
	}
	const valuesOf = (name: string): number[] =>
		runs.map((run) => (name === "warm_read" ? (run.get("warm_ms") ?? Number.NaN) / (run.get("read_ms") ?? Number.NaN) : (run.get(name) ?? Number.NaN))).filter(Number.isFinite);
	const parts = names.map((name) => {
		const values = valuesOf(name);
		return `${name}=${values.length === 0 ? "n/a" : round(median(values), digitsOf(name))}`;
	});
	return `bench-median: runs=${lines.length} ${parts.join(" ")}`;
}

/**
 * `bench --runs N`: the bench N times, each in a fresh process (so each
 * index is as cold as the first), each run's line as it comes, then the
 * medians. Only the last run's summary goes to stderr.
 */
function benchRuns(runs: number, args: ParsedArgs, io: CliIo, language: Language): number {
	if (NOT_WITH_RUNS.some((name) => args.flags.has(name))) throw new UsageError("bench.runsAlone");
	if (!io.restart) throw new UsageError("bench.runsInProcess");
	const forwarded = VAULT_OPTIONS.flatMap((name) => {
		const value = stringFlag(args, name);
		return value === undefined ? [] : [`--${name}`, value];
	});
	const t = translator(CLI_MESSAGES, language);
	const lines: string[] = [];
	let summary = "";
	for (let run = 1; run <= runs; run++) {
		const child = spawnSync(io.restart.command, [...io.restart.args, "--lang", language, "bench", ...forwarded], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
		const line = child.stdout.split("\n").find((text) => text.startsWith("bench: "));
		if (child.status !== 0 || line === undefined) {
			io.stderr.write(child.stderr);
			io.stderr.write(`alliance-journal bench: ${t("bench.runFailed", { run, runs, code: child.status ?? child.signal ?? "?" })}\n`);
			return 1;
		}
		io.stdout.write(`${line}\n`);
		lines.push(line);
		summary = child.stderr;
	}
	io.stdout.write(`${medianLine(lines)}\n`);
	io.stderr.write(summary);
	return 0;
}

/** Runs `bench`; returns the exit code. */
function runBench(args: ParsedArgs, io: CliIo, language: Language): number {
	const runs = countFlag(args, "runs") ?? 1;
	if (runs > 1) return benchRuns(runs, args, io, language);
	if (args.flags.has("linearity")) return printLinearity(io);
	const wordings = stringFlag(args, "wordings");
	if (wordings !== undefined) return benchWordings(wordings, io);
	const meetings = countFlag(args, "meetings") ?? 5000;
	const otherNotes = countFlag(args, "other") ?? 5000;
	const alliances = Math.max(1, countFlag(args, "alliances") ?? 25);
	const seed = countFlag(args, "seed") ?? 42;
	const dir = stringFlag(args, "dir") ?? mkdtempSync(join(tmpdir(), "alliance-journal-bench-"));
	try {
		writeVault(dir, { meetings, otherNotes, alliances, seed });
		const run = measureVault(dir, alliances);
		// The heap with the index and the dashboards loaded, and nothing else of the bench's.
		const heapMb = liveHeapMb();
		io.stdout.write(`bench: ${run.figures} heap_mb=${heapMb === undefined ? "n/a" : round(heapMb)} snapshot_mb=${round(run.snapshotMb)}\n`);
		// Keeps the index and the dashboards alive up to the heap measurement above.
		if (run.index.size === 0 || run.dashboards === undefined) throw new Error("the index is gone");
		const summary = {
			characters: formatNumber(Math.round(run.characters / CHARACTERS_PER_TENTH_MILLION) / 10, language),
			files: run.files,
			notes: run.index.notes().length,
			dir,
		};
		const kept = args.flags.has("keep") || args.flags.has("dir");
		io.stderr.write(`${translator(CLI_MESSAGES, language)(kept ? "bench.summary.kept" : "bench.summary.removed", summary)}\n`);
		return 0;
	} finally {
		if (!args.flags.has("keep") && !args.flags.has("dir")) rmSync(dir, { recursive: true, force: true });
	}
}
