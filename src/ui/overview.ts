/**
 * The alliance at the top of the dashboard: for one alliance, its partner,
 * standing, people and how much has been written; for all alliances, one
 * row each that triages (what needs attention, the next meeting) and shows
 * only that alliance when picked.
 */
import type { AllianceDashboard } from "../core/analytics/dashboard-model";
import { meetingDistance } from "../core/present/briefing";
import type { MessageKey } from "../core/present/words";
import { capitalize } from "../core/present/numbers";
import { allianceAttention, type AttentionKind } from "../core/present/overview";
import { FACT_SEPARATOR, itemMeta, LIST_PAGE, limitedList, meta, sourceButton } from "./dom";
import { toneClass, type RenderContext, type Tone } from "./render-context";

/** Partner, phase and status, as far as the profile says. */
function standing(alliance: AllianceDashboard, context: RenderContext): (string | undefined)[] {
	const { words } = context;
	return [alliance.partner, alliance.phase ? words.choice("phase", alliance.phase) : undefined, alliance.status ? words.choice("status", alliance.status) : undefined];
}

/** One alliance's header: its name opens the profile. */
export function renderAllianceHeader(parent: HTMLElement, alliance: AllianceDashboard, context: RenderContext): void {
	const { t } = context;
	const header = parent.createDiv({ cls: "alliance-journal-overview" });
	const title = sourceButton(header, { path: alliance.path, line: 1 }, context, ["alliance-journal-overview-title"]);
	title.setAttr("title", t("overview-open-profile", { name: alliance.name }));
	title.createSpan({ cls: "alliance-journal-item-text", text: alliance.name });
	itemMeta(title, standing(alliance, context));
	meta(header, [
		alliance.owner ? capitalize(t("overview-owner", { name: alliance.owner.display })) : undefined,
		alliance.counterpart ? capitalize(t("overview-counterpart", { name: alliance.counterpart.display })) : undefined,
	]);
	meta(header, [capitalize(t("counts", alliance.counts)).replaceAll(" · ", FACT_SEPARATOR)]);
}

/** The tone and the words of each kind the overview counts (its icon is drawn by the stylesheet, per kind). */
const ATTENTION_LOOK: Record<AttentionKind, { tone: Tone; message: MessageKey }> = {
	"overdue-actions": { tone: "bad", message: "attention-overdue-actions" },
	"off-track-kpis": { tone: "bad", message: "attention-off-track-kpis" },
	"recurring-conflicts": { tone: "bad", message: "attention-recurring-conflicts" },
	"unshared-wins": { tone: "warning", message: "attention-unshared-wins" },
	"contacts-due": { tone: "warning", message: "attention-contacts-due" },
};

/**
 * A short fact of an alliance row: an icon and a number or a date, its
 * words ("3 overdue actions") for a screen reader, a tooltip and a wide
 * pane (which shows them instead). One element each: 25 alliances' rows
 * stay cheap to draw.
 */
function chip(parent: HTMLElement, cls: string[], short: string, words: string, attr: Record<string, string | number> = {}): HTMLSpanElement {
	return parent.createSpan({ cls, text: short, attr: { role: "img", "aria-label": words, title: words, "data-words": words, ...attr } });
}

/** One count of what needs attention. */
function attentionChip(parent: HTMLElement, kind: AttentionKind, count: number, context: RenderContext): void {
	const look = ATTENTION_LOOK[kind];
	const words = context.t(look.message, { count });
	chip(parent, ["alliance-journal-attention", `alliance-journal-attention-${kind}`, toneClass(look.tone)], context.words.number(count), words, { "data-kind": kind, "data-count": count });
}

/** The next meeting, short: a calendar and its date (the whole sentence as its words). */
function nextMeetingChip(parent: HTMLElement, alliance: AllianceDashboard, context: RenderContext): void {
	const { nextMeeting, daysToNextMeeting } = alliance.briefing;
	const sentence = capitalize(meetingDistance(alliance, context.words)[1]);
	const next = chip(parent, ["alliance-journal-next"], nextMeeting === undefined ? "–" : context.words.date(nextMeeting), sentence);
	next.toggleClass(toneClass("warning"), daysToNextMeeting !== undefined && daysToNextMeeting < 0);
}

/**
 * All alliances, one compact row each: its name, how many of each kind need
 * attention, and the next meeting; picking a row shows only that alliance.
 * Shown also for a vault of one alliance, so its name is always on top.
 */
export function renderAllianceList(parent: HTMLElement, alliances: readonly AllianceDashboard[], context: RenderContext, onPick: (name: string) => void): void {
	const { t } = context;
	const block = parent.createDiv({ cls: ["alliance-journal-overview", "alliance-journal-triage"] });
	const rows = (entry: HTMLLIElement, alliance: AllianceDashboard): void => {
		const attention = allianceAttention(alliance);
		const row = entry.createEl("button", {
			cls: ["alliance-journal-item", "alliance-journal-alliance"],
			attr: { type: "button", title: t("overview-select", { name: alliance.name }), "data-alliance": alliance.name },
		});
		row.createSpan({ cls: "alliance-journal-alliance-name", text: alliance.name });
		const counts = row.createSpan({ cls: "alliance-journal-attention-list" });
		for (const kind of attention.needed) attentionChip(counts, kind, attention.counts[kind], context);
		if (attention.needed.length === 0) counts.createSpan({ cls: "alliance-journal-attention-none", text: capitalize(t("attention-none")) });
		nextMeetingChip(row, alliance, context);
		row.addEventListener("click", () => onPick(alliance.name));
	};
	limitedList(block, alliances, "alliances", context, rows, [], LIST_PAGE);
}
