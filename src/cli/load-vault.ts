/// <reference types="node" />
/**
 * Reading a vault folder from disk into a VaultIndex, with a progress line on
 * stderr when it takes more than a moment and stderr is a terminal.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { normalize, sep } from "node:path";
import type { Language } from "../core/i18n/language";
import { CLI_MESSAGES } from "../core/i18n/messages/cli";
import { translator } from "../core/i18n/translate";
import { isMarkdownPath } from "../core/index/markdown-path";
import { compareText } from "../core/order";
import { VaultIndex } from "../core/index/vault-index";
import type { ModifiedAt } from "../core/note-order";
import { describeError } from "../core/parse/parse-note";
import { UsageError } from "./args";
import { templatesFolder } from "./vault-config";

/** Folders that hold no notes. Obsidian itself ignores every file and folder whose name starts with a dot (its config folder among them). */
const SKIPPED_FOLDERS = new Set(["node_modules"]);
/** Show progress only when indexing takes longer than this. */
const PROGRESS_DELAY_MS = 300;
/**
 * Files read before they are parsed; also how often progress is shown. A
 * hundred: reading and parsing file by file costs about 10 % more (the
 * benchmark), and five hundred texts waiting to be parsed outlive a young
 * garbage collection and are copied by it (about 4 % more than a hundred, over
 * twenty paired runs of the cold index).
 */
const READ_BATCH_FILES = 100;

/** A Markdown file of the vault: its path inside the vault (always with `/`) and on disk. */
export interface VaultFile {
	vaultPath: string;
	diskPath: string;
}

/**
 * Lists every Markdown file under a vault folder, in path order (by code unit, as the index orders paths).
 *
 * @throws UsageError when the folder does not exist or is not a folder
 */
export function listMarkdownFiles(vaultDir: string, skipFolders: readonly string[] = []): VaultFile[] {
	const skipped = skipFolders.map((folder) => `${folder.replace(/^\/+|\/+$/g, "")}/`);
	let isFolder = false;
	try {
		isFolder = statSync(vaultDir).isDirectory();
	} catch {
		isFolder = false;
	}
	if (!isFolder) throw new UsageError("vault.missing", { path: vaultDir });
	const files: VaultFile[] = [];
	// Paths are joined by hand from the folder's own (already normal) path:
	// `path.join` and `path.relative` per file cost more than listing the folder.
	const walk = (folder: string, vaultFolder: string): void => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.name.startsWith(".") || SKIPPED_FOLDERS.has(entry.name)) continue;
			const diskPath = folder + entry.name;
			if (entry.isDirectory()) {
				walk(diskPath + sep, `${vaultFolder}${entry.name}/`);
			} else if (entry.isFile() && isMarkdownPath(entry.name)) {
				files.push({ diskPath, vaultPath: vaultFolder + entry.name });
			}
		}
	};
	walk(rootOf(vaultDir), "");
	return files
		.filter((file) => !skipped.some((folder) => file.vaultPath.startsWith(folder)))
		.sort((a, b) => compareText(a.vaultPath, b.vaultPath));
}

/** The vault folder's path on disk, ending in the separator: a note's disk path is this and its vault path (`/` as the disk writes it). */
function rootOf(vaultDir: string): string {
	const root = normalize(vaultDir);
	return root.endsWith(sep) ? root : root + sep;
}

/** Where progress goes: stderr. Shown only when it is a terminal. */
export interface ProgressSink {
	isTTY?: boolean;
	write(text: string): unknown;
}

export interface LoadOptions {
	/** Where to show progress (stderr). */
	progress?: ProgressSink;
	/** Show progress only once indexing takes longer than this (default 300 ms). */
	progressDelayMs?: number;
	/**
	 * Folders (vault paths) whose notes are not indexed. By default the
	 * templates folder: a template is an alliance note with its blanks not
	 * filled in, not a mistake to report.
	 */
	skipFolders?: readonly string[];
	/** The language of the progress line (default English). */
	language?: Language;
}

/** A file's text, or why the disk would not give it. */
type ReadFile = { ok: true; text: string } | { ok: false; reason: string };

/**
 * How files are read: UTF-8, as one options object. Node copies its default
 * options into a fresh object for every call given the encoding as a string.
 */
const READ_UTF8 = { encoding: "utf8", flag: "r" } as const;

/**
 * Reads one file by its path: Node opens, reads and closes it in one call. A
 * file the disk refuses (gone meanwhile, no permission) is one unreadable
 * note, not the end of the pass.
 */
function readText(diskPath: string): ReadFile {
	try {
		return { ok: true, text: readFileSync(diskPath, READ_UTF8) };
	} catch (error) {
		return { ok: false, reason: describeError(error) };
	}
}

/**
 * The index the command line fills. A note's modification time only decides
 * the order of two notes of one date and time (and the KPI reading that
 * wins), so it is asked of the disk when such a tie needs it, once per file,
 * instead of a `stat` of every file, which costs a third of reading the vault
 * (the benchmark). A file changed between its read and the question gives
 * its new time: the command line runs for moments, and only ties ask. It
 * keeps no saved index, so its {@link VaultIndex.isCurrent} and
 * {@link VaultIndex.snapshot} know no times.
 */
class DiskVaultIndex extends VaultIndex {
	/** The times asked so far, by vault path; `undefined` when the disk gave none (the file is gone). */
	private readonly times = new Map<string, number | undefined>();

	/** @param root the vault folder on disk, as {@link rootOf} gives it */
	constructor(private readonly root: string) {
		super();
	}

	override readonly modifiedAt: ModifiedAt = (path) => {
		if (this.times.has(path)) return this.times.get(path);
		const time = modifiedTimeOf(this.root + (sep === "/" ? path : path.replaceAll("/", sep)));
		this.times.set(path, time);
		return time;
	};

	/** A note read again (the bench's edits) has its time asked again. */
	override upsert(path: string, text: string, mtime: number): boolean {
		this.times.delete(path);
		return super.upsert(path, text, mtime);
	}
}

/** A file's modification time in milliseconds, or `undefined` when the disk will not say (it never throws: orders ask for it). */
function modifiedTimeOf(diskPath: string): number | undefined {
	try {
		return statSync(diskPath, { throwIfNoEntry: false })?.mtimeMs;
	} catch {
		return undefined;
	}
}

/**
 * Indexes every Markdown file of a vault folder.
 *
 * @param vaultDir the vault folder
 * @param options progress reporting, the folders to skip and the language
 */
export function loadVault(vaultDir: string, options: LoadOptions = {}): VaultIndex {
	const { progress, progressDelayMs = PROGRESS_DELAY_MS, skipFolders = [templatesFolder(vaultDir, undefined)], language = "en" } = options;
	const t = translator(CLI_MESSAGES, language);
	const files = listMarkdownFiles(vaultDir, skipFolders);
	const index = new DiskVaultIndex(rootOf(vaultDir));
	const started = Date.now();
	let shown = false;
	// Read a batch of files, then parse it (see READ_BATCH_FILES).
	for (let batchStart = 0; batchStart < files.length; batchStart += READ_BATCH_FILES) {
		const batch = files.slice(batchStart, batchStart + READ_BATCH_FILES);
		const texts = batch.map((file) => readText(file.diskPath));
		batch.forEach((file, position) => {
			const read = texts[position];
			if (read === undefined || !read.ok) index.upsertUnreadable(file.vaultPath, 0, read?.reason ?? "unreadable");
			else index.upsert(file.vaultPath, read.text, 0);
		});
		if (progress?.isTTY && Date.now() - started >= progressDelayMs) {
			progress.write(`\r${t("progress.indexing", { done: Math.min(batchStart + READ_BATCH_FILES, files.length), total: files.length })}`);
			shown = true;
		}
	}
	if (shown) progress?.write("\r\x1b[K");
	return index;
}
