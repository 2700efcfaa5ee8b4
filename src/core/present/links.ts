/**
 * Links as each output writes them: a wikilink to a source note for the
 * Markdown briefing, and a name for text.
 */
import type { NamedLink, SourceRef } from "../analytics/dashboard-model";

/**
 * A wikilink to a note, shown as the note's name.
 *
 * @example wikilink("Alliances/Acme/Acme") // "[[Alliances/Acme/Acme|Acme]]"
 */
export function wikilink(target: string, display?: string): string {
	const name = display ?? target.slice(target.lastIndexOf("/") + 1);
	return name === target ? `[[${target}]]` : `[[${target}|${name}]]`;
}

/**
 * A wikilink to the note a source points to.
 *
 * @example sourceLink({ path: "Meetings/2026-11-19 Acme.md", line: 4 }) // "[[Meetings/2026-11-19 Acme|2026-11-19 Acme]]"
 */
export function sourceLink(source: SourceRef): string {
	return wikilink(source.path.replace(/\.md$/i, ""));
}

/**
 * A name as Markdown: the link it was written as, or the plain name.
 *
 * @example namedLinkMarkdown({ display: "Sanne", target: "People/Sanne de Vries" }) // "[[People/Sanne de Vries|Sanne]]"
 */
export function namedLinkMarkdown(link: NamedLink): string {
	return link.target === undefined ? link.display : wikilink(link.target, link.display);
}
