/**
 * What every part of the renderer needs: the words, the callbacks, the state
 * to remember the user's choices in, and how long a list may be.
 */
import type { Language } from "../core/i18n/language";
import type { Words } from "../core/present/words";
import type { DashboardActions } from "./dashboard-actions";
import type { DashboardState } from "./dashboard-state";

/** Looks up one of the dashboard's messages and fills in its placeholders. */
export type Translate = Words["t"];

export interface RenderContext {
	/** Every word, number and date the dashboard writes (core/present). */
	words: Words;
	/** `words.t`, for short. */
	t: Translate;
	language: Language;
	actions: DashboardActions;
	state: DashboardState;
	/** Lists show this many entries until the user asks for all of them. */
	listLimit: number;
	/** A new element id, unique in the document (for `aria-controls`). */
	newId(): string;
	/** True when all alliances are shown, so items name their alliance. */
	showAlliance: boolean;
	/** The model's today (`YYYY-MM-DD`): where the charts' time axes end. */
	today: string;
	/** With all alliances shown, their KPI and health groups start open when there are at most this many. */
	openGroupsUpTo: number;
}

/** How a value reads at a glance: good or bad news, a warning, or neither. */
export type Tone = "good" | "bad" | "warning" | "neutral";

/** The CSS class of a tone (its colour comes from Obsidian's variables). */
export function toneClass(tone: Tone): string {
	return `alliance-journal-${tone}`;
}
