/**
 * The reference path: reading a section with remark (and GitHub-flavoured
 * Markdown for task items and tables). Used for every section the line
 * scanner declines, and as the judge of the scanner in tests.
 */
import type { List, ListItem, RootContent, Table, TableRow } from "mdast";
import { parseMarkdown } from "../libraries/markdown-parser";
import { collapseWhitespace, type RawListItem, type RawTable, type RawTableRow } from "./block-types";

const MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]*/;
const CHECKBOX = /^\[[ xX]\][ \t]*/;

function itemText(source: string, item: ListItem): string {
	const start = item.position?.start.offset ?? 0;
	const firstChild = item.children[0];
	const end = firstChild?.position?.end.offset ?? start;
	let text = source.slice(start, end).replace(MARKER, "");
	if (typeof item.checked === "boolean") text = text.replace(CHECKBOX, "");
	// Lazy continuation and indented lines: drop each line's indentation.
	return collapseWhitespace(text);
}

/**
 * Reads the top-level list items of a section with remark.
 *
 * @param lines the section's lines
 * @param firstLine the 1-based line of `lines[0]`
 */
export function listItemsWithRemark(lines: readonly string[], firstLine: number): RawListItem[] {
	const source = lines.join("\n");
	const tree = parseMarkdown(source);
	const items: RawListItem[] = [];
	const lists = tree.children.filter((node: RootContent): node is List => node.type === "list");
	for (const list of lists) {
		for (const item of list.children) {
			items.push({
				text: itemText(source, item),
				line: firstLine + (item.position?.start.line ?? 1) - 1,
				checked: typeof item.checked === "boolean" ? item.checked : null,
			});
		}
	}
	return items;
}

function rowOf(source: string, row: TableRow, firstLine: number): RawTableRow {
	const cells = row.children.map((cell) => {
		const first = cell.children[0];
		const last = cell.children[cell.children.length - 1];
		if (!first || !last) return "";
		return source.slice(first.position?.start.offset ?? 0, last.position?.end.offset ?? 0).trim();
	});
	return { cells, line: firstLine + (row.position?.start.line ?? 1) - 1 };
}

/**
 * Reads the first table of a section with remark.
 *
 * @param lines the section's lines
 * @param firstLine the 1-based line of `lines[0]`
 * @returns the table, or `undefined` when the section holds none
 */
export function tableWithRemark(lines: readonly string[], firstLine: number): RawTable | undefined {
	const source = lines.join("\n");
	const tree = parseMarkdown(source);
	const table = tree.children.find((node: RootContent): node is Table => node.type === "table");
	const [header, ...rows] = table?.children ?? [];
	if (!header) return undefined;
	return { header: rowOf(source, header, firstLine), rows: rows.map((row) => rowOf(source, row, firstLine)) };
}
