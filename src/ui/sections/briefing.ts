/**
 * "Before the next meeting": how long since the last meeting and until the
 * next, what needs attention (ordered by the model), and what changed since
 * the meeting before the last.
 */
import type { AllianceDashboard, BriefingItem, BriefingKind, SinceLastMeeting } from "../../core/analytics/dashboard-model";
import { itemMeta, limitedList, meta, plainItem, sourceButton } from "../dom";
import { formatNumber, plural, type Translate } from "../format";
import { toneClass, type RenderContext, type Tone } from "../render-context";
import type { DashboardScope } from "../scope";

/** What a kind of briefing item means for the alliance manager. */
const KIND_TONE: Record<BriefingKind, Tone> = {
	"overdue-action": "bad",
	"recurring-conflict": "bad",
	"kpi-off-track": "bad",
	"rating-dropped": "bad",
	"open-conflict": "warning",
	"kpi-worsening": "warning",
	"kpi-stale": "warning",
	"contact-overdue": "warning",
	"uncommunicated-win": "neutral",
	"action-due-soon": "neutral",
	"health-check-due": "neutral",
};

/** ["Last meeting 8 days ago", "next meeting in 6 days (2026-12-03)"]. */
export function meetingDistance(alliance: AllianceDashboard, t: Translate): [string, string] {
	const { daysSinceLastMeeting, daysToNextMeeting, nextMeeting } = alliance.briefing;
	const last =
		daysSinceLastMeeting === undefined
			? t("last-meeting-none")
			: daysSinceLastMeeting <= 0
				? t("last-meeting-today")
				: plural(t, "last-meeting", daysSinceLastMeeting, { days: daysSinceLastMeeting });
	let next: string;
	if (nextMeeting === undefined || daysToNextMeeting === undefined) next = t("next-meeting-none");
	else if (daysToNextMeeting < 0) next = t("next-meeting-passed", { date: nextMeeting });
	else if (daysToNextMeeting === 0) next = t("next-meeting-today");
	else next = plural(t, "next-meeting", daysToNextMeeting, { days: daysToNextMeeting, date: nextMeeting });
	return [last, next];
}

function renderItem(entry: HTMLElement, item: BriefingItem, context: RenderContext): void {
	const cls = ["alliance-journal-briefing-item", toneClass(KIND_TONE[item.kind])];
	const row = item.source ? sourceButton(entry, item.source, context, cls) : plainItem(entry, cls);
	row.setAttr("data-kind", item.kind);
	if (context.showAlliance) itemMeta(row, [item.alliance]);
	row.createSpan({ cls: "alliance-journal-item-text", text: item.text });
}

function renderSince(parent: HTMLElement, since: SinceLastMeeting, context: RenderContext): void {
	const { t, language } = context;
	const block = parent.createDiv({ cls: "alliance-journal-since" });
	const title = sourceButton(block, since.meeting, context, ["alliance-journal-since-title"]);
	title.createSpan({ cls: "alliance-journal-item-text", text: t("since-title", { date: since.meeting.date }) });
	const list = block.createEl("ul", { cls: "alliance-journal-facts" });
	for (const change of since.kpiChanges) {
		const from = change.from === undefined ? "–" : formatNumber(change.from, language);
		const tone: Tone = change.better === undefined ? "neutral" : change.better ? "good" : "bad";
		list.createEl("li", { cls: toneClass(tone), text: `${change.label}: ${from} → ${formatNumber(change.to, language)}` });
	}
	if (since.newConflicts.length > 0) list.createEl("li", { text: t("since-new-conflicts", { list: since.newConflicts.join(", ") }) });
	if (since.resolvedConflicts.length > 0) list.createEl("li", { text: t("since-resolved-conflicts", { list: since.resolvedConflicts.join(", ") }) });
	if (since.newQuickWins > 0) list.createEl("li", { text: t("since-quick-wins", { count: since.newQuickWins }) });
	if (since.actionsAdded > 0 || since.actionsDone > 0) list.createEl("li", { text: t("since-actions", { added: since.actionsAdded, done: since.actionsDone }) });
	if (list.childElementCount === 0) list.createEl("li", { text: t("since-nothing") });
}

/** Renders the briefing's body (all alliances: their distances are in the overview above). */
export function renderBriefing(body: HTMLElement, scope: DashboardScope, context: RenderContext): void {
	const { t } = context;
	if (scope.alliance) meta(body, meetingDistance(scope.alliance, t), ["alliance-journal-distance"]);
	if (scope.briefing.length > 0) {
		limitedList(body, scope.briefing, `briefing:${scope.alliance?.name ?? "*"}`, context, (entry, item) => renderItem(entry, item, context));
	} else {
		meta(body, [t("briefing-empty")]);
	}
	const since = scope.alliance?.briefing.sinceLastMeeting;
	if (since) renderSince(body, since, context);
}
