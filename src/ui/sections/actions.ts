/**
 * Actions: every open action, overdue first, with its due date, owner and
 * the note it was agreed in; and who holds how many.
 */
import { actionFacts } from "../../core/present/action-facts";
import type { ActionEntry } from "../../core/analytics/dashboard-model";
import { appendFacts, badge, disclosure, limitedList, sourceButton } from "../dom";
import { capitalize } from "../../core/present/numbers";
import { actionsByOwnerOf, openActionsOf, overdueActionsOf, type DashboardScope } from "../../core/present/scope";
import type { Words } from "../../core/present/words";
import type { RenderContext, Tone } from "../render-context";

/** Due today or tomorrow is worth a warning colour. */
const SOON_DAYS = 1;

/** "28 days overdue", "Due tomorrow", "Due 1 Dec 2026", "No due date". */
export function dueText(action: ActionEntry, words: Words): { text: string; tone: Tone } {
	const { t } = words;
	if (action.due === undefined) return { text: capitalize(t("action-no-due")), tone: "neutral" };
	const days = action.daysOverdue ?? 0;
	if (action.overdue && days > 0) return { text: capitalize(t("action-overdue", { days })), tone: "bad" };
	const until = Math.max(0, -days);
	return { text: capitalize(t("action-due", { days: until, date: words.date(action.due) })), tone: until <= SOON_DAYS ? "warning" : "neutral" };
}

function renderAction(entry: HTMLElement, action: ActionEntry, context: RenderContext): void {
	const { t } = context;
	const item = sourceButton(entry, action, context, ["alliance-journal-action"]);
	item.toggleClass("alliance-journal-overdue", action.overdue);
	const line = item.createSpan({ cls: "alliance-journal-item-meta" });
	const due = dueText(action, context.words);
	badge(line, due.text, due.tone);
	line.appendText(" ");
	const facts = actionFacts(action, context.today).map((fact) => ("text" in fact ? fact.text : t(fact.key, fact.key === "action-starts" ? { date: context.words.date(fact.date) } : {})));
	appendFacts(line, [
		...facts,
		action.owner === undefined ? undefined : `@${action.owner}`,
		context.showAlliance ? action.alliance : undefined,
		action.noted ? t("action-noted", { date: context.words.date(action.noted) }) : undefined,
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
		disclosure(body, { label: capitalize(t("actions-by-owner")), count: owners.length, key: `owners:${key}` }, context, (inner) => {
			const list = inner.createEl("ul", { cls: "alliance-journal-facts" });
			for (const owner of owners) list.createEl("li", { text: t("actions-owner-count", { owner: owner.owner || t("actions-no-owner"), open: owner.open, overdue: owner.overdue }) });
		});
	}
}
