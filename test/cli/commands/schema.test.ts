/// <reference types="node" />
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import { afterEach, describe, expect, it } from "vitest";
import { NOTE_TYPES } from "../../../src/core/model";
import { cli } from "../cli-harness";

const folders: string[] = [];
afterEach(() => {
	for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("schema", () => {
	it("writes one JSON Schema per note type into --out, creating the folder, and prints the paths", () => {
		const dir = mkdtempSync(join(tmpdir(), "alliance-journal-schema-"));
		folders.push(dir);
		const out = join(dir, "editor", "schemas");
		const run = cli("schema", "--out", out);
		expect(run.code).toBe(0);
		const paths = run.stdout.trim().split("\n");
		expect(paths).toEqual(NOTE_TYPES.map((type) => join(out, `${type}.schema.json`)));
		const ajv = new Ajv({ strict: true, allowUnionTypes: true });
		for (const path of paths) {
			const schema = JSON.parse(readFileSync(path, "utf8")) as { $schema: string; title: string };
			expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
			expect(ajv.compile(schema)).toBeTypeOf("function");
		}
		const meeting = ajv.getSchema("urn:alliance-journal:schema:alliance-meeting");
		expect(meeting?.({ type: "alliance-meeting", alliance: "[[Acme]]", date: "2026-11-27", trust: 4 })).toBe(true);
		expect(meeting?.({ type: "alliance-meeting", alliance: "[[Acme]]", date: "2026-11-27", trust: 7 })).toBe(false);
	});

	it("writes the same files every time (they can be committed)", () => {
		const dir = mkdtempSync(join(tmpdir(), "alliance-journal-schema-"));
		folders.push(dir);
		const first = cli("schema", "--out", dir).stdout.trim().split("\n").map((path) => readFileSync(path, "utf8"));
		const second = cli("schema", "--out", dir).stdout.trim().split("\n").map((path) => readFileSync(path, "utf8"));
		expect(second).toEqual(first);
	});

	it("an argument it does not take is a clear message and exit 2", () => {
		const run = cli("schema", "somewhere");
		expect(run.code).toBe(2);
		expect(run.stderr).toBe("alliance-journal: unexpected argument 'somewhere' (see 'alliance-journal schema --help')\n");
	});

	it("--help shows its options", () => {
		expect(cli("schema", "--help").stdout).toMatch(/^Usage: alliance-journal schema \[--out DIR\]/);
	});
});
