/**
 * The YAML adapter is gray-matter reading one frontmatter block, with
 * js-yaml's safe schema, without Node's Buffer, and without gray-matter's
 * cache.
 */
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { readFrontmatterYamlText } from "../../../src/core/libraries/frontmatter-yaml";

describe("readFrontmatterYamlText, the YAML adapter", () => {
	it("reads a block as gray-matter reads the same frontmatter in a note", () => {
		const yaml = 'type: alliance-meeting\nalliance: "[[Acme]]"\ndate: 2026-11-19\nattendees:\n  - "[[James Carter]]"\nnotes:\n  summary: nested\n';
		expect(readFrontmatterYamlText(yaml)).toEqual(matter(`---\n${yaml}---\n# Body\n`).data);
	});

	it("reads an empty or comment-only block as no properties", () => {
		expect(readFrontmatterYamlText("")).toEqual({});
		expect(readFrontmatterYamlText("# just a comment\n")).toEqual({});
	});

	it("reads a line that starts like a fence as YAML, not as the end of the block", () => {
		expect(readFrontmatterYamlText("a: 1\n---- not a fence: 2\n")).toEqual({ a: 1, "---- not a fence": 2 });
	});

	it.each([
		["a function", "fn: !!js/function 'function () { return 1 }'\n"],
		["a regular expression", "re: !!js/regexp /a+/\n"],
		["undefined", "u: !!js/undefined ''\n"],
	])("refuses a YAML tag that would make %s (js-yaml's safe schema)", (_, yaml) => {
		expect(() => readFrontmatterYamlText(yaml)).toThrow(/unknown tag/);
	});

	it("never hands the block to gray-matter's JavaScript engine, whatever its first line says", () => {
		const probe = "__allianceJournalEvaluated";
		const data = readFrontmatterYamlText(`js\nglobalThis.${probe} = 1\n`);
		expect(data).toBe(`js globalThis.${probe} = 1`);
		expect(probe in globalThis).toBe(false);
	});

	it("points at the failing YAML line, counting the block's first line as 1", () => {
		let error: unknown;
		try {
			readFrontmatterYamlText("a: 1\n  b: 2\nc: 3\n");
		} catch (caught) {
			error = caught;
		}
		expect(error).toMatchObject({ name: "YAMLException", reason: "bad indentation of a mapping entry", mark: { line: 2 } });
	});

	it("reads nested YAML without Node's Buffer (Obsidian on Android and iOS has none)", () => {
		const saved = globalThis.Buffer;
		try {
			Reflect.deleteProperty(globalThis, "Buffer");
			expect(readFrontmatterYamlText("notes:\n  summary: nested\ntags: [a, b]\n")).toEqual({ notes: { summary: "nested" }, tags: ["a", "b"] });
		} finally {
			globalThis.Buffer = saved;
		}
	});

	it("gives fresh objects for identical blocks (gray-matter's cache is not used)", () => {
		const first = readFrontmatterYamlText("tags: [a, b]\n");
		const second = readFrontmatterYamlText("tags: [a, b]\n");
		expect(second).toEqual(first);
		expect(second).not.toBe(first);
	});
});
