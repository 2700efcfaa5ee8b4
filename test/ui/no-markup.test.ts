/// <reference types="node" />
/**
 * The renderer builds DOM with Obsidian's helpers and sets text as text: no
 * markup strings, and no inline styles (colours and sizes live in the
 * stylesheet, where themes can reach them).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const uiDir = join(dirname(fileURLToPath(import.meta.url)), "../../src/ui");

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		return entry.name.endsWith(".ts") ? [path] : [];
	});
}

describe("src/ui", () => {
	const files = sources(uiDir);

	it("has sources to check", () => {
		expect(files.length).toBeGreaterThan(10);
	});

	it.each(files.map((file) => [file.slice(uiDir.length + 1), file]))("%s writes no markup and no inline style", (_name, file) => {
		const code = readFileSync(file, "utf8");
		expect(code).not.toMatch(/\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|DOMParser|document\.write)\b/);
		expect(code).not.toMatch(/\.style\b|setCssStyles|setCssProps|["']style["']/);
	});
});
