/// <reference types="node" />
/**
 * The stylesheet's house rules, and the preview's palette: the plugin styles
 * only with Obsidian's CSS variables and its own prefixed classes, and the
 * preview defines every variable the stylesheet uses, in both themes.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const stylesheet = readFileSync(join(root, "styles/styles.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
const palette = readFileSync(join(root, "tools/preview/preview.css"), "utf8");

function block(css: string, selector: string): string {
	const start = css.indexOf(`${selector} {`);
	return start < 0 ? "" : css.slice(start, css.indexOf("}", start));
}

describe("styles/styles.css", () => {
	it("names only its own classes, prefixed alliance-journal-", () => {
		const classes = new Set(stylesheet.match(/\.[a-z][\w-]*/gi) ?? []);
		for (const cls of classes) expect(cls).toMatch(/^\.alliance-journal-/);
	});

	it("takes every colour from an Obsidian variable", () => {
		const declarations = stylesheet.match(/[\w-]+\s*:[^;{}]+;/g) ?? [];
		for (const declaration of declarations) {
			expect(declaration, declaration).not.toMatch(/#[0-9a-f]{3,8}\b/i);
			expect(declaration.replace(/rgba\(var\(--[\w-]+\), [\d.]+\)/g, ""), declaration).not.toMatch(/\b(rgb|rgba|hsl|hsla)\(/i);
			expect(declaration, declaration).not.toMatch(/:\s*(red|green|orange|black|white|gray|grey)\b/i);
		}
	});

	it("uses only variables the preview's light and dark palettes define", () => {
		const used = new Set([...stylesheet.matchAll(/var\((--[\w-]+)\)/g)].map((match) => match[1]));
		// The stylesheet's own properties (`--alliance-journal-…: var(--…)`) are defined by it, from the palette's.
		const own = new Set([...stylesheet.matchAll(/(--alliance-journal-[\w-]+)\s*:/g)].map((match) => match[1]));
		const common = block(palette, "body");
		for (const variable of used) {
			if (own.has(variable)) continue;
			for (const theme of ["body.theme-light", "body.theme-dark"]) {
				const defined = block(palette, theme).includes(`${variable}:`) || common.includes(`${variable}:`);
				expect(defined, `${variable} in ${theme}`).toBe(true);
			}
		}
	});
});
