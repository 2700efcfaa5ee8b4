import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	freePath,
	MAX_SEGMENT_BYTES,
	MAX_SEGMENT_LENGTH,
	notePathFromPattern,
	sanitizeSegment,
	truncateText,
} from "../../../src/core/templates/file-name";
import { renderPlaceholders } from "../../../src/core/templates/placeholders";

/** A pattern renderer that fills `{{alliance}}`, `{{title}}` and `{{date}}`. */
function pathFor(pattern: string, values: { alliance?: string; title?: string; date?: string } = {}): string {
	const filled: Record<string, string> = { alliance: "Acme", title: "Sanne de Vries", date: "2026-11-27", ...values };
	return notePathFromPattern(pattern, { render: (segment) => renderPlaceholders(segment, (name) => filled[name]), fallbackName: "Untitled" });
}

const utf8 = new TextEncoder();

/** What every path we make must be, whatever it was made from. */
function expectSafe(path: string): void {
	expect(path.endsWith(".md"), path).toBe(true);
	expect(path.startsWith("/"), path).toBe(false);
	for (const segment of path.split("/")) {
		expect(segment, path).not.toBe("");
		expect(segment.startsWith("."), path).toBe(false);
		expect(/[\s.]$/.test(segment.replace(/\.md$/, "")), path).toBe(false);
		expect(/[\\/:*?"<>|#^[\]\p{Cc}]/u.test(segment), path).toBe(false);
		expect(/^(?:CON|PRN|AUX|NUL|COM\d|LPT\d)(?:\.|$)/i.test(segment), path).toBe(false);
		expect(segment.length, path).toBeLessThanOrEqual(MAX_SEGMENT_LENGTH);
		expect(utf8.encode(segment).length, path).toBeLessThanOrEqual(MAX_SEGMENT_BYTES);
		// No half of an emoji left behind: a lone surrogate.
		expect(/\p{Cs}/u.test(segment), path).toBe(false);
	}
}

describe("file and folder names that work on every device", () => {
	it("a meeting goes where the default pattern says", () => {
		expect(pathFor("Alliances/{{alliance}}/Meetings/{{date}} {{alliance}}.md")).toBe("Alliances/Acme/Meetings/2026-11-27 Acme.md");
	});

	it("an alliance called ../x cannot climb out of the vault", () => {
		const path = pathFor("Alliances/{{alliance}}/{{alliance}}.md", { alliance: "../x" });
		expect(path).toBe("Alliances/-x/-x.md");
		expectSafe(path);
	});

	it("a / in a name is a character, not a folder", () => {
		expect(pathFor("Alliances/{{alliance}}/{{alliance}}.md", { alliance: "a/b" })).toBe("Alliances/a-b/a-b.md");
		expect(pathFor("Stakeholders/{{title}}.md", { title: "Sales / EMEA" })).toBe("Stakeholders/Sales EMEA.md");
	});

	it("Windows device names get a mark so Windows can open them", () => {
		expect(pathFor("Stakeholders/{{title}}.md", { title: "CON" })).toBe("Stakeholders/CON_.md");
		expect(sanitizeSegment("con.backup")).toBe("con_.backup");
		expect(sanitizeSegment("COM1")).toBe("COM1_");
		expect(sanitizeSegment("lpt9")).toBe("lpt9_");
		expect(sanitizeSegment("Console")).toBe("Console");
	});

	it("a name of nothing but illegal characters becomes the fallback name", () => {
		expect(pathFor("Stakeholders/{{title}}.md", { title: ':*?"<>|' })).toBe("Stakeholders/Untitled.md");
		expect(sanitizeSegment("Acme: EMEA?")).toBe("Acme EMEA");
		expect(sanitizeSegment("Q3 #pricing [draft] ^1")).toBe("Q3 pricing draft 1");
	});

	it("emoji survive whole", () => {
		expect(pathFor("Stakeholders/{{title}}.md", { title: "Priya 🚀 Nair 👩🏽‍💻" })).toBe("Stakeholders/Priya 🚀 Nair 👩🏽‍💻.md");
		const family = "👨‍👩‍👧‍👦";
		const truncated = truncateText(family.repeat(60), MAX_SEGMENT_LENGTH, MAX_SEGMENT_BYTES);
		expect(truncated.length % family.length).toBe(0);
		expect(truncated.length).toBeGreaterThan(0);
		expect(truncateText("🇳🇱🇧🇪", 5, 100)).toBe("🇳🇱");
		expect(truncateText("🇳🇱🇧🇪", 3, 100)).toBe("");
		expect(truncateText("e\u0301e\u0301", 3, 100)).toBe("e\u0301");
	});

	it("a 300-character name is shortened to fit every file system", () => {
		const path = pathFor("Stakeholders/{{title}}.md", { title: "a".repeat(300) });
		expectSafe(path);
		expect(path).toBe(`Stakeholders/${"a".repeat(MAX_SEGMENT_LENGTH - 3)}.md`);
		const wide = pathFor("Stakeholders/{{title}}.md", { title: "日本".repeat(150) });
		expectSafe(wide);
	});

	it("leading dots, trailing dots and spaces, and control characters are removed", () => {
		expect(sanitizeSegment(".hidden")).toBe("hidden");
		expect(sanitizeSegment("Acme Inc. ")).toBe("Acme Inc");
		expect(sanitizeSegment("tab\there\u0000")).toBe("tab here");
	});

	it("the pattern's own folders stay inside the vault too", () => {
		expect(pathFor("../../etc/{{alliance}}.md")).toBe("etc/Acme.md");
		expect(pathFor("/Alliances/./{{alliance}}//{{alliance}}")).toBe("Alliances/Acme/Acme.md");
		expect(pathFor("Alliances\\{{alliance}}\\{{alliance}}.md")).toBe("Alliances/Acme/Acme.md");
		expect(pathFor("{{alliance}}/.obsidian/{{alliance}}.md")).toBe("Acme/obsidian/Acme.md");
	});

	it("a date format may hold a / without making a folder", () => {
		const render = (segment: string) => renderPlaceholders(segment, (name, argument) => (name === "date" && argument === "yyyy/MM" ? "2026/11" : undefined));
		expect(notePathFromPattern("Meetings/{{date:yyyy/MM}} Acme.md", { render, fallbackName: "Untitled" })).toBe("Meetings/2026-11 Acme.md");
	});

	it("whatever the name, the path is safe", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.string({ unit: "grapheme", maxLength: 300 }), (alliance, title) => {
				expectSafe(pathFor("Alliances/{{alliance}}/Meetings/{{date}} {{alliance}} {{title}}.md", { alliance, title }));
			}),
			{ numRuns: 300 },
		);
	});
});

describe("an existing file is never overwritten", () => {
	it("a free name is chosen next to it: … 2.md, … 3.md", () => {
		const existing = new Set(["Meetings/2026-11-27 Acme.md", "Meetings/2026-11-27 Acme 2.md"]);
		expect(freePath("Meetings/2026-11-27 Acme.md", (path) => existing.has(path))).toBe("Meetings/2026-11-27 Acme 3.md");
		expect(freePath("Meetings/2026-11-28 Acme.md", (path) => existing.has(path))).toBe("Meetings/2026-11-28 Acme.md");
	});

	it("a name at its longest is shortened to make room for the number", () => {
		const long = `Stakeholders/${"a".repeat(MAX_SEGMENT_LENGTH - 3)}.md`;
		const free = freePath(long, (path) => path === long);
		expect(free).toBe(`Stakeholders/${"a".repeat(MAX_SEGMENT_LENGTH - 5)} 2.md`);
		expectSafe(free);
	});
});
