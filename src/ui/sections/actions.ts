/**
 * Actions: every open action, overdue first, with its due date, owner and
 * the note it was agreed in; and who holds how many.
 */
import { actionFacts } from "../../core/analytics/action-facts";
import type { ActionEntry } from "../../core/analytics/dashboard-model";
import { appendFacts, badge, disclosure, limitedList, sourceButton } from "../dom";
import { linkName, plural, type Translate } from "../format";
import type { RenderContext, Tone } from "../render-context";
import { actionsByOwnerOf, openActionsOf, overdueActionsOf, type DashboardScope } from "../scope";

/** "28 days overdue", "Due tomorrow", "Due 2026-12-01", "No due date". */
export function dueText(action: ActionEntry, t: Translate): { text: string; tone: Tone } {
	if (action.due === undefined) return { text: t("action-no-due"), tone: "neutral" };
	const days = action.daysOverdue ?? 0;
	if (action.overdue && days > 0) return { text: plural(t, "action-overdue", days, { days }), tone: "bad" };
	if (days === 0) return { text: t("action-due-today"), tone: "warning" };
	if (days === -1) return { text: t("action-due-in-one"), tone: "warning" };
	return { text: t("action-due-in-other", { date: action.due }), tone: "neutral" };
}

function renderAction(entry: HTMLElement, action: ActionEntry, context: RenderContext): void {
	const { t } = context;
	const item = sourceButton(entry, action, context, ["alliance-journal-action"]);
	item.toggleClass("alliance-journal-overdue", action.overdue);
	const line = item.createSpan({ cls: "alliance-journal-item-meta" });
	const due = dueText(action, t);
	badge(line, due.text, due.tone);
	line.appendText(" ");
	const facts = actionFacts(action).map((fact) => ("text" in fact ? fact.text : t(fact.key, fact.key === "action-starts" ? { date: fact.date } : {})));
	appendFacts(line, [
		...facts,
		action.owner === undefined ? undefined : `@${linkName(action.owner)}`,
		context.showAlliance ? action.alliance : undefined,
		action.noted ? t("action-noted", { date: action.noted }) : undefined,
	]);
	item.createSpan({ cls: "alliance-journal-item-text", text: action.description });
}

/** Renders the actions' body. */
export function renderActions(body: HTMLElement, scope: DashboardScope, context: RenderContext): void {
	const { t } = context;
	const overdue = overdueActionsOf(scope);
	if (overdue > 0) badge(body.createDiv({ cls: "alliance-journal-summary" }), t("actions-overdue-count", { count: overdue }), "bad");
	const key = scope.alliance?.name ?? "*";
	limitedList(body, openActionsOf(scope), `actions:${key}`, context, (entry, action) => renderAction(entry, action, context));
	const owners = actionsByOwnerOf(scope);
	if (owners.length > 0) {
		disclosure(body, { label: t("actions-by-owner"), count: owners.length, key: `owners:${key}` }, context, (inner) => {
			const list = inner.createEl("ul", { cls: "alliance-journal-facts" });
			for (const owner of owners) list.createEl("li", { text: t("actions-owner-count", { owner: linkName(owner.owner), open: owner.open, overdue: owner.overdue }) });
		});
	}
}
