import { describe, expect, it } from "vitest";
import { isMarkdownPath } from "../../../src/core/index/markdown-path";

describe("which files are notes", () => {
	it("a file ending in .md is a note, in any case", () => {
		expect(isMarkdownPath("Meetings/2026-11-19 Acme.md")).toBe(true);
		expect(isMarkdownPath("Meetings/2026-11-19 Acme.MD")).toBe(true);
		expect(isMarkdownPath("Acme.Md")).toBe(true);
	});

	it("other files, and a name that is only the ending, are not", () => {
		expect(isMarkdownPath("diagram.png")).toBe(false);
		expect(isMarkdownPath("notes.md.bak")).toBe(false);
		expect(isMarkdownPath("Folder/.md")).toBe(false);
		expect(isMarkdownPath("readme-md")).toBe(false);
	});
});
