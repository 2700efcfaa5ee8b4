/**
 * Which files are notes: one rule for the CLI's walk over a folder, the
 * plugin's full pass and its vault events, so `Meeting.MD` is a note in all
 * three or in none.
 */

/** The ending of a Markdown note, compared without regard to case. */
const MARKDOWN_ENDING = ".md";

/**
 * Whether a path (or file name) is a Markdown note: it ends in `.md`, in any
 * case, after at least one character of name.
 *
 * @example isMarkdownPath("Meetings/2026-11-19 Acme.MD") // true
 * @example isMarkdownPath("diagram.png") // false
 */
export function isMarkdownPath(path: string): boolean {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.length > MARKDOWN_ENDING.length && name.slice(-MARKDOWN_ENDING.length).toLowerCase() === MARKDOWN_ENDING;
}
