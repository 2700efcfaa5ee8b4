/**
 * Asks which alliance a new note, or a briefing, is for: a fuzzy search over
 * the alliances' names and aliases, the most recently met first. For a new
 * alliance it also offers the name as typed.
 */
import { type App, prepareFuzzySearch, SuggestModal } from "obsidian";
import { isUnfilled } from "../core/analytics/planned-notes";
import type { AllianceGroup } from "../core/index/vault-index";
import type { PluginTranslator } from "./language";

/** An alliance of the vault, the name of one to create, or every alliance at once. */
export type AllianceChoice = { kind: "existing"; group: AllianceGroup } | { kind: "new"; name: string } | { kind: "all" };

/** The date of an alliance's latest dated meeting held (a note prepared in advance, with nothing filled in, is not one). */
export function lastMeeting(group: AllianceGroup): string | undefined {
	for (let position = group.meetings.length - 1; position >= 0; position--) {
		const meeting = group.meetings[position];
		if (meeting?.date !== undefined && !isUnfilled(meeting)) return meeting.date;
	}
	return undefined;
}

/**
 * The alliances, the most recently met first; those never met last, by name.
 *
 * @example byMostRecentMeeting([acme, northwind]).map((group) => group.profile.basename) // ["Northwind", "Acme"]
 */
export function byMostRecentMeeting(groups: readonly AllianceGroup[]): AllianceGroup[] {
	return [...groups].sort((a, b) => {
		const last = (lastMeeting(b) ?? "").localeCompare(lastMeeting(a) ?? "");
		return last !== 0 ? last : a.profile.basename.localeCompare(b.profile.basename);
	});
}

export interface AllianceSuggestOptions {
	/** Offer the name typed as a new alliance. */
	allowNew: boolean;
	/** Offer "All alliances" first (while nothing is typed, or what is typed fits it). */
	allowAll?: boolean;
	t: PluginTranslator;
}

export class AllianceSuggestModal extends SuggestModal<AllianceChoice> {
	private readonly ordered: AllianceGroup[];

	constructor(
		app: App,
		groups: readonly AllianceGroup[],
		private readonly options: AllianceSuggestOptions,
		private readonly onChoose: (choice: AllianceChoice) => void,
	) {
		super(app);
		this.ordered = byMostRecentMeeting(groups);
		const { t } = options;
		this.setPlaceholder(t(options.allowNew ? "suggest.new-placeholder" : "suggest.placeholder"));
		this.setInstructions([
			{ command: "↵", purpose: t("suggest.instruction-choose") },
			{ command: "esc", purpose: t("suggest.instruction-dismiss") },
		]);
	}

	getSuggestions(query: string): AllianceChoice[] {
		const typed = query.trim();
		const matches = typed === "" ? () => true : this.matcher(typed);
		const choices: AllianceChoice[] = this.ordered.filter(matches).map((group) => ({ kind: "existing", group }));
		const exists = this.ordered.some((group) => group.profile.basename.toLowerCase() === typed.toLowerCase());
		if (this.options.allowNew && typed !== "" && !exists) choices.unshift({ kind: "new", name: typed });
		if (this.options.allowAll && (typed === "" || prepareFuzzySearch(typed)(this.options.t("suggest.all-alliances")) !== null)) choices.unshift({ kind: "all" });
		return choices;
	}

	renderSuggestion(choice: AllianceChoice, el: HTMLElement): void {
		const { t } = this.options;
		if (choice.kind === "all") {
			el.createDiv({ text: t("suggest.all-alliances") });
			el.createEl("small", { text: t("suggest.all-alliances-detail", { count: this.ordered.length }) });
			return;
		}
		if (choice.kind === "new") {
			el.createDiv({ text: t("suggest.create", { name: choice.name }) });
			return;
		}
		const { profile } = choice.group;
		el.createDiv({ text: profile.partner === undefined ? profile.basename : `${profile.basename} — ${profile.partner}` });
		const date = lastMeeting(choice.group);
		const detail = date === undefined ? t("suggest.never-met") : t("suggest.last-met", { date });
		el.createEl("small", { text: this.options.allowNew ? `${detail} · ${t("suggest.exists")}` : detail });
	}

	onChooseSuggestion(choice: AllianceChoice): void {
		this.onChoose(choice);
	}

	/** Whether an alliance's name or one of its aliases fuzzily matches what was typed. */
	private matcher(typed: string): (group: AllianceGroup) => boolean {
		const search = prepareFuzzySearch(typed);
		return (group) => [group.profile.basename, ...group.profile.aliases].some((name) => search(name) !== null);
	}
}
