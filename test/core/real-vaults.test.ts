/// <reference types="node" />
/**
 * Notes written by other people (shared/real-vaults, beside the repository):
 * real frontmatter habits, Tasks-plugin lines and odd YAML. None of them is an
 * alliance note, so each must parse without an exception to nothing at all.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../src/core/index/vault-index";
import { parseNote } from "../../src/core/parse/parse-note";

/** The repository root, wherever it is cloned; shared/ lives beside it. */
const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const REAL_VAULTS = join(REPO_ROOT, "..", "shared", "real-vaults");
const present = existsSync(REAL_VAULTS);

function markdownFiles(folder: string): string[] {
	const files: string[] = [];
	for (const name of readdirSync(folder)) {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) files.push(...markdownFiles(path));
		else if (name.toLowerCase().endsWith(".md")) files.push(path);
	}
	return files.sort();
}

const notes = present
	? markdownFiles(REAL_VAULTS).map((file) => ({
			path: relative(REAL_VAULTS, file).split("\\").join("/"),
			text: readFileSync(file, "utf8"),
			mtime: statSync(file).mtimeMs,
		}))
	: [];

if (!present) {
	console.warn(`Skipping the real-vault tests: ${REAL_VAULTS} is missing (shared/ should sit beside the repository).`);
}

describe.skipIf(!present)(`real vaults (${REAL_VAULTS})`, () => {
	it("holds the vaults the README describes", () => {
		// kepano-obsidian and tasks-demo: over 300 notes between them.
		expect(notes.length).toBeGreaterThan(300);
		const folders = new Set(notes.map((note) => note.path.split("/")[0]));
		expect(folders).toContain("kepano-obsidian");
		expect(folders).toContain("tasks-demo");
	});

	it("every note parses without an exception to no note and no problems", () => {
		const failures: string[] = [];
		for (const note of notes) {
			try {
				const result = parseNote(note.path, note.text);
				if (result.note !== null || result.problems.length > 0) failures.push(`${note.path}: ${JSON.stringify(result).slice(0, 200)}`);
			} catch (error) {
				failures.push(`${note.path}: threw ${String(error)}`);
			}
		}
		expect(failures).toEqual([]);
	});

	it("indexing them all finds no alliances and no problems", () => {
		const index = new VaultIndex();
		for (const note of notes) index.upsert(note.path, note.text, note.mtime);
		expect(index.size).toBe(notes.length);
		expect(index.stats.parsed).toBe(notes.length);
		expect(index.notes()).toEqual([]);
		expect(index.alliances()).toEqual([]);
		expect(index.problems()).toEqual([]);
	});

	it("a real note turned into an alliance meeting by its type line still parses", () => {
		// The real bodies (tasks, links, odd Markdown) under a meeting's frontmatter.
		for (const note of notes) {
			const body = note.text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, "");
			const result = parseNote(note.path, `---\ntype: alliance-meeting\nalliance: "[[Acme]]"\ndate: 2026-11-27\n---\n${body}`);
			expect(result.note?.type, note.path).toBe("alliance-meeting");
		}
	});
});
