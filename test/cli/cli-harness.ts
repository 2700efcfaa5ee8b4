/// <reference types="node" />
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/run";

/** The repository's root folder. */
export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const exampleVault = `${repoRoot}examples/vault`;
/** Real-world notes kept in the repository (see its README). */
export const realVaultFixtures = `${repoRoot}test/fixtures/real-vaults`;
/** The larger collection they come from, beside the repository when it is there. */
export const realVaults = fileURLToPath(new URL("../../../shared/real-vaults", import.meta.url));

export interface CliRun {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs the command line in-process and collects what it printed. */
export function cli(...argv: string[]): CliRun {
	let stdout = "";
	let stderr = "";
	const code = runCli(argv, {
		stdout: { write: (text: string) => (stdout += text) },
		stderr: { write: (text: string) => (stderr += text) },
		env: {},
	});
	return { code, stdout, stderr };
}
