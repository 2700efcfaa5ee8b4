/**
 * Finding YAML anchors (`&name`) and aliases (`*name`) in frontmatter before
 * any YAML parser sees it. js-yaml resolves an alias into the very object its
 * anchor names, so `tags: &x [*x]` becomes a list that holds itself and a few
 * hundred bytes of nested aliases become a tree of billions of values: every
 * walk over such a value runs out of stack or time. Alliance notes do not need
 * either (Obsidian's Properties cannot write them), so a note that uses them
 * gets a problem instead of a parse.
 *
 * One pass over the text, character by character: it knows quoted strings,
 * comments, flow collections and block scalars (`|`, `>`) well enough to see
 * only the `&` and `*` that start a YAML node, not those inside a value
 * (`AT&T`, `5 * 3`).
 */

/** Where the first anchor or alias is. */
export interface YamlAlias {
	/** 1-based line. */
	line: number;
	/** The top-level property it is written under, when there is one. */
	key: string | undefined;
	/** The anchor or alias as written, shortened: `&x`, `*x`. */
	token: string;
}

const MAX_TOKEN_LENGTH = 40;
const SPACE = 0x20;
const TAB = 0x09;

function isBlank(code: number): boolean {
	return code === SPACE || code === TAB || Number.isNaN(code);
}

/** A flow indicator, or white space: where an anchor's or tag's name ends. */
function endsToken(char: string): boolean {
	return char === "" || char === " " || char === "\t" || char === "," || char === "[" || char === "]" || char === "{" || char === "}";
}

function readToken(line: string, from: number): string {
	let end = from + 1;
	while (end < line.length && end - from < MAX_TOKEN_LENGTH && !endsToken(line.charAt(end))) end++;
	return line.slice(from, end);
}

function unquoteKey(key: string): string {
	const trimmed = key.trim();
	const first = trimmed.charAt(0);
	return trimmed.length >= 2 && (first === '"' || first === "'") && trimmed.endsWith(first) ? trimmed.slice(1, -1) : trimmed;
}

/** The scanner's state that carries from one line to the next. */
interface ScanState {
	quote: '"' | "'" | undefined;
	flowDepth: number;
	/** Inside a block scalar: lines indented deeper than this are its text. */
	blockIndent: number | undefined;
	key: string | undefined;
}

/**
 * Finds the first anchor or alias in a frontmatter block's YAML, in linear time.
 *
 * @param yaml the text between the `---` fences
 * @param firstLine the 1-based line of the YAML's first line
 * @returns where the first anchor or alias is, or `null` when there is none
 * @example findYamlAlias("type: alliance\ntags: &x [*x]\n", 2) // { line: 3, key: "tags", token: "&x" }
 */
export function findYamlAlias(yaml: string, firstLine: number): YamlAlias | null {
	if (!yaml.includes("&") && !yaml.includes("*")) return null;
	const state: ScanState = { quote: undefined, flowDepth: 0, blockIndent: undefined, key: undefined };
	let lineStart = 0;
	for (let lineNumber = firstLine; lineStart <= yaml.length; lineNumber++) {
		const next = yaml.indexOf("\n", lineStart);
		const lineEnd = next < 0 ? yaml.length : next;
		const found = scanLine(yaml.slice(lineStart, lineEnd), state);
		if (found !== undefined) return { line: lineNumber, key: state.key, token: found };
		if (next < 0) break;
		lineStart = next + 1;
	}
	return null;
}

/** Scans one line, updating the state; returns the anchor or alias found on it. */
function scanLine(line: string, state: ScanState): string | undefined {
	let indent = 0;
	while (indent < line.length && line.charCodeAt(indent) === SPACE) indent++;
	if (state.blockIndent !== undefined) {
		if (indent >= line.length || line.trim() === "" || indent > state.blockIndent) return undefined;
		state.blockIndent = undefined;
	}
	// A new line may start a node (a nested value, a list item), unless it continues a quoted string.
	let atNodeStart = state.quote === undefined;
	let keyRead = false;
	for (let index = indent; index < line.length; index++) {
		const char = line.charAt(index);
		const code = line.charCodeAt(index);
		if (state.quote === '"') {
			if (char === "\\") index++;
			else if (char === '"') state.quote = undefined;
			continue;
		}
		if (state.quote === "'") {
			if (char === "'" && line.charAt(index + 1) === "'") index++;
			else if (char === "'") state.quote = undefined;
			continue;
		}
		if (code === SPACE || code === TAB) continue;
		if (char === "#" && (index === 0 || isBlank(line.charCodeAt(index - 1)))) return undefined;
		if (atNodeStart) {
			if (char === "&" || char === "*") return readToken(line, index);
			if (char === '"' || char === "'") {
				state.quote = char;
				atNodeStart = false;
				continue;
			}
			if ((char === "-" || char === "?") && isBlank(line.charCodeAt(index + 1))) continue;
			if (char === "!") {
				index += readToken(line, index).length - 1;
				continue;
			}
			if ((char === "|" || char === ">") && state.flowDepth === 0) {
				state.blockIndent = indent;
				return undefined;
			}
		}
		if (char === "[" || char === "{") {
			state.flowDepth++;
			atNodeStart = true;
		} else if (char === "]" || char === "}") {
			state.flowDepth = Math.max(0, state.flowDepth - 1);
			atNodeStart = false;
		} else if (char === "," && state.flowDepth > 0) {
			atNodeStart = true;
		} else if (char === ":" && (isBlank(line.charCodeAt(index + 1)) || state.flowDepth > 0)) {
			if (indent === 0 && state.flowDepth === 0 && !keyRead) state.key = unquoteKey(line.slice(0, index));
			keyRead = true;
			atNodeStart = true;
		} else {
			atNodeStart = false;
		}
	}
	return undefined;
}

/**
 * True when a value YAML produced holds one object in two places (or inside
 * itself): what only an alias makes. A plain walk over the value's objects,
 * each visited once, so it ends whatever the value holds.
 *
 * @example sharesObjects({ a: [1], b: [2] }) // false
 */
export function sharesObjects(value: unknown): boolean {
	const seen = new Set<object>();
	const pending: unknown[] = [value];
	while (pending.length > 0) {
		const current = pending.pop();
		if (typeof current !== "object" || current === null || current instanceof Date) continue;
		if (seen.has(current)) return true;
		seen.add(current);
		for (const child of Object.values(current)) pending.push(child);
	}
	return false;
}
