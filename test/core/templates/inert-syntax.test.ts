import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inertTemplateSyntax } from "../../../src/core/templates/inert-syntax";
import { renderPlaceholders } from "../../../src/core/templates/placeholders";

/** Templater's opening tags (`<%`, `<%*`, `<%-`, `<%_`, `<%+`): any of them makes Templater run the text after it. */
const TEMPLATER_OPENING = /<%/;
/** What our renderer and Obsidian's Templates plugin take for a placeholder's start and end. */
const PLACEHOLDER_DELIMITER = /\{\{|\}\}/;

describe("template syntax in carried-over text is made inert", () => {
	it("Templater's tags and placeholders get a backslash between their two characters", () => {
		expect(inertTemplateSyntax("Ask <% tp.file.title %> about {{date}}")).toBe("Ask <\\% tp.file.title %\\> about {\\{date}\\}");
		expect(inertTemplateSyntax("<%* await tp.system.prompt() -%>")).toBe("<\\%* await tp.system.prompt() -%\\>");
	});

	it("runs of braces and a bare <%> are broken up everywhere", () => {
		expect(inertTemplateSyntax("{{{x}}}")).toBe("{\\{\\{x}\\}\\}");
		expect(inertTemplateSyntax("<%>")).toBe("<\\%\\>");
	});

	it("ordinary text, percentages and single braces are left as written", () => {
		const text = "Margin < 5% (was 7%) > target; {budget} and 100%";
		expect(inertTemplateSyntax(text)).toBe(text);
	});

	it("our placeholder renderer finds nothing to fill in inert text", () => {
		const resolved: string[] = [];
		const text = inertTemplateSyntax("- Send {{title}} and {{date:yyyy}} (from [[Acme]])");
		expect(renderPlaceholders(text, (name) => (resolved.push(name), "FILLED"))).toBe(text);
		expect(resolved).toEqual([]);
	});

	it("for any text: no Templater tag or placeholder delimiter is left, a second pass changes nothing, and only backslashes are added", () => {
		const pieces = fc.constantFrom("<", "%", ">", "{", "}", "\\", "a", " ", "*", "-", "\n");
		fc.assert(
			fc.property(fc.array(pieces, { maxLength: 40 }).map((chars) => chars.join("")), (text) => {
				const inert = inertTemplateSyntax(text);
				expect(inert).not.toMatch(TEMPLATER_OPENING);
				expect(inert).not.toMatch(PLACEHOLDER_DELIMITER);
				expect(inertTemplateSyntax(inert)).toBe(inert);
				// Only backslashes are added: without them, the text is as written.
				expect(inert.replaceAll("\\", "")).toBe(text.replaceAll("\\", ""));
			}),
			{ seed: 20261130, numRuns: 500 },
		);
	});
});
