/**
 * What the dashboard remembers between renders: the alliance picked, the
 * sections folded away and the lists expanded. The renderer updates the
 * object in place; a host that keeps it (and re-renders with it after every
 * index change) keeps the user's view as it was.
 */

/** The dashboard's sections, in the order DESIGN.md gives them. */
export const SECTION_IDS = [
	"briefing",
	"kpis",
	"health",
	"conflicts",
	"quick-wins",
	"actions",
	"stakeholders",
	"engagement",
	"problems",
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * How much room an item takes: one line (`compact`, like the Tasks plugin's
 * results), its facts above its text (`comfortable`), or compact only in a
 * narrow pane (`auto`).
 */
export const DENSITIES = ["auto", "compact", "comfortable"] as const;
export type Density = (typeof DENSITIES)[number];

export interface DashboardState {
	/** The alliance shown, or `null` for all alliances. */
	alliance: string | null;
	/** Sections the user opened (`true`) or folded away (`false`); open when not set. */
	open: Partial<Record<SectionId, boolean>>;
	/** Lists and disclosures the user expanded, by a key the renderer gives them. */
	expanded: Record<string, boolean>;
	/** How many entries a long list shows, by the list's key (the user paged it with "Show more"). */
	shown?: Record<string, number>;
}

/**
 * A fresh state: all alliances, every section open, every list short.
 *
 * @example createDashboardState("Northwind").alliance // "Northwind"
 */
export function createDashboardState(alliance: string | null = null): DashboardState {
	return { alliance, open: {}, expanded: {}, shown: {} };
}
