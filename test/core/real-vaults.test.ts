/// <reference types="node" />
/**
 * Notes written by other people: real frontmatter habits, Tasks-plugin lines
 * and odd YAML. None of them is an alliance note, so each must parse without
 * an exception to nothing at all.
 *
 * They always run on the thirty notes kept in the repository
 * (test/fixtures/real-vaults, see its README for sources and licences), and
 * also on the larger collection they were taken from, shared/real-vaults
 * beside the repository, when it is there.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../src/core/index/vault-index";
import { parseNote } from "../../src/core/parse/parse-note";

/** The repository root, wherever it is cloned; shared/ lives beside it. */
const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const FIXTURES = join(REPO_ROOT, "test", "fixtures", "real-vaults");
const SHARED = join(REPO_ROOT, "..", "shared", "real-vaults");
/** The sources the notes come from, one folder each. */
const SOURCES = ["kepano-obsidian", "tasks-demo"];

interface RealNote {
	path: string;
	text: string;
	mtime: number;
}

function markdownFiles(folder: string): string[] {
	const files: string[] = [];
	for (const name of readdirSync(folder)) {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) files.push(...markdownFiles(path));
		else if (name.toLowerCase().endsWith(".md")) files.push(path);
	}
	return files.sort();
}

/** Every note under a folder, by its path inside the folder. */
function readNotes(folder: string): RealNote[] {
	return markdownFiles(folder).map((file) => ({
		path: relative(folder, file).split("\\").join("/"),
		text: readFileSync(file, "utf8"),
		mtime: statSync(file).mtimeMs,
	}));
}

/** The collections to test: the fixtures always, the shared folder when present. */
const COLLECTIONS = [
	{ name: "the notes kept in test/fixtures", folder: FIXTURES, minimumNotes: 30 },
	...(existsSync(SHARED) ? [{ name: "the shared collection", folder: SHARED, minimumNotes: 300 }] : []),
];

describe.each(COLLECTIONS)("real vaults: $name", ({ folder, minimumNotes }) => {
	const notes = readNotes(folder);

	it("holds notes from every source, with its licence", () => {
		expect(notes.length).toBeGreaterThanOrEqual(minimumNotes);
		const folders = new Set(notes.map((note) => note.path.split("/")[0]));
		for (const source of SOURCES) {
			expect(folders).toContain(source);
			expect(readFileSync(join(folder, source, "LICENSE"), "utf8")).toMatch(/^MIT License/);
		}
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

describe("the real-vault fixtures", () => {
	const fixtures = readNotes(FIXTURES).filter((note) => note.path !== "README.md");

	it("are a small set: thirty notes, well under a megabyte", () => {
		expect(fixtures).toHaveLength(30);
		expect(fixtures.reduce((bytes, note) => bytes + Buffer.byteLength(note.text), 0)).toBeLessThan(300_000);
	});

	it("cover the shapes that matter: frontmatter in YAML and JSON, none, tasks, tables, callouts, code", () => {
		const texts = fixtures.map((note) => note.text);
		const count = (pattern: RegExp) => texts.filter((text) => pattern.test(text)).length;
		expect(count(/^---\r?\n(?!\{)/), "YAML frontmatter").toBeGreaterThanOrEqual(10);
		expect(count(/^---\r?\n\{/), "JSON frontmatter").toBeGreaterThanOrEqual(1);
		expect(count(/^(?!---)/), "no frontmatter").toBeGreaterThanOrEqual(3);
		expect(count(/^\s*- \[[ x]\] /m), "tasks").toBeGreaterThanOrEqual(10);
		expect(count(/^\|.*\|\s*$/m), "tables").toBeGreaterThanOrEqual(1);
		expect(count(/^> \[!/m), "callouts").toBeGreaterThanOrEqual(1);
		expect(count(/^\s*```/m), "code blocks").toBeGreaterThanOrEqual(1);
	});

	// The fixtures are copies, byte for byte: checked whenever their source is
	// beside the repository (on a clone without it the test does not exist,
	// rather than being reported as skipped).
	if (existsSync(SHARED)) {
		it("are unchanged copies of the shared collection", () => {
			for (const note of fixtures) expect(readFileSync(join(SHARED, note.path), "utf8"), note.path).toBe(note.text);
		});
	}
});
