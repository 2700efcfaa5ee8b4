/**
 * The dashboard as readable text for a terminal: sections in the dashboard's
 * order, sparklines for trends, and every item followed by `path:line` so it
 * can be opened. Colour only when asked for (a terminal without NO_COLOR).
 */
import { actionFacts } from "./action-facts";
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
} from "../analytics/dashboard-model";
import type { Problem, StakeholderStage, StakeholderStance } from "../model";
import { STAKEHOLDER_STAGES, STAKEHOLDER_STANCES } from "../model";
import { briefingText, meetingDistance, preparedText, sameDayText, sinceLines } from "./briefing";
import { alsoWrittenAs, mergeReasonText, themeOccurrence } from "./conflicts";
import { dimensionLine, healthCheckDueText, perceptionGapLines, practiceName, practiceReason, verdictName } from "./engagement";
import { capitalize } from "./numbers";
import { problemLine } from "./problems";
import { ratingName, type Words } from "./words";

/** A perception gap of this many points or more is marked. */
const WIDE_GAP = 2;
/** The text lists this many notes of a verdict's evidence (the JSON has them all). */
const EVIDENCE_SHOWN = 3;
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
	/** The language's words (see core/present/words.ts). */
	words: Words;
	color: boolean;
	/** Also say why conflict wordings were grouped (the technical reason). */
	verbose?: boolean;
}

/** Writes one dashboard as text. */
export class DashboardText {
	private readonly words: Words;
	private readonly label: Words["t"];
	private readonly lines: string[] = [];
	/** The dashboard's day (a start date still ahead is shown). */
	private today: string | undefined;

	constructor(private readonly options: TextOptions) {
		this.words = options.words;
		this.label = options.words.t;
	}

	/**
	 * Renders the whole model.
	 *
	 * @param model the dashboard
	 */
	render(model: DashboardModel): string {
		this.today = model.today;
		this.line(this.style("bold", this.label("title", { today: this.words.date(model.today) })));
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
		const { words } = this;
		const standing = [alliance.phase ? words.choice("phase", alliance.phase) : undefined, alliance.status ? words.choice("status", alliance.status) : undefined]
			.filter(Boolean)
			.join(", ");
		this.line("", this.style("bold", `━━ ${alliance.name}${alliance.partner ? ` — ${alliance.partner}` : ""}${standing ? ` (${standing})` : ""}`));
		const [last, next] = meetingDistance(alliance, words);
		const passed = alliance.briefing.daysToNextMeeting !== undefined && alliance.briefing.daysToNextMeeting < 0;
		const people = [
			alliance.owner ? this.label("overview-owner", { name: alliance.owner.display }) : undefined,
			alliance.counterpart ? this.label("overview-counterpart", { name: alliance.counterpart.display }) : undefined,
		].filter((fact): fact is string => fact !== undefined);
		this.line(INDENT + capitalize([this.label("counts", alliance.counts), last, passed ? this.style("yellow", next) : next].join(" · ")));
		if (people.length > 0) this.line(INDENT + capitalize(people.join(" · ")));
		this.heading(this.label("section-briefing"));
		this.briefing(alliance.briefing);
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
		this.heading(this.label("section-engagement"));
		this.engagement(alliance);
		this.heading(this.label("section-problems"));
		if (alliance.problems.length === 0) this.item(this.label("problems-none"));
		else this.problems(alliance.problems);
	}

	private briefing(briefing: Briefing): void {
		if (briefing.items.length === 0) this.item(this.label("briefing-empty"));
		for (const item of briefing.items) {
			const urgent = item.kind === "overdue-action" || item.kind === "recurring-conflict" || item.kind === "kpi-off-track";
			this.item(`${urgent ? this.style("red", "!") : "·"} ${briefingText(item, this.words)}`, item.source);
		}
		const prepared = preparedText(briefing, this.words);
		if (prepared !== undefined) this.item(`→ ${prepared}`, briefing.preparedMeeting);
		const since = briefing.sinceLastMeeting;
		if (!since) return;
		const { kpis, other } = sinceLines(since, this.words);
		const parts = [
			...kpis.map((change) => `${change.text}${change.better === undefined ? "" : change.better ? this.style("green", " ▲") : this.style("red", " ▼")}`),
			...other,
		];
		this.item(`${this.label("since-title", { date: this.words.date(since.meeting.date) })}: ${parts.join("; ")}`, since.meeting);
	}

	private kpis(kpis: readonly KpiTrend[]): void {
		const { words } = this;
		if (kpis.length === 0) this.item(this.label("kpis-empty"));
		for (const kpi of kpis) {
			const values = kpi.series.map((point) => point.value);
			const statusText = words.choice("kpi-status", kpi.status);
			const status = kpi.status === "on-track" ? this.style("green", statusText) : kpi.status === "off-track" ? this.style("red", statusText) : statusText;
			const details = [
				kpi.latest ? words.value(kpi.latest.value, kpi.unit) : undefined,
				kpi.change !== undefined && kpi.change !== 0 ? `(${words.signed(kpi.change)})` : undefined,
				kpi.target !== undefined
					? `${this.label("kpi-target", { target: words.value(kpi.target, kpi.unit) })} ${kpi.direction === "up" ? "↑" : "↓"}`
					: words.choice("kpi-status", "no-target"),
				status,
				kpi.trend !== "unknown" ? words.choice("kpi-trend", kpi.trend) : undefined,
				kpi.stale ? this.style("yellow", this.label("kpi-stale", { count: kpi.meetingsSinceReading })) : undefined,
				kpi.defined ? undefined : this.style("yellow", this.label("kpi-undefined")),
			].filter(Boolean);
			this.item(`${kpi.label}  ${this.style("cyan", sparkline(values))}  ${details.join(" · ")}`, kpi.latest ?? kpi.definition);
			for (const point of kpi.series.filter((candidate) => candidate.replaced.length > 0)) {
				this.item(`${INDENT}${words.date(point.date)}: ${sameDayText(point, words) ?? ""}`, point);
			}
		}
	}

	private health(health: RelationshipHealth): void {
		const { words } = this;
		const rated = health.ratings.filter((rating) => rating.series.length > 0);
		if (rated.length === 0) this.item(this.label("health-empty"));
		for (const rating of rated) {
			const averages = [
				rating.recentAverage !== undefined ? this.label("health-recent-average", { value: rating.recentAverage }) : undefined,
				rating.earlierAverage !== undefined ? this.label("health-earlier-average", { value: rating.earlierAverage }) : undefined,
			].filter(Boolean);
			this.item(`${ratingName(words, rating.key).padEnd(28)} ${this.style("cyan", sparkline(rating.series.map((point) => point.value)))}  ${averages.join(" · ")}`);
		}
		if (health.mostMoved) {
			this.item(capitalize(this.label("health-most-moved", { rating: words.choice("rating", health.mostMoved.key), change: words.signed(health.mostMoved.change) })));
		}
	}

	private conflicts(themes: readonly ConflictTheme[]): void {
		const { words } = this;
		if (themes.length === 0) this.item(this.label("conflicts-none"));
		for (const theme of themes) {
			const flags = [
				theme.status === "open" ? this.style("red", this.label("conflict-open")) : this.style("green", this.label("conflict-resolved")),
				theme.recurring ? this.style("yellow", this.label("conflict-recurring")) : undefined,
				theme.escalating ? this.style("red", this.label("conflict-escalating")) : undefined,
				...themeOccurrence(theme, words),
				theme.alliances.length > 1 ? words.list(theme.alliances) : undefined,
			].filter(Boolean);
			this.item(`${this.style("bold", theme.label)} · ${flags.join(" · ")}`);
			const also = alsoWrittenAs(theme, words);
			if (also) this.item(`${INDENT}${capitalize(also)}`);
			if (this.options.verbose) for (const reason of theme.mergeReasons) this.item(`${INDENT}${this.style("dim", mergeReasonText(reason, words))}`);
			for (const mention of theme.mentions) {
				this.item(`${INDENT}${mention.resolved ? "✓" : "○"} ${words.date(mention.date)} ${mention.text}`, mention);
			}
		}
	}

	private quickWins(summary: QuickWinSummary): void {
		const { words } = this;
		if (summary.items.length === 0) {
			this.item(this.label("wins-none"));
			return;
		}
		const header = [this.label("wins-total", { count: summary.items.length, unshared: summary.uncommunicated })];
		if (summary.adoption) {
			header.push(
				this.label("adoption-stage", {
					label: this.label("adoption-label"),
					stage: words.choice("stage", summary.adoption.stage),
					basis: this.label(summary.adoption.basis === "reflection" ? "adoption-from-reflection" : "adoption-from-stakeholders"),
				}),
			);
		}
		this.item(capitalize(header.join(" · ")), summary.adoption?.source);
		const quarters = summary.perQuarter.map((quarter) => `${words.quarter(quarter.quarter)} ${words.number(quarter.count)}`);
		this.item(`${capitalize(this.label("wins-per-quarter"))}: ${words.list(quarters)}`);
		for (const win of summary.items) {
			const state = win.communicated ? this.label("win-shared") : this.style("yellow", this.label("win-not-shared"));
			this.item(`${win.communicated ? "✓" : "○"} ${words.date(win.date)} ${win.text} (${state})`, win);
		}
	}

	private actions(summary: ActionSummary): void {
		const { words } = this;
		if (summary.open.length === 0) {
			this.item(this.label("actions-empty"));
			return;
		}
		this.item(capitalize(this.label("actions-summary", { open: summary.open.length, overdue: summary.overdue })));
		const owners = summary.byOwner.map((row) => this.label("actions-owner-count", { owner: row.owner || this.label("actions-no-owner"), open: row.open, overdue: row.overdue }));
		this.item(`${capitalize(this.label("actions-by-owner"))}: ${owners.join("; ")}`);
		for (const action of summary.open) {
			const when = action.overdue
				? this.style("red", `${words.date(action.due ?? "")} ${this.label("action-overdue", { days: action.daysOverdue ?? 0 })}`)
				: action.due === undefined
					? ""
					: words.date(action.due);
			const facts = actionFacts(action, this.today).map((fact) => ("text" in fact ? fact.text : this.label(fact.key, fact.key === "action-starts" ? { date: words.date(fact.date) } : {})));
			const extra = facts.length > 0 ? ` (${facts.join(" · ")})` : "";
			this.item(`${action.overdue ? this.style("red", "!") : "○"} ${when ? `${when} ` : ""}${action.description}${action.owner ? ` @${action.owner}` : ""}${extra}`, action);
		}
	}

	private stakeholders(summary: StakeholderSummary): void {
		const { words } = this;
		if (summary.people.length === 0) {
			this.item(this.label("stakeholders-none"));
			return;
		}
		const tally = <K extends string>(field: "stage" | "stance", order: readonly K[], record: Partial<Record<K, number>>): string =>
			words.list(order.filter((key) => (record[key] ?? 0) > 0).map((key) => `${words.choice(field, key)} ${words.number(record[key] ?? 0)}`));
		this.item(`${capitalize(this.label("stakeholders-by-stage"))}: ${tally<StakeholderStage>("stage", STAKEHOLDER_STAGES, summary.byStage)}`);
		this.item(`${capitalize(this.label("stakeholders-by-stance"))}: ${tally<StakeholderStance>("stance", STAKEHOLDER_STANCES, summary.byStance)}`);
		if (summary.overdue.length > 0) {
			const overdue = summary.overdue.map((person) => `${person.name} (${this.label("contact-overdue-days", { days: person.contactOverdueDays ?? 0 })})`);
			this.item(this.style("yellow", `${capitalize(this.label("stakeholders-overdue"))}: ${words.list(overdue)}`));
		}
		for (const person of summary.people) {
			const facts = [
				person.side ? words.choice("side", person.side) : undefined,
				person.role,
				person.stance ? words.choice("stance", person.stance) : undefined,
				person.influence ? words.choice("influence", person.influence) : undefined,
				person.stage ? words.choice("stage", person.stage) : undefined,
			]
				.filter(Boolean)
				.join(", ");
			this.item(`${person.name}${facts ? ` — ${facts}` : ""}`, person);
		}
	}

	// ── Issue 15: the perception gap and the engagement scorecard ──

	private engagement(alliance: AllianceDashboard): void {
		const { words } = this;
		const { healthChecks } = alliance;
		this.item(this.style("bold", this.label("gap-title")));
		const check = healthChecks.latest;
		const due = healthCheckDueText(healthChecks.due, words);
		if (!check) this.item(this.label("gap-none"));
		else {
			const lines = perceptionGapLines(check, words);
			this.item(lines.title, check.check);
			const facts = [lines.participants, lines.averages, due && healthChecks.due.due ? this.style("yellow", due) : due].filter((fact): fact is string => fact !== undefined);
			if (facts.length > 0) this.item(`${INDENT}${capitalize(facts.join(" · "))}`);
			for (const dimension of check.dimensions) {
				const line = dimensionLine(dimension, words, check);
				const wide = dimension.gap !== undefined && Math.abs(dimension.gap) >= WIDE_GAP;
				this.item(`${INDENT}${line.name}: ${line.ratings} · ${wide ? this.style("yellow", line.gap) : line.gap}`, dimension.source);
				if (line.trend) this.item(`${INDENT}${INDENT}${this.style("dim", capitalize(line.trend))}`);
			}
		}
		this.item(this.style("bold", this.label("scorecard-title")));
		for (const score of alliance.scorecard) {
			const verdict = capitalize(verdictName(words, score.verdict));
			const mark = score.verdict === "on-track" ? this.style("green", "✓") : score.verdict === "needs-attention" ? this.style("red", "!") : "·";
			const tone = score.verdict === "on-track" ? this.style("green", verdict) : score.verdict === "needs-attention" ? this.style("yellow", verdict) : this.style("dim", verdict);
			this.item(`${mark} ${practiceName(words, score.practice)}: ${tone} — ${practiceReason(score, words)}`);
			const shown = score.evidence.slice(0, EVIDENCE_SHOWN).map((ref) => `${ref.path}:${ref.line}`);
			const more = score.evidence.length - shown.length;
			if (shown.length > 0) {
				this.item(`${INDENT}${this.style("dim", `${words.list(shown)}${more > 0 ? ` ${this.label("evidence-more", { count: more })}` : ""}`)}`);
			}
		}
	}

	private problems(problems: readonly Problem[]): void {
		for (const problem of problems) {
			this.item(this.style(problem.severity === "error" ? "red" : "yellow", `${problem.path}:${problem.line}: ${problemLine(problem, this.words)}`));
		}
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
