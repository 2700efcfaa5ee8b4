/**
 * "Before the next meeting" in words: each briefing fact as one sentence,
 * how long since the last meeting and until the next, and what happened at
 * the last meeting.
 */
import type { AllianceDashboard, Briefing, BriefingItem, KpiPoint, SinceLastMeeting, SourceRef } from "../analytics/dashboard-model";
import { ratingName, type Words } from "./words";

/**
 * One briefing item as a sentence.
 *
 * @example briefingText({ kind: "overdue-action", days: 31, action: "Send forecast", … }, wordsFor("nl"))
 *   // "31 dagen te laat: Send forecast"
 */
export function briefingText(item: BriefingItem, words: Words): string {
	const { t } = words;
	switch (item.kind) {
		case "overdue-action":
			return item.owner === undefined
				? t("briefing-overdue-action", { days: item.days, action: item.action })
				: t("briefing-overdue-action-owner", { days: item.days, action: item.action, owner: item.owner });
		case "action-due-soon":
			return t("briefing-action-due-soon", { days: item.days, due: words.date(item.due), action: item.action });
		case "recurring-conflict":
			return t(item.escalating ? "briefing-recurring-conflict-escalating" : "briefing-recurring-conflict", {
				theme: item.theme,
				meetings: item.meetings,
				first: words.date(item.firstSeen),
			});
		case "open-conflict":
			return t("briefing-open-conflict", { theme: item.theme });
		case "kpi-off-track":
			return t("briefing-kpi-off-track", { kpi: item.kpi, value: words.value(item.value, item.unit), target: words.value(item.target, item.unit) });
		case "kpi-worsening":
			return t("briefing-kpi-worsening", { kpi: item.kpi, value: words.value(item.value, item.unit), previous: words.value(item.previous, item.unit) });
		case "kpi-stale":
			return t("briefing-kpi-stale", { kpi: item.kpi, meetings: item.meetings });
		case "rating-dropped":
			return t("briefing-rating-dropped", { rating: ratingName(words, item.rating), recent: item.recent, earlier: item.earlier });
		case "uncommunicated-win":
			return t("briefing-uncommunicated-win", { win: item.win });
		case "contact-overdue":
			return t("briefing-contact-overdue", { name: item.name, days: item.days });
		case "health-check-due":
			return item.last === undefined ? t("briefing-health-check-never") : t("briefing-health-check-due", { last: words.date(item.last), days: item.days ?? 0 });
	}
}

/**
 * How long since the last meeting and until the next, in words (lower case:
 * the caller capitalises a phrase that starts a line).
 *
 * @example meetingDistance(alliance, wordsFor("en")) // ["last meeting 8 days ago (19 Nov 2026)", "next meeting in 6 days (3 Dec 2026)"]
 */
export function meetingDistance(alliance: AllianceDashboard, words: Words): [string, string] {
	const { t } = words;
	const { daysSinceLastMeeting, daysToNextMeeting, nextMeeting } = alliance.briefing;
	const last =
		daysSinceLastMeeting === undefined || alliance.lastMeeting === undefined
			? t("last-meeting-none")
			: t("last-meeting", { days: Math.max(0, daysSinceLastMeeting), date: words.date(alliance.lastMeeting) });
	let next: string;
	if (nextMeeting === undefined || daysToNextMeeting === undefined) next = t("next-meeting-none");
	else if (daysToNextMeeting < 0) next = t("next-meeting-passed", { date: words.date(nextMeeting) });
	else next = t("next-meeting", { days: daysToNextMeeting, date: words.date(nextMeeting) });
	return [last, next];
}

/** One KPI change at the last meeting: its words and whether it is good news (undefined: no comparison). */
export interface KpiChangeLine {
	text: string;
	better?: boolean;
}

/**
 * What happened at the last meeting, one line each: KPI changes, new and
 * resolved conflicts, actions and quick wins.
 */
export function sinceLines(since: SinceLastMeeting, words: Words): { kpis: KpiChangeLine[]; other: string[] } {
	const { t } = words;
	const kpis = since.kpiChanges.map((change) => {
		const line: KpiChangeLine = {
			text: t("since-kpi", { label: change.label, from: change.from === undefined ? "–" : words.value(change.from, change.unit), to: words.value(change.to, change.unit) }),
		};
		if (change.better !== undefined) line.better = change.better;
		return line;
	});
	const other: string[] = [];
	if (since.newConflicts.length > 0) other.push(t("since-new-conflicts", { list: words.list(since.newConflicts) }));
	if (since.resolvedConflicts.length > 0) other.push(t("since-resolved", { list: words.list(since.resolvedConflicts) }));
	other.push(t("since-actions", { added: since.actionsAdded, done: since.actionsDone }));
	other.push(t("since-quick-wins", { count: since.newQuickWins }));
	return { kpis, other };
}

/** A note's name: its file name without folder and `.md`. */
function noteName(source: SourceRef): string {
	return source.path.slice(source.path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}

/**
 * The next meeting's note, prepared in advance, in words; `undefined` when none is.
 *
 * @param link how the output writes a link to the note (a wikilink in Markdown; by default the note's name)
 * @example preparedText(briefing, wordsFor("en"), sourceLink) // "Next meeting prepared: [[Meetings/2026-12-03 Acme|2026-12-03 Acme]]"
 */
export function preparedText(briefing: Briefing, words: Words, link: (source: SourceRef) => string = noteName): string | undefined {
	const prepared = briefing.preparedMeeting;
	return prepared ? words.t("briefing-prepared", { note: link(prepared) }) : undefined;
}

/**
 * A KPI point that replaced other readings of its date, in words: how many
 * readings there were and what made this one count; `undefined` for a point alone on its date.
 *
 * @example sameDayText(point, wordsFor("en")) // "2 readings on one day: the one latest by time counts"
 */
export function sameDayText(point: KpiPoint, words: Words): string | undefined {
	if (point.replaced.length === 0) return undefined;
	const count = point.replaced.length + 1;
	if (point.decidedBy === undefined) return words.t("kpi-same-day", { count });
	return words.t(`kpi-decided-${point.decidedBy}`, { count });
}
