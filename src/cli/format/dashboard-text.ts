/**
 * The dashboard as readable text for a terminal: sections in the dashboard's
 * order, sparklines for trends, and every item followed by `path:line` so it
 * can be opened. Colour only when asked for (a terminal without NO_COLOR).
 */
import { actionFacts } from "../../core/analytics/action-facts";
import { formatValue } from "../../core/i18n/numbers";
import type {
	ActionSummary,
	AllianceDashboard,
	Briefing,
	ConflictTheme,
	DashboardModel,
	KpiTrend,
	QuickWinSummary,
	RelationshipHealth,
	SourceRef,
	StakeholderSummary,
} from "../../core/analytics/dashboard-model";
import type { Language } from "../../core/i18n/language";
import { DASHBOARD_LABELS, RATING_NAMES } from "../../core/i18n/messages/dashboard";
import { translator } from "../../core/i18n/translate";
import type { Problem } from "../../core/model";

const SPARK_BARS = "▁▂▃▄▅▆▇█";
const INDENT = "  ";
const ESC = "\u001b[";

type Style = "bold" | "dim" | "red" | "green" | "yellow" | "cyan";
const STYLE_CODES: Record<Style, [number, number]> = {
	bold: [1, 22],
	dim: [2, 22],
	red: [31, 39],
	green: [32, 39],
	yellow: [33, 39],
	cyan: [36, 39],
};

/**
 * Draws values as a one-line chart of block characters.
 *
 * @example sparkline([1, 2, 3, 4]) // "▁▃▆█"
 */
export function sparkline(values: readonly number[]): string {
	if (values.length === 0) return "";
	const low = Math.min(...values);
	const high = Math.max(...values);
	const last = SPARK_BARS.length - 1;
	return values.map((value) => SPARK_BARS[high === low ? Math.floor(last / 2) : Math.round(((value - low) / (high - low)) * last)] ?? "").join("");
}

export interface TextOptions {
	language: Language;
	color: boolean;
}

/** Writes one dashboard as text. */
export class DashboardText {
	private readonly label;
	private readonly rating;
	private readonly lines: string[] = [];
	/** The dashboard's day (a start date still ahead is shown). */
	private today: string | undefined;

	constructor(private readonly options: TextOptions) {
		this.label = translator(DASHBOARD_LABELS, options.language);
		this.rating = translator(RATING_NAMES, options.language);
	}

	/**
	 * Renders the whole model.
	 *
	 * @param model the dashboard
	 */
	render(model: DashboardModel): string {
		this.today = model.today;
		this.line(this.style("bold", this.label("title", { today: model.today })));
		if (model.alliances.length === 0) {
			this.line("", this.label("no-alliances"));
		}
		for (const alliance of model.alliances) this.alliance(alliance);
		if (model.alliances.length > 1) {
			this.line("", this.style("bold", `━━ ${this.label("section-all")}`));
			this.heading(this.label("section-conflicts"));
			this.conflicts(model.conflicts.filter((theme) => theme.alliances.length > 1 || theme.recurring));
		}
		const attached = new Set(model.alliances.flatMap((alliance) => alliance.problems));
		const elsewhere = model.problems.filter((problem) => !attached.has(problem));
		if (elsewhere.length > 0) {
			this.line("", this.style("bold", this.label("problems-elsewhere")));
			this.problems(elsewhere);
		}
		return `${this.lines.join("\n")}\n`;
	}

	private alliance(alliance: AllianceDashboard): void {
		const standing = [alliance.phase, alliance.status].filter(Boolean).join(", ");
		this.line("", this.style("bold", `━━ ${alliance.name}${alliance.partner ? ` — ${alliance.partner}` : ""}${standing ? ` (${standing})` : ""}`));
		const facts = [this.label("counts", alliance.counts)];
		const { briefing } = alliance;
		if (briefing.daysSinceLastMeeting !== undefined && alliance.lastMeeting) {
			facts.push(this.label("last-met", { days: briefing.daysSinceLastMeeting, date: alliance.lastMeeting }));
		}
		if (briefing.nextMeeting !== undefined && briefing.daysToNextMeeting !== undefined) {
			facts.push(
				briefing.daysToNextMeeting >= 0
					? this.label("next-meeting", { days: briefing.daysToNextMeeting, date: briefing.nextMeeting })
					: this.style("yellow", this.label("next-meeting-past", { date: briefing.nextMeeting })),
			);
		}
		this.line(INDENT + facts.join(" · "));
		this.heading(this.label("section-briefing"));
		this.briefing(briefing);
		this.heading(this.label("section-kpis"));
		this.kpis(alliance.kpis);
		this.heading(this.label("section-health"));
		this.health(alliance.health);
		this.heading(this.label("section-conflicts"));
		this.conflicts(alliance.conflicts);
		this.heading(this.label("section-quick-wins"));
		this.quickWins(alliance.quickWins);
		this.heading(this.label("section-actions"));
		this.actions(alliance.actions);
		this.heading(this.label("section-stakeholders"));
		this.stakeholders(alliance.stakeholders);
		this.heading(this.label("section-problems"));
		if (alliance.problems.length === 0) this.item(this.label("no-problems"));
		else this.problems(alliance.problems);
	}

	private briefing(briefing: Briefing): void {
		if (briefing.items.length === 0) this.item(this.label("nothing-needs-attention"));
		for (const item of briefing.items) {
			const urgent = item.kind === "overdue-action" || item.kind === "recurring-conflict" || item.kind === "kpi-off-track";
			this.item(`${urgent ? this.style("red", "!") : "·"} ${item.text}`, item.source);
		}
		const since = briefing.sinceLastMeeting;
		if (!since) return;
		const parts = since.kpiChanges.map((change) => {
			const arrow = change.better === undefined ? "" : change.better ? this.style("green", " ▲") : this.style("red", " ▼");
			return `${change.label} ${change.from ?? "–"} → ${change.to}${arrow}`;
		});
		if (since.newConflicts.length > 0) parts.push(this.label("since-new-conflicts", { list: since.newConflicts.join(", ") }));
		if (since.resolvedConflicts.length > 0) parts.push(this.label("since-resolved", { list: since.resolvedConflicts.join(", ") }));
		parts.push(this.label("since-actions", { added: since.actionsAdded, done: since.actionsDone, wins: since.newQuickWins }));
		this.item(`${this.label("since-last-meeting", { date: since.meeting.date })}: ${parts.join("; ")}`, since.meeting);
	}

	private kpis(kpis: readonly KpiTrend[]): void {
		if (kpis.length === 0) this.item(this.label("no-kpis"));
		for (const kpi of kpis) {
			const values = kpi.series.map((point) => point.value);
			const status =
				kpi.status === "on-track" ? this.style("green", this.label("on-track")) : kpi.status === "off-track" ? this.style("red", this.label("off-track")) : this.label(kpi.status);
			const details = [
				kpi.latest ? formatValue(kpi.latest.value, kpi.unit, this.options.language) : undefined,
				kpi.change !== undefined && kpi.change !== 0 ? `(${kpi.change > 0 ? "+" : ""}${formatValue(kpi.change, undefined, this.options.language)})` : undefined,
				kpi.target !== undefined ? `${this.label("target", { target: formatValue(kpi.target, kpi.unit, this.options.language) })} ${kpi.direction === "up" ? "↑" : "↓"}` : this.label("no-target"),
				status,
				kpi.trend !== "unknown" ? this.label(kpi.trend) : undefined,
				kpi.stale ? this.style("yellow", this.label("stale", { count: kpi.meetingsSinceReading })) : undefined,
				kpi.defined ? undefined : this.style("yellow", this.label("undefined-kpi")),
			].filter(Boolean);
			this.item(`${kpi.label}  ${this.style("cyan", sparkline(values))}  ${details.join(" · ")}`, kpi.latest ?? kpi.definition);
			for (const point of kpi.series.filter((candidate) => candidate.replaced.length > 0)) {
				this.item(`${INDENT}${point.date}: ${this.label("same-day", { count: point.replaced.length + 1 })}`, point);
			}
		}
	}

	private health(health: RelationshipHealth): void {
		const rated = health.ratings.filter((rating) => rating.series.length > 0);
		if (rated.length === 0) this.item(this.label("no-ratings"));
		for (const rating of rated) {
			const averages = [
				rating.recentAverage !== undefined ? this.label("recent-average", { value: rating.recentAverage }) : undefined,
				rating.earlierAverage !== undefined ? this.label("earlier-average", { value: rating.earlierAverage }) : undefined,
			].filter(Boolean);
			this.item(`${this.rating(rating.key).padEnd(24)} ${this.style("cyan", sparkline(rating.series.map((point) => point.value)))}  ${averages.join(" · ")}`);
		}
		if (health.mostMoved) {
			const change = `${health.mostMoved.change > 0 ? "+" : ""}${health.mostMoved.change}`;
			this.item(this.label("most-moved", { rating: this.rating(health.mostMoved.key), change }));
		}
	}

	private conflicts(themes: readonly ConflictTheme[]): void {
		if (themes.length === 0) this.item(this.label("no-conflicts"));
		for (const theme of themes) {
			const flags = [
				theme.status === "open" ? this.style("red", this.label("open")) : this.style("green", this.label("resolved")),
				theme.recurring ? this.style("yellow", this.label("recurring")) : undefined,
				theme.escalating ? this.style("red", this.label("escalating")) : undefined,
				this.label("meetings-since", { count: theme.meetingCount, first: theme.firstSeen, last: theme.lastSeen }),
				theme.alliances.length > 1 ? theme.alliances.join(", ") : undefined,
			].filter(Boolean);
			this.item(`${this.style("bold", theme.label)} · ${flags.join(" · ")}`);
			if (theme.wordings.length > 1) this.item(`${INDENT}${this.label("wordings", { list: theme.wordings.join(", ") })}`);
			for (const reason of theme.mergeReasons) this.item(`${INDENT}${this.style("dim", this.label(`merged-${reason.kind}`, reason))}`);
			for (const mention of theme.mentions) {
				this.item(`${INDENT}${mention.resolved ? "✓" : "○"} ${mention.date} ${mention.text}`, mention);
			}
		}
	}

	private quickWins(summary: QuickWinSummary): void {
		if (summary.items.length === 0) {
			this.item(this.label("no-quick-wins"));
			return;
		}
		const header = [this.label("quick-wins-total", { count: summary.items.length, unshared: summary.uncommunicated })];
		if (summary.adoption) header.push(this.label(summary.adoption.basis === "reflection" ? "adoption-reflection" : "adoption-stakeholders", { stage: summary.adoption.stage }));
		this.item(header.join(" · "), summary.adoption?.source);
		this.item(this.label("per-quarter", { list: summary.perQuarter.map((quarter) => `${quarter.quarter} ${quarter.count}`).join(", ") }));
		for (const win of summary.items) {
			const state = win.communicated ? this.label("shared") : this.style("yellow", this.label("not-shared"));
			this.item(`${win.communicated ? "✓" : "○"} ${win.date} ${win.text} (${state})`, win);
		}
	}

	private actions(summary: ActionSummary): void {
		if (summary.open.length === 0) {
			this.item(this.label("no-actions"));
			return;
		}
		this.item(this.label("actions-open", { open: summary.open.length, overdue: summary.overdue }));
		const owners = summary.byOwner.map((row) =>
			this.label(row.overdue > 0 ? "owner-row-overdue" : "owner-row", { owner: row.owner || this.label("no-owner"), open: row.open, overdue: row.overdue }),
		);
		this.item(this.label("by-owner", { list: owners.join(", ") }));
		for (const action of summary.open) {
			const when = action.overdue
				? this.style("red", `${action.due ?? ""} ${this.label("days-overdue", { days: action.daysOverdue ?? 0 })}`)
				: (action.due ?? "");
			const facts = actionFacts(action, this.today).map((fact) => ("text" in fact ? fact.text : this.label(fact.key, fact.key === "action-starts" ? { date: fact.date } : {})));
			const extra = facts.length > 0 ? ` (${facts.join(" · ")})` : "";
			this.item(`${action.overdue ? this.style("red", "!") : "○"} ${when ? `${when} ` : ""}${action.description}${action.owner ? ` @${action.owner}` : ""}${extra}`, action);
		}
	}

	private stakeholders(summary: StakeholderSummary): void {
		if (summary.people.length === 0) {
			this.item(this.label("no-stakeholders"));
			return;
		}
		const counts = (record: Partial<Record<string, number>>): string =>
			Object.entries(record)
				.map(([key, count]) => `${key} ${count ?? 0}`)
				.join(", ");
		this.item(this.label("by-stage", { list: counts(summary.byStage) }));
		this.item(this.label("by-stance", { list: counts(summary.byStance) }));
		if (summary.overdue.length > 0) {
			this.item(this.style("yellow", this.label("contact-overdue", { list: summary.overdue.map((person) => `${person.name} (${person.contactOverdueDays ?? 0})`).join(", ") })));
		}
		for (const person of summary.people) {
			const facts = [person.side, person.role, person.stance, person.influence, person.stage].filter(Boolean).join(", ");
			this.item(`${person.name}${facts ? ` — ${facts}` : ""}`, person);
		}
	}

	private problems(problems: readonly Problem[]): void {
		for (const problem of problems) this.item(this.style(problem.severity === "error" ? "red" : "yellow", `${problem.path}:${problem.line}: ${problem.message}`));
	}

	private heading(text: string): void {
		this.line("", `${INDENT}${this.style("bold", text)}`);
	}

	private item(text: string, source?: SourceRef): void {
		this.line(`${INDENT}${INDENT}${text}${source ? `  ${this.style("dim", `${source.path}:${source.line}`)}` : ""}`);
	}

	private line(...lines: string[]): void {
		this.lines.push(...lines);
	}

	private style(style: Style, text: string): string {
		if (!this.options.color || text === "") return text;
		const [on, off] = STYLE_CODES[style];
		return `${ESC}${on}m${text}${ESC}${off}m`;
	}
}
