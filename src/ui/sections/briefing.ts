/**
 * "Before the next meeting": how long since the last meeting and until the
 * next, what needs attention (ordered by the model), and what changed since
 * the meeting before the last.
 */
import type { BriefingItem, BriefingKind, SinceLastMeeting } from "../../core/analytics/dashboard-model";
import { briefingText, meetingDistance, preparedText, sinceLines } from "../../core/present/briefing";
import { capitalize } from "../../core/present/numbers";
import type { DashboardScope } from "../../core/present/scope";
import { itemMeta, limitedList, meta, plainItem, sourceButton } from "../dom";
import { toneClass, type RenderContext, type Tone } from "../render-context";

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

function renderItem(entry: HTMLElement, item: BriefingItem, context: RenderContext): void {
	const cls = ["alliance-journal-briefing-item", toneClass(KIND_TONE[item.kind])];
	const row = item.source ? sourceButton(entry, item.source, context, cls) : plainItem(entry, cls);
	row.setAttr("data-kind", item.kind);
	if (context.showAlliance) itemMeta(row, [item.alliance]);
	row.createSpan({ cls: "alliance-journal-item-text", text: briefingText(item, context.words) });
}

function renderSince(parent: HTMLElement, since: SinceLastMeeting, context: RenderContext): void {
	const { t, words } = context;
	const block = parent.createDiv({ cls: "alliance-journal-since" });
	const title = sourceButton(block, since.meeting, context, ["alliance-journal-since-title"]);
	title.createSpan({ cls: "alliance-journal-item-text", text: t("since-title", { date: words.date(since.meeting.date) }) });
	const list = block.createEl("ul", { cls: "alliance-journal-facts" });
	const { kpis, other } = sinceLines(since, words);
	for (const change of kpis) {
		const tone: Tone = change.better === undefined ? "neutral" : change.better ? "good" : "bad";
		list.createEl("li", { cls: toneClass(tone), text: change.text });
	}
	for (const line of other) list.createEl("li", { text: capitalize(line) });
}

/** Renders the briefing's body (all alliances: their distances are in the overview above). */
export function renderBriefing(body: HTMLElement, scope: DashboardScope, context: RenderContext): void {
	const { t } = context;
	if (scope.alliance) meta(body, meetingDistance(scope.alliance, context.words).map(capitalize), ["alliance-journal-distance"]);
	const prepared = scope.alliance?.briefing.preparedMeeting;
	const preparedLine = scope.alliance ? preparedText(scope.alliance.briefing, context.words) : undefined;
	if (prepared && preparedLine !== undefined) {
		sourceButton(body, prepared, context, ["alliance-journal-prepared"]).createSpan({ cls: "alliance-journal-item-text", text: preparedLine });
	}
	if (scope.briefing.length > 0) {
		limitedList(body, scope.briefing, `briefing:${scope.alliance?.name ?? "*"}`, context, (entry, item) => renderItem(entry, item, context));
	} else {
		meta(body, [t("briefing-empty")]);
	}
	const since = scope.alliance?.briefing.sinceLastMeeting;
	if (since) renderSince(body, since, context);
}
