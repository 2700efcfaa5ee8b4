import { describe, expect, it } from "vitest";
import { cli, exampleVault } from "./cli-harness";

describe("the alliance-journal command", () => {
	it("--help lists the commands and exits 0", () => {
		const run = cli("--help");
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/dashboard/);
		expect(run.stdout).toMatch(/lint/);
	});

	it("without a command it shows the usage and exits 2", () => {
		expect(cli().code).toBe(2);
	});

	it("an unknown command is a clear message and exit 2", () => {
		const run = cli("dashbord");
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/unknown command "dashbord"/);
	});

	it("an unknown flag is a clear message and exit 2", () => {
		const run = cli("dashboard", exampleVault, "--jsn");
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/unknown option --jsn/);
		expect(run.stdout).toBe("");
	});

	it("a missing vault folder is a clear message and exit 2", () => {
		for (const command of ["dashboard", "lint"]) {
			const run = cli(command, "/no/such/vault");
			expect(run.code).toBe(2);
			expect(run.stderr).toMatch(/no vault folder at \/no\/such\/vault/);
		}
	});

	it("each command explains itself with --help", () => {
		for (const command of ["dashboard", "lint", "bench"]) {
			const run = cli(command, "--help");
			expect(run.code).toBe(0);
			expect(run.stdout).toMatch(new RegExp(`Usage: alliance-journal ${command}`));
		}
	});
});
