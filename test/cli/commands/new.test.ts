/// <reference types="node" />
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import Ajv from "ajv";
import matter from "gray-matter";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/run";
import { noteJsonSchemas } from "../../../src/core/schema/json-schema";
import { cli, type CliRun, exampleVault } from "../cli-harness";

const folders: string[] = [];
function emptyVault(files: Record<string, string> = {}): string {
	const dir = mkdtempSync(join(tmpdir(), "alliance-journal-new-"));
	folders.push(dir);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, ".."), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}
function copyOfExampleVault(): string {
	const dir = emptyVault();
	cpSync(exampleVault, dir, { recursive: true });
	return dir;
}
afterEach(() => {
	for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs `new` and returns the created file's path inside the vault, failing loudly when it was not created. */
function created(vault: string, ...argv: string[]): string {
	const run = cli("new", ...argv, "--vault", vault);
	expect(run, run.stderr).toMatchObject({ code: 0 });
	const diskPath = run.stdout.trim();
	expect(existsSync(diskPath), diskPath).toBe(true);
	return relative(vault, diskPath).split(sep).join("/");
}

function cliWithEnv(env: Record<string, string>, ...argv: string[]): CliRun {
	let stdout = "";
	let stderr = "";
	const code = runCli(argv, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env });
	return { code, stdout, stderr };
}

function filesIn(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

describe("new: every note made from a built-in template passes lint", () => {
	it.each(["en", "nl"])("each note type in %s, in a fresh vault", (language) => {
		const vault = emptyVault();
		expect(created(vault, "alliance", "--alliance", "Acme", "--lang", language, "--date", "2026-11-27")).toBe("Alliances/Acme/Acme.md");
		for (const type of ["meeting", "reflection", "stakeholder", "health-check"]) created(vault, type, "--alliance", "Acme", "--lang", language, "--date", "2026-11-27");
		created(vault, "stakeholder", "--alliance", "Acme", "--lang", language, "--title", "Sanne de Vries");
		const lint = cli("lint", vault);
		expect(lint.stdout).toBe("");
		expect(lint.code).toBe(0);
		expect(lint.stderr).toMatch(/^6 alliance notes checked, no problems/);
	});
});

describe("new meeting for Northwind, in a copy of the example vault", () => {
	it("carries its open actions, open conflicts and KPI properties, and adds no problem", () => {
		const vault = copyOfExampleVault();
		const path = created(vault, "meeting", "--alliance", "Northwind", "--date", "2026-12-03");
		expect(path).toBe("Alliances/Northwind/Meetings/2026-12-03 Northwind.md");
		const text = readFileSync(join(vault, path), "utf8");
		expect(text).toContain('alliance: "[[Northwind]]"');
		expect(text).toContain("date: 2026-12-03");
		for (const kpi of ["joint_pipeline", "on_time_delivery", "escalation_days", "joint_workshops"]) expect(text).toMatch(new RegExp(`^kpi_${kpi}:$`, "m"));
		expect(text).toContain("- Send the ten-deal pricing analysis to Tom and James (from [[2026-11-19 Northwind]]) @sanne — 2026-12-04");
		expect(text).toContain("- Plan the Q1 2027 joint sales workshop (from [[2026-11-19 Northwind]]) @james — 2026-12-11");
		expect(text).not.toContain("Add Tailspin Fresh to the joint reference list");
		// Pricing, Pricing model and Price discussion are one theme: only its latest mention is carried.
		expect(text).not.toContain("Pricing model: Tom wants");
		expect(text).not.toContain("Price discussion: Northwind proposes");
		expect(text).toContain(
			"- On-time delivery: the joint KPI is at 87% and there is no joint recovery plan yet (from [[2026-11-20 Reflection Northwind]])",
		);
		expect(text).toContain(
			"- Pricing: the interim tiers have lapsed; Northwind wants them made permanent, we want the ten-deal analysis first (from [[2026-11-19 Northwind]])",
		);
		expect(cli("lint", vault).stdout.trim().split("\n")).toEqual([
			"Alliances/Northwind/Meetings/2026-06-30 Northwind.md:13: trust: found 7, allowed a whole number from 1 to 5",
		]);
	});

	it("a Dutch meeting for Zuiderzee in Dutch, by the environment's language", () => {
		const vault = copyOfExampleVault();
		const run = cliWithEnv({ LANG: "nl_NL.UTF-8" }, "new", "meeting", "--alliance", "zuiderzee", "--date", "2026-12-01", "--vault", vault);
		expect(run.code).toBe(0);
		const text = readFileSync(run.stdout.trim(), "utf8");
		expect(text).toContain("# Overleg 1 december 2026");
		expect(text).toContain("### Openstaande acties");
		expect(text).toContain('alliance: "[[Zuiderzee]]"');
	});
});

describe("new health-check for Northwind, in a copy of the example vault", () => {
	it.each([
		["en", "Alliances/Northwind/Health checks/2026-12-03 Health check Northwind.md", "## Openness on decisions and resources"],
		["nl", "Alliances/Northwind/Health checks/2026-12-03 Gezondheidscheck Northwind.md", "## Openheid over besluiten en middelen"],
	])("in %s: both sides' rating per default dimension, a heading per dimension, and no new problem", (language, expectedPath, heading) => {
		const vault = copyOfExampleVault();
		const path = created(vault, "health-check", "--alliance", "Northwind", "--date", "2026-12-03", "--lang", language);
		expect(path).toBe(expectedPath);
		const text = readFileSync(join(vault, path), "utf8");
		expect(text).toMatch(/^type: alliance-health-check$/m);
		expect(text).toContain('alliance: "[[Northwind]]"');
		for (const dimension of ["trust", "respect", "openness", "joint_kpis", "differences", "learning", "internal_support", "value"]) {
			expect(text).toMatch(new RegExp(`^ours_${dimension}:\n theirs_${dimension}:$`.replace(" ", ""), "m"));
		}
		expect(text).toContain(heading);
		expect(cli("lint", vault).stdout.trim().split("\n")).toEqual([
			"Alliances/Northwind/Meetings/2026-06-30 Northwind.md:13: trust: found 7, allowed a whole number from 1 to 5",
		]);
		// The exported JSON Schema agrees: the new note is valid, and so is it once both sides rated it; a rating of 6 is not.
		const validate = new Ajv({ allowUnionTypes: true, allErrors: true }).compile(noteJsonSchemas()["alliance-health-check"]);
		const data = (yaml: string): unknown => JSON.parse(JSON.stringify(matter(yaml).data)) as unknown;
		expect(validate(data(text)), JSON.stringify(validate.errors)).toBe(true);
		const rated = text.replace(/^ours_trust:$/m, "ours_trust: 4").replace(/^theirs_trust:$/m, "theirs_trust: 2");
		expect(validate(data(rated)), JSON.stringify(validate.errors)).toBe(true);
		writeFileSync(join(vault, path), rated.replace("ours_trust: 4", "ours_trust: 6"));
		expect(validate(data(rated.replace("ours_trust: 4", "ours_trust: 6")))).toBe(false);
		expect(cli("lint", vault).stdout).toMatch(/Health check.*: ours_trust: found 6|Gezondheidscheck.*: ours_trust: found 6/);
	});
});

describe("new never overwrites", () => {
	it("a second note for the same day gets a free name, and the first is unchanged", () => {
		const vault = emptyVault();
		created(vault, "alliance", "--alliance", "Acme");
		const first = created(vault, "meeting", "--alliance", "Acme", "--date", "2026-11-27");
		writeFileSync(join(vault, first), "my notes\n");
		const second = created(vault, "meeting", "--alliance", "Acme", "--date", "2026-11-27");
		const third = created(vault, "meeting", "--alliance", "Acme", "--date", "2026-11-27");
		expect([first, second, third]).toEqual([
			"Alliances/Acme/Meetings/2026-11-27 Acme.md",
			"Alliances/Acme/Meetings/2026-11-27 Acme 2.md",
			"Alliances/Acme/Meetings/2026-11-27 Acme 3.md",
		]);
		expect(readFileSync(join(vault, first), "utf8")).toBe("my notes\n");
	});

	it("a name that differs only in case counts as taken (one file on Windows and macOS)", () => {
		const vault = emptyVault({ "Alliances/Acme/Acme.md": "---\ntype: alliance\npartner: Acme\n---\n", "Alliances/Acme/Meetings/2026-11-27 ACME.md": "mine\n" });
		expect(created(vault, "meeting", "--alliance", "Acme", "--date", "2026-11-27")).toBe("Alliances/Acme/Meetings/2026-11-27 Acme 2.md");
	});

	it("an alliance that exists already is not created again", () => {
		const vault = emptyVault();
		created(vault, "alliance", "--alliance", "Acme");
		const run = cli("new", "alliance", "--alliance", "acme", "--vault", vault);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/the alliance "Acme" already exists: Alliances\/Acme\/Acme\.md/);
	});
});

describe("new with hostile names stays inside the vault", () => {
	it.each(["../x", "a/b", "CON", ':*?"<>|', "Priya 🚀 Nair", "y".repeat(300)])("a stakeholder called %j", (title) => {
		const vault = emptyVault();
		created(vault, "alliance", "--alliance", "Acme");
		const path = created(vault, "stakeholder", "--alliance", "Acme", "--title", title);
		expect(path).toMatch(/^Stakeholders\/[^/]+\.md$/);
		expect(filesIn(vault).every((file) => !file.startsWith(".."))).toBe(true);
		expect(cli("lint", vault).code).toBe(0);
	});

	it.each(["../x", "a/b", "CON", ':*?"<>|', "🚀 Rocket", "z".repeat(300)])("an alliance called %j, with a meeting", (name) => {
		const vault = emptyVault();
		const profile = created(vault, "alliance", "--alliance", name);
		expect(profile.split("/")).toHaveLength(3);
		const allianceName = (profile.split("/")[2] ?? "").replace(/\.md$/, "");
		expect(profile.split("/")[1]).toBe(allianceName);
		// `--alliance=NAME`: a name may start with a dash, which `--alliance NAME` would read as an option.
		created(vault, "meeting", `--alliance=${allianceName}`, "--date", "2026-11-27");
		const lint = cli("lint", vault);
		expect(lint.stdout).toBe("");
		expect(lint.code).toBe(0);
	});
});

describe("new never writes outside the vault, through a symbolic link", () => {
	const acme = { "Alliances/Acme/Acme.md": "---\ntype: alliance\npartner: Acme\n---\n" };

	it("a meetings folder linked to a folder elsewhere: exit 1, a one-line message, nothing written there or in the vault", () => {
		const vault = emptyVault(acme);
		const outside = emptyVault();
		symlinkSync(outside, join(vault, "Alliances/Acme/Meetings"));
		const before = filesIn(vault);
		const run = cli("new", "meeting", "--alliance", "Acme", "--date", "2026-11-27", "--vault", vault);
		expect(run.code).toBe(1);
		expect(run.stdout).toBe("");
		expect(run.stderr).toBe(`alliance-journal new: the folder Alliances/Acme/Meetings leads outside the vault ${vault} (through a symbolic link); nothing was written\n`);
		expect(readdirSync(outside)).toEqual([]);
		expect(filesIn(vault)).toEqual(before);
	});

	it("a link to a folder that does not exist (yet) is refused too, in Dutch when asked", () => {
		const vault = emptyVault(acme);
		const outside = emptyVault();
		symlinkSync(join(outside, "later"), join(vault, "Stakeholders"));
		const run = cli("new", "stakeholder", "--alliance", "Acme", "--title", "Sanne", "--lang", "nl", "--vault", vault);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/^alliance-journal new: de map Stakeholders leidt buiten de kluis .* er is niets geschreven\n$/);
		expect(readdirSync(outside)).toEqual([]);
	});
});

describe("new refuses a note named like an alliance (it would take that alliance's links)", () => {
	const vault = (): string =>
		emptyVault({
			"Alliances/Northwind/Northwind.md": "---\ntype: alliance\npartner: Northwind Traders\naliases: [NW]\n---\n",
			"Alliances/Acme/Acme.md": "---\ntype: alliance\npartner: Acme\n---\n",
		});

	it.each(["Northwind", "northwind", "NW"])("a stakeholder of Acme's titled %j: exit 1, nothing written", (title) => {
		const dir = vault();
		const before = filesIn(dir);
		const run = cli("new", "stakeholder", "--alliance", "Acme", "--title", title, "--vault", dir);
		expect(run.code).toBe(1);
		expect(run.stderr).toBe(
			`alliance-journal new: a note named "${title}" would take over every [[${title}]] link of the alliance Northwind, and its meetings would vanish from the dashboard; choose another title or pattern. Nothing was written\n`,
		);
		expect(filesIn(dir)).toEqual(before);
	});

	it("a pattern that names a meeting after its alliance, in Dutch", () => {
		const run = cli("new", "meeting", "--alliance", "Acme", "--pattern", "Meetings/{{alliance}}.md", "--lang", "nl", "--vault", vault());
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/^alliance-journal new: een notitie met de naam "Acme" zou elke \[\[Acme\]\]-link van de alliantie Acme overnemen/);
	});

	it("a stakeholder whose name only contains an alliance's name is fine", () => {
		expect(created(vault(), "stakeholder", "--alliance", "Acme", "--title", "Northwind liaison")).toBe("Stakeholders/Northwind liaison.md");
	});
});

describe("new with the user's own templates", () => {
	const template = "---\ntype: alliance-meeting\nalliance: \"{{alliance_link}}\"\ndate: {{date}}\n---\n# {{title}} <% tp.date.now() %> {{agenda}}\n";

	it("a note in the Templates folder named after the note type replaces the built-in template", () => {
		const vault = emptyVault({ "Templates/alliance-meeting.md": template });
		created(vault, "alliance", "--alliance", "Acme");
		const run = cli("new", "meeting", "--alliance", "Acme", "--date", "2026-11-27", "--vault", vault);
		expect(run.stderr).toContain("using your template Templates/alliance-meeting.md");
		expect(readFileSync(run.stdout.trim(), "utf8")).toBe(
			'---\ntype: alliance-meeting\nalliance: "[[Acme]]"\ndate: 2026-11-27\n---\n# Meeting 27 November 2026 <% tp.date.now() %> {{agenda}}\n',
		);
	});

	it("the folder set for Obsidian's Templates plugin is used, or the one given", () => {
		const vault = emptyVault({
			".obsidian/templates.json": JSON.stringify({ folder: "Meta/My templates" }),
			"Meta/My templates/alliance-stakeholder.md": "---\ntype: alliance-stakeholder\nalliances: [\"{{alliance_link}}\"]\n---\nFrom the settings\n",
			"Elsewhere/alliance-stakeholder.md": "---\ntype: alliance-stakeholder\nalliances: [\"{{alliance_link}}\"]\n---\nFrom the option\n",
		});
		created(vault, "alliance", "--alliance", "Acme");
		const fromSettings = created(vault, "stakeholder", "--alliance", "Acme", "--title", "A");
		expect(readFileSync(join(vault, fromSettings), "utf8")).toContain("From the settings");
		const fromOption = created(vault, "stakeholder", "--alliance", "Acme", "--title", "B", "--templates", "Elsewhere");
		expect(readFileSync(join(vault, fromOption), "utf8")).toContain("From the option");
	});

	it("--pattern puts the note where the user wants it", () => {
		const vault = emptyVault();
		created(vault, "alliance", "--alliance", "Acme");
		expect(created(vault, "meeting", "--alliance", "Acme", "--date", "2026-11-27", "--pattern", "Journal/{{date:yyyy}}/{{alliance}} {{date}}.md")).toBe(
			"Journal/2026/Acme 2026-11-27.md",
		);
	});
});

describe("new explains what is wrong", () => {
	it("without a note type, with an unknown one, or with an extra argument: exit 2", () => {
		expect(cli("new", "--alliance", "Acme").stderr).toMatch(/say which note to create/);
		const unknown = cli("new", "minutes", "--alliance", "Acme");
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toMatch(/unknown note type "minutes"/);
		expect(cli("new", "meeting", "extra", "--alliance", "Acme").stderr).toMatch(/^alliance-journal: unexpected argument 'extra' \(see 'alliance-journal new --help'\)\n$/);
	});

	it("without --alliance, or with a date that is no day: exit 2", () => {
		expect(cli("new", "meeting").stderr).toMatch(/--alliance NAME is required/);
		const date = cli("new", "meeting", "--alliance", "Acme", "--date", "2026-02-30");
		expect(date.code).toBe(2);
		expect(date.stderr).toMatch(/--date needs a day written YYYY-MM-DD, not 2026-02-30/);
	});

	it("an alliance without a profile: exit 1, and how to create it", () => {
		const run = cli("new", "meeting", "--alliance", "Initech", "--vault", emptyVault());
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/no alliance "Initech" in .*; create its profile first: alliance-journal new alliance --alliance "Initech"/);
		expect(run.stdout).toBe("");
	});

	it("in Dutch when asked", () => {
		const run = cli("new", "meeting", "--alliance", "Initech", "--vault", emptyVault(), "--lang", "nl");
		expect(run.stderr).toMatch(/geen alliantie "Initech"/);
		expect(cli("new", "meeting", "--lang", "fr").stderr).toMatch(/--lang must be en, nl or auto, not fr/);
	});

	it("--help shows its options", () => {
		const run = cli("new", "--help");
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^Usage: alliance-journal new <alliance\|meeting\|reflection\|stakeholder\|health-check> --alliance NAME/);
		expect(run.stdout).toMatch(/--templates DIR/);
	});
});
