/**
 * The plugin's Bases view "Line chart" (Obsidian 1.10.0 and later): for the
 * rows of a base, a date property on the x axis and one chart per number
 * property, a line per group when the base is grouped, and a target line
 * (see src/ui/charts/property-charts.ts for its options). Drawn by the
 * sidebar's {@link TimeChart}; it follows the base's filters, sort and
 * grouping on every `onDataUpdated`, and keeps its charts' elements from one
 * update to the next.
 *
 * On an older Obsidian nothing is registered: everything that touches the
 * Bases API, the class that extends `BasesView` included, is made inside the
 * `requireApiVersion("1.10.0")` guard, so `main.js` loads on any app from
 * the manifest's minAppVersion.
 */
import { BasesView, type BasesAllOptions, type Plugin, type QueryController, requireApiVersion } from "obsidian";
import { LINE_CHART_VIEW_TYPE } from "../core/bases/alliance-bases";
import type { Language } from "../core/i18n/language";
import { wordsFor } from "../core/present/words";
import { chartFormat, chartWords } from "../ui/charts/chart-format";
import { DEFAULT_X, LINE_CHART_OPTIONS, lineChartSettings, propertyCharts, sharedRange, type ChartGroup, type PropertyChart, type PropertyId } from "../ui/charts/property-charts";
import { TimeChart, type DayString } from "../ui/charts/time-chart";
import type { PluginTranslator } from "./language";
import { openNoteAt } from "./note-files";

export { LINE_CHART_VIEW_TYPE };
export const LINE_CHART_ICON = "chart-line";

/** What the view needs from the plugin. */
export interface LineChartHost {
	language(): Language;
	t: PluginTranslator;
}

/** The view's options in the Bases toolbar: property pickers for the axis and the target property, the lines as a list of ids. */
export function lineChartOptions(t: PluginTranslator): BasesAllOptions[] {
	return [
		{ type: "property", key: LINE_CHART_OPTIONS.x, displayName: t("bases-chart.option-x"), default: DEFAULT_X },
		{ type: "multitext", key: LINE_CHART_OPTIONS.y, displayName: t("bases-chart.option-y") },
		{
			type: "group",
			displayName: t("bases-chart.option-target-group"),
			items: [
				{ type: "text", key: LINE_CHART_OPTIONS.target, displayName: t("bases-chart.option-target") },
				{ type: "property", key: LINE_CHART_OPTIONS.targetProperty, displayName: t("bases-chart.option-target-property") },
			],
		},
	];
}

/** A chart of the view, kept from one update to the next. */
interface ShownChart {
	el: HTMLElement;
	title: HTMLElement;
	chart: TimeChart<string>;
}

/**
 * Registers the "Line chart" view with Bases, on Obsidian 1.10.0 and later.
 *
 * @returns whether it was registered (false on an older Obsidian, or when Bases refused it)
 */
export function registerLineChartView(plugin: Plugin, host: LineChartHost): boolean {
	if (requireApiVersion("1.10.0")) {
		class LineChartView extends BasesView {
			readonly type = LINE_CHART_VIEW_TYPE;
			private readonly root: HTMLElement;
			private readonly empty: HTMLElement;
			private readonly charts = new Map<string, ShownChart>();

			constructor(controller: QueryController, containerEl: HTMLElement) {
				super(controller);
				this.root = containerEl.createDiv({ cls: ["alliance-journal-view", "alliance-journal-bases-chart"] });
				this.empty = this.root.createEl("p", { cls: "alliance-journal-bases-chart-empty" });
			}

			override onDataUpdated(): void {
				const { t } = host;
				const config = this.config;
				const settings = lineChartSettings({ get: (key) => config.get(key), order: () => config.getOrder() });
				const grouped = this.data.groupedData;
				// Not grouped: one group without a key. Grouped: a line per group, the one without a value included.
				const named = grouped.length > 1 || grouped.some((group) => group.hasKey());
				const groups: ChartGroup[] = grouped.map((group) => {
					const rows = group.entries.map((entry) => ({ path: entry.file.path, value: (id: PropertyId) => entry.getValue(id)?.toString() ?? null }));
					return named ? { name: group.hasKey() ? (group.key?.toString() ?? "") : t("bases-chart.no-value"), rows } : { rows };
				});
				const charts = propertyCharts(groups, settings);
				this.empty.setText(settings.y.length === 0 ? t("bases-chart.empty-lines") : t("bases-chart.empty-points", { x: config.getDisplayName(settings.x) }));
				this.empty.toggleAttribute("hidden", charts.length > 0);
				const range = sharedRange(charts);
				const kept = new Set<string>();
				for (const chart of charts) {
					kept.add(chart.id);
					if (range) this.show(chart, range, config.getDisplayName(chart.id));
				}
				for (const [id, shown] of this.charts) {
					if (kept.has(id)) continue;
					shown.el.remove();
					this.charts.delete(id);
				}
			}

			/** Draws one chart in its element, made once and moved to its place in the order. */
			private show(chart: PropertyChart, range: { start: DayString; end: DayString }, name: string): void {
				const label = host.t("bases-chart.label", { name });
				let shown = this.charts.get(chart.id);
				if (!shown) {
					const words = wordsFor(host.language());
					const el = this.root.createDiv({ cls: "alliance-journal-bases-chart-item", attr: { "data-property": chart.id } });
					const title = el.createDiv({ cls: "alliance-journal-bases-chart-title" });
					const { app } = plugin;
					const onPick = (point: { source?: string }): void => {
						if (point.source !== undefined) void openNoteAt(app, point.source);
					};
					shown = { el, title, chart: new TimeChart<string>(el, { label, format: chartFormat(words), words: chartWords(words), onPick }) };
					this.charts.set(chart.id, shown);
				}
				this.root.appendChild(shown.el);
				shown.title.setText(name);
				shown.chart.svg.setAttr("aria-label", label);
				shown.chart.update({ series: chart.series, range, ...(chart.target === undefined ? {} : { target: chart.target }) });
			}

			override onunload(): void {
				this.root.remove();
				this.charts.clear();
			}
		}
		return plugin.registerBasesView(LINE_CHART_VIEW_TYPE, {
			name: host.t("bases-chart.name"),
			icon: LINE_CHART_ICON,
			factory: (controller, containerEl) => new LineChartView(controller, containerEl),
			options: () => lineChartOptions(host.t),
		});
	}
	return false;
}
