/**
 * The engagement model: the latest joint health check as a spider chart of
 * both sides' ratings, the dimensions by the size of their perception gap
 * (with how each moved since the check before), and the engagement
 * scorecard — per practice a verdict, its reason and the notes it rests on.
 */
import type { AllianceDashboard, DimensionGap, PerceptionGap, PracticeScore, PracticeVerdict } from "../../core/analytics/dashboard-model";
import { dimensionLine, gapChartLabel, healthCheckDueText, perceptionGapLines, practiceName, practiceReason, verdictName } from "../../core/present/engagement";
import { capitalize } from "../../core/present/numbers";
import type { DashboardScope } from "../../core/present/scope";
import { renderRadarChart } from "../charts/radar-chart";
import { badge, disclosure, emptyMessage, itemMeta, limitedList, meta, sourceButton, subheading } from "../dom";
import type { RenderContext, Tone } from "../render-context";
import type { SectionSpec } from "../section";

const RATING_MIN = 1;
const RATING_MAX = 5;
/** A perception gap of this many points or more is worth a conversation. */
const WIDE_GAP = 2;
/** A verdict shows this many notes of its evidence until asked for all. */
const EVIDENCE_SHOWN = 3;
const SERIES_CLASSES = ["alliance-journal-radar-ours", "alliance-journal-radar-theirs"];
const VERDICT_TONE: Record<PracticeVerdict, Tone> = { "on-track": "good", "needs-attention": "warning", "no-evidence": "neutral" };

/** The dimensions in the order the note lists them (the spider's spokes keep their place from check to check). */
function inNoteOrder(check: PerceptionGap): DimensionGap[] {
	return [...check.dimensions].sort((a, b) => a.source.line - b.source.line);
}

function renderGap(parent: HTMLElement, alliance: AllianceDashboard, check: PerceptionGap, context: RenderContext): void {
	const { t, words } = context;
	const facts = perceptionGapLines(check, words);
	const title = sourceButton(parent, check.check, context, ["alliance-journal-gap-check"]);
	title.createSpan({ cls: "alliance-journal-item-text", text: facts.title });
	const due = healthCheckDueText(alliance.healthChecks.due, words);
	itemMeta(title, [facts.participants, facts.averages].map((fact) => (fact === undefined ? undefined : capitalize(fact))));
	if (due) {
		const line = meta(parent, [capitalize(due)]);
		if (line && alliance.healthChecks.due.due) line.addClass("alliance-journal-warning");
	}
	const spokes = inNoteOrder(check);
	const numberOf = new Map(spokes.map((dimension, index) => [dimension, String(index + 1)]));
	const figure = parent.createEl("figure", { cls: "alliance-journal-radar" });
	const axes = spokes.map((dimension) => {
		const line = dimensionLine(dimension, words, check);
		return { label: numberOf.get(dimension) ?? "", title: `${line.name}: ${line.ratings}`, values: [dimension.ours, dimension.theirs] };
	});
	renderRadarChart(figure, { axes, seriesClasses: SERIES_CLASSES, min: RATING_MIN, max: RATING_MAX }, gapChartLabel(check, words));
	const legend = figure.createEl("figcaption", { cls: "alliance-journal-radar-legend" });
	for (const [cls, name] of [
		[SERIES_CLASSES[0], capitalize(t("gap-us"))],
		[SERIES_CLASSES[1], capitalize(t("gap-partner"))],
	]) {
		const key = legend.createSpan({ cls: "alliance-journal-radar-key" });
		key.createSpan({ cls: ["alliance-journal-radar-swatch", cls ?? ""], attr: { "aria-hidden": "true" } });
		key.appendText(name ?? "");
	}
	const list = parent.createEl("ol", { cls: ["alliance-journal-list", "alliance-journal-gaps"] });
	for (const dimension of check.dimensions) {
		const line = dimensionLine(dimension, words, check);
		const item = sourceButton(list.createEl("li"), dimension.source, context, ["alliance-journal-gap"]);
		const head = item.createSpan({ cls: "alliance-journal-item-text" });
		head.createSpan({ cls: "alliance-journal-radar-number", text: numberOf.get(dimension) ?? "" });
		head.createSpan({ text: line.name });
		const wide = dimension.gap !== undefined && Math.abs(dimension.gap) >= WIDE_GAP;
		badge(head, capitalize(line.gap), wide ? "warning" : "neutral");
		itemMeta(item, [capitalize(line.ratings), line.trend]);
	}
}

function renderScore(entry: HTMLElement, score: PracticeScore, alliance: AllianceDashboard, context: RenderContext): void {
	const { words } = context;
	const box = entry.createDiv({ cls: ["alliance-journal-practice", `alliance-journal-practice-${score.verdict}`] });
	const head = box.createDiv({ cls: "alliance-journal-practice-head" });
	head.createSpan({ cls: "alliance-journal-practice-name", text: practiceName(words, score.practice) });
	badge(head, capitalize(verdictName(words, score.verdict)), VERDICT_TONE[score.verdict]);
	box.createEl("p", { cls: "alliance-journal-practice-reason", text: practiceReason(score, words) });
	if (score.evidence.length === 0) return;
	const key = `evidence:${alliance.name}:${score.practice}`;
	// One link per note: the first (most telling) line of each.
	const seen = new Set<string>();
	const notes = score.evidence.filter((ref) => !seen.has(ref.path) && seen.add(ref.path));
	limitedList(
		box,
		notes,
		key,
		context,
		(item, ref) => {
			const button = sourceButton(item, ref, context, ["alliance-journal-evidence"]);
			button.setText(ref.path.slice(ref.path.lastIndexOf("/") + 1).replace(/\.md$/i, ""));
		},
		["alliance-journal-evidence-list"],
		EVIDENCE_SHOWN,
	);
}

function renderAlliance(parent: HTMLElement, alliance: AllianceDashboard, context: RenderContext): void {
	const { t } = context;
	subheading(parent, t("gap-title"));
	const check = alliance.healthChecks.latest;
	if (check) renderGap(parent, alliance, check, context);
	else {
		emptyMessage(parent, t("gap-none"));
		const due = healthCheckDueText(alliance.healthChecks.due, context.words);
		if (due) meta(parent, [capitalize(due)]);
	}
	subheading(parent, t("scorecard-title"));
	const list = parent.createEl("ul", { cls: ["alliance-journal-list", "alliance-journal-scorecard"] });
	for (const score of alliance.scorecard) renderScore(list.createEl("li"), score, alliance, context);
}

/** Renders the engagement model: one alliance's, or per alliance a group (open when there are few). */
export function renderEngagement(body: HTMLElement, scope: DashboardScope, context: RenderContext): void {
	if (!context.showAlliance) {
		for (const alliance of scope.alliances) renderAlliance(body, alliance, context);
		return;
	}
	for (const alliance of scope.alliances) {
		const attention = alliance.scorecard.filter((score) => score.verdict === "needs-attention").length;
		const decorate = (toggle: HTMLElement): void => {
			if (attention > 0) badge(toggle, String(attention), "warning");
		};
		const spec = { label: alliance.name, key: `engagement:${alliance.name}`, open: scope.alliances.length <= context.openGroupsUpTo, group: true, decorate };
		disclosure(body, spec, context, (inner) => renderAlliance(inner, alliance, context));
	}
}

/**
 * The engagement section's spec, for the dashboard's list of sections.
 *
 * @param count the practices needing attention (see `practicesNeedingAttention` in core/present/scope.ts)
 */
export function engagementSection(scope: DashboardScope, context: RenderContext, count: number): SectionSpec {
	return {
		id: "engagement",
		title: context.t("section-engagement"),
		count,
		alert: count,
		empty: context.t("gap-none"),
		hasContent: scope.alliances.length > 0,
		render: (body) => renderEngagement(body, scope, context),
	};
}
