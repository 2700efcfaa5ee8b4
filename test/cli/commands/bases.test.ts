/// <reference types="node" />
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listMarkdownFiles, loadVault } from "../../../src/cli/load-vault";
import { allianceBases, allianceBasesInput } from "../../../src/core/bases/alliance-bases";
import { cli, exampleVault } from "../cli-harness";

const folders: string[] = [];
/** A copy of the example vault without its committed bases. */
function exampleVaultWithoutBases(): string {
	const dir = mkdtempSync(join(tmpdir(), "alliance-journal-bases-"));
	folders.push(dir);
	cpSync(exampleVault, dir, { recursive: true, filter: (source) => !source.endsWith(".base") });
	return dir;
}
afterEach(() => {
	for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every `.base` file under a folder, by vault path. */
function baseFiles(vault: string): string[] {
	const found: string[] = [];
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith(".base")) found.push(relative(vault, path).split(sep).join("/"));
		}
	};
	walk(vault);
	return found.sort();
}

describe("alliance-journal bases", () => {
	it("writes each alliance's bases next to its profile and prints their paths", () => {
		const vault = exampleVaultWithoutBases();
		const run = cli("bases", vault, "--lang", "en");
		expect(run.code).toBe(0);
		const written = [
			"Alliances/Northwind/Northwind meetings.base",
			"Alliances/Northwind/Northwind reflections.base",
			"Alliances/Northwind/Northwind stakeholders.base",
			"Alliances/Northwind/Northwind health checks.base",
			"Alliances/Zuiderzee/Zuiderzee meetings.base",
			"Alliances/Zuiderzee/Zuiderzee reflections.base",
			"Alliances/Zuiderzee/Zuiderzee stakeholders.base",
			"Alliances/Zuiderzee/Zuiderzee health checks.base",
		];
		expect(run.stdout).toBe(written.map((path) => `${join(vault, path)}\n`).join(""));
		expect(run.stderr).toBe("8 bases written, 0 left as they were\n");
		expect(baseFiles(vault)).toEqual([...written].sort());
	});

	it("writes only the alliance asked for, found by an alias in any case, in the language asked for", () => {
		const vault = exampleVaultWithoutBases();
		const run = cli("bases", vault, "--alliance", "nwl", "--lang", "nl");
		expect(run.code).toBe(0);
		expect(baseFiles(vault)).toEqual([
			"Alliances/Northwind/Northwind gezondheidschecks.base",
			"Alliances/Northwind/Northwind overleggen.base",
			"Alliances/Northwind/Northwind reflecties.base",
			"Alliances/Northwind/Northwind stakeholders.base",
		]);
		expect(run.stderr).toBe("4 bases geschreven en 0 ongewijzigd gelaten\n");
	});

	it("never overwrites a file: an existing base is left as it is and named on stderr", () => {
		const vault = exampleVaultWithoutBases();
		const mine = join(vault, "Alliances/Northwind/Northwind meetings.base");
		writeFileSync(mine, "views: []\n");
		const run = cli("bases", vault, "--alliance", "Northwind", "--lang", "en");
		expect(run.code).toBe(0);
		expect(readFileSync(mine, "utf8")).toBe("views: []\n");
		expect(run.stderr).toBe("Alliances/Northwind/Northwind meetings.base already exists and was left as it is\n3 bases written, 1 left as it was\n");
		expect(cli("bases", vault, "--alliance", "Northwind", "--lang", "en").stdout).toBe("");
	});

	it("an unknown alliance is one line naming the alliances there are, exit 2", () => {
		const run = cli("bases", exampleVault, "--alliance", "Nope");
		expect(run.code).toBe(2);
		expect(run.stdout).toBe("");
		expect(run.stderr).toBe(`alliance-journal: no alliance named Nope in ${exampleVault} (alliances: Northwind, Zuiderzee) (see 'alliance-journal bases --help')\n`);
	});

	it("the example vault's bases are exactly what the command writes today (Northwind in English, Zuiderzee in Dutch)", () => {
		const groups = loadVault(exampleVault).alliances();
		const expected = groups.flatMap((group) => allianceBases(allianceBasesInput(group), group.profile.basename === "Zuiderzee" ? "nl" : "en"));
		expect(baseFiles(exampleVault)).toEqual(expected.map((base) => base.path).sort());
		for (const base of expected) expect(readFileSync(join(exampleVault, base.path), "utf8"), base.path).toBe(base.text);
	});

	it("the vault loader reads no .base file as a note", () => {
		expect(listMarkdownFiles(exampleVault).some((file) => file.vaultPath.endsWith(".base"))).toBe(false);
		expect(cli("lint", exampleVault).stderr).toMatch(/, 1 problem\n$/);
	});
});
