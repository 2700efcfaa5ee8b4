/**
 * "Before the next meeting": how long since the last meeting and until the
 * next, what needs attention — grouped by alliance and by kind, each kind a
 * short list of its own so none hides behind another — and what changed
 * since the meeting before the last.
 */
import type { BriefingItem, BriefingKind, SinceLastMeeting } from "../../core/analytics/dashboard-model";
import { briefingText, meetingDistance, preparedText, sinceLines } from "../../core/present/briefing";
import { capitalize } from "../../core/present/numbers";
import type { DashboardScope } from "../../core/present/scope";
import { groupBriefing, groupByKind, type BriefingKindGroup } from "../../core/present/overview";
import { disclosure, LIST_PAGE, limitedList, meta, plainItem, sourceButton } from "../dom";
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

/** Each kind shows this many items, the rest behind its own "Show all": no kind pushes another out of sight. */
const SHOWN_PER_KIND = { one: 3, all: 2 };

function renderItem(entry: HTMLElement, item: BriefingItem, context: RenderContext): void {
	const cls = ["alliance-journal-briefing-item", toneClass(KIND_TONE[item.kind])];
	const row = item.source ? sourceButton(entry, item.source, context, cls) : plainItem(entry, cls);
	row.setAttr("data-kind", item.kind);
	row.createSpan({ cls: "alliance-journal-item-text", text: briefingText(item, context.words) });
}

/** One alliance's items, a short list per kind, in the model's order of urgency. */
function renderKinds(parent: HTMLElement, kinds: readonly BriefingKindGroup[], key: string, perKind: number, context: RenderContext): void {
	for (const group of kinds) {
		const limit = Math.min(context.listLimit, perKind);
		limitedList(parent, group.items, `briefing:${key}:${group.kind}`, context, (entry, item) => renderItem(entry, item, context), ["alliance-journal-briefing-kind"], limit);
	}
}

/** All alliances: a group per alliance (open when there are few), each with its kinds. */
function renderAllianceGroups(parent: HTMLElement, items: readonly BriefingItem[], context: RenderContext): void {
	const groups = groupBriefing(items);
	const open = groups.length <= context.openGroupsUpTo;
	limitedList(parent, groups, "briefing-alliances", context, (entry, group) => {
		entry.setAttr("data-alliance", group.alliance);
		const spec = { label: group.alliance, count: group.count, key: `briefing-group:${group.alliance}`, open, group: true };
		disclosure(entry, spec, context, (body) => renderKinds(body, group.kinds, group.alliance, SHOWN_PER_KIND.all, context));
	}, ["alliance-journal-briefing-groups"], LIST_PAGE);
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
		if (scope.alliance) renderKinds(body, groupByKind(scope.briefing), scope.alliance.name, SHOWN_PER_KIND.one, context);
		else renderAllianceGroups(body, scope.briefing, context);
	} else {
		meta(body, [t("briefing-empty")]);
	}
	const since = scope.alliance?.briefing.sinceLastMeeting;
	if (since) renderSince(body, since, context);
}
