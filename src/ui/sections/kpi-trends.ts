/**
 * KPI trends: per KPI a card with its status, a time chart against the
 * target, the latest reading and its change, and every reading as an item
 * that opens its meeting note.
 */
import type { AllianceDashboard, KpiPoint, KpiStatus, KpiTrend } from "../../core/analytics/dashboard-model";
import { capitalize } from "../../core/present/numbers";
import type { DashboardScope } from "../../core/present/scope";
import type { Words } from "../../core/present/words";
import { chartFormat, chartWords } from "../charts/chart-format";
import { renderTimeChart, type PointStatus } from "../charts/time-chart";
import { valuesInWords } from "../charts/words";
import { badge, disclosure, limitedList, meta, plainItem, sourceButton } from "../dom";
import { toneClass, type RenderContext, type Tone } from "../render-context";

/** A KPI status as a badge says it. */
function statusText(status: KpiStatus, words: Words): string {
	return capitalize(words.choice("kpi-status", status));
}

/** Good or bad news: the status against the target, else the direction it moves. */
export function kpiTone(kpi: KpiTrend): Tone {
	if (kpi.status === "on-track") return "good";
	if (kpi.status === "off-track") return "bad";
	if (kpi.trend === "improving") return "good";
	if (kpi.trend === "worsening") return "bad";
	return "neutral";
}

/** Whether a change is good news, judged by the KPI's direction. */
function changeTone(kpi: KpiTrend, change: number): Tone {
	if (change === 0) return "neutral";
	return (change > 0) === (kpi.direction === "up") ? "good" : "bad";
}

/**
 * The chart in words, e.g. "On-time delivery: … 93, 90, 88, 87.2; latest
 * 87.2 %, target 95 %, off track".
 */
export function kpiChartLabel(kpi: KpiTrend, words: Words): string {
	const { t } = words;
	const values = valuesInWords(kpi.series.map((point) => words.number(point.value)));
	const latest = kpi.latest ? words.value(kpi.latest.value, kpi.unit) : "–";
	const status = words.choice("kpi-status", kpi.status);
	if (kpi.target === undefined) return t("kpi-chart-label-no-target", { label: kpi.label, values, latest, status });
	return t("kpi-chart-label", { label: kpi.label, values, latest, target: words.value(kpi.target, kpi.unit), status });
}

function readingText(point: KpiPoint, kpi: KpiTrend, words: Words): string {
	return words.t("kpi-reading", { date: words.date(point.date), value: words.value(point.value, kpi.unit) });
}

function replacedNote(point: KpiPoint, words: Words): string | undefined {
	if (point.replaced.length === 0) return undefined;
	return capitalize(words.t("kpi-replaced", { count: point.replaced.length, date: words.date(point.date) }));
}

function renderReading(entry: HTMLElement, point: KpiPoint, kpi: KpiTrend, context: RenderContext): void {
	const item = sourceButton(entry, point, context, ["alliance-journal-reading"]);
	item.createSpan({ cls: "alliance-journal-item-text", text: readingText(point, kpi, context.words) });
	const note = replacedNote(point, context.words);
	if (note) item.createSpan({ cls: "alliance-journal-item-meta", text: note });
}

/**
 * Whether a value meets the KPI's target, as a point's colour: each reading
 * is judged on its own, not by the latest one.
 *
 * @example readingStatus({ target: 95, direction: "up" }, 96) // "good"
 */
export function readingStatus(kpi: Pick<KpiTrend, "target" | "direction">, value: number): PointStatus | undefined {
	if (kpi.target === undefined) return undefined;
	const meets = kpi.direction === "up" ? value >= kpi.target : value <= kpi.target;
	return meets ? "good" : "bad";
}

/** The KPI's readings on a time axis from the alliance's first meeting to today; a click opens the meeting. */
function renderKpiChart(card: HTMLElement, kpi: KpiTrend, alliance: AllianceDashboard, context: RenderContext): void {
	const statusOf = (value: number): PointStatus | undefined => readingStatus(kpi, value);
	const points = kpi.series.map((point) => {
		const status = statusOf(point.value);
		return { date: point.date, value: point.value, source: point, ...(status ? { status } : {}) };
	});
	const start = [alliance.firstMeeting, kpi.series[0]?.date].filter((date): date is string => date !== undefined).sort()[0];
	renderTimeChart(
		card,
		{ series: [{ points, stale: kpi.stale }], range: { end: context.today, ...(start ? { start } : {}) }, statusOf, ...(kpi.target === undefined ? {} : { target: kpi.target }) },
		{
			label: kpiChartLabel(kpi, context.words),
			format: chartFormat(context.words, kpi.unit),
			words: chartWords(context.words),
			onPick: (point) => {
				if (point.source) context.actions.openNote(point.source.path, point.source.line);
			},
		},
	);
}

function renderKpi(parent: HTMLElement, kpi: KpiTrend, alliance: AllianceDashboard, context: RenderContext): void {
	const { t, words } = context;
	const tone = kpiTone(kpi);
	const card = parent.createDiv({ cls: ["alliance-journal-card", "alliance-journal-kpi"], attr: { "data-kpi": kpi.key } });

	const source = kpi.latest ?? kpi.definition;
	const head = source ? sourceButton(card, source, context, ["alliance-journal-card-head"]) : plainItem(card, ["alliance-journal-card-head"]);
	head.createSpan({ cls: "alliance-journal-card-title", text: kpi.label });
	badge(head, statusText(kpi.status, words), tone);

	if (kpi.series.length > 0) renderKpiChart(card, kpi, alliance, context);

	const facts = card.createDiv({ cls: "alliance-journal-kpi-facts" });
	if (kpi.latest) {
		facts.createSpan({ cls: "alliance-journal-kpi-latest", text: capitalize(t("kpi-latest", { value: words.value(kpi.latest.value, kpi.unit) })) });
		if (kpi.change !== undefined && kpi.previous) {
			facts.createSpan({
				cls: ["alliance-journal-kpi-change", toneClass(changeTone(kpi, kpi.change))],
				text: t("kpi-change", { change: words.signed(kpi.change), date: words.date(kpi.previous.date) }),
			});
		}
	} else {
		facts.createSpan({ text: t("kpi-no-readings") });
	}
	meta(card, [
		kpi.target === undefined ? undefined : capitalize(t("kpi-target", { target: words.value(kpi.target, kpi.unit) })),
		words.choice("kpi-direction", kpi.direction),
		words.choice("kpi-kind", kpi.kind),
	]);
	if (kpi.stale) {
		card.createDiv({
			cls: ["alliance-journal-note", toneClass("warning")],
			text: capitalize(t("kpi-stale", { count: kpi.meetingsSinceReading })),
		});
	}
	if (!kpi.defined) card.createDiv({ cls: ["alliance-journal-note", toneClass("warning")], text: capitalize(t("kpi-undefined")) });
	const replaced = kpi.latest ? replacedNote(kpi.latest, words) : undefined;
	if (replaced) card.createDiv({ cls: "alliance-journal-note", text: replaced });

	if (kpi.series.length > 0) {
		const key = `readings:${alliance.name}:${kpi.key}`;
		disclosure(card, { label: t("kpi-readings"), count: kpi.series.length, key }, context, (body) => {
			const newestFirst = [...kpi.series].reverse();
			limitedList(body, newestFirst, `${key}:all`, context, (entry, point) => renderReading(entry, point, kpi, context));
		});
	}
}

function renderCards(parent: HTMLElement, alliance: AllianceDashboard, context: RenderContext): void {
	const grid = parent.createDiv({ cls: "alliance-journal-cards" });
	for (const kpi of alliance.kpis) renderKpi(grid, kpi, alliance, context);
}

/**
 * Renders the KPI trends' body: one alliance's KPIs, or per alliance a group
 * that sums up how many are off track (open when there are few alliances).
 */
export function renderKpiTrends(body: HTMLElement, scope: DashboardScope, context: RenderContext): void {
	if (!context.showAlliance) {
		for (const alliance of scope.alliances) renderCards(body, alliance, context);
		return;
	}
	const withKpis = scope.alliances.filter((alliance) => alliance.kpis.length > 0);
	for (const alliance of withKpis) {
		const offTrack = alliance.kpis.filter((kpi) => kpi.status === "off-track").length;
		const spec = { label: alliance.name, count: alliance.kpis.length, key: `kpis:${alliance.name}`, open: withKpis.length <= context.openGroupsUpTo, group: true };
		const decorate = (toggle: HTMLElement): void => {
			if (offTrack > 0) badge(toggle, context.t("kpi-off-track-count", { count: offTrack }), "bad");
		};
		disclosure(body, { ...spec, decorate }, context, (inner) => renderCards(inner, alliance, context));
	}
}
