import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasMarkdownEnding, isMarkdownPath, withoutMarkdownEnding } from "../../../src/core/index/markdown-path";

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

describe("a path's .md ending", () => {
	it("is found wherever its last three characters lower-case to .md, and only there", () => {
		// Characters that lower-case to the ending's letters, and ones one bit away from them.
		const character = fc.constantFrom(".", "m", "M", "d", "D", "/", "-", "n", "e", "\u212a", "\u0130", "a", "é", "\u{1f4c5}");
		fc.assert(
			fc.property(fc.array(character, { maxLength: 8 }), (characters) => {
				const path = characters.join("");
				const written = path.slice(-3).toLowerCase() === ".md";
				expect(hasMarkdownEnding(path)).toBe(written);
				expect(withoutMarkdownEnding(path)).toBe(path.replace(/\.md$/i, ""));
				const name = path.slice(path.lastIndexOf("/") + 1);
				expect(isMarkdownPath(path)).toBe(name.length > 3 && written);
			}),
			{ numRuns: 2000 },
		);
	});

	it("is cut off once, whatever its case", () => {
		expect(withoutMarkdownEnding("Alliances/Acme.MD")).toBe("Alliances/Acme");
		expect(withoutMarkdownEnding("Acme.md.md")).toBe("Acme.md");
		expect(withoutMarkdownEnding("Acme.png")).toBe("Acme.png");
	});
});
