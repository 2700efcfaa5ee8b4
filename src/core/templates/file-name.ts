/**
 * File names and folders for new notes, from a pattern such as
 * `Alliances/{{alliance}}/Meetings/{{date}} {{alliance}}.md`, made safe for
 * every system a vault is synced to (Windows, macOS, Linux, iOS, Android) and
 * for Obsidian's links: the path stays inside the vault and never names an
 * existing file.
 */
import { splitPlaceholderSegments } from "./placeholders";

/**
 * Characters no file name may hold: those Windows, macOS, iOS and Android
 * refuse (`\ / : * ? " < > |`), control characters, and `# ^ [ ]` that break
 * an Obsidian `[[link]]` to the note.
 */
const ILLEGAL_RUN = /[\\/:*?"<>|#^[\]\p{Cc}]+/gu;
/** Names Windows reserves for devices, with any extension (`CON`, `con.md`, `COM1`, `LPT9`, `COM¹`). */
const RESERVED_NAME = /^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])$/i;
/** At most this many UTF-16 code units per file or folder name. */
export const MAX_SEGMENT_LENGTH = 200;
/** At most this many UTF-8 bytes per file or folder name (file systems allow 255). */
export const MAX_SEGMENT_BYTES = 240;
export const MARKDOWN_EXTENSION = ".md";
/** Gives up looking for a free name after this many tries (a bug, not a vault). */
const MAX_FREE_NAME_TRIES = 10_000;

/**
 * One user-perceived character: a base with its combining marks, emoji
 * modifiers and variation selectors, a ZWJ emoji sequence, or a flag.
 */
const GRAPHEME = /\p{RI}{2}|\P{M}(?:[\p{M}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]|\u200D\P{M})*|\p{M}+/gu;

function utf8Length(text: string): number {
	let bytes = 0;
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
	}
	return bytes;
}

/**
 * Shortens text to fit a length in UTF-16 code units and in UTF-8 bytes,
 * never splitting an emoji or an accented letter.
 *
 * @example truncateText("👨‍👩‍👧 family", 9, 100) // "👨‍👩‍👧" (8 code units; the space is trimmed later)
 */
export function truncateText(text: string, maxLength: number, maxBytes: number): string {
	if (text.length <= maxLength && utf8Length(text) <= maxBytes) return text;
	let result = "";
	let bytes = 0;
	for (const [grapheme] of text.matchAll(GRAPHEME)) {
		const graphemeBytes = utf8Length(grapheme);
		if (result.length + grapheme.length > maxLength || bytes + graphemeBytes > maxBytes) break;
		result += grapheme;
		bytes += graphemeBytes;
	}
	return result;
}

/** Replaces a run of illegal characters by `-` between two words (`a/b` → `a-b`), else by a space (`Acme: EMEA` → `Acme EMEA`). */
function replaceIllegal(text: string): string {
	return text.replace(ILLEGAL_RUN, (run: string, offset: number) => {
		const before = text.charAt(offset - 1);
		const after = text.charAt(offset + run.length);
		return before !== "" && after !== "" && /\S/.test(before) && /\S/.test(after) ? "-" : " ";
	});
}

/** Leading dots hide a file (and `..` climbs out of the vault); Windows drops trailing dots and spaces. */
function trimDotsAndSpaces(text: string): string {
	return text.replace(/^[\s.]+/, "").replace(/[\s.]+$/, "");
}

/**
 * Makes one file or folder name safe: illegal characters replaced, no
 * leading dot, no trailing dot or space, no Windows device name, not too long.
 * Returns `""` when nothing usable is left.
 *
 * @param text the name as the user wrote it (a `/` in it is a character, not a folder)
 * @param reserve code units (and bytes) to leave free, for a suffix added later
 * @example sanitizeSegment("../x") // "-x"
 * @example sanitizeSegment("CON") // "CON_"
 * @example sanitizeSegment("Acme: EMEA?") // "Acme EMEA"
 */
export function sanitizeSegment(text: string, reserve = 0): string {
	let name = trimDotsAndSpaces(replaceIllegal(text.normalize("NFC").replace(/\s+/g, " ")).replace(/\s+/g, " "));
	name = trimDotsAndSpaces(truncateText(name, MAX_SEGMENT_LENGTH - reserve, MAX_SEGMENT_BYTES - reserve));
	const dot = name.indexOf(".");
	const stem = dot < 0 ? name : name.slice(0, dot);
	if (RESERVED_NAME.test(stem.trim())) name = `${stem.trim()}_${dot < 0 ? "" : name.slice(dot)}`;
	return name;
}

/** Fills the placeholders of one file or folder name of a pattern. */
export type SegmentRenderer = (segment: string) => string;

export interface PathPatternOptions {
	/** Fills the placeholders of one file or folder name (the values are sanitised together with it). */
	render: SegmentRenderer;
	/** The file name to use when nothing usable is left of it, e.g. "Untitled". */
	fallbackName: string;
}

/**
 * Turns a path pattern into a safe vault path ending in `.md`. Folders are
 * separated by `/` (or `\`) in the pattern; a `/` in a filled-in value is a
 * character and replaced. Empty, `.` and `..` folders are dropped, so the
 * path always stays inside the vault.
 *
 * @example notePathFromPattern("Alliances/{{alliance}}/{{alliance}}.md", { render: fill, fallbackName: "Untitled" })
 *   // "Alliances/Acme/Acme.md"
 */
export function notePathFromPattern(pattern: string, options: PathPatternOptions): string {
	const segments = splitPlaceholderSegments(pattern);
	const fileSegment = segments.pop() ?? "";
	const folders = segments
		.filter((segment) => segment.trim() !== "." && segment.trim() !== ".." && segment.trim() !== "")
		.map((segment) => sanitizeSegment(options.render(segment)))
		.filter((segment) => segment !== "");
	const stemPattern = fileSegment.toLowerCase().endsWith(MARKDOWN_EXTENSION) ? fileSegment.slice(0, -MARKDOWN_EXTENSION.length) : fileSegment;
	const stem = sanitizeSegment(options.render(stemPattern), MARKDOWN_EXTENSION.length) || sanitizeSegment(options.fallbackName, MARKDOWN_EXTENSION.length);
	return [...folders, `${stem}${MARKDOWN_EXTENSION}`].join("/");
}

/**
 * The path itself when no file exists there, else the first free
 * `<name> 2.md`, `<name> 3.md`, … in the same folder.
 *
 * @param path a vault path ending in `.md`
 * @param exists whether a file exists at a vault path
 * @example freePath("Meetings/2026-11-27 Acme.md", (p) => p === "Meetings/2026-11-27 Acme.md") // "Meetings/2026-11-27 Acme 2.md"
 */
export function freePath(path: string, exists: (path: string) => boolean): string {
	if (!exists(path)) return path;
	const slash = path.lastIndexOf("/");
	const folder = slash < 0 ? "" : path.slice(0, slash + 1);
	const file = path.slice(slash + 1);
	const stem = file.toLowerCase().endsWith(MARKDOWN_EXTENSION) ? file.slice(0, -MARKDOWN_EXTENSION.length) : file;
	for (let number = 2; number < MAX_FREE_NAME_TRIES; number++) {
		const suffix = ` ${number}`;
		const room = MARKDOWN_EXTENSION.length + suffix.length;
		const shortened = trimDotsAndSpaces(truncateText(stem, MAX_SEGMENT_LENGTH - room, MAX_SEGMENT_BYTES - room));
		const candidate = `${folder}${shortened}${suffix}${MARKDOWN_EXTENSION}`;
		if (!exists(candidate)) return candidate;
	}
	throw new Error(`no free file name for ${path}`);
}
