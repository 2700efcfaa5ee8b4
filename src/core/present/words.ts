/**
 * The presentation layer's entry point: everything needed to turn facts into
 * what a person reads, in one language — the catalogue, numbers, dates,
 * choice values. Every output (CLI text, the Markdown briefing, the sidebar)
 * takes a {@link Words}.
 */
import type { Language } from "../i18n/language";
import { formatMessage, translator, type Catalogue, type MessageValues } from "../i18n/translate";
import type { CalendarDate, RatingKey } from "../model";
import { EN, type MessageKey } from "./messages/en";
import { NL } from "./messages/nl";
import { capitalize, formatDate, formatNumber, formatQuarter, formatSigned, formatValue } from "./numbers";

/** The one catalogue per language. */
export const MESSAGES: Catalogue<MessageKey> = { en: EN, nl: NL };

export type { MessageKey };

/** Property choices whose values are shown translated, and the catalogue prefix of each. */
export type ChoiceField = "phase" | "status" | "side" | "stance" | "influence" | "stage" | "rating" | "kpi-status" | "kpi-trend" | "kpi-direction" | "kpi-kind";

/** What a piece of presentation needs to write in one language. */
export interface Words {
	readonly language: Language;
	/** A message from the catalogue, filled in (numbers in the language's format). */
	t: (key: MessageKey, values?: MessageValues) => string;
	number: (value: number) => string;
	/** A reading with its unit. */
	value: (value: number, unit?: string) => string;
	/** A change with its sign. */
	signed: (change: number) => string;
	date: (date: CalendarDate) => string;
	quarter: (quarter: string) => string;
	/** A choice value (`stance: champion`) in words ("ambassadeur"); an unknown value is shown as written. */
	choice: (field: ChoiceField, value: string) => string;
	/** Items joined as the language lists them. */
	list: (items: readonly string[]) => string;
}

const cache = new Map<Language, Words>();

/**
 * The words for a language (made once per language).
 *
 * @example wordsFor("nl").choice("stance", "blocker") // "dwarsligger"
 */
export function wordsFor(language: Language): Words {
	let words = cache.get(language);
	if (words) return words;
	const t = translator(MESSAGES, language);
	const messages: Readonly<Record<string, string>> = MESSAGES[language];
	words = {
		language,
		t,
		number: (value) => formatNumber(value, language),
		value: (value, unit) => formatValue(value, unit, language),
		signed: (change) => formatSigned(change, language),
		date: (date) => formatDate(date, language),
		quarter: (quarter) => formatQuarter(quarter),
		choice: (field, value) => {
			const message = messages[`${field}-${value}`];
			return message === undefined ? value : formatMessage(message, {}, language);
		},
		list: (items) => items.join(t("list-separator")),
	};
	cache.set(language, words);
	return words;
}

/**
 * A relationship rating's name, as a label that starts a line.
 *
 * @example ratingName(wordsFor("nl"), "delivery") // "Nakomen van afspraken"
 */
export function ratingName(words: Words, key: RatingKey): string {
	return capitalize(words.choice("rating", key));
}

export { capitalize };
