/// <reference types="node" />
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMANDS, runCli } from "../../src/cli/run";
import { CLI_COMMANDS } from "../../src/core/i18n/messages/cli";
import { cli, exampleVault, repoRoot } from "./cli-harness";

/** Runs the command line with the given environment variables. */
function withEnv(env: Record<string, string>, ...argv: string[]): { code: number; stdout: string; stderr: string } {
	let stdout = "";
	let stderr = "";
	const code = runCli(argv, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env });
	return { code, stdout, stderr };
}

/** One line on stderr, nothing on stdout, exit 2. */
function expectOneLineMistake(run: { code: number; stdout: string; stderr: string }, line: string): void {
	expect(run.code).toBe(2);
	expect(run.stdout).toBe("");
	expect(run.stderr).toBe(`${line}\n`);
}

describe("the alliance-journal command", () => {
	it("--help lists the commands and exits 0", () => {
		const run = cli("--help");
		expect(run.code).toBe(0);
		for (const command of CLI_COMMANDS) expect(run.stdout).toContain(`  ${command} `);
		expect(cli("-h").stdout).toBe(run.stdout);
		expect(cli("help").stdout).toBe(run.stdout);
	});

	it("--version prints the version from package.json and nothing else", () => {
		const { version } = JSON.parse(readFileSync(`${repoRoot}package.json`, "utf8")) as { version: string };
		const run = cli("--version");
		expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
	});

	it("without a command it shows the usage on stderr and exits 2", () => {
		const run = cli();
		expect(run.code).toBe(2);
		expect(run.stdout).toBe("");
		expect(run.stderr).toMatch(/^Usage: alliance-journal <command>/);
	});

	it("an unknown command is one line pointing to the help, exit 2", () => {
		expectOneLineMistake(cli("dashbord"), "alliance-journal: unknown command 'dashbord' (see 'alliance-journal --help')");
	});

	it("an unknown option is one line pointing to the command's help, exit 2", () => {
		expectOneLineMistake(cli("dashboard", exampleVault, "--nope"), "alliance-journal: unknown option '--nope' (see 'alliance-journal dashboard --help')");
		expectOneLineMistake(cli("lint", exampleVault, "-x"), "alliance-journal: unknown option '-x' (see 'alliance-journal lint --help')");
		expectOneLineMistake(cli("--nope", "lint"), "alliance-journal: unknown option '--nope' (see 'alliance-journal lint --help')");
	});

	it("an argument too many is one line and exit 2, for every command", () => {
		expectOneLineMistake(cli("dashboard", exampleVault, "extra"), "alliance-journal: unexpected argument 'extra' (see 'alliance-journal dashboard --help')");
		expectOneLineMistake(cli("lint", exampleVault, "extra"), "alliance-journal: unexpected argument 'extra' (see 'alliance-journal lint --help')");
		expectOneLineMistake(cli("bench", "extra"), "alliance-journal: unexpected argument 'extra' (see 'alliance-journal bench --help')");
	});

	it("an option without its value, or a switch with one, is one line and exit 2", () => {
		expectOneLineMistake(cli("dashboard", exampleVault, "--today"), "alliance-journal: option '--today' needs a value (see 'alliance-journal dashboard --help')");
		expectOneLineMistake(cli("dashboard", exampleVault, "--json=yes"), "alliance-journal: option '--json' takes no value (see 'alliance-journal dashboard --help')");
		expectOneLineMistake(
			cli("dashboard", exampleVault, "--alliance", "--json"),
			"alliance-journal: option '--alliance' needs a value; to give it '--json', write '--alliance=--json' (see 'alliance-journal dashboard --help')",
		);
		expectOneLineMistake(cli("lint", exampleVault, "--lang"), "alliance-journal: option '--lang' needs a value (see 'alliance-journal lint --help')");
		expectOneLineMistake(
			cli("lint", exampleVault, "--lang", "--nope"),
			"alliance-journal: option '--lang' needs a value; to give it '--nope', write '--lang=--nope' (see 'alliance-journal lint --help')",
		);
		expectOneLineMistake(cli("bench", "--meetings", "many"), "alliance-journal: option '--meetings' needs a whole number, not 'many' (see 'alliance-journal bench --help')");
	});

	it("after `--` everything is an argument, even when it starts with a dash", () => {
		expectOneLineMistake(cli("lint", "--", "--not-an-option"), "alliance-journal: no vault folder at --not-an-option (see 'alliance-journal lint --help')");
	});

	it("a missing vault folder is one line and exit 2", () => {
		for (const command of ["dashboard", "lint"]) {
			expectOneLineMistake(cli(command, "/no/such/vault"), `alliance-journal: no vault folder at /no/such/vault (see 'alliance-journal ${command} --help')`);
		}
	});

	it("each command explains itself with --help, -h and `help <command>`, on stdout, exit 0", () => {
		for (const command of CLI_COMMANDS) {
			const run = cli(command, "--help");
			expect(run.code).toBe(0);
			expect(run.stderr).toBe("");
			expect(run.stdout).toMatch(new RegExp(`^Usage: alliance-journal ${command}`));
			expect(cli(command, "-h").stdout).toBe(run.stdout);
			expect(cli("help", command).stdout).toBe(run.stdout);
			// Help wins over a mistake in the same arguments.
			expect(cli(command, "--nope", "--help").stdout).toBe(run.stdout);
		}
	});

	it("every option a command takes is in its help, in both languages, and in the README", () => {
		const readme = readFileSync(`${repoRoot}README.md`, "utf8");
		for (const command of CLI_COMMANDS) {
			const english = cli(command, "--help").stdout;
			const dutch = cli(command, "--help", "--lang", "nl").stdout;
			for (const option of [...Object.keys(COMMANDS[command].options), "lang", "help"]) {
				expect(english, `${command} --${option}`).toMatch(new RegExp(`--${option}\\b`));
				expect(dutch, `${command} --${option} (nl)`).toMatch(new RegExp(`--${option}\\b`));
				if (option !== "help") expect(readme, `README: ${command} --${option}`).toMatch(new RegExp(`--${option}\\b`));
			}
		}
	});
});

describe("the command line's language", () => {
	it("speaks Dutch in every help with --lang nl, before or after the command", () => {
		const main = cli("--lang", "nl", "--help");
		expect(main.stdout).toMatch(/^Gebruik: alliance-journal <opdracht> \[opties\]/);
		expect(main.stdout).not.toMatch(/\bthe\b|\bUsage\b/);
		for (const command of CLI_COMMANDS) {
			const after = cli(command, "--help", "--lang", "nl").stdout;
			expect(after).toMatch(new RegExp(`^Gebruik: alliance-journal ${command}`));
			expect(after, command).not.toMatch(/\b(the|and|of|default|Usage|Options)\b/);
			expect(cli("--lang", "nl", command, "--help").stdout).toBe(after);
		}
	});

	it("speaks English in every help with --lang en, whatever the environment", () => {
		for (const command of CLI_COMMANDS) {
			const run = withEnv({ LANG: "nl_NL.UTF-8" }, command, "--help", "--lang", "en");
			expect(run.stdout).toMatch(new RegExp(`^Usage: alliance-journal ${command}`));
			expect(run.stdout, command).not.toMatch(/\b(de|het|een|standaard|Gebruik)\b/);
		}
	});

	it("writes its mistakes in Dutch too", () => {
		expectOneLineMistake(
			cli("dashboard", exampleVault, "--nope", "--lang", "nl"),
			"alliance-journal: onbekende optie '--nope' (zie 'alliance-journal dashboard --help')",
		);
		expectOneLineMistake(withEnv({ LANG: "nl_NL.UTF-8" }, "dashbord"), "alliance-journal: onbekende opdracht 'dashbord' (zie 'alliance-journal --help')");
		expectOneLineMistake(
			withEnv({ LANG: "nl_NL.UTF-8" }, "lint", "/no/such/vault"),
			"alliance-journal: geen kluismap op /no/such/vault (zie 'alliance-journal lint --help')",
		);
	});

	it("follows LC_ALL, else LC_MESSAGES, else LANG: the first one set decides", () => {
		const language = (env: Record<string, string>) => (withEnv(env, "--help").stdout.startsWith("Gebruik") ? "nl" : "en");
		expect(language({})).toBe("en");
		expect(language({ LANG: "nl_NL.UTF-8" })).toBe("nl");
		expect(language({ LC_MESSAGES: "nl_BE.UTF-8", LANG: "en_GB.UTF-8" })).toBe("nl");
		expect(language({ LC_ALL: "en_US.UTF-8", LC_MESSAGES: "nl_NL.UTF-8", LANG: "nl_NL.UTF-8" })).toBe("en");
		// A language we do not speak, or the C locale, means English; it is not passed over for the next variable.
		expect(language({ LC_ALL: "de_DE.UTF-8", LANG: "nl_NL.UTF-8" })).toBe("en");
		expect(language({ LC_ALL: "C", LANG: "nl_NL.UTF-8" })).toBe("en");
		expect(language({ LC_ALL: "", LANG: "nl_NL.UTF-8" })).toBe("nl");
		expect(withEnv({ LANG: "nl_NL.UTF-8" }, "--help", "--lang", "auto").stdout).toMatch(/^Gebruik/);
	});

	it("a language it does not speak is one line in the environment's language, exit 2", () => {
		expectOneLineMistake(cli("lint", exampleVault, "--lang", "fr"), "alliance-journal: --lang must be en, nl or auto, not fr (see 'alliance-journal lint --help')");
		expectOneLineMistake(
			withEnv({ LANG: "nl_NL.UTF-8" }, "--lang", "fr", "--help"),
			"alliance-journal: --lang moet en, nl of auto zijn, niet fr (zie 'alliance-journal --help')",
		);
	});
});
