/// <reference types="node" />
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run";
import { terminalSafe, terminalSafeValue } from "../../src/cli/terminal-text";
import { cli, type CliRun } from "./cli-harness";

const ESC = "\u001b";

describe("terminalSafe", () => {
	it("writes control characters as visible escapes", () => {
		expect(terminalSafe(`a\nb\rc\td${ESC}[31me\u007f\u0000\u009b2J`)).toBe("a\\nb\\rc\\td\\x1b[31me\\x7f\\x00\\x9b2J");
	});

	it("writes line separators and bidi controls as visible escapes", () => {
		expect(terminalSafe("x\u2028y\u202Egnp.exe\u2066z\u200F")).toBe("x\\u2028y\\u202egnp.exe\\u2066z\\u200f");
	});

	it("leaves every other character as it is: accents, emoji with joiners, CJK, right-to-left letters", () => {
		const text = "Zuiderzee — café 👨‍👩‍👧 東京 שלום 5% <b> \\ ✓";
		expect(terminalSafe(text)).toBe(text);
	});
});

describe("terminalSafeValue", () => {
	it("copies a plain value with every string made safe, keeping shared objects shared and the original as it was", () => {
		const problem = { path: "a\nb.md", line: 1 };
		const model = { alliances: [{ name: `${ESC}]0;pwned\u0007`, problems: [problem] }], problems: [problem], count: 2, missing: undefined, flag: true };
		const safe = terminalSafeValue(model);
		expect(safe).toEqual({ alliances: [{ name: "\\x1b]0;pwned\\x07", problems: [{ path: "a\\nb.md", line: 1 }] }], problems: [{ path: "a\\nb.md", line: 1 }], count: 2, missing: undefined, flag: true });
		expect(safe.alliances[0]?.problems[0]).toBe(safe.problems[0]);
		expect(model.problems[0]?.path).toBe("a\nb.md");
	});
});

const folders: string[] = [];
afterEach(() => {
	for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A forged lint line, as a file name could try to slip it in. */
const FORGED = "Forged.md:1: everything is fine";
/** A meeting whose file name holds a newline and a forged line, and whose text holds colour codes and a bidi override. */
const HOSTILE_MEETING = `Meetings/2026-11-01 Acme\n${FORGED}.md`;

function hostileVault(): string {
	const dir = mkdtempSync(join(tmpdir(), "alliance-journal-terminal-"));
	folders.push(dir);
	const files: Record<string, string> = {
		"Acme.md": "---\ntype: alliance\npartner: Acme Corp\n---\n",
		[HOSTILE_MEETING]: [
			"---",
			"type: alliance-meeting",
			'alliance: "[[Acme]]"',
			"date: 2026-11-01",
			// YAML's "\e" is ESC: a property value holding colour codes.
			'trust: "\\e[31mhigh\\e[0m"',
			"---",
			"## Conflicts",
			`- [ ] Pricing: ${ESC}[2J${ESC}[31mred alert\u202Eesrever`,
			"## Actions",
			`- [ ] Send ${ESC}]0;title${ESC}\\ the forecast @sanne 📅 2026-11-10`,
			"",
		].join("\n"),
	};
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, ".."), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

/** Runs the command line as if stdout were a colour terminal. */
function onTerminal(...argv: string[]): CliRun {
	let stdout = "";
	let stderr = "";
	const code = runCli(argv, { stdout: { isTTY: true, write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env: {} });
	return { code, stdout, stderr };
}

/** A colour code as the CLI writes them (SGR). */
const OWN_COLOUR = new RegExp(`${ESC}\\[\\d+m`, "g");

/** The text with the CLI's own colour codes (SGR: ESC [ digits m) taken out. */
function withoutOwnColours(text: string): string {
	return text.replace(OWN_COLOUR, "");
}

describe("note text and file names reach the terminal inert", () => {
	it("lint: every line starts with the note's path, the newline in its name and the colour codes in its text are escaped", () => {
		const run = cli("lint", hostileVault());
		const lines = run.stdout.trim().split("\n");
		expect(lines.length).toBeGreaterThan(0);
		for (const line of lines) expect(line.startsWith(`Meetings/2026-11-01 Acme\\n${FORGED}.md:`), line).toBe(true);
		expect(run.stdout).not.toContain(ESC);
		expect(run.stdout).toContain("\\x1b[31mhigh\\x1b[0m");
	});

	it("dashboard: no line starts with the forged text, and the only escape sequences are the CLI's own colours", () => {
		const vault = hostileVault();
		for (const run of [cli("dashboard", vault, "--today", "2026-11-27"), onTerminal("dashboard", vault, "--today", "2026-11-27"), cli("dashboard", vault, "--today", "2026-11-27", "--markdown")]) {
			expect(run.code).toBe(0);
			for (const line of run.stdout.split("\n")) expect(line.startsWith(FORGED), line).toBe(false);
			// Nothing but line ends and the CLI's own colours: no control character, no bidi override.
			expect(withoutOwnColours(run.stdout).replaceAll("\n", "")).not.toMatch(/[\p{Cc}\u202E]/u);
			expect(run.stdout).toContain("Send \\x1b]0;title\\x1b\\ the forecast");
			expect(run.stdout).toContain(`2026-11-01 Acme\\n${FORGED}`);
		}
		const coloured = onTerminal("dashboard", vault, "--today", "2026-11-27").stdout;
		expect(coloured).toContain(`${ESC}[1m`);
		expect(coloured).toContain("Pricing: \\x1b[2J\\x1b[31mred alert\\u202eesrever");
	});
});
