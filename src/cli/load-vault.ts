/// <reference types="node" />
/**
 * Reading a vault folder from disk into a VaultIndex, with a progress line on
 * stderr when it takes more than a moment and stderr is a terminal.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { VaultIndex } from "../core/index/vault-index";
import { UsageError } from "./args";

/** Folders that hold no notes. Obsidian itself ignores every file and folder whose name starts with a dot (its config folder among them). */
const SKIPPED_FOLDERS = new Set(["node_modules"]);
/** Show progress only when indexing takes longer than this. */
const PROGRESS_DELAY_MS = 300;
const PROGRESS_EVERY_FILES = 250;

/** A Markdown file of the vault: its path inside the vault (always with `/`) and on disk. */
export interface VaultFile {
	vaultPath: string;
	diskPath: string;
}

/**
 * Lists every Markdown file under a vault folder.
 *
 * @throws UsageError when the folder does not exist or is not a folder
 */
export function listMarkdownFiles(vaultDir: string): VaultFile[] {
	let isFolder = false;
	try {
		isFolder = statSync(vaultDir).isDirectory();
	} catch {
		isFolder = false;
	}
	if (!isFolder) throw new UsageError(`no vault folder at ${vaultDir}`);
	const files: VaultFile[] = [];
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith(".") || SKIPPED_FOLDERS.has(entry.name)) continue;
			const diskPath = join(dir, entry.name);
			if (entry.isDirectory()) {
				walk(diskPath);
			} else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) {
				files.push({ diskPath, vaultPath: relative(vaultDir, diskPath).split(sep).join("/") });
			}
		}
	};
	walk(vaultDir);
	return files.sort((a, b) => a.vaultPath.localeCompare(b.vaultPath));
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
	/** An index to fill (a fresh one by default). */
	index?: VaultIndex;
}

/**
 * Indexes every Markdown file of a vault folder.
 *
 * @param vaultDir the vault folder
 * @param options progress reporting and the index to fill
 */
export function loadVault(vaultDir: string, options: LoadOptions = {}): VaultIndex {
	const { progress, progressDelayMs = PROGRESS_DELAY_MS, index = new VaultIndex() } = options;
	const files = listMarkdownFiles(vaultDir);
	const started = Date.now();
	let shown = false;
	files.forEach((file, position) => {
		index.upsert(file.vaultPath, readFileSync(file.diskPath, "utf8"), statSync(file.diskPath).mtimeMs);
		if (progress?.isTTY && position % PROGRESS_EVERY_FILES === 0 && Date.now() - started >= progressDelayMs) {
			progress.write(`\rIndexing ${position + 1}/${files.length} notes…`);
			shown = true;
		}
	});
	if (shown) progress?.write("\r\x1b[K");
	return index;
}
