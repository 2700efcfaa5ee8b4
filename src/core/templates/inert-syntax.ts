/**
 * Making text copied from one note into another inert: a carried-over action
 * or conflict may hold template syntax (pasted from e-mail, or typed on
 * purpose), and a new note is exactly where Templater and template
 * placeholders run.
 */

/**
 * The first character of each opener and closer of Templater (`<%`, `%>`) and
 * of placeholders (`{{`, `}}`); a lookahead, so `{{{` and `<%>` are handled in
 * one linear pass.
 */
const TEMPLATE_DELIMITER = /[<%{}](?=[%>{}])/g;

/** The delimiter pairs broken up by a backslash after their first character. */
const PAIRS: ReadonlySet<string> = new Set(["<%", "%>", "{{", "}}"]);

/**
 * Makes Templater's `<% … %>` and `{{placeholder}}` inert by putting a
 * Markdown backslash escape between the two characters of each delimiter:
 * `<%` → `<\%`, `%>` → `%\>`, `{{` → `{\{`, `}}` → `}\}`.
 *
 * Why this form: Templater only runs `<%` exactly, and our placeholder
 * renderer (and Obsidian's Templates plugin) only `{{`, so none of them sees a
 * delimiter any more; a backslash before ASCII punctuation is a CommonMark
 * escape, so Obsidian's reading view and live preview show `<%`, `{{` as the
 * person wrote them (source mode shows the backslash). Unlike a zero-width
 * character it is visible where it matters and survives copy and paste
 * honestly. Applying it twice changes nothing. (Inside a code span or a
 * `[[link]]` the backslash shows; a link to a file whose name holds these
 * delimiters no longer resolves, the price of never running it.)
 *
 * @example inertTemplateSyntax("Ask <% tp.file.title %> about {{date}}") // "Ask <\\% tp.file.title %\\> about {\\{date}\\}"
 */
export function inertTemplateSyntax(text: string): string {
	return text.replace(TEMPLATE_DELIMITER, (char: string, offset: number) => (PAIRS.has(char + text.charAt(offset + 1)) ? `${char}\\` : char));
}
