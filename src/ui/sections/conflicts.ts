/**
 * Recurring conflicts: the themes that keep coming back, with how often,
 * since when, whether they are open, and every mention as an item that
 * opens the note it was raised in. Themes raised once are listed below.
 */
import type { ConflictMention, ConflictTheme } from "../../core/analytics/dashboard-model";
import { alsoWrittenAs, mergeReasonText, themeOccurrence } from "../../core/present/conflicts";
import { capitalize } from "../../core/present/numbers";
import { recurringFirst, type DashboardScope } from "../../core/present/scope";
import { badge, disclosure, itemMeta, limitedList, meta, sourceButton } from "../dom";
import type { RenderContext } from "../render-context";

/** A theme shows its newest mentions, the rest behind "Show all". */
const MENTIONS_SHOWN = 3;
/** A theme raised in more alliances than this says how many, its list folded. */
const ALLIANCES_LISTED = 3;

function renderMention(entry: HTMLElement, mention: ConflictMention, context: RenderContext): void {
	const item = sourceButton(entry, mention, context, ["alliance-journal-mention"]);
	item.toggleClass("alliance-journal-resolved", mention.resolved);
	itemMeta(item, [context.words.date(mention.date), context.showAlliance ? mention.alliance : undefined, mention.resolved ? context.t("conflict-mention-resolved") : undefined]);
	item.createSpan({ cls: "alliance-journal-item-text", text: mention.text });
}

function renderTheme(parent: HTMLElement, theme: ConflictTheme, context: RenderContext): void {
	const { t } = context;
	const card = parent.createDiv({ cls: ["alliance-journal-card", "alliance-journal-conflict"], attr: { "data-theme": theme.key } });
	const head = card.createDiv({ cls: "alliance-journal-card-head" });
	head.createSpan({ cls: "alliance-journal-card-title", text: theme.label });
	badge(head, capitalize(theme.status === "open" ? t("conflict-open") : t("conflict-resolved")), theme.status === "open" ? "bad" : "good");
	if (theme.escalating) badge(head, capitalize(t("conflict-escalating")), "warning");
	const [count, when] = themeOccurrence(theme, context.words);
	const listed = context.showAlliance && theme.alliances.length <= ALLIANCES_LISTED;
	meta(card, [capitalize(count), when, listed ? context.words.list(theme.alliances) : undefined]);
	if (context.showAlliance && !listed) {
		const label = capitalize(t("alliances-count", { count: theme.alliances.length }));
		disclosure(card, { label, key: `theme-alliances:${theme.key}` }, context, (inner) => meta(inner, [context.words.list(theme.alliances)]));
	}
	const also = alsoWrittenAs(theme, context.words);
	if (also) {
		// The technical reason (shared stem, alias) is there on demand: as the tooltip.
		const reasons = theme.mergeReasons.map((reason) => mergeReasonText(reason, context.words)).join("\n");
		const line = meta(card, [capitalize(also)], ["alliance-journal-merge"]);
		if (reasons && line) line.setAttr("title", reasons);
	}
	const newestFirst = [...theme.mentions].reverse();
	const limit = Math.min(context.listLimit, MENTIONS_SHOWN);
	limitedList(card, newestFirst, `mentions:${theme.key}`, context, (entry, mention) => renderMention(entry, mention, context), ["alliance-journal-mentions"], limit);
}

/** Renders the conflicts' body: recurring themes, then the others behind a disclosure. */
export function renderConflicts(body: HTMLElement, scope: DashboardScope, context: RenderContext): void {
	const { recurring, other } = recurringFirst(scope.conflicts);
	if (recurring.length === 0) meta(body, [context.t("conflicts-empty")]);
	const list = body.createDiv({ cls: "alliance-journal-cards" });
	for (const theme of recurring) renderTheme(list, theme, context);
	if (other.length > 0) {
		disclosure(body, { label: context.t("conflict-other"), count: other.length, key: `conflicts-other:${scope.alliance?.name ?? "*"}` }, context, (inner) => {
			const cards = inner.createDiv({ cls: "alliance-journal-cards" });
			for (const theme of other) renderTheme(cards, theme, context);
		});
	}
}
