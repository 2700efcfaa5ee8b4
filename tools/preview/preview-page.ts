/**
 * The dashboard preview page: renders the real `src/ui` on the example
 * vault's dashboard model, in a sidebar-wide frame, in Obsidian's light or
 * dark palette. Built by `npm run preview` (tools/preview/build-preview.mjs), which puts
 * the models in `window.allianceJournalModels` (model.js) before this runs.
 *
 * The actions the dashboard asks for are recorded in
 * `window.allianceJournalPreview.calls` and listed beside it, so a person or
 * a test can see that a click opens the right note at the right line.
 */
import type { DashboardModel } from "../../src/core/analytics/dashboard-model";
import type { Language } from "../../src/core/i18n/language";
import type { DashboardActions } from "../../src/ui/dashboard-actions";
import { createDashboardState } from "../../src/ui/dashboard-state";
import { renderDashboard } from "../../src/ui/render-dashboard";

/** One call of an action, as the preview recorded it. */
export interface PreviewCall {
	action: keyof DashboardActions;
	args: (string | number | null | undefined)[];
}

export type PreviewWidth = 280 | 320 | 360 | 420 | 450;
const WIDTHS: readonly PreviewWidth[] = [280, 320, 360, 420, 450];
const DEFAULT_WIDTH: PreviewWidth = 360;

/** What the page offers to tests (and to the curious, in the console). */
export interface PreviewApi {
	calls: PreviewCall[];
	/**
	 * Renders a model (the example vault's, in the page's language, when none
	 * is given) with a fresh state showing `alliance` (default: all).
	 *
	 * @returns how long rendering took, in milliseconds, up to a laid-out page
	 */
	render(model?: DashboardModel, alliance?: string | null): number;
	setTheme(theme: "light" | "dark"): void;
	setWidth(width: PreviewWidth): void;
	setLanguage(language: Language): void;
	/** The element the dashboard renders into. */
	container: HTMLElement;
}

declare global {
	interface Window {
		allianceJournalModels?: Partial<Record<Language, DashboardModel>>;
		allianceJournalPreview?: PreviewApi;
	}
}

const body = activeDocument.body;
body.addClass("alliance-journal-preview");
if (!body.hasClass("theme-dark")) body.addClass("theme-light");

const bar = body.createEl("header", { cls: "alliance-journal-preview-bar" });
bar.createEl("h1", { cls: "alliance-journal-preview-title", text: "Dashboard preview" });
const controls = bar.createDiv({ cls: "alliance-journal-preview-controls" });

const main = body.createEl("main", { cls: "alliance-journal-preview-main" });
const sidebar = main.createDiv({ cls: "alliance-journal-preview-sidebar" });
const container = sidebar.createDiv({ cls: "alliance-journal-view" });
const log = main.createEl("section", { cls: "alliance-journal-preview-log" });
log.createEl("h2", { text: "Actions called" });
const logList = log.createEl("ol", { cls: "alliance-journal-preview-calls" });

const calls: PreviewCall[] = [];
const record = (action: keyof DashboardActions, ...args: PreviewCall["args"]): void => {
	calls.push({ action, args });
	logList.createEl("li", { text: `${action}(${args.map((arg) => JSON.stringify(arg ?? null)).join(", ")})`, prepend: true });
};
const actions: DashboardActions = {
	openNote: (path, line) => record("openNote", path, line),
	selectAlliance: (name) => record("selectAlliance", name),
	createNote: (kind, alliance) => record("createNote", kind, alliance),
	rebuildIndex: () => record("rebuildIndex"),
};

let language: Language = "en";
let width: PreviewWidth = DEFAULT_WIDTH;

const exampleModel = (): DashboardModel | undefined => {
	const models = window.allianceJournalModels ?? {};
	return models[language] ?? models.en;
};

function render(model: DashboardModel | undefined = exampleModel(), alliance: string | null = null): number {
	if (!model) {
		container.empty();
		container.createEl("p", { text: "No model: build the preview with npm run preview." });
		return 0;
	}
	const started = performance.now();
	renderDashboard(container, model, actions, createDashboardState(alliance), { language });
	// Reading a size makes the browser lay the page out now, so the time includes style and layout.
	container.getBoundingClientRect();
	return performance.now() - started;
}

function setTheme(theme: "light" | "dark"): void {
	body.toggleClass("theme-dark", theme === "dark");
	body.toggleClass("theme-light", theme === "light");
	themeButton.setText(theme === "dark" ? "Light theme" : "Dark theme");
}

function setWidth(next: PreviewWidth): void {
	width = next;
	for (const candidate of WIDTHS) sidebar.toggleClass(`alliance-journal-preview-width-${candidate}`, candidate === next);
	widthSelect.value = String(next);
}

function setLanguage(next: Language): void {
	language = next;
	languageSelect.value = next;
	render();
}

const themeButton = controls.createEl("button", { cls: "alliance-journal-preview-button", attr: { type: "button" } });
themeButton.addEventListener("click", () => setTheme(body.hasClass("theme-dark") ? "light" : "dark"));

const widthLabel = controls.createEl("label", { text: "Sidebar width " });
const widthSelect = widthLabel.createEl("select");
for (const candidate of WIDTHS) widthSelect.createEl("option", { text: `${candidate} px`, value: String(candidate) });
widthSelect.addEventListener("change", () => setWidth(Number(widthSelect.value) as PreviewWidth));

const languageLabel = controls.createEl("label", { text: "Language " });
const languageSelect = languageLabel.createEl("select");
languageSelect.createEl("option", { text: "English", value: "en" });
languageSelect.createEl("option", { text: "Nederlands", value: "nl" });
languageSelect.addEventListener("change", () => setLanguage(languageSelect.value === "nl" ? "nl" : "en"));

setTheme(body.hasClass("theme-dark") ? "dark" : "light");
setWidth(width);
render();

window.allianceJournalPreview = { calls, render, setTheme, setWidth, setLanguage, container };
