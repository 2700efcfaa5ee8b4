/**
 * The Markdown library, in one place: remark's own parser without the rest of
 * remark. `remark().use(remarkGfm).parse(text)` is exactly
 * `mdast-util-from-markdown` with the GFM extensions remark-gfm registers
 * (`micromark-extension-gfm` for the tokenizer, `mdast-util-gfm` for the
 * tree); remark's stringifier, unified and vfile are never needed to read a
 * note, so they stay out of main.js. The plugin, the CLI and the tests all
 * read Markdown through this module (the tests hold it to remark itself).
 */
import type { Root } from "mdast";
import { fromMarkdown, type Options } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

/**
 * GitHub-flavoured Markdown (tables, task list items, footnotes,
 * strikethrough, autolink literals), built once: the extensions hold no
 * per-document state, as in a remark processor that parses many documents.
 */
const GFM_OPTIONS: Readonly<Options> = {
	extensions: [gfm()],
	mdastExtensions: [gfmFromMarkdown()],
};

/**
 * Parses Markdown with GitHub-flavoured extensions into an mdast tree, with
 * positions (1-based lines, 0-based offsets into `text`).
 *
 * @param text the Markdown
 * @returns the tree remark with remark-gfm would parse
 * @example parseMarkdown("- [x] done").children[0]?.type // "list"
 */
export function parseMarkdown(text: string): Root {
	return fromMarkdown(text, GFM_OPTIONS);
}
