/**
 * One collapsible section of the dashboard: a heading button with the
 * section's title and count (Enter or Space folds it, `aria-expanded` tells
 * assistive technology), and a body that is built the first time it is open.
 */
import type { SectionId } from "./dashboard-state";
import { chevron, emptyMessage } from "./dom";
import type { RenderContext } from "./render-context";

export interface SectionSpec {
	id: SectionId;
	title: string;
	/** How many entries the section lists (shown in its header). */
	count: number;
	/**
	 * How many of the entries need attention now (overdue actions, open
	 * recurring conflicts, problems): above zero, the count is red.
	 */
	alert?: number;
	/** Shown instead of the body when there is nothing to show. */
	empty: string;
	/** True when the section has something to show even with a zero count. */
	hasContent?: boolean;
	render(body: HTMLElement): void;
}

/**
 * Adds a section to the dashboard.
 *
 * @returns the section element
 */
export function renderSection(parent: HTMLElement, spec: SectionSpec, context: RenderContext): HTMLElement {
	const section = parent.createEl("section", { cls: "alliance-journal-section", attr: { "data-section": spec.id } });
	const heading = section.createEl("h3", { cls: "alliance-journal-section-heading" });
	const bodyId = context.newId();
	const toggle = heading.createEl("button", {
		cls: "alliance-journal-section-toggle",
		attr: { type: "button", "aria-controls": bodyId, "aria-expanded": "true" },
	});
	chevron(toggle);
	toggle.createSpan({ cls: "alliance-journal-section-title", text: spec.title });
	toggle.createSpan({
		cls: ["alliance-journal-count", (spec.alert ?? 0) > 0 ? "alliance-journal-count-alert" : "alliance-journal-count-plain"],
		text: context.words.number(spec.count),
	});
	const body = section.createDiv({ cls: "alliance-journal-section-body", attr: { id: bodyId } });

	let built = false;
	const show = (open: boolean): void => {
		body.hidden = !open;
		toggle.setAttr("aria-expanded", open ? "true" : "false");
		section.toggleClass("alliance-journal-collapsed", !open);
		if (open && !built) {
			built = true;
			if (spec.count === 0 && spec.hasContent !== true) emptyMessage(body, spec.empty);
			else spec.render(body);
		}
	};
	show(context.state.open[spec.id] ?? true);
	toggle.addEventListener("click", () => {
		const open = toggle.getAttr("aria-expanded") !== "true";
		context.state.open[spec.id] = open;
		show(open);
	});
	return section;
}
