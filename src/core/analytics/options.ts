/**
 * The analytics' settings and their defaults.
 */
import type { AnalyticsOptions } from "./dashboard-model";
import { DEFAULT_STATUS_TYPES } from "../task-status";

/**
 * Wordings that mean the same conflict theme across English and Dutch. Users
 * extend or replace this map in the settings; keys and values are compared
 * after normalising (case, accents, punctuation).
 */
export const DEFAULT_CONFLICT_ALIASES: Readonly<Record<string, string>> = {
	prijs: "pricing",
	prijzen: "pricing",
	tarief: "pricing",
	tarieven: "pricing",
	kosten: "costs",
	capaciteit: "capacity",
	bezetting: "capacity",
	gegevensdeling: "data sharing",
	gegevens: "data",
	planning: "planning",
	governance: "governance",
	besluitvorming: "decision making",
	mandaat: "mandate",
	communicatie: "communication",
	merk: "branding",
	roadmap: "roadmap",
	levering: "delivery",
	leveringen: "delivery",
};

export const DEFAULT_ANALYTICS_OPTIONS: Readonly<AnalyticsOptions> = {
	minMeetings: 2,
	windowDays: 180,
	conflictAliases: DEFAULT_CONFLICT_ALIASES,
	staleAfterMeetings: 3,
	recentMeetings: 3,
	// About six months: the field runs joint health checks every 6 to 12 months.
	healthCheckEveryDays: 182,
	statusTypes: DEFAULT_STATUS_TYPES,
};

/**
 * Fills in the defaults for every setting not given.
 *
 * @example withDefaults({ windowDays: 90 }).minMeetings // 2
 */
export function withDefaults(options: Partial<AnalyticsOptions> = {}): AnalyticsOptions {
	return { ...DEFAULT_ANALYTICS_OPTIONS, ...options };
}
