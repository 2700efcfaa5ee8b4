/// <reference types="node" />
/**
 * The hostile vault: one note per kind of input that used to crash or hang
 * a reader, each made at 200 KB when it grows, beside an ordinary alliance.
 * `lint` and `dashboard` finish, print no stack trace, exit 0 or 1, and every
 * other note is indexed. (How long each note takes is the benchmark's
 * business: `alliance-journal bench` prints it.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOSTILE_KINDS, hostileFileName } from "../../../tools/bench/hostile-notes";
import { loadVault } from "../../../src/cli/load-vault";
import { cli } from "../cli-harness";

/** The size of each pathological part, as the issue asks. */
const PATHOLOGICAL_BYTES = 200 * 1024;
const STACK_FRAME = /\n\s+at .+:\d+:\d+/;
const ORDINARY_MEETINGS = ["Meetings/2026-11-01 Acme.md", "Meetings/2026-11-15 Acme.md"];

let vault: string;

function write(path: string, text: string): void {
	const file = join(vault, path);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
}

beforeAll(() => {
	vault = mkdtempSync(join(tmpdir(), "alliance-journal-hostile-"));
	write("Acme.md", "---\ntype: alliance\npartner: Acme Corp\n---\n");
	for (const [position, path] of ORDINARY_MEETINGS.entries()) {
		write(path, `---\ntype: alliance-meeting\nalliance: "[[Acme]]"\ndate: 2026-11-0${position + 1}\ntrust: 4\n---\n## Conflicts\n- Pricing: again\n`);
	}
	for (const kind of HOSTILE_KINDS) write(hostileFileName(kind), kind.make(PATHOLOGICAL_BYTES));
	write("Hostile/new\nline.md", '---\ntype: alliance-meeting\nalliance: "[[Acme]]"\ndate: 2026-11-03\n---\n## Conflicts\n- Scope\n');
});

afterAll(() => rmSync(vault, { recursive: true, force: true }));

describe("a vault with one hostile note of every kind", () => {
	it("is indexed whole: the ordinary notes are all there, each hostile one is a note or a problem on it", () => {
		const index = loadVault(vault);
		const acme = index.alliances().find((group) => group.profile.basename === "Acme");
		expect(acme?.meetings.map((note) => note.path)).toEqual(expect.arrayContaining(ORDINARY_MEETINGS));
		expect(index.unreadable).toBe(0);
		const problems = index.problems();
		for (const name of ["self-referencing alias", "exponential aliases"]) {
			expect(problems).toContainEqual(expect.objectContaining({ path: `Hostile/${name}.md`, code: "yaml-alias" }));
		}
		for (const name of ["list nested deep", "quotes nested deep", "lists and quotes nested deep"]) {
			expect(problems).toContainEqual(expect.objectContaining({ path: `Hostile/${name}.md`, code: "section-read-line-by-line", severity: "warning" }));
		}
	});

	it("lints to the end, exit 0 or 1, with no stack trace", () => {
		const run = cli("lint", vault);
		expect([0, 1]).toContain(run.code);
		expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
		expect(run.stdout).toContain("self-referencing alias.md");
	});

	it("makes its dashboard, exit 0 or 1, with no stack trace", () => {
		const run = cli("dashboard", vault);
		expect([0, 1]).toContain(run.code);
		expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
		expect(run.stdout).toContain("Acme");
	});
});
