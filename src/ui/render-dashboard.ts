/**
 * The sidebar dashboard: turns a DashboardModel into DOM with Obsidian's DOM
 * helpers. The same renderer serves the plugin's view and the browser
 * preview; everything it cannot do itself (open a note, create one, rebuild
 * the index) it asks of `actions`.
 *
 * Long lists show their first entries until asked for all, and folded
 * sections are built when first opened, so the dashboard of a large vault
 * renders quickly.
 */
import type { DashboardModel } from "../core/analytics/dashboard-model";
import type { Language } from "../core/i18n/language";
import { overdueActionsOf, scopeDashboard, wholeScope, type DashboardScope } from "../core/present/scope";
import { wordsFor } from "../core/present/words";
import type { DashboardActions } from "./dashboard-actions";
import { createDashboardState, DENSITIES, type DashboardState, type Density, type SectionId } from "./dashboard-state";
import { renderAllianceHeader, renderAllianceList } from "./overview";
import type { RenderContext } from "./render-context";
import { sectionCounts } from "./section-counts";
import { renderSection, type SectionSpec } from "./section";
import { renderActions } from "./sections/actions";
import { renderBriefing } from "./sections/briefing";
import { renderConflicts } from "./sections/conflicts";
import { renderEmptyState } from "./sections/empty-state";
import { engagementSection } from "./sections/engagement";
import { renderKpiTrends } from "./sections/kpi-trends";
import { renderProblems } from "./sections/problems";
import { renderQuickWins } from "./sections/quick-wins";
import { renderRelationshipHealth } from "./sections/relationship-health";
import { renderStakeholders } from "./sections/stakeholders";
import { renderToolbar } from "./toolbar";

export type { DashboardActions, NoteKind } from "./dashboard-actions";
export { createDashboardState, DENSITIES, SECTION_IDS, type DashboardState, type Density, type SectionId } from "./dashboard-state";

export interface RenderOptions {
	/** The language of the dashboard's words (default English). */
	language?: Language;
	/** Lists show this many entries before "Show all" (default 8). */
	listLimit?: number;
	/**
	 * With all alliances shown, each alliance's KPIs and relationship health
	 * start open when there are at most this many alliances (default 3);
	 * otherwise they start folded, a summary line each.
	 */
	openGroupsUpTo?: number;
	/** Sections switched off (`false`) are not rendered at all; every section is shown by default. */
	sections?: Partial<Record<SectionId, boolean>>;
	/**
	 * One line per item (`compact`), or items with their facts above their
	 * text (`comfortable`); `auto` (the default) is compact in a narrow pane.
	 */
	density?: Density;
}


/** Lists show this many entries until the user asks for all. */
const DEFAULT_LIST_LIMIT = 8;
/** More alliances than this, and their charts start folded: 25 alliances' charts are no overview. */
const DEFAULT_OPEN_GROUPS_UP_TO = 3;
/** Ids must be unique in the document, also with several dashboards open. */
let dashboardsRendered = 0;

function sections(scope: DashboardScope, context: RenderContext): SectionSpec[] {
	const { t } = context;
	const counts = sectionCounts(scope);
	// A resolved theme, however often it came back, needs no attention: only open ones make the count red.
	const openRecurring = scope.conflicts.filter((theme) => theme.recurring && theme.status === "open").length;
	return [
		{ id: "briefing", title: t("section-briefing"), count: counts.briefing, empty: t("briefing-empty"), hasContent: scope.alliance !== null, render: (body) => renderBriefing(body, scope, context) },
		{ id: "kpis", title: t("section-kpis"), count: counts.kpis, empty: t("kpis-empty"), render: (body) => renderKpiTrends(body, scope, context) },
		{ id: "health", title: t("section-health"), count: counts.health, empty: t("health-empty"), render: (body) => renderRelationshipHealth(body, scope, context) },
		{ id: "conflicts", title: t("section-conflicts"), count: counts.conflicts, empty: t("conflicts-empty"), hasContent: scope.conflicts.length > 0, alert: openRecurring, render: (body) => renderConflicts(body, scope, context) },
		{ id: "quick-wins", title: t("section-quick-wins"), count: counts["quick-wins"], empty: t("quick-wins-empty"), render: (body) => renderQuickWins(body, scope, context) },
		{ id: "actions", title: t("section-actions"), count: counts.actions, empty: t("actions-empty"), alert: overdueActionsOf(scope), render: (body) => renderActions(body, scope, context) },
		{ id: "stakeholders", title: t("section-stakeholders"), count: counts.stakeholders, empty: t("stakeholders-empty"), render: (body) => renderStakeholders(body, scope, context) },
		engagementSection(scope, context, counts.engagement),
		{ id: "problems", title: t("section-problems"), count: counts.problems, empty: t("problems-empty"), alert: counts.problems, render: (body) => renderProblems(body, scope, context) },
	];
}

function renderBody(body: HTMLElement, model: DashboardModel, context: RenderContext, shown: RenderOptions["sections"], pick: (name: string | null) => void): void {
	body.empty();
	// A renamed or deleted alliance falls back to all alliances.
	const scope = scopeDashboard(model, context.state.alliance) ?? wholeScope(model);
	context.showAlliance = scope.alliance === null && model.alliances.length > 1;
	// All alliances: one row each, also when there is only one, so its name and its counts are always on top.
	if (scope.alliance) renderAllianceHeader(body, scope.alliance, context);
	else renderAllianceList(body, model.alliances, context, pick);
	for (const spec of sections(scope, context)) if (shown?.[spec.id] !== false) renderSection(body, spec, context);
}

/**
 * Renders the dashboard into `container`, replacing what was there.
 *
 * @param container the element to fill (the view's content element)
 * @param model the dashboard model (from `buildDashboard`)
 * @param actions what the dashboard asks its host to do
 * @param state what to remember between renders; updated in place as the user picks, folds and expands
 * @param options the language and list length
 * @example
 * const state = createDashboardState();
 * renderDashboard(view.contentEl, model, actions, state, { language: "nl" });
 */
export function renderDashboard(
	container: HTMLElement,
	model: DashboardModel,
	actions: DashboardActions,
	state: DashboardState = createDashboardState(),
	options: RenderOptions = {},
): void {
	const language = options.language ?? "en";
	const words = wordsFor(language);
	const prefix = `alliance-journal-${++dashboardsRendered}`;
	let ids = 0;
	const context: RenderContext = {
		words,
		t: words.t,
		language,
		actions,
		state,
		listLimit: options.listLimit ?? DEFAULT_LIST_LIMIT,
		newId: () => `${prefix}-${++ids}`,
		showAlliance: false,
		today: model.today,
		openGroupsUpTo: options.openGroupsUpTo ?? DEFAULT_OPEN_GROUPS_UP_TO,
	};
	container.empty();
	container.addClass("alliance-journal-view", "alliance-journal-dashboard");
	for (const density of DENSITIES) container.toggleClass(`alliance-journal-density-${density}`, density === (options.density ?? "auto"));
	container.setAttr("lang", language);

	if (model.alliances.length === 0) {
		state.alliance = null;
		renderEmptyState(container, context);
		if (model.problems.length > 0 && options.sections?.problems !== false) {
			const scope = wholeScope(model);
			const problems = sections(scope, context).find((spec) => spec.id === "problems");
			if (problems) renderSection(container, problems, context);
		}
		return;
	}

	// The name as the model spells it (or all alliances, for a renamed or deleted one).
	if (state.alliance !== null) state.alliance = scopeDashboard(model, state.alliance)?.alliance?.name ?? null;
	let body: HTMLElement | undefined;
	let select: HTMLSelectElement | null = null;
	const pick = (name: string | null): void => {
		state.alliance = name;
		if (select) select.value = name ?? "";
		if (body) renderBody(body, model, context, options.sections, pickFromList);
		actions.selectAlliance(name);
	};
	// The row picked is gone after the re-render: keyboard focus goes to the picker, which now names the alliance.
	const pickFromList = (name: string | null): void => {
		pick(name);
		select?.focus();
	};
	const toolbar = renderToolbar(container, model, state.alliance, context, pick);
	select = toolbar.querySelector("select");
	body = container.createDiv({ cls: "alliance-journal-body" });
	renderBody(body, model, context, options.sections, pickFromList);
}
