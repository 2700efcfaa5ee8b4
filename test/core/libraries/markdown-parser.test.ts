/**
 * The Markdown adapter is remark's own parser without the rest of remark, and
 * with GFM's block extensions only, so remark with remark-gfm is its judge:
 * for every sample, the same blocks, node for node, positions included (the
 * notes are read as source text between block positions; what a paragraph,
 * heading or cell holds inline is not read from the tree).
 */
import fc from "fast-check";
import type { Node, Parent } from "mdast";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/core/libraries/markdown-parser";

const reference = remark().use(remarkGfm);

/** Nodes whose children are inline content: kept with their positions, without the children. */
const INLINE_HOLDERS = new Set(["paragraph", "heading", "tableCell"]);

/**
 * A tree's blocks: every node down to paragraphs, headings and table cells,
 * whose inline children are left out, and of which only the end is kept (a
 * task item's paragraph starts after its `[ ]` when its first inline is
 * text, before it when an autolink literal comes first; the notes are read
 * from the item's start to its paragraph's end).
 */
function blocks(node: Node): Node {
	const copy: Record<string, unknown> = { ...node };
	const children = (node as Parent).children as Node[] | undefined;
	if (INLINE_HOLDERS.has(node.type)) {
		copy.children = [];
		copy.position = node.position?.end;
	} else if (children) copy.children = children.map(blocks);
	return copy as unknown as Node;
}

/** Both parsers' blocks of one text. */
function bothBlocks(markdown: string): [Node, Node] {
	return [blocks(parseMarkdown(markdown)), blocks(reference.parse(markdown))];
}

/** Notes written the way alliance managers write them, one GFM feature (or a mix) each. */
const SAMPLES: ReadonlyArray<readonly [string, string]> = [
	["a table with alignment, an escaped pipe and a short row", "| key | label | unit |\n| :-- | :-: | --: |\n| on_time | On-time \\| joint | % |\n| short |\n"],
	["a table right after a paragraph", "KPIs for Q4\n| a | b |\n| - | - |\n| 1 | 2 |\n"],
	["task list items, done and open, with * and 1.", "- [ ] Send the forecast @sanne 📅 2026-11-24\n- [x] Book the room ✅ 2026-11-06\n* [X] Upper-case x\n1. [ ] Ordered task\n"],
	["footnotes, referenced and defined", "The NDA scope[^nda] and the cap[^2].\n\n[^nda]: Signed in March.\n[^2]: Revenue share\n    with a second line.\n"],
	["strikethrough with one and two tildes", "~~struck~~ and ~single~ and ~~~not three~~~\n"],
	["nested lists, mixed markers and a lazy continuation", "- Pricing\n  - discount tiers\n    1. tier one\n    2. tier two\n  - the cap\nlazy line\n- Capacity\n\n  a loose paragraph\n"],
	["an autolink literal first in a task item", "- [ ] https://x.y and more\n- [x] www.example.com\n"],
	["autolink literals: www., https and e-mail", "See www.example.com, https://example.com/report?q=1. and mail james@example.com now.\n"],
	["links, wiki links and tags in items", "- [[Acme]] and [the report](https://example.com) #shared @emily\n- <https://example.com/angle>\n"],
	["code blocks, HTML and a quote with a callout", "```ts\n- [ ] not a task\n```\n\n<div>- [ ] nor this</div>\n\n> [!note] a callout\n> - quoted item\n"],
	["character references and escapes", "- Revenue &amp; cap &#35; &copy; \\*not emphasis\\*\n"],
	["headings, setext and ATX, with a rule", "Conflicts\n---------\n\n## Actions\n\n***\n"],
	["CRLF line endings and a BOM-free blank document", "- [ ] one\r\n- [x] two\r\n"],
	["an empty document", ""],
];

describe("parseMarkdown, the Markdown adapter", () => {
	it.each(SAMPLES)("parses %s into exactly the blocks of remark with remark-gfm", (_, markdown) => {
		const [ours, remarks] = bothBlocks(markdown);
		expect(ours).toEqual(remarks);
	});

	it("parses a note without strikethrough or autolink literals exactly as remark with remark-gfm, inline nodes included", () => {
		for (const [, markdown] of SAMPLES.filter(([name]) => !/strikethrough|autolink/.test(name))) expect(parseMarkdown(markdown)).toEqual(reference.parse(markdown));
	});

	it("parses any mix of Markdown's and GFM's special characters into exactly the blocks of remark with remark-gfm", () => {
		const piece = fc.constantFrom("- ", "* ", "1. ", "[ ] ", "[x] ", "|", " | ", "---", "~~", "~", "[^1]", "[^1]: ", "www.a.com", "a@b.nl", "https://x.y", "`", "```", "> ", "#", "**", "\\", "&amp;", "  ", "\t", "\n", "\n\n", "word", "Acme");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
				const [ours, remarks] = bothBlocks(pieces.join(""));
				expect(ours).toEqual(remarks);
			}),
			{ numRuns: 200 },
		);
	});

	it("gives each parse its own tree", () => {
		const first = parseMarkdown("- [ ] one\n");
		const second = parseMarkdown("- [ ] one\n");
		expect(second).toEqual(first);
		expect(second).not.toBe(first);
		expect(second.children[0]).not.toBe(first.children[0]);
	});
});
