/**
 * A pre-meeting briefing as a Markdown note an alliance manager can paste into
 * the vault: what needs attention, what happened at the last meeting, the
 * KPIs, and links back to every source note. It has no `type: alliance…`
 * property (it is not one of the journal's notes) and writes no task
 * checkboxes (so the Tasks plugin does not count actions twice).
 */
import { actionFacts } from "../../core/analytics/action-facts";
import type { CalendarDate } from "../../core/model";
import { formatValue } from "../../core/i18n/numbers";
import type { AllianceDashboard, DashboardModel, SourceRef } from "../../core/analytics/dashboard-model";
import type { Language } from "../../core/i18n/language";
import { DASHBOARD_LABELS } from "../../core/i18n/messages/dashboard";
import { translator } from "../../core/i18n/translate";

/** A wikilink to a source note, named after the file. */
function linkTo(source: SourceRef | undefined): string {
	if (!source) return "";
	const target = source.path.replace(/\.md$/i, "");
	const name = target.slice(target.lastIndexOf("/") + 1);
	return ` ([[${target}|${name}]])`;
}

/** Keeps a table cell on one line and its pipes from splitting it. */
function cell(text: string): string {
	return text.replace(/\|/g, "\\|").replace(/\s+/g, " ");
}

function allianceBriefing(
	alliance: AllianceDashboard,
	label: ReturnType<typeof translator<keyof (typeof DASHBOARD_LABELS)["en"]>>,
	language: Language,
	today: CalendarDate,
): string[] {
	const lines = [`## ${alliance.name}${alliance.partner ? ` — ${alliance.partner}` : ""}`, ""];
	const { briefing } = alliance;
	const facts = [label("counts", alliance.counts)];
	if (briefing.nextMeeting !== undefined && briefing.daysToNextMeeting !== undefined && briefing.daysToNextMeeting >= 0) {
		facts.push(label("next-meeting", { days: briefing.daysToNextMeeting, date: briefing.nextMeeting }));
	}
	lines.push(facts.join(" · "), "", `### ${label("section-briefing")}`, "");
	if (briefing.items.length === 0) lines.push(`- ${label("nothing-needs-attention")}`);
	for (const item of briefing.items) lines.push(`- ${item.text}${linkTo(item.source)}`);
	const since = briefing.sinceLastMeeting;
	if (since) {
		lines.push("", `### ${label("since-last-meeting", { date: since.meeting.date })}${linkTo(since.meeting)}`, "");
		for (const change of since.kpiChanges) lines.push(`- ${change.label}: ${change.from ?? "–"} → ${change.to}${change.better === undefined ? "" : change.better ? " ▲" : " ▼"}`);
		if (since.newConflicts.length > 0) lines.push(`- ${label("since-new-conflicts", { list: since.newConflicts.join(", ") })}`);
		if (since.resolvedConflicts.length > 0) lines.push(`- ${label("since-resolved", { list: since.resolvedConflicts.join(", ") })}`);
		lines.push(`- ${label("since-actions", { added: since.actionsAdded, done: since.actionsDone, wins: since.newQuickWins })}`);
	}
	if (alliance.kpis.length > 0) {
		lines.push("", `### ${label("section-kpis")}`, "", "| KPI | | | |", "| --- | --- | --- | --- |");
		for (const kpi of alliance.kpis) {
			const latest = kpi.latest ? formatValue(kpi.latest.value, kpi.unit, language) : "–";
			const target = kpi.target !== undefined ? `${formatValue(kpi.target, kpi.unit, language)} ${kpi.direction === "up" ? "↑" : "↓"}` : label("no-target");
			const status = [label(kpi.status), kpi.trend !== "unknown" ? label(kpi.trend) : "", kpi.stale ? label("stale", { count: kpi.meetingsSinceReading }) : ""].filter(Boolean).join(", ");
			lines.push(`| ${cell(kpi.label)} | ${cell(latest)} | ${cell(target)} | ${cell(status)} |`);
		}
	}
	const open = alliance.conflicts.filter((theme) => theme.status === "open");
	if (open.length > 0) {
		lines.push("", `### ${label("section-conflicts")}`, "");
		for (const theme of open) {
			const last = theme.mentions[theme.mentions.length - 1];
			const flags = [theme.recurring ? label("recurring") : "", label("meetings-since", { count: theme.meetingCount, first: theme.firstSeen, last: theme.lastSeen })].filter(Boolean);
			lines.push(`- **${theme.label}** — ${flags.join(", ")}${linkTo(last)}`);
		}
	}
	if (alliance.actions.open.length > 0) {
		lines.push("", `### ${label("section-actions")}`, "");
		for (const action of alliance.actions.open) {
			const when = action.overdue ? `${action.due ?? ""}, ${label("days-overdue", { days: action.daysOverdue ?? 0 })}: ` : action.due ? `${action.due}: ` : "";
			const facts = actionFacts(action, today).map((fact) => ("text" in fact ? fact.text : label(fact.key, fact.key === "action-starts" ? { date: fact.date } : {})));
			const extra = [...facts, ...(action.owner ? [`@${action.owner}`] : [])];
			lines.push(`- ${when}${action.description}${extra.length > 0 ? ` (${extra.join(" · ")})` : ""}${linkTo(action)}`);
		}
	}
	return lines;
}

/**
 * Writes the briefing note.
 *
 * @param model the dashboard (one alliance or all)
 * @param language the note's language
 */
export function dashboardMarkdown(model: DashboardModel, language: Language): string {
	const label = translator(DASHBOARD_LABELS, language);
	const only = model.alliances.length === 1 ? model.alliances[0] : undefined;
	const frontmatter = ["---", "tags:", "  - alliance-briefing"];
	if (only) frontmatter.push(`alliance: "[[${only.name}]]"`);
	frontmatter.push(`date: ${model.today}`);
	if (only?.briefing.nextMeeting) frontmatter.push(`next_meeting: ${only.briefing.nextMeeting}`);
	frontmatter.push("---");
	const lines = [...frontmatter, `# ${label("section-briefing")}${only ? `: ${only.name}` : ""} — ${model.today}`, ""];
	if (model.alliances.length === 0) lines.push(label("no-alliances"));
	for (const alliance of model.alliances) lines.push(...allianceBriefing(alliance, label, language, model.today), "");
	return `${lines.join("\n").trimEnd()}\n`;
}
