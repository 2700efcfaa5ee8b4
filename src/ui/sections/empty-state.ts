/**
 * What the dashboard shows before the vault has any alliance: what an
 * alliance is, and a button that creates the first one.
 */
import type { RenderContext } from "../render-context";

export function renderEmptyState(parent: HTMLElement, context: RenderContext): void {
	const { t, actions } = context;
	const block = parent.createDiv({ cls: "alliance-journal-empty-state" });
	block.createEl("h3", { cls: "alliance-journal-empty-title", text: t("empty-title") });
	block.createEl("p", { cls: "alliance-journal-empty", text: t("empty-text") });
	const create = block.createEl("button", { cls: ["mod-cta", "alliance-journal-button", "alliance-journal-cta"], text: t("create-first-alliance"), attr: { type: "button" } });
	create.addEventListener("click", () => actions.createNote("alliance"));
}
