/**
 * The YAML library, in one place: gray-matter (with its js-yaml) reading a
 * frontmatter block. Only gray-matter's reading side is used, through
 * js-yaml's `safeLoad`, so YAML tags that make JavaScript (`!!js/function`,
 * `!!js/regexp`, `!!js/undefined`) are errors, never values.
 */
import matter from "gray-matter";

/**
 * A string dressed as a Buffer for gray-matter. gray-matter copies its input
 * with `Buffer.from` unless the input already is a buffer, and Obsidian on
 * Android and iOS has no `Buffer`. gray-matter recognises a buffer by its
 * constructor's `isBuffer` and reads it back with `String(input)`, so this
 * wrapper lets it run where Node's globals do not exist.
 */
class TextSource {
	static isBuffer(value: unknown): boolean {
		return value instanceof TextSource;
	}

	constructor(private readonly text: string) {}

	toString(): string {
		return this.text;
	}
}

/**
 * gray-matter's closing fence. gray-matter closes frontmatter at the first
 * line that merely starts with its delimiter (`---- x` included), Obsidian
 * only at a line that is exactly `---`; the YAML handed over is already cut
 * where Obsidian cuts it, so it gets a closing fence no note contains.
 */
const CLOSING_FENCE = "\u0000---";
/** gray-matter's options; passing any options also turns its content cache off. */
const MATTER_OPTIONS = { excerpt: false, delimiters: ["---", CLOSING_FENCE] as [string, string] };

/**
 * Reads the YAML of a frontmatter block (the text between the fences) with
 * gray-matter. Every call returns fresh objects: gray-matter's cache, which
 * shares one data object between identical files, is never used.
 *
 * @param yaml the YAML between the fences
 * @returns the properties (`{}` for an empty block)
 * @throws js-yaml's error for YAML it cannot read; its `mark.line` counts the
 *   YAML's first line as 1 (line 0 is the opening fence)
 * @example readFrontmatterYamlText("type: alliance\n") // { type: "alliance" }
 */
export function readFrontmatterYamlText(yaml: string): unknown {
	const input = new TextSource(`---\n${yaml}\n${CLOSING_FENCE}\n`);
	return matter(input as unknown as string, MATTER_OPTIONS).data;
}
