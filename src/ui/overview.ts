/**
 * The alliance at the top of the dashboard: for one alliance, its partner,
 * standing, people and how much has been written; for all alliances, one row
 * each that shows only that alliance when picked.
 */
import type { AllianceDashboard } from "../core/analytics/dashboard-model";
import { meetingDistance } from "../core/present/briefing";
import { capitalize } from "../core/present/numbers";
import { badge, itemMeta, limitedList, meta, sourceButton } from "./dom";
import type { RenderContext } from "./render-context";

/** Partner, phase and status, as far as the profile says. */
function standing(alliance: AllianceDashboard, context: RenderContext): (string | undefined)[] {
	const { words } = context;
	return [alliance.partner, alliance.phase ? words.choice("phase", alliance.phase) : undefined, alliance.status ? words.choice("status", alliance.status) : undefined];
}

/** One alliance's header: its name opens the profile. */
export function renderAllianceHeader(parent: HTMLElement, alliance: AllianceDashboard, context: RenderContext): void {
	const { t } = context;
	const header = parent.createDiv({ cls: "alliance-journal-overview" });
	const title = sourceButton(header, { path: alliance.path, line: 1 }, context, ["alliance-journal-overview-title"]);
	title.setAttr("title", t("overview-open-profile", { name: alliance.name }));
	title.createSpan({ cls: "alliance-journal-item-text", text: alliance.name });
	itemMeta(title, standing(alliance, context));
	meta(header, [
		alliance.owner ? capitalize(t("overview-owner", { name: alliance.owner.display })) : undefined,
		alliance.counterpart ? capitalize(t("overview-counterpart", { name: alliance.counterpart.display })) : undefined,
	]);
	meta(header, [capitalize(t("counts", alliance.counts))]);
}

/** All alliances, one row each; picking a row shows only that alliance. */
export function renderAllianceList(parent: HTMLElement, alliances: readonly AllianceDashboard[], context: RenderContext, onPick: (name: string) => void): void {
	const { t } = context;
	const block = parent.createDiv({ cls: "alliance-journal-overview" });
	limitedList(block, alliances, "alliances", context, (entry, alliance) => {
		const row = entry.createEl("button", {
			cls: ["alliance-journal-item", "alliance-journal-alliance"],
			attr: { type: "button", title: t("overview-select", { name: alliance.name }), "data-alliance": alliance.name },
		});
		const head = row.createSpan({ cls: "alliance-journal-item-text" });
		head.createSpan({ cls: "alliance-journal-alliance-name", text: alliance.name });
		if (alliance.actions.overdue > 0) badge(head, t("actions-overdue-count", { count: alliance.actions.overdue }), "bad");
		itemMeta(row, [...standing(alliance, context), ...meetingDistance(alliance, context.words)]);
		row.addEventListener("click", () => onPick(alliance.name));
	});
}
