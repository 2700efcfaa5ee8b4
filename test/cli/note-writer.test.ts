/// <reference types="node" />
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Worker } from "node:worker_threads";
import esbuild from "esbuild";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cliBuildOptions } from "../../esbuild.config.mjs";
import { parseNewArgs, planNew, writePlannedNote } from "../../src/cli/commands/new";
import { folderStaysInVault, writeNewNote } from "../../src/cli/note-writer";
import { freePath } from "../../src/core/templates/file-name";

const run = promisify(execFile);
const folders: string[] = [];
function tempFolder(): string {
	const dir = mkdtempSync(join(tmpdir(), "alliance-journal-writer-"));
	folders.push(dir);
	return dir;
}
afterEach(() => {
	for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("a name taken meanwhile: the next free name, nothing overwritten", () => {
	it("files that appeared after the vault was listed are skipped, not overwritten", () => {
		const vault = tempFolder();
		mkdirSync(join(vault, "Meetings"));
		// Written by someone else between listing the vault and writing: the note maker does not know them.
		writeFileSync(join(vault, "Meetings/2026-11-27 Acme.md"), "theirs\n");
		writeFileSync(join(vault, "Meetings/2026-11-27 Acme 2.md"), "theirs too\n");
		const outcome = writeNewNote(vault, (taken) => ({ path: freePath("Meetings/2026-11-27 Acme.md", (path) => taken.has(path.toLowerCase())), text: "mine\n" }));
		expect(outcome).toMatchObject({ path: "Meetings/2026-11-27 Acme 3.md" });
		expect(readFileSync(join(vault, "Meetings/2026-11-27 Acme.md"), "utf8")).toBe("theirs\n");
		expect(readFileSync(join(vault, "Meetings/2026-11-27 Acme 2.md"), "utf8")).toBe("theirs too\n");
		expect(readFileSync(join(vault, "Meetings/2026-11-27 Acme 3.md"), "utf8")).toBe("mine\n");
	});

	it("a link to a file elsewhere at the note's path is a taken name: not written through", () => {
		const vault = tempFolder();
		const outside = tempFolder();
		writeFileSync(join(outside, "target.md"), "outside\n");
		symlinkSync(join(outside, "target.md"), join(vault, "Note.md"));
		symlinkSync(join(outside, "nowhere.md"), join(vault, "Note 2.md"));
		const outcome = writeNewNote(vault, (taken) => ({ path: freePath("Note.md", (path) => taken.has(path.toLowerCase())), text: "mine\n" }));
		expect(outcome).toMatchObject({ path: "Note 3.md" });
		expect(readFileSync(join(outside, "target.md"), "utf8")).toBe("outside\n");
		expect(readdirSync(outside)).toEqual(["target.md"]);
	});

	it("a refused note writes nothing, not even its folder", () => {
		const vault = tempFolder();
		const outcome = writeNewNote(vault, () => ({ path: "New/Acme.md", text: "x" }), () => "named like an alliance");
		expect(outcome).toEqual({ refused: "rejected", reason: "named like an alliance" });
		expect(readdirSync(vault)).toEqual([]);
	});
});

describe("a folder that leads outside the vault is refused", () => {
	it("a symbolic link to a folder elsewhere, existing or not: refused before any folder is made", () => {
		const vault = tempFolder();
		const outside = tempFolder();
		symlinkSync(outside, join(vault, "Linked"));
		symlinkSync(join(outside, "missing"), join(vault, "Dangling"));
		for (const path of ["Linked/Note.md", "Linked/Deeper/Note.md", "Dangling/Note.md", "Dangling/Deeper/Note.md"]) {
			expect(writeNewNote(vault, () => ({ path, text: "x" }))).toMatchObject({ refused: "outside" });
		}
		expect(readdirSync(outside)).toEqual([]);
	});

	it("a link to a folder inside the vault, or a vault reached through a link, is fine", () => {
		const real = tempFolder();
		mkdirSync(join(real, "Shared"));
		symlinkSync(join(real, "Shared"), join(real, "Linked"));
		const viaLink = join(tempFolder(), "vault");
		symlinkSync(real, viaLink);
		expect(writeNewNote(viaLink, () => ({ path: "Linked/Note.md", text: "x" }))).toMatchObject({ path: "Linked/Note.md" });
		expect(readFileSync(join(real, "Shared/Note.md"), "utf8")).toBe("x");
	});

	it("a folder another process makes and removes meanwhile is inside the vault, never a link to nowhere", async () => {
		const vault = tempFolder();
		mkdirSync(join(vault, "Alliances/Acme"), { recursive: true });
		const folder = join(vault, "Alliances/Acme/Meetings");
		// [0]: the other thread's rounds of making and removing the folder; [1]: 1 tells it to stop.
		const shared = new Int32Array(new SharedArrayBuffer(8));
		const other = new Worker(
			`const { mkdirSync, rmdirSync } = require("node:fs");
			const { workerData } = require("node:worker_threads");
			const [shared, folder] = workerData;
			while (Atomics.load(shared, 1) === 0) {
				try { mkdirSync(folder); } catch {}
				try { rmdirSync(folder); } catch {}
				Atomics.add(shared, 0, 1);
			}`,
			{ eval: true, workerData: [shared, folder] },
		);
		const realVault = realpathSync.native(vault);
		let refused = 0;
		try {
			while (Atomics.load(shared, 0) < 1) await new Promise((resolve) => setTimeout(resolve, 1));
			for (let look = 0; look < 20_000; look++) if (!folderStaysInVault(realVault, folder)) refused++;
		} finally {
			Atomics.store(shared, 1, 1);
			await other.terminate();
		}
		// The folder came and went thousands of times while it was looked at.
		expect(Atomics.load(shared, 0)).toBeGreaterThan(1_000);
		expect(refused).toBe(0);
	});
});

/** How many pairs of `new meeting` for the same alliance and day. */
const PAIRS = 50;
/** Pairs run as separate processes, all at once (the machine is small: the in-process test takes the 50). */
const PROCESS_PAIRS = 5;

/** A vault with the alliance Acme and nothing else. */
function acmeVault(): string {
	const vault = tempFolder();
	mkdirSync(join(vault, "Alliances/Acme"), { recursive: true });
	writeFileSync(join(vault, "Alliances/Acme/Acme.md"), "---\ntype: alliance\npartner: Acme\n---\n# Acme\n");
	return vault;
}

const NEW_MEETING = ["meeting", "--alliance", "Acme", "--date", "2026-11-27", "--lang", "en"];

/** Every meeting note of Acme's, each checked to be a whole note as `new` wrote it. */
function acmeMeetings(vault: string): string[] {
	const names = readdirSync(join(vault, "Alliances/Acme/Meetings"));
	for (const name of names) expect(readFileSync(join(vault, "Alliances/Acme/Meetings", name), "utf8")).toMatch(/^---\ntype: alliance-meeting\n[\s\S]*\n# /);
	return names;
}

describe("concurrent `new meeting` for the same alliance and day", () => {
	it(`${PAIRS} pairs that all read the vault before any of them writes give ${PAIRS * 2} notes`, () => {
		const vault = acmeVault();
		let stderr = "";
		const io = { stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) }, env: {} };
		const plans = Array.from({ length: PAIRS * 2 }, () => planNew(parseNewArgs([...NEW_MEETING, "--vault", vault]), io, "en"));
		const codes = plans.map((plan) => (typeof plan === "number" ? plan : writePlannedNote(plan, io)));
		expect(stderr).toBe("");
		expect(codes.every((code) => code === 0)).toBe(true);
		expect(acmeMeetings(vault)).toHaveLength(PAIRS * 2);
	});

	describe("as processes of the built command line", () => {
		const build = tempFolder();
		const cliPath = join(build, "cli.mjs");
		beforeAll(async () => {
			await esbuild.build({ ...cliBuildOptions({ outfile: cliPath }), logLevel: "silent" });
		});
		afterAll(() => rmSync(build, { recursive: true, force: true }));

		it(`${PROCESS_PAIRS} pairs started at once give ${PROCESS_PAIRS * 2} notes, none crashes`, async () => {
			const vault = acmeVault();
			const newMeeting = (): Promise<{ stdout: string; stderr: string }> => run(process.execPath, [cliPath, "new", ...NEW_MEETING, "--vault", vault]);
			const pairs = await Promise.all(Array.from({ length: PROCESS_PAIRS }, () => Promise.all([newMeeting(), newMeeting()])));
			const runs = pairs.flat();
			expect(runs.map(({ stderr }) => stderr).join("")).toBe("");
			expect(new Set(runs.map(({ stdout }) => stdout.trim())).size).toBe(PROCESS_PAIRS * 2);
			expect(acmeMeetings(vault)).toHaveLength(PROCESS_PAIRS * 2);
		}, 120_000);
	});
});
