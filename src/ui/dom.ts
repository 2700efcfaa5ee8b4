/**
 * Small building blocks the sections share: an item that opens its note, a
 * list that shows the first few entries until asked for all, a disclosure,
 * a badge. All built with Obsidian's DOM helpers; text is always set as text.
 */
import { setIcon } from "obsidian";
import type { SourceRef } from "../core/analytics/dashboard-model";
import { toneClass, type RenderContext, type Tone } from "./render-context";

/**
 * A button that opens its source note at its line: the one kind of item the
 * dashboard lists, reachable with Tab and opened with Enter or a click.
 */
export function sourceButton(parent: HTMLElement, source: SourceRef, context: RenderContext, cls: string[] = []): HTMLButtonElement {
	const button = parent.createEl("button", {
		cls: ["alliance-journal-item", ...cls],
		attr: {
			type: "button",
			"data-path": source.path,
			"data-line": source.line,
			title: context.t("open-note", { path: source.path, line: source.line }),
		},
	});
	button.addEventListener("click", () => context.actions.openNote(source.path, source.line));
	return button;
}

/** A row that looks like an item but opens nothing (it has no source). */
export function plainItem(parent: HTMLElement, cls: string[] = []): HTMLDivElement {
	return parent.createDiv({ cls: ["alliance-journal-item", "alliance-journal-item-static", ...cls] });
}

/** A short label in a tone: "Off track", "Open", "3 overdue". */
export function badge(parent: HTMLElement, text: string, tone: Tone = "neutral"): HTMLSpanElement {
	return parent.createSpan({ cls: ["alliance-journal-badge", toneClass(tone)], text });
}

/**
 * Between two facts within one piece of text: the dot is bound to the word
 * before it by a no-break space, so a line breaks only after the dot.
 */
export const FACT_SEPARATOR = "\u00a0· ";

/**
 * Appends facts separated by " · ", each fact kept whole where it fits: a
 * narrow line breaks between facts before it breaks inside one, so a date
 * never splits at its hyphens. The dot ends the fact before it (inside its
 * box), so a line never starts with a "·".
 */
export function appendFacts(parent: HTMLElement, parts: readonly (string | undefined)[]): void {
	let previous: HTMLSpanElement | undefined;
	for (const part of parts) {
		if (part === undefined || part === "") continue;
		if (previous) {
			previous.appendText("\u00a0·");
			parent.appendText(" ");
		}
		previous = parent.createSpan({ cls: "alliance-journal-fact", text: part });
	}
}

/** A line of small, muted facts. */
export function meta(parent: HTMLElement, parts: readonly (string | undefined)[], cls: string[] = []): HTMLDivElement | undefined {
	if (!parts.some((part) => part !== undefined && part !== "")) return undefined;
	const line = parent.createDiv({ cls: ["alliance-journal-meta", ...cls] });
	appendFacts(line, parts);
	return line;
}

/** The small line above an item's text: badges first, then facts. */
export function itemMeta(parent: HTMLElement, parts: readonly (string | undefined)[]): HTMLSpanElement {
	const line = parent.createSpan({ cls: "alliance-journal-item-meta" });
	appendFacts(line, parts);
	return line;
}

/** The message a section or list shows when it has nothing to show. */
export function emptyMessage(parent: HTMLElement, text: string): HTMLParagraphElement {
	return parent.createEl("p", { cls: "alliance-journal-empty", text });
}

/** A small heading inside a section. */
export function subheading(parent: HTMLElement, text: string): HTMLHeadingElement {
	return parent.createEl("h4", { cls: "alliance-journal-subheading", text });
}

/**
 * "Show more" adds at most this many entries at once: with about ten
 * elements an entry, no click adds more than ~500 nodes to the page.
 */
export const LIST_PAGE = 40;

/**
 * A list that shows its first entries (`context.listLimit`, or `limit`) and
 * a "Show more" button that adds the next page (`LIST_PAGE`) of the rest,
 * built only when asked for (long lists are what would make the dashboard
 * slow). How many are shown is remembered in the state under `key`.
 */
export function limitedList<T>(
	parent: HTMLElement,
	items: readonly T[],
	key: string,
	context: RenderContext,
	renderItem: (entry: HTMLLIElement, item: T) => void,
	cls: string[] = [],
	limit = context.listLimit,
): HTMLUListElement {
	const list = parent.createEl("ul", { cls: ["alliance-journal-list", ...cls] });
	let shown = Math.min(items.length, Math.max(limit, context.state.shown?.[key] ?? 0));
	for (let index = 0; index < shown; index++) renderItem(list.createEl("li"), items[index] as T);
	if (shown >= items.length) return list;
	const more = parent.createEl("button", { cls: "alliance-journal-show-all", attr: { type: "button" } });
	const label = (): void => {
		const left = items.length - shown;
		more.setText(left <= LIST_PAGE ? context.t("show-all", { count: items.length }) : context.t("show-more", { count: LIST_PAGE, left }));
	};
	label();
	more.addEventListener("click", () => {
		const end = Math.min(items.length, shown + LIST_PAGE);
		let first: HTMLLIElement | undefined;
		for (let index = shown; index < end; index++) {
			const entry = list.createEl("li");
			first ??= entry;
			renderItem(entry, items[index] as T);
		}
		shown = end;
		(context.state.shown ??= {})[key] = shown;
		if (shown >= items.length) more.detach();
		else label();
		first?.querySelector<HTMLElement>("button, [tabindex]")?.focus();
	});
	return list;
}

/** A chevron icon that turns when its toggle opens (the same for sections and disclosures). */
export function chevron(parent: HTMLElement): HTMLSpanElement {
	const icon = parent.createSpan({ cls: "alliance-journal-chevron", attr: { "aria-hidden": "true" } });
	setIcon(icon, "chevron-right");
	return icon;
}

export interface DisclosureSpec {
	label: string;
	/** Shown beside the label. */
	count?: number;
	/** Where the state remembers whether it is open. */
	key: string;
	/** Open until the user closes it (default: closed). */
	open?: boolean;
	/** A group of a section (an alliance's KPIs): looks like a subheading. */
	group?: boolean;
	/** Adds more to the toggle, such as a badge that sums up what is inside. */
	decorate?: (toggle: HTMLElement) => void;
}

/**
 * A button that shows and hides a part of a section, built the first time it
 * is opened. Remembered in the state under `spec.key`.
 */
export function disclosure(parent: HTMLElement, spec: DisclosureSpec, context: RenderContext, renderBody: (body: HTMLElement) => void): HTMLElement {
	const wrapper = parent.createDiv({ cls: ["alliance-journal-disclosure", ...(spec.group ? ["alliance-journal-group"] : [])] });
	const bodyId = context.newId();
	const toggle = wrapper.createEl("button", {
		cls: "alliance-journal-disclosure-toggle",
		attr: { type: "button", "aria-controls": bodyId, "aria-expanded": "false" },
	});
	chevron(toggle);
	toggle.createSpan({ cls: "alliance-journal-disclosure-label", text: spec.label });
	if (spec.count !== undefined) toggle.createSpan({ cls: "alliance-journal-count", text: context.words.number(spec.count) });
	spec.decorate?.(toggle);
	const key = spec.key;
	const body = wrapper.createDiv({ cls: "alliance-journal-disclosure-body", attr: { id: bodyId } });
	let built = false;
	const show = (open: boolean): void => {
		body.hidden = !open;
		toggle.setAttr("aria-expanded", open ? "true" : "false");
		if (open && !built) {
			built = true;
			renderBody(body);
		}
	};
	show(context.state.expanded[key] ?? spec.open ?? false);
	toggle.addEventListener("click", () => {
		const open = toggle.getAttr("aria-expanded") !== "true";
		context.state.expanded[key] = open;
		show(open);
	});
	return wrapper;
}
