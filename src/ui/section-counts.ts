/**
 * The number in each section's header: how many entries the section lists.
 */
import { healthChartCount, practicesNeedingAttention, stakeholdersOf, type DashboardScope } from "../core/present/scope";
import type { SectionId } from "./dashboard-state";

/**
 * The number in each section's header: how many entries the section lists.
 *
 * @example sectionCounts(scope).actions // open actions in scope
 */
export function sectionCounts(scope: DashboardScope): Record<SectionId, number> {
	return {
		briefing: scope.briefing.length,
		kpis: scope.alliances.reduce((sum, alliance) => sum + alliance.kpis.length, 0),
		health: scope.alliances.reduce((sum, alliance) => sum + healthChartCount(alliance), 0),
		conflicts: scope.conflicts.filter((theme) => theme.recurring).length,
		"quick-wins": scope.alliances.reduce((sum, alliance) => sum + alliance.quickWins.items.length, 0),
		actions: scope.alliances.reduce((sum, alliance) => sum + alliance.actions.open.length, 0),
		stakeholders: stakeholdersOf(scope).length,
		engagement: practicesNeedingAttention(scope),
		problems: scope.problems.length,
	};
}
