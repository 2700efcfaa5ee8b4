/**
 * The Markdown library, in one place: remark's own parser without the rest of
 * remark. `remark().use(remarkGfm).parse(text)` is `mdast-util-from-markdown`
 * with the GFM extensions remark-gfm registers; remark's stringifier, unified
 * and vfile are never needed to read a note, so they stay out of main.js.
 * Of GFM's five extensions only the three that shape blocks are loaded
 * (tables, task list items, footnote definitions), each from its own
 * package: strikethrough and autolink literals only mark up text inside a
 * paragraph, and the notes' items and cells are read as the source text
 * between block positions, which those two never move. The plugin, the CLI and the tests all
 * read Markdown through this module (the tests hold it to remark itself).
 */
import type { Root } from "mdast";
import { fromMarkdown, type Options } from "mdast-util-from-markdown";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";

/**
 * GitHub-flavoured Markdown's block extensions (tables, task list items,
 * footnote definitions), built once: the extensions hold no
 * per-document state, as in a remark processor that parses many documents.
 */
const GFM_OPTIONS: Readonly<Options> = {
	extensions: [gfmFootnote(), gfmTable(), gfmTaskListItem()],
	mdastExtensions: [gfmFootnoteFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()],
};

/**
 * Parses Markdown with GitHub-flavoured extensions into an mdast tree, with
 * positions (1-based lines, 0-based offsets into `text`).
 *
 * @param text the Markdown
 * @returns the blocks remark with remark-gfm would parse
 * @example parseMarkdown("- [x] done").children[0]?.type // "list"
 */
export function parseMarkdown(text: string): Root {
	return fromMarkdown(text, GFM_OPTIONS);
}
