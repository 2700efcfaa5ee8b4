/**
 * Which health check dimension a body heading is about. A heading names a
 * dimension by its name in English or Dutch (as the templates write it, or a
 * shorter form), or by its key (`## joint_kpis`, `## Market access` for
 * `ours_market_access`).
 */
import { DIMENSION_LABELS, type DimensionName } from "../schema/health-check-names";
import { foldText } from "../text";

/** Shorter wordings people write as the heading, beside the full names. */
const SHORT_WORDINGS: Readonly<Record<DimensionName, readonly string[]>> = {
	trust: ["Mutual trust", "Wederzijds vertrouwen"],
	respect: ["Mutual respect", "Wederzijds respect"],
	openness: ["Openness", "Transparency", "Openheid", "Transparantie"],
	joint_kpis: ["Joint KPIs", "KPIs", "Gezamenlijke KPI's", "KPI's"],
	differences: ["Differences", "Handling differences", "Verschillen", "Omgaan met verschillen"],
	learning: ["Learning", "Learning together", "Leren", "Samen leren"],
	internal_support: ["Support", "Draagvlak", "Interne steun"],
	value: ["Value", "Shared value", "Waarde", "Gedeelde waarde"],
};

/**
 * The form a dimension's wording is compared in: folded, with spaces for `_`, without numbering.
 *
 * @example dimensionWording("2. Joint KPIs!") // "joint kpis"
 */
function dimensionWording(text: string): string {
	return foldText(text.replace(/_/g, " ")).replace(/^\d+ /, "");
}

const WORDING_TO_DIMENSION: ReadonlyMap<string, string> = (() => {
	const map = new Map<string, string>();
	for (const key of Object.keys(SHORT_WORDINGS) as DimensionName[]) {
		for (const wording of [key, DIMENSION_LABELS.en[key], DIMENSION_LABELS.nl[key], ...SHORT_WORDINGS[key]]) {
			const folded = dimensionWording(wording);
			if (!map.has(folded)) map.set(folded, key);
		}
	}
	return map;
})();

/**
 * The dimension a heading is about: a default dimension by any of its
 * wordings, else one of the note's own dimension keys written as words.
 *
 * @param heading the heading's text
 * @param ownKeys the dimension keys the note rates (from `ours_<key>`, `theirs_<key>`)
 * @example dimensionForHeading("Vertrouwen", []) // "trust"
 * @example dimensionForHeading("Market access", ["market_access"]) // "market_access"
 */
export function dimensionForHeading(heading: string, ownKeys: readonly string[]): string | null {
	const folded = dimensionWording(heading);
	if (folded === "") return null;
	return WORDING_TO_DIMENSION.get(folded) ?? ownKeys.find((key) => dimensionWording(key) === folded) ?? null;
}
