/**
 * Quick wins: how many are not yet shared inside the own organisation, how
 * far the organisation has come (clarity → belief → behaviour), wins per
 * quarter, and every win, newest first, as an item that opens its note.
 */
import type { QuickWinEntry, QuickWinSummary } from "../../core/analytics/dashboard-model";
import { ADOPTION_STAGES } from "../../core/model";
import { quarterParts } from "../charts/chart-format";
import { renderQuarterBars, withEmptyQuarters } from "../charts/quarter-bars";
import { capitalize } from "../../core/present/numbers";
import { quartersOf, quickWinsOf, uncommunicatedWinsOf, type DashboardScope } from "../../core/present/scope";
import { appendFacts, badge, itemMeta, limitedList, meta, sourceButton, subheading } from "../dom";
import { toneClass, type RenderContext } from "../render-context";

/** The tag that marks a win as shared, as a whole word. */
const SHARED_TAG = /(^|\s)#shared(?=\s|$)/giu;

/**
 * A win's text without its `#shared` tag when it is shared: the badge says so already.
 *
 * @example winText({ text: "Joint webinar #shared", communicated: true }) // "Joint webinar"
 */
export function winText(win: Pick<QuickWinEntry, "text" | "communicated">): string {
	if (!win.communicated || !win.text.includes("#")) return win.text;
	const text = win.text.replace(SHARED_TAG, "$1").trim();
	return text === "" ? win.text : text;
}

function renderWin(entry: HTMLElement, win: QuickWinEntry, context: RenderContext): void {
	const { t } = context;
	const item = sourceButton(entry, win, context, ["alliance-journal-win"]);
	const line = itemMeta(item, [context.words.date(win.date), context.showAlliance ? win.alliance : undefined]);
	line.appendText(" ");
	badge(line, capitalize(win.communicated ? t("win-shared") : t("win-not-shared")), win.communicated ? "good" : "warning");
	item.createSpan({ cls: "alliance-journal-item-text", text: winText(win) });
}

function renderAdoption(parent: HTMLElement, adoption: NonNullable<QuickWinSummary["adoption"]>, name: string | undefined, context: RenderContext): void {
	const { t } = context;
	const block = parent.createDiv({ cls: "alliance-journal-adoption" });
	const label = [name, capitalize(t("adoption-label")), t(adoption.basis === "reflection" ? "adoption-from-reflection" : "adoption-from-stakeholders")];
	const title = adoption.source ? sourceButton(block, adoption.source, context, ["alliance-journal-adoption-title"]) : block.createDiv({ cls: "alliance-journal-adoption-title" });
	appendFacts(title.createSpan({ cls: "alliance-journal-item-text" }), label);
	const steps = block.createEl("ol", { cls: "alliance-journal-steps" });
	const reached = ADOPTION_STAGES.indexOf(adoption.stage);
	ADOPTION_STAGES.forEach((stage, index) => {
		const step = steps.createEl("li", { cls: "alliance-journal-step", text: capitalize(context.words.choice("stage", stage)) });
		step.toggleClass("alliance-journal-step-done", index <= reached);
		if (index === reached) step.setAttr("aria-current", "step");
	});
}

/** Renders the quick wins' body. */
export function renderQuickWins(body: HTMLElement, scope: DashboardScope, context: RenderContext): void {
	const { t } = context;
	const uncommunicated = uncommunicatedWinsOf(scope);
	if (uncommunicated > 0) body.createDiv({ cls: ["alliance-journal-note", toneClass("warning")], text: t("wins-not-shared-count", { count: uncommunicated }) });
	for (const alliance of scope.alliances) {
		const adoption = alliance.quickWins.adoption;
		if (adoption) renderAdoption(body, adoption, context.showAlliance ? alliance.name : undefined, context);
	}
	const quarters = quartersOf(scope);
	if (quarters.length > 0) {
		const { words } = context;
		subheading(body, capitalize(t("wins-per-quarter")));
		const describe = (quarter: (typeof quarters)[number]): string =>
			t("wins-quarter", { quarter: words.quarter(quarter.quarter), count: quarter.count, communicated: quarter.communicated });
		renderQuarterBars(body, withEmptyQuarters(quarters), {
			label: quarters.map(describe).join("; "),
			describe,
			name: (quarter) => quarterParts(quarter.quarter, words),
			count: (value) => words.number(value),
		});
		const legend = body.createDiv({ cls: "alliance-journal-legend", attr: { "aria-hidden": "true" } });
		legend.createSpan({ cls: "alliance-journal-legend-shared", text: capitalize(t("win-shared")) });
		legend.createSpan({ cls: "alliance-journal-legend-not-shared", text: capitalize(t("win-not-shared")) });
	}
	const wins = quickWinsOf(scope);
	if (wins.length > 0) limitedList(body, wins, `wins:${scope.alliance?.name ?? "*"}`, context, (entry, win) => renderWin(entry, win, context));
	else meta(body, [t("quick-wins-empty")]);
}
