/// <reference types="node" />
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/run";
import { cli, exampleVault, realVaultFixtures, realVaults } from "../cli-harness";

const folders: string[] = [];
function vault(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), "alliance-journal-lint-"));
	folders.push(dir);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, ".."), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}
afterEach(() => {
	for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("lint", () => {
	it("reports exactly the example vault's one deliberate mistake, with file, line and field, and exits 1", () => {
		const run = cli("lint", exampleVault);
		expect(run.code).toBe(1);
		expect(run.stdout.trim().split("\n")).toEqual([
			"Alliances/Northwind/Meetings/2026-06-30 Northwind.md:13: trust: found 7, allowed a whole number from 1 to 5",
		]);
	});

	it("exits 0 and prints nothing on stdout for a vault without problems", () => {
		const dir = vault({
			"Acme.md": "---\ntype: alliance\npartner: Acme Corp\n---\n",
			"Meetings/2026-11-01 Acme.md": '---\ntype: alliance-meeting\nalliance: "[[Acme]]"\ndate: 2026-11-01\n---\n',
		});
		const run = cli("lint", dir);
		expect(run.code).toBe(0);
		expect(run.stdout).toBe("");
		expect(run.stderr).toMatch(/2 alliance notes checked, no problems/);
	});

	it("names a meeting whose alliance does not resolve, and marks a warning as such", () => {
		const dir = vault({
			"Meetings/m.md": "---\ntype: alliance-meeting\nalliance: [[Nobody]]\ndate: 2026-11-01\n---\n",
		});
		const lines = cli("lint", dir).stdout.trim().split("\n");
		expect(lines).toEqual([
			expect.stringMatching(/^Meetings\/m\.md:3: warning: alliance: link \[\[Nobody\]\] is not quoted/),
			expect.stringMatching(/^Meetings\/m\.md:3: alliance: no note found for \[\[Nobody\]\]/),
		]);
	});

	it("does not report the templates folder: a template's blanks are meant to be empty", () => {
		const template = '---\ntype: alliance-meeting\nalliance: "{{alliance_link}}"\ndate: {{date}}\n---\n';
		expect(cli("lint", vault({ "Templates/alliance-meeting.md": template })).code).toBe(0);
		const configured = vault({ ".obsidian/templates.json": '{"folder":"Meta/Tpl"}', "Meta/Tpl/alliance-meeting.md": template, "Templates/x.md": template });
		const run = cli("lint", configured);
		expect(run.stdout).toMatch(/^Templates\/x\.md:4: date: template not filled in/m);
		expect(run.stdout).not.toContain("Meta/Tpl");
	});

	it("ignores Obsidian's hidden folders, as Obsidian does", () => {
		const dir = vault({ ".obsidian/x.md": "---\ntype: alliance\n---\n", ".trash/y.md": "---\ntype: alliance\n---\n" });
		expect(cli("lint", dir).code).toBe(0);
	});

	// The real-world notes kept in the repository always; the larger shared collection
	// (../shared/real-vaults, beside the repository) too when it is there.
	const realFolders = [realVaultFixtures, ...(existsSync(realVaults) ? [realVaults] : [])].flatMap((folder) =>
		["kepano-obsidian", "tasks-demo"].map((name) => join(folder, name)),
	);
	it.each(realFolders)("exits 0 over the real vault %s (no alliance notes, so nothing to report)", (folder) => {
		const run = cli("lint", folder);
		expect(run.stderr).not.toMatch(/no vault folder/);
		expect(run.code).toBe(0);
		expect(run.stdout).toBe("");
	});

	it("speaks Dutch with --lang nl", () => {
		const run = cli("lint", exampleVault, "--lang", "nl");
		expect(run.code).toBe(1);
		expect(run.stdout.trim().split("\n")).toEqual([
			"Alliances/Northwind/Meetings/2026-06-30 Northwind.md:13: trust: 7 gevonden, toegestaan is een geheel getal van 1 tot en met 5",
		]);
		expect(run.stderr).toMatch(/alliantienotities gecontroleerd, 1 probleem\n$/);
	});

	it("marks a warning in Dutch too", () => {
		const dir = vault({ "Meetings/m.md": "---\ntype: alliance-meeting\nalliance: [[Nobody]]\ndate: 2026-11-01\n---\n" });
		expect(cli("lint", dir, "--lang", "nl").stdout.trim().split("\n")).toEqual([
			'Meetings/m.md:3: waarschuwing: alliance: link [[Nobody]] staat niet tussen aanhalingstekens; gelezen als de link, maar schrijf hem als een link tussen aanhalingstekens, "[[Nobody]]"',
			"Meetings/m.md:3: alliance: geen notitie gevonden voor [[Nobody]]; toegestaan is een link naar het profiel van een alliantie",
		]);
	});

	it("follows the language of the environment unless --lang says otherwise", () => {
		const withEnv = (env: Record<string, string>, ...argv: string[]) => {
			let stdout = "";
			runCli(["lint", exampleVault, ...argv], { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => true }, env });
			return stdout;
		};
		expect(withEnv({ LANG: "nl_NL.UTF-8" })).toMatch(/gevonden, toegestaan is/);
		expect(withEnv({ LC_ALL: "nl_BE.UTF-8", LANG: "en_US.UTF-8" })).toMatch(/gevonden, toegestaan is/);
		expect(withEnv({ LANG: "nl_NL.UTF-8" }, "--lang", "en")).toMatch(/found 7, allowed/);
		expect(withEnv({ LANG: "de_DE.UTF-8" })).toMatch(/found 7, allowed/);
	});

	it("a language it does not speak is a clear message and exit 2", () => {
		const run = cli("lint", exampleVault, "--lang", "fr");
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/--lang must be en, nl or auto, not fr/);
	});
});
