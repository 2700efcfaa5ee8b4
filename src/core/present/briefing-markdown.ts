/**
 * A pre-meeting briefing as a Markdown note an alliance manager can paste into
 * the vault (CLI `dashboard --markdown`) or the plugin writes: what needs
 * attention, what happened at the last meeting, the KPIs, and links back to
 * every source note. It has no `type: alliance…` property (it is not one of
 * the journal's notes) and writes no task checkboxes (so the Tasks plugin
 * does not count actions twice).
 */
import type { AllianceDashboard, DashboardModel, SourceRef } from "../analytics/dashboard-model";
import type { CalendarDate } from "../model";
import { actionFacts } from "./action-facts";
import { briefingText, meetingDistance, preparedText, sinceLines } from "./briefing";
import { themeOccurrence } from "./conflicts";
import { engagementMarkdown } from "./engagement-markdown";
import { namedLinkMarkdown, sourceLink } from "./links";
import { capitalize } from "./numbers";
import type { Words } from "./words";

/** " ([[note|name]])" after an item, or nothing. */
function linkTo(source: SourceRef | undefined): string {
	return source ? ` (${sourceLink(source)})` : "";
}

/** Keeps a table cell on one line and its pipes from splitting it. */
function cell(text: string): string {
	return text.replace(/\|/g, "\\|").replace(/\s+/g, " ");
}

function kpiTable(alliance: AllianceDashboard, words: Words): string[] {
	const { t } = words;
	const header = [t("kpi-table-kpi"), t("kpi-table-latest"), t("kpi-table-target"), t("kpi-table-status")];
	const lines = [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`];
	for (const kpi of alliance.kpis) {
		const latest = kpi.latest ? words.value(kpi.latest.value, kpi.unit) : "–";
		const target = kpi.target !== undefined ? `${words.value(kpi.target, kpi.unit)} ${kpi.direction === "up" ? "↑" : "↓"}` : words.choice("kpi-status", "no-target");
		const status = [
			words.choice("kpi-status", kpi.status),
			kpi.trend !== "unknown" ? words.choice("kpi-trend", kpi.trend) : "",
			kpi.stale ? t("kpi-stale", { count: kpi.meetingsSinceReading }) : "",
		]
			.filter(Boolean)
			.join(", ");
		lines.push(`| ${cell(kpi.label)} | ${cell(latest)} | ${cell(target)} | ${cell(status)} |`);
	}
	return lines;
}

/** "Recurring conflicts": only the themes that recur, open ones first, each with its state. */
function recurringThemes(alliance: AllianceDashboard, words: Words): string[] {
	const { t } = words;
	const recurring = alliance.conflicts.filter((theme) => theme.recurring);
	if (recurring.length === 0) return [];
	const lines = ["", `### ${t("section-conflicts")}`, ""];
	for (const theme of recurring) {
		const last = theme.mentions[theme.mentions.length - 1];
		const flags = [t(theme.status === "open" ? "conflict-open" : "conflict-resolved"), ...themeOccurrence(theme, words)];
		if (theme.note !== undefined) flags.push(t("conflict-theme-note", { note: sourceLink({ path: theme.note, line: 1 }) }));
		lines.push(`- **${theme.label}** — ${flags.join(", ")}${linkTo(last)}`);
	}
	return lines;
}

/** The kinds of briefing items that are actions: the note lists them once, under "Open actions", with all their facts. */
const ACTION_KINDS: ReadonlySet<string> = new Set(["overdue-action", "action-due-soon"]);

/** "Open actions", right after the briefing list: most overdue first, each with its due date, facts and owner. */
function openActions(alliance: AllianceDashboard, words: Words, today: CalendarDate): string[] {
	const { t } = words;
	if (alliance.actions.open.length === 0) return [];
	const lines = ["", `### ${t("section-actions")}`, ""];
	for (const action of alliance.actions.open) {
		const when = action.overdue
			? `${words.date(action.due ?? "")}, ${t("action-overdue", { days: action.daysOverdue ?? 0 })}: `
			: action.due
				? `${words.date(action.due)}: `
				: "";
		const facts = actionFacts(action, today).map((fact) => ("text" in fact ? fact.text : t(fact.key, fact.key === "action-starts" ? { date: words.date(fact.date) } : {})));
		const extra = [...facts, ...(action.owner ? [`@${action.owner}`] : [])];
		lines.push(`- ${when}${action.description}${extra.length > 0 ? ` (${extra.join(" · ")})` : ""}${linkTo(action)}`);
	}
	return lines;
}

function allianceBriefing(alliance: AllianceDashboard, words: Words, today: CalendarDate): string[] {
	const { t } = words;
	const lines = [`## ${alliance.name}${alliance.partner ? ` — ${alliance.partner}` : ""}`, ""];
	const { briefing } = alliance;
	const facts = [t("counts", alliance.counts), ...meetingDistance(alliance, words)];
	if (alliance.owner) facts.push(t("overview-owner", { name: namedLinkMarkdown(alliance.owner) }));
	if (alliance.counterpart) facts.push(t("overview-counterpart", { name: namedLinkMarkdown(alliance.counterpart) }));
	lines.push(capitalize(facts.join(" · ")), "");
	const prepared = preparedText(briefing, words, sourceLink);
	if (prepared !== undefined) lines.push(prepared, "");
	lines.push(`### ${t("section-briefing")}`, "");
	// Each action once: actions are listed under "Open actions" just below, not here as well.
	const items = briefing.items.filter((item) => !ACTION_KINDS.has(item.kind));
	if (items.length === 0 && alliance.actions.open.length === 0) lines.push(`- ${t("briefing-empty")}`);
	for (const item of items) lines.push(`- ${briefingText(item, words)}${linkTo(item.source)}`);
	lines.push(...openActions(alliance, words, today));
	const since = briefing.sinceLastMeeting;
	if (since) {
		lines.push("", `### ${t("since-title", { date: words.date(since.meeting.date) })}${linkTo(since.meeting)}`, "");
		const { kpis, other } = sinceLines(since, words);
		for (const change of kpis) lines.push(`- ${change.text}${change.better === undefined ? "" : change.better ? " ▲" : " ▼"}`);
		for (const line of other) lines.push(`- ${capitalize(line)}`);
	}
	if (alliance.kpis.length > 0) lines.push("", `### ${t("section-kpis")}`, "", ...kpiTable(alliance, words));
	lines.push(...recurringThemes(alliance, words));
	lines.push(...engagementMarkdown(alliance, words));
	return lines;
}

/**
 * Writes the briefing note.
 *
 * @param model the dashboard (one alliance or all)
 * @param words the note's language
 */
export function briefingMarkdown(model: DashboardModel, words: Words): string {
	const { t } = words;
	const only = model.alliances.length === 1 ? model.alliances[0] : undefined;
	const frontmatter = ["---", "tags:", "  - alliance-briefing"];
	if (only) frontmatter.push(`alliance: "[[${only.name}]]"`);
	frontmatter.push(`date: ${model.today}`);
	if (only?.briefing.nextMeeting) frontmatter.push(`next_meeting: ${only.briefing.nextMeeting}`);
	frontmatter.push("---");
	const lines = [...frontmatter, `# ${t("section-briefing")}${only ? `: ${only.name}` : ""} — ${words.date(model.today)}`, ""];
	if (model.alliances.length === 0) lines.push(t("no-alliances"));
	for (const alliance of model.alliances) lines.push(...allianceBriefing(alliance, words, model.today), "");
	return `${lines.join("\n").trimEnd()}\n`;
}
