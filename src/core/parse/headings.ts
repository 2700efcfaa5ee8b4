/**
 * The body section headings Alliance Journal recognises, in English and Dutch.
 * The first English and the first Dutch wording of each section are the ones
 * the templates write.
 */
import type { SectionKey } from "../schema/field-spec";
import { foldText } from "../text";

export interface SectionHeadings {
	en: readonly string[];
	nl: readonly string[];
}

/** Every recognised wording per section, canonical wording first. */
export const SECTION_HEADINGS: Readonly<Record<SectionKey, SectionHeadings>> = {
	kpis: { en: ["KPIs", "KPI", "Key performance indicators"], nl: ["KPI's", "Kpi's", "Prestatie-indicatoren"] },
	conflicts: { en: ["Conflicts", "Conflict", "Tensions", "Issues raised"], nl: ["Conflicten", "Conflict", "Spanningen", "Knelpunten"] },
	quickWins: { en: ["Quick wins", "Quick win", "Quickwins"], nl: ["Quick wins", "Snelle successen", "Snelle resultaten"] },
	actions: { en: ["Actions", "Action items", "Next steps"], nl: ["Acties", "Actiepunten", "Vervolgstappen"] },
	decisions: { en: ["Decisions", "Decisions made", "Agreements"], nl: ["Besluiten", "Beslissingen", "Afspraken"] },
	wentWell: { en: ["What went well", "Went well", "What went well?"], nl: ["Wat ging goed", "Wat ging er goed"] },
	ourContribution: {
		en: ["Our contribution", "How did we contribute", "How we contributed"],
		nl: ["Onze bijdrage", "Hoe droegen wij bij", "Hoe hebben wij bijgedragen"],
	},
	theirContribution: {
		en: ["Their contribution", "How did they contribute", "How they contributed"],
		nl: ["Hun bijdrage", "Hoe droegen zij bij", "Bijdrage partner", "Hoe heeft de partner bijgedragen"],
	},
	differenceUsed: {
		en: ["Difference we used", "Which difference did we use", "Differences used", "Differences we used"],
		nl: ["Welk verschil benutten we", "Welk verschil hebben we benut", "Benutte verschillen", "Verschil dat we benutten"],
	},
	tryNext: {
		en: ["What we try next", "What do we try next", "Next time", "Try next"],
		nl: ["Wat proberen we nu", "Wat proberen we hierna", "Volgende keer", "Wat gaan we proberen"],
	},
	lessons: { en: ["Lessons", "Lessons learned", "Lessons learnt"], nl: ["Lessen", "Geleerde lessen", "Leerpunten"] },
};

/**
 * Reduces a heading to the form headings are compared in: lower case, no
 * accents, emoji, numbering or punctuation.
 *
 * @example normalizeHeading("## 2. Quick-wins ✅:") // "quick wins"
 */
export function normalizeHeading(text: string): string {
	return foldText(text).replace(/^\d+ /, "");
}

const HEADING_TO_SECTION: ReadonlyMap<string, SectionKey> = (() => {
	const map = new Map<string, SectionKey>();
	for (const [key, wordings] of Object.entries(SECTION_HEADINGS) as [SectionKey, SectionHeadings][]) {
		for (const wording of [...wordings.en, ...wordings.nl]) {
			const normalized = normalizeHeading(wording);
			if (!map.has(normalized)) map.set(normalized, key);
		}
	}
	return map;
})();

/** No recognised wording holds a digit once normalised (checked when this module loads). */
const WORDINGS_HOLD_DIGITS = [...HEADING_TO_SECTION.keys()].some((wording) => /\d/.test(wording));

/**
 * True when an ASCII digit follows an ASCII letter: the normalised heading then
 * holds a digit past its leading numbering (letters and digits survive
 * normalising, and only a leading number is dropped), so no wording matches.
 * Such headings (`Meeting 2026-01-08`) are one per note: this keeps them out
 * of the cache and out of {@link normalizeHeading}.
 */
function digitAfterLetter(text: string): boolean {
	let letter = false;
	for (let position = 0; position < text.length; position++) {
		const code = text.charCodeAt(position);
		const lower = code | 0x20;
		if (lower >= 0x61 && lower <= 0x7a) letter = true;
		else if (letter && code >= 0x30 && code <= 0x39) return true;
	}
	return false;
}

/** Headings repeat from note to note: remember the last few hundred answers. */
const HEADING_CACHE_LIMIT = 512;
const headingCache = new Map<string, SectionKey | null>();

/**
 * Which section a heading opens, if any.
 *
 * @example sectionForHeading("Conflicten") // "conflicts"
 */
export function sectionForHeading(text: string): SectionKey | null {
	if (!WORDINGS_HOLD_DIGITS && digitAfterLetter(text)) return null;
	let section = headingCache.get(text);
	if (section === undefined) {
		section = HEADING_TO_SECTION.get(normalizeHeading(text)) ?? null;
		if (headingCache.size >= HEADING_CACHE_LIMIT) headingCache.clear();
		headingCache.set(text, section);
	}
	return section;
}
