/**
 * Looking up a message in a catalogue and filling in its placeholders, with
 * one plural mechanism for every catalogue: `Intl.PluralRules`.
 *
 * A message is text with placeholders:
 * - `{name}` — a value; a number is written as the language writes numbers;
 * - `{count, plural, =0 {none} one {# day} other {# days}}` — the branch for
 *   the number's exact value (`=0`, `=1` …) or its plural category in the
 *   language (`zero`, `one`, `two`, `few`, `many`, `other`); `#` is the
 *   number, and a branch may hold `{name}` placeholders of its own.
 *
 * Values are inserted as they are: a `{…}` inside a value is never filled in.
 */
import type { Language } from "./language";
import { formatNumber } from "../present/numbers";

/** A catalogue: the same keys in every language. */
export type Catalogue<K extends string> = Record<Language, Record<K, string>>;

/** The values a message is filled in with. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** A message cut into literal text, placeholders and plural choices, so filling it in is one pass. */
type Part = string | { name: string } | { name: string; branches: Map<string, Part[]> };

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The language's plural rules, made once. */
function rulesOf(language: Language): Intl.PluralRules {
	let rules = pluralRules.get(language);
	if (!rules) {
		rules = new Intl.PluralRules(language);
		pluralRules.set(language, rules);
	}
	return rules;
}

/** The index of the `}` that closes the `{` at `open` (messages are ours: they are balanced). */
function closing(message: string, open: number): number {
	let depth = 0;
	for (let index = open; index < message.length; index++) {
		const char = message[index];
		if (char === "{") depth++;
		else if (char === "}" && --depth === 0) return index;
	}
	throw new Error(`unbalanced braces in message: ${message}`);
}

/** Reads `=0 {…} one {…} other {…}` into its branches. */
function branchesOf(text: string): Map<string, Part[]> {
	const branches = new Map<string, Part[]>();
	let index = 0;
	while (index < text.length) {
		const open = text.indexOf("{", index);
		if (open < 0) break;
		const selector = text.slice(index, open).trim();
		const close = closing(text, open);
		branches.set(selector, compile(text.slice(open + 1, close)));
		index = close + 1;
	}
	if (!branches.has("other")) throw new Error(`a plural needs an "other" branch: ${text}`);
	return branches;
}

/**
 * Cuts a message into its parts.
 *
 * @example compile("{n, plural, one {# day} other {# days}} left")
 */
export function compile(message: string): Part[] {
	const parts: Part[] = [];
	let from = 0;
	let index = message.indexOf("{");
	while (index >= 0) {
		if (index > from) parts.push(message.slice(from, index));
		const close = closing(message, index);
		const inner = message.slice(index + 1, close);
		const comma = inner.indexOf(",");
		if (comma < 0) {
			parts.push({ name: inner.trim() });
		} else {
			const name = inner.slice(0, comma).trim();
			const rest = inner.slice(comma + 1);
			const second = rest.indexOf(",");
			if (second < 0 || rest.slice(0, second).trim() !== "plural") throw new Error(`unknown placeholder {${inner}}`);
			parts.push({ name, branches: branchesOf(rest.slice(second + 1)) });
		}
		from = close + 1;
		index = message.indexOf("{", from);
	}
	if (from < message.length) parts.push(message.slice(from));
	return parts;
}

/** Writes the parts with the values; `count` is the number `#` stands for inside a plural branch. */
function fill(parts: readonly Part[], values: MessageValues, language: Language, count?: number): string {
	let text = "";
	for (const part of parts) {
		if (typeof part === "string") {
			text += count === undefined ? part : part.replaceAll("#", formatNumber(count, language));
			continue;
		}
		const value = values[part.name];
		if (!("branches" in part)) {
			text += value === undefined ? `{${part.name}}` : typeof value === "number" ? formatNumber(value, language) : value;
			continue;
		}
		const number = Number(value ?? 0);
		const branch = part.branches.get(`=${number}`) ?? part.branches.get(rulesOf(language).select(number)) ?? part.branches.get("other") ?? [];
		text += fill(branch, values, language, number);
	}
	return text;
}

/**
 * Fills in one message in a language.
 *
 * @example formatMessage("{n, plural, one {# meeting} other {# meetings}}", { n: 1 }, "en") // "1 meeting"
 */
export function formatMessage(message: string, values: MessageValues, language: Language): string {
	return fill(compile(message), values, language);
}

/**
 * Makes a translator for one catalogue and language.
 *
 * @example
 * const t = translator(PLUGIN_MESSAGES, "nl");
 * t("problems.summary", { count: 2 }) // "2 problemen gevonden."
 */
export function translator<K extends string>(catalogue: Catalogue<K>, language: Language): (key: K, values?: MessageValues) => string {
	const messages = catalogue[language];
	const compiled = new Map<K, Part[]>();
	return (key, values = {}) => {
		let parts = compiled.get(key);
		if (!parts) {
			parts = compile(messages[key]);
			compiled.set(key, parts);
		}
		return fill(parts, values, language);
	};
}
