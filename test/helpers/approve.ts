/// <reference types="node" />
/**
 * Approval tests: a whole output a person reads is compared with the approved
 * copy kept in test/approved/, so a change of wording shows up as a readable
 * diff in review. Run with APPROVE=1 to write what the code produces now as
 * the approved copy (then read the diff before committing it).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const APPROVED = join(dirname(fileURLToPath(import.meta.url)), "../approved");

/**
 * Expects `text` to equal the approved copy named `name`.
 *
 * @example approve("dashboard.nl.txt", output)
 */
export function approve(name: string, text: string): void {
	const file = join(APPROVED, name);
	if (process.env.APPROVE === "1" || !existsSync(file)) {
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
	}
	expect(text, `differs from test/approved/${name} (run with APPROVE=1 to approve the new text)`).toBe(readFileSync(file, "utf8"));
}
