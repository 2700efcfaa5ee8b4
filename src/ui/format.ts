/**
 * Turning the model's numbers, dates and names into the words the dashboard
 * shows, in the dashboard's language.
 */
import type { Language } from "../core/i18n/language";
import { formatNumber, formatValue } from "../core/i18n/numbers";
import { translator } from "../core/i18n/translate";
import { UI_MESSAGES, type UiMessageKey } from "../core/i18n/messages/ui";

export { formatNumber, formatValue };

/** Looks up one of the dashboard's messages and fills in its placeholders. */
export type Translate = (key: UiMessageKey, values?: Record<string, string | number>) => string;

/** Every phrase that has a `-one` and an `-other` form in the catalogue. */
export type PluralKey = {
	[K in UiMessageKey]: K extends `${infer Base}-one` ? (`${Base}-other` extends UiMessageKey ? Base : never) : never;
}[UiMessageKey];

/** The dashboard's translator for a language. */
export function uiTranslator(language: Language): Translate {
	return translator(UI_MESSAGES, language);
}

/**
 * Picks the singular or plural form of a phrase; `{count}` is filled in.
 *
 * @example plural(t, "conflict-meetings", 3) // "3 meetings"
 */
export function plural(t: Translate, key: PluralKey, count: number, values: Record<string, string | number> = {}): string {
	const form: UiMessageKey = count === 1 ? `${key}-one` : `${key}-other`;
	return t(form, { count, ...values });
}

/**
 * A change with its sign: a real minus, and a plus for growth.
 *
 * @example formatChange(-0.9, "en") // "−0.9"
 */
export function formatChange(change: number, language: Language): string {
	const magnitude = formatNumber(Math.abs(change), language);
	if (change > 0) return `+${magnitude}`;
	if (change < 0) return `\u2212${magnitude}`;
	return magnitude;
}

/**
 * A name as written in a property, without the brackets of a `[[link]]`
 * (and showing the link's display text when it has one).
 *
 * @example linkName("[[People/Sanne de Vries|Sanne]]") // "Sanne"
 */
export function linkName(text: string): string {
	const match = /^\s*\[\[([^\]]*)\]\]\s*$/.exec(text);
	if (!match) return text;
	const inner = match[1] ?? "";
	const display = inner.split("|")[1];
	if (display !== undefined && display.trim() !== "") return display.trim();
	const target = inner.split("|")[0]?.split("#")[0] ?? inner;
	return target.split("/").pop()?.trim() || text;
}
