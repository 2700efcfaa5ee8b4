/**
 * Which files are notes: one rule for the CLI's walk over a folder, the
 * plugin's full pass and its vault events, so `Meeting.MD` is a note in all
 * three or in none.
 */

/** The ending of a Markdown note, compared without regard to case. */
export const MARKDOWN_ENDING = ".md";

/**
 * Whether a path (or file name) is a Markdown note: it ends in `.md`, in any
 * case, after at least one character of name.
 *
 * @example isMarkdownPath("Meetings/2026-11-19 Acme.MD") // true
 * @example isMarkdownPath("diagram.png") // false
 */
export function isMarkdownPath(path: string): boolean {
	const nameLength = path.length - (path.lastIndexOf("/") + 1);
	return nameLength > MARKDOWN_ENDING.length && hasMarkdownEnding(path);
}

/**
 * Whether a path ends in `.md`, in any case, name or no name before it: read
 * in place, without cutting the ending out and lower-casing it (the link
 * resolver asks this of every path of the vault).
 *
 * @example hasMarkdownEnding("Acme.Md") // true
 */
export function hasMarkdownEnding(path: string): boolean {
	const length = path.length;
	return (
		length >= MARKDOWN_ENDING.length &&
		path.charCodeAt(length - 3) === DOT &&
		(path.charCodeAt(length - 2) | CASE_BIT) === LOWER_M &&
		(path.charCodeAt(length - 1) | CASE_BIT) === LOWER_D
	);
}

/**
 * A path without its `.md` ending (in any case), when it has one.
 *
 * @example withoutMarkdownEnding("Alliances/Acme.MD") // "Alliances/Acme"
 */
export function withoutMarkdownEnding(path: string): string {
	return hasMarkdownEnding(path) ? path.slice(0, path.length - MARKDOWN_ENDING.length) : path;
}

const DOT = 0x2e;
const LOWER_M = 0x6d;
const LOWER_D = 0x64;
/** The bit that tells an ASCII letter's lower case from its upper case. */
const CASE_BIT = 0x20;
