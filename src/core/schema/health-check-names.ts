/**
 * The names of the health check's default dimensions and of the
 * stakeholders' key roles, in English and Dutch. A dimension a note defines
 * itself (`ours_market_access`) has no entry: it is shown by its key. They
 * belong to the note format (headings are recognised by them, templates write
 * them), so the parser may read them; the dashboard shows them too.
 */
import type { StakeholderKeyRole } from "../model";
import type { Language } from "../i18n/language";

/** Names per language, by key. */
type Names<K extends string> = Record<Language, Record<K, string>>;

/** The default dimensions' keys (see `DEFAULT_HEALTH_CHECK_DIMENSIONS`). */
export type DimensionName =
	| "trust"
	| "respect"
	| "openness"
	| "joint_kpis"
	| "differences"
	| "learning"
	| "internal_support"
	| "value";

export const DIMENSION_LABELS: Names<DimensionName> = {
	en: {
		trust: "Trust",
		respect: "Respect",
		openness: "Openness on decisions and resources",
		joint_kpis: "Joint KPIs, including how we work together",
		differences: "Productive handling of differences",
		learning: "Joint learning",
		internal_support: "Internal support",
		value: "Value created",
	},
	nl: {
		trust: "Vertrouwen",
		respect: "Respect",
		openness: "Openheid over besluiten en middelen",
		joint_kpis: "Gezamenlijke KPI's, ook over hoe we samenwerken",
		differences: "Productief omgaan met verschillen",
		learning: "Samen leren",
		internal_support: "Interne steun",
		value: "Gecreëerde waarde",
	},
};

export const KEY_ROLE_LABELS: Names<StakeholderKeyRole> = {
	en: {
		"executive-sponsor": "Executive sponsor",
		"decision-maker": "Decision maker",
		champion: "Champion",
		"alliance-manager": "Alliance manager",
		"operational-lead": "Operational lead",
	},
	nl: {
		"executive-sponsor": "Sponsor in de directie",
		"decision-maker": "Beslisser",
		champion: "Ambassadeur",
		"alliance-manager": "Alliantiemanager",
		"operational-lead": "Operationeel leider",
	},
};

/**
 * Whether a dimension key has a name in the catalogue.
 *
 * @example isNamedDimension("joint_kpis") // true
 */
export function isNamedDimension(key: string): key is DimensionName {
	return Object.prototype.hasOwnProperty.call(DIMENSION_LABELS.en, key);
}
