/**
 * The settings tab. Each setting is described once and rendered both ways
 * Obsidian asks for it: declaratively (`getSettingDefinitions`, 1.13 and
 * later, which also puts the settings in Obsidian's settings search) and
 * imperatively (`display`, older versions). Every change is saved at once
 * and refreshes the dashboard.
 */
import { type AbstractTextComponent, type App, type Plugin, PluginSettingTab, requireApiVersion, Setting, type SettingDefinitionItem } from "obsidian";
import type { LanguageSetting } from "../core/i18n/language";
import type { NoteType } from "../core/model";
import type { PluginMessageKey } from "../core/i18n/messages/plugin";
import { DENSITIES, SECTION_IDS, type SectionId } from "../ui/dashboard-state";
import { wordsFor, type MessageKey } from "../core/present/words";
import type { JournalHost } from "./journal-host";
import { type AllianceJournalSettings, defaultPathPattern, defaultSettings } from "./settings";

/** One setting: its name, what it does, and how its control is made. */
interface SettingRow {
	name: string;
	desc: string;
	build(setting: Setting): void;
}

interface SettingGroupRows {
	heading: string;
	rows: SettingRow[];
}

/** The settings that hold a whole number, with the smallest value allowed. */
type CountKey = "minMeetings" | "windowDays" | "staleAfterMeetings" | "healthCheckEveryDays";

const PATTERN_NAMES: Readonly<Record<NoteType, PluginMessageKey>> = {
	alliance: "settings.pattern-alliance",
	"alliance-meeting": "settings.pattern-meeting",
	"alliance-reflection": "settings.pattern-reflection",
	"alliance-stakeholder": "settings.pattern-stakeholder",
	"alliance-health-check": "settings.pattern-health-check",
};

const SECTION_NAMES: Readonly<Record<SectionId, MessageKey>> = {
	briefing: "section-briefing",
	kpis: "section-kpis",
	health: "section-health",
	conflicts: "section-conflicts",
	"quick-wins": "section-quick-wins",
	actions: "section-actions",
	stakeholders: "section-stakeholders",
	engagement: "section-engagement",
	problems: "section-problems",
};

/** Rows of the conflict aliases box. */
const ALIAS_ROWS = 8;

/**
 * A whole number of at least `min` as typed, or `undefined`.
 *
 * @example parseCount(" 3 ", 1) // 3
 */
export function parseCount(text: string, min: number): number | undefined {
	if (!/^\s*\d+\s*$/.test(text)) return undefined;
	const value = Number(text);
	return Number.isSafeInteger(value) && value >= min ? value : undefined;
}

export class AllianceJournalSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly host: JournalHost,
	) {
		super(app, plugin);
	}

	/** The settings for Obsidian 1.13 and later (rendered, and searchable). */
	override getSettingDefinitions(): SettingDefinitionItem[] {
		return this.groups().map((group) => ({
			type: "group",
			heading: group.heading,
			items: group.rows.map((row) => ({ name: row.name, desc: row.desc, render: (setting: Setting) => row.build(setting) })),
		}));
	}

	/** The settings for Obsidian before 1.13. */
	override display(): void {
		this.renderRows();
	}

	private renderRows(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const group of this.groups()) {
			new Setting(containerEl).setName(group.heading).setHeading();
			for (const row of group.rows) row.build(new Setting(containerEl).setName(row.name).setDesc(row.desc));
		}
	}

	private get settings(): AllianceJournalSettings {
		return this.host.settings;
	}

	private save(): void {
		void this.host.saveSettings();
	}

	/** Draws the tab again (its words follow the language setting). */
	private redraw(): void {
		if (requireApiVersion("1.13.0")) this.update();
		else this.renderRows();
	}

	private groups(): SettingGroupRows[] {
		const { t } = this.host;
		return [
			{
				heading: t("settings.heading-notes"),
				rows: [
					this.plainTextRow("settings.alliances-folder", "settings.alliances-folder-desc", "alliancesFolder"),
					...(Object.keys(PATTERN_NAMES) as NoteType[]).map((type) => this.patternRow(type)),
					this.plainTextRow("settings.templates-folder", "settings.templates-folder-desc", "templatesFolder"),
					this.plainTextRow("settings.health-check-dimensions", "settings.health-check-dimensions-desc", "healthCheckDimensions"),
				],
			},
			{
				heading: t("settings.heading-dashboard"),
				rows: [
					this.languageRow(),
					this.densityRow(),
					this.countRow("settings.min-meetings", "settings.min-meetings-desc", "minMeetings", 1),
					this.countRow("settings.window-days", "settings.window-days-desc", "windowDays", 1),
					this.aliasesRow(),
					this.countRow("settings.stale-kpi", "settings.stale-kpi-desc", "staleAfterMeetings", 1),
					this.countRow("settings.health-check-every", "settings.health-check-every-desc", "healthCheckEveryDays", 1),
				],
			},
			{
				heading: t("settings.heading-sections"),
				rows: SECTION_IDS.map((id) => this.sectionRow(id)),
			},
		];
	}

	/** A setting typed as text: in a box, or in an area of `rows` lines. The value and placeholder are read at each render. */
	private textRow(name: string, desc: string, value: () => string, set: (value: string) => void, placeholder: () => string, rows = 0): SettingRow {
		return {
			name,
			desc,
			build: (setting) => {
				const bind = (text: AbstractTextComponent<HTMLInputElement | HTMLTextAreaElement>): void => {
					text
						.setPlaceholder(placeholder())
						.setValue(value())
						.onChange((typed) => {
							set(typed);
							this.save();
						});
				};
				if (rows > 0) {
					setting.addTextArea((area) => {
						area.inputEl.rows = rows;
						bind(area);
					});
				} else {
					setting.addText(bind);
				}
			},
		};
	}

	/** A text setting of its own, its default shown as the placeholder. */
	private plainTextRow(name: PluginMessageKey, desc: PluginMessageKey, key: "alliancesFolder" | "templatesFolder" | "healthCheckDimensions"): SettingRow {
		const { t } = this.host;
		return this.textRow(
			t(name),
			t(desc),
			() => this.settings[key],
			(value) => (this.settings[key] = value),
			() => defaultSettings()[key],
		);
	}

	private patternRow(type: NoteType): SettingRow {
		const { t } = this.host;
		return this.textRow(
			t(PATTERN_NAMES[type]),
			t("settings.pattern-desc"),
			() => this.settings.pathPatterns[type],
			(value) => (this.settings.pathPatterns[type] = value),
			() => defaultPathPattern(type, this.host.language(), this.settings.alliancesFolder),
		);
	}

	/** A setting picked from a list; `then` runs once the choice is saved. */
	private choiceRow(name: string, desc: string, options: Record<string, string>, value: () => string, set: (value: string) => void, then?: () => void): SettingRow {
		return {
			name,
			desc,
			build: (setting) => {
				setting.addDropdown((dropdown) =>
					dropdown
						.addOptions(options)
						.setValue(value())
						.onChange((picked) => {
							set(picked);
							this.save();
							then?.();
						}),
				);
			},
		};
	}

	private languageRow(): SettingRow {
		const { t } = this.host;
		return this.choiceRow(
			t("settings.language"),
			t("settings.language-desc"),
			{ auto: t("settings.language-auto"), en: "English", nl: "Nederlands" },
			() => this.settings.language,
			(value) => (this.settings.language = value as LanguageSetting),
			() => this.redraw(),
		);
	}

	private countRow(name: PluginMessageKey, desc: PluginMessageKey, key: CountKey, min: number): SettingRow {
		const { t } = this.host;
		return {
			name: t(name),
			desc: t(desc),
			build: (setting) => {
				setting.addText((text) => {
					text.inputEl.type = "number";
					text.inputEl.min = String(min);
					text
						.setPlaceholder(String(defaultSettings()[key]))
						.setValue(String(this.settings[key]))
						.onChange((value) => {
							const count = parseCount(value, min);
							// Half-typed or invalid: keep the last valid value.
							if (count === undefined) return;
							this.settings[key] = count;
							this.save();
						});
				});
			},
		};
	}

	private aliasesRow(): SettingRow {
		const { t } = this.host;
		return this.textRow(
			t("settings.aliases"),
			t("settings.aliases-desc"),
			() => this.settings.conflictAliases,
			(value) => (this.settings.conflictAliases = value),
			() => "",
			ALIAS_ROWS,
		);
	}

	private densityRow(): SettingRow {
		const { t } = this.host;
		return this.choiceRow(
			t("settings.density"),
			t("settings.density-desc"),
			{ auto: t("settings.density-auto"), compact: t("settings.density-compact"), comfortable: t("settings.density-comfortable") },
			() => this.settings.density,
			(value) => (this.settings.density = DENSITIES.find((density) => density === value) ?? "auto"),
		);
	}

	private sectionRow(id: SectionId): SettingRow {
		const ui = wordsFor(this.host.language()).t;
		return {
			name: ui(SECTION_NAMES[id]),
			desc: this.host.t("settings.section-desc"),
			build: (setting) => {
				setting.addToggle((toggle) =>
					toggle.setValue(this.settings.sections[id]).onChange((value) => {
						this.settings.sections[id] = value;
						this.save();
					}),
				);
			},
		};
	}
}
