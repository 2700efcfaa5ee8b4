/**
 * Finding and reading a note's frontmatter, the way Obsidian does: only a
 * `---` on the very first line opens it, and only a line that is exactly
 * `---` closes it.
 */
import { readFrontmatterYamlText } from "../libraries/frontmatter-yaml";
import { findYamlAlias, sharesObjects } from "./yaml-alias";
import { scanFrontmatter, scanProperties } from "./yaml-scanner";

/** Where a note's frontmatter and body are. Line numbers are 1-based. */
export interface FrontmatterBlock {
	/** The YAML between the fences. */
	yaml: string;
	/** The line of the first YAML line (the line after the opening `---`). */
	yamlFirstLine: number;
	/** The text after the closing fence. */
	body: string;
	/** The line the body starts on. */
	bodyFirstLine: number;
}

const DASH = 0x2d;
const FENCE_DASHES = 3;

/**
 * Whether the line from `start` to `end` (without its line break) is a
 * frontmatter fence: `---`, then only spaces and tabs, then at most one `\r`
 * (what `/^---[ \t]*$/` says of the line without that `\r`), read in place.
 */
function isFenceLine(text: string, start: number, end: number): boolean {
	let last = end;
	if (last > start && text.charCodeAt(last - 1) === 0x0d) last--;
	if (last - start < FENCE_DASHES) return false;
	for (let position = start; position < start + FENCE_DASHES; position++) if (text.charCodeAt(position) !== DASH) return false;
	for (let position = start + FENCE_DASHES; position < last; position++) {
		const code = text.charCodeAt(position);
		if (code !== 0x20 && code !== 0x09) return false;
	}
	return true;
}
const ALLIANCE_TYPE_LINE = /^type[ \t]*:[ \t]*["']?alliance/im;

/**
 * Splits a note into frontmatter and body, or returns `null` when the note has
 * no frontmatter Obsidian would recognise.
 *
 * @example locateFrontmatter("---\ntype: alliance\n---\n# Acme").yaml // "type: alliance"
 */
export function locateFrontmatter(text: string): FrontmatterBlock | null {
	const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const firstBreak = source.indexOf("\n");
	if (firstBreak < 0 || !isFenceLine(source, 0, firstBreak)) return null;
	let lineStart = firstBreak + 1;
	let line = 2;
	while (lineStart <= source.length) {
		const next = source.indexOf("\n", lineStart);
		const lineEnd = next < 0 ? source.length : next;
		if (isFenceLine(source, lineStart, lineEnd)) {
			return {
				yaml: source.slice(firstBreak + 1, lineStart),
				yamlFirstLine: 2,
				body: next < 0 ? "" : source.slice(next + 1),
				bodyFirstLine: line + 1,
			};
		}
		if (next < 0) break;
		lineStart = next + 1;
		line++;
	}
	return null;
}

/**
 * The cheap pre-filter: does this YAML have a `type: alliance…` line at all?
 * Notes that do not are skipped without parsing any YAML.
 */
export function mentionsAllianceType(yaml: string): boolean {
	return ALLIANCE_TYPE_LINE.test(yaml);
}

/**
 * The result of reading YAML: the data, the error with its 1-based line, or
 * the anchor or alias that kept it from being read.
 */
export type YamlResult =
	| { ok: true; data: unknown }
	| { ok: false; line: number; reason: string }
	| { ok: false; line: number; reason: string; alias: string; key: string | undefined };

interface YamlErrorLike {
	reason?: string;
	message?: string;
	mark?: { line?: number };
}

const ALIAS_REASON = "YAML anchors and aliases are not read";

/**
 * Reads a frontmatter block's properties: flat frontmatter with the line
 * scanner, anything else with gray-matter. YAML anchors and aliases are
 * refused before gray-matter sees them (see `yaml-alias.ts`), and a value that
 * still holds one object twice is refused after.
 *
 * @param block a block found by {@link locateFrontmatter}
 */
export function readFrontmatterYaml(block: FrontmatterBlock): YamlResult {
	const scanned = scanFrontmatter(block.yaml);
	if (scanned) return { ok: true, data: scanned };
	const alias = findYamlAlias(block.yaml, block.yamlFirstLine);
	if (alias) return { ok: false, line: alias.line, reason: ALIAS_REASON, alias: alias.token, key: alias.key };
	const read = readYamlWithGrayMatter(block);
	if (read.ok && sharesObjects(read.data)) return { ok: false, line: block.yamlFirstLine, reason: ALIAS_REASON, alias: "*", key: undefined };
	return read;
}

/** A note's properties as kept: read, bare dates as written, with the line each is written on. */
export type PropertiesResult = { ok: true; data: unknown; lineOf: (key: string) => number } | Exclude<YamlResult, { ok: true }>;

/**
 * Reads a frontmatter block's properties the way a note keeps them: the data
 * {@link readFrontmatterYaml} gives, with top-level bare dates put back as
 * written ({@link keepWrittenDays}), and where each property is written
 * ({@link propertyLines}). Flat frontmatter takes one pass of the scanner for
 * all three; anything else is read by gray-matter, then passed over again.
 *
 * @param block a block found by {@link locateFrontmatter}
 * @example (readProperties(locateFrontmatter("---\ndate: 2026-02-30\n---\n")!) as { data: unknown }).data // { date: "2026-02-30" }
 */
export function readProperties(block: FrontmatterBlock): PropertiesResult {
	const scanned = scanProperties(block.yaml);
	if (scanned) {
		const { keyLines } = scanned;
		const first = block.yamlFirstLine;
		return { ok: true, data: scanned.data, lineOf: (key) => first + (keyLines.get(key) ?? 0) };
	}
	const read = readFrontmatterYaml(block);
	if (!read.ok) return read;
	const lineOf = propertyLines(block);
	if (typeof read.data === "object" && read.data !== null && !Array.isArray(read.data) && !(read.data instanceof Date)) {
		keepWrittenDays(block, read.data as Record<string, unknown>, lineOf);
	}
	return { ok: true, data: read.data, lineOf };
}

/**
 * Parses a frontmatter block's YAML with gray-matter. Every call returns fresh
 * objects: gray-matter's cache, which shares one data object between
 * identical files, is never used.
 *
 * @param block a block found by {@link locateFrontmatter}
 */
export function readYamlWithGrayMatter(block: FrontmatterBlock): { ok: true; data: unknown } | { ok: false; line: number; reason: string } {
	try {
		return { ok: true, data: readFrontmatterYamlText(block.yaml) };
	} catch (error) {
		const yamlError = error as YamlErrorLike;
		// gray-matter hands YAML the text from the end of the opening `---`
		// line on, so the error's 0-based line 0 is the fence's line. Clamp to
		// the YAML lines: "end of stream" errors point past the last one.
		const lastYamlLine = Math.max(block.yamlFirstLine, block.bodyFirstLine - 2);
		const line = block.yamlFirstLine - 1 + (yamlError.mark?.line ?? 1);
		const reason = (yamlError.reason ?? yamlError.message ?? "unreadable YAML").split("\n")[0] ?? "unreadable YAML";
		return { ok: false, line: Math.min(Math.max(line, block.yamlFirstLine), lastYamlLine), reason };
	}
}

/**
 * Finds the line each top-level property is written on.
 *
 * @returns a function from property name to 1-based line (the first YAML line when not found)
 */
export function propertyLines(block: FrontmatterBlock): (key: string) => number {
	const lines = new Map<string, number>();
	const texts = new Map<string, string>();
	let lineStart = 0;
	for (let line = block.yamlFirstLine; lineStart < block.yaml.length; line++) {
		const next = block.yaml.indexOf("\n", lineStart);
		const lineEnd = next < 0 ? block.yaml.length : next;
		const first = block.yaml.charCodeAt(lineStart);
		// Top-level keys start at column 0 (not a space, '-', '#' or a quote).
		if (first !== 0x20 && first !== 0x2d && first !== 0x23 && first !== 0x09) {
			const colon = block.yaml.indexOf(":", lineStart);
			if (colon > lineStart && colon < lineEnd) {
				const key = block.yaml.slice(lineStart, colon).trim().replace(/^(["'])(.*)\1$/, "$2");
				if (!lines.has(key)) {
					lines.set(key, line);
					texts.set(key, block.yaml.slice(lineStart, lineEnd));
				}
			}
		}
		if (next < 0) break;
		lineStart = next + 1;
	}
	const lineOf = (key: string): number => lines.get(key) ?? block.yamlFirstLine;
	propertyTexts.set(lineOf, texts);
	return lineOf;
}

/**
 * The line each property is written on, as {@link propertyLines} found it, by
 * the function it returned: {@link keepWrittenDays} reads the lines from here
 * instead of splitting the frontmatter again.
 */
const propertyTexts = new WeakMap<(key: string) => number, Map<string, string>>();

/** The value part of `key: 2026-02-30` (unquoted, optionally with a time and a comment): the day as written. */
const WRITTEN_DAY = /:[ \t]*(\d{4}-\d{2}-\d{2})(?:[Tt \t][^#]*)?(?:[ \t]#.*)?$/;

/**
 * Puts back the day a bare date property was written as. YAML turns
 * `2026-02-30` into March 2nd without complaint and
 * `2026-11-27T23:30:00-08:00` into the 28th (UTC); the user meant, and should
 * see, what they wrote. Changes only top-level values YAML made into a Date.
 *
 * @param block the frontmatter block
 * @param data the frontmatter as YAML parsed it (changed in place)
 * @param lineOf where each property is written (from {@link propertyLines})
 */
export function keepWrittenDays(block: FrontmatterBlock, data: Record<string, unknown>, lineOf: (key: string) => number): void {
	const written = propertyTexts.get(lineOf);
	let lines: string[] | undefined;
	for (const key of Object.keys(data)) {
		if (!(data[key] instanceof Date)) continue;
		let line = written?.get(key);
		if (line === undefined) {
			lines ??= block.yaml.split("\n");
			line = lines[lineOf(key) - block.yamlFirstLine] ?? "";
		}
		line = line.replace(/\r$/, "");
		const day = WRITTEN_DAY.exec(line)?.[1];
		if (day !== undefined) data[key] = day;
	}
}
