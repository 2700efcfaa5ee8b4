/**
 * The index's state in words, for the status bar and the dashboard view.
 */
import type { PluginTranslator } from "./language";
import type { IndexState } from "./vault-sync";

/**
 * @param unreadable how many notes could not be read (said once the index is ready)
 * @example indexStatusText({ phase: "indexing", done: 200, total: 5000 }, t) // "Alliance index: indexing… 200/5000"
 * @example indexStatusText({ phase: "ready" }, t, 2) // "Alliance index: ready; 2 notes could not be read"
 */
export function indexStatusText(state: IndexState, t: PluginTranslator, unreadable = 0): string {
	switch (state.phase) {
		case "idle":
			return t("status.idle");
		case "indexing":
			return t("status.indexing", { done: state.done, total: state.total });
		case "ready":
			return unreadable > 0 ? t("status.ready-unreadable", { count: unreadable }) : t("status.ready");
	}
}

/** Shows the state in an element (the status bar item, or the line above the dashboard). */
export function showIndexStatus(el: HTMLElement, state: IndexState, t: PluginTranslator, unreadable = 0): void {
	el.setText(indexStatusText(state, t, unreadable));
	el.setAttr("aria-label", t("status.label"));
	el.dataset.phase = state.phase;
}
