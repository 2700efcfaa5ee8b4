/// <reference types="node" />
/**
 * Entry point of the `alliance-journal` command (bundled to dist/cli.mjs).
 */
import process from "node:process";
import { runCli } from "./run";

process.exitCode = runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
