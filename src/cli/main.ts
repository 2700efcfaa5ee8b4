/// <reference types="node" />
/**
 * Entry point of the `alliance-journal` command (bundled to dist/cli.mjs).
 */
import process from "node:process";
import { runCli } from "./run";

const script = process.argv[1];
process.exitCode = runCli(process.argv.slice(2), {
	stdout: process.stdout,
	stderr: process.stderr,
	env: process.env,
	// The same node, with the same flags (`--expose-gc`), on the same script.
	restart: script === undefined ? undefined : { command: process.execPath, args: [...process.execArgv, script] },
});
