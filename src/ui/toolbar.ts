/**
 * The dashboard's toolbar: the alliance picker (all, or one alliance), and
 * buttons to write a new meeting or reflection and to rebuild the index.
 */
import { setIcon } from "obsidian";
import type { DashboardModel } from "../core/analytics/dashboard-model";
import type { RenderContext } from "./render-context";

/** The picker's value for "all alliances" (an alliance's name is never empty). */
const ALL = "";

/**
 * Adds the toolbar.
 *
 * @param onPick called with the alliance picked (`null`: all)
 */
export function renderToolbar(parent: HTMLElement, model: DashboardModel, selected: string | null, context: RenderContext, onPick: (name: string | null) => void): HTMLElement {
	const { t, actions } = context;
	const bar = parent.createDiv({ cls: "alliance-journal-toolbar" });
	const pickerId = context.newId();
	const picker = bar.createDiv({ cls: "alliance-journal-picker" });
	picker.createEl("label", { cls: "alliance-journal-picker-label", text: t("picker-label"), attr: { for: pickerId } });
	const select = picker.createEl("select", { cls: ["dropdown", "alliance-journal-select"], attr: { id: pickerId } });
	select.createEl("option", { text: t("picker-all"), value: ALL });
	for (const alliance of model.alliances) select.createEl("option", { text: alliance.name, value: alliance.name });
	select.value = selected ?? ALL;
	select.addEventListener("change", () => onPick(select.value === ALL ? null : select.value));

	const buttons = bar.createDiv({ cls: "alliance-journal-toolbar-buttons" });
	const alliance = (): string | undefined => (select.value === ALL ? undefined : select.value);
	const newMeeting = buttons.createEl("button", { cls: "alliance-journal-button", text: t("new-meeting"), attr: { type: "button" } });
	newMeeting.addEventListener("click", () => actions.createNote("meeting", alliance()));
	const newReflection = buttons.createEl("button", { cls: "alliance-journal-button", text: t("new-reflection"), attr: { type: "button" } });
	newReflection.addEventListener("click", () => actions.createNote("reflection", alliance()));
	const rebuild = buttons.createEl("button", {
		cls: ["alliance-journal-button", "alliance-journal-icon-button"],
		attr: { type: "button", "aria-label": t("rebuild-index"), title: t("rebuild-index") },
	});
	setIcon(rebuild, "refresh-cw");
	rebuild.addEventListener("click", () => actions.rebuildIndex());
	return bar;
}
