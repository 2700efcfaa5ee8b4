/**
 * Reducing a conflict's wording to the words that carry its meaning, so that
 * "Pricing", "pricing model", "Price discussion" and the Dutch "Prijsafspraken"
 * can be recognised as one theme: case, accents and punctuation go, English
 * and Dutch stop words and generic words ("discussion", "kwestie") go, aliases
 * (`prijs` → `pricing`) apply, also inside Dutch compounds, and what is left
 * is stemmed.
 */

import { foldText } from "../text";

/** Words that say nothing about what a conflict is about, in English and Dutch. */
const STOP_WORDS = new Set(
	(
		"a an the of for and or on in to with about around over at by from into our their we they us them this that these those its it is are was be new " +
		"de het een van voor en of op in te met over rond bij aan om uit naar onze ons hun wij zij ze dit dat deze die er is zijn was nieuwe nieuw"
	).split(" "),
);

/** Words that only say *that* something is discussed: dropped so "price discussion" is "price". */
const GENERIC_WORDS = new Set(
	(
		"discussion discussions debate talks issue issues topic topics question questions concern concerns point points problem problems disagreement conflict conflicts " +
		"discussie discussies kwestie kwesties vraag vragen vraagstuk punt punten onderwerp onderwerpen probleem problemen gesprek overleg onenigheid conflict conflicten"
	).split(" "),
);

/** English and Dutch endings and what replaces them, longest first; a stem keeps at least {@link MIN_STEM} letters. */
const SUFFIXES: readonly (readonly [string, string])[] = [
	["ations", ""],
	["ation", ""],
	["ings", ""],
	["ing", ""],
	["ions", ""],
	["ion", ""],
	["ies", "y"],
	["es", ""],
	["ed", ""],
	["en", ""],
	["s", ""],
	["e", ""],
];
const MIN_STEM = 4;
/** A plain plural "s" may leave a shorter word: "KPIs" is "KPI", "fees" is "fee". */
const MIN_STEM_AFTER_S = 3;
/** An alias inside a compound must be at least this long (`prijs` in `prijsafspraken`). */
const MIN_COMPOUND_PART = 4;

/**
 * Lower case, no accents, punctuation turned into spaces.
 *
 * @example normalizeWording("Prijs-afspraken (Q3)!") // "prijs afspraken q3"
 */
export function normalizeWording(text: string): string {
	return foldText(text);
}

/**
 * Reduces a word to its stem with a light English/Dutch suffix stripper.
 *
 * @example stem("pricing") // "pric"
 * @example stem("price") // "pric"
 */
export function stem(word: string): string {
	for (const [suffix, replacement] of SUFFIXES) {
		const minimum = suffix === "s" ? MIN_STEM_AFTER_S : MIN_STEM;
		if (word.endsWith(suffix) && word.length - suffix.length >= minimum && !word.endsWith("ss")) return word.slice(0, -suffix.length) + replacement;
	}
	return word;
}

/** An alias map with normalised keys and values. */
export type AliasMap = ReadonlyMap<string, string>;

/**
 * Normalises an alias map's keys and values.
 *
 * @example aliasMap({ "Prijs": "Pricing" }).get("prijs") // "pricing"
 */
export function aliasMap(aliases: Readonly<Record<string, string>>): AliasMap {
	const map = new Map<string, string>();
	for (const [from, to] of Object.entries(aliases)) {
		const key = normalizeWording(from);
		const value = normalizeWording(to);
		if (key && value && key !== value) map.set(key, value);
	}
	return map;
}

/** The words of a wording and how they came about, for explaining a merge. */
export interface ThemeWords {
	/** Stems that carry the meaning, sorted and unique. */
	stems: string[];
	/** The words those stems come from (aliases applied), sorted and unique. */
	words: string[];
	/** Aliases applied, as `from → to`. */
	aliasesUsed: string[];
}

/**
 * The single-word aliases that may start or end a compound, by length, so a
 * word is checked against each length once instead of against every alias.
 */
interface CompoundAliases {
	/** The distinct lengths of those aliases. */
	lengths: number[];
	/** Alias → its position in the user's map (the first that fits wins, as listed). */
	position: Map<string, number>;
}

const compoundIndexes = new WeakMap<AliasMap, CompoundAliases>();

function compoundAliases(aliases: AliasMap): CompoundAliases {
	let index = compoundIndexes.get(aliases);
	if (!index) {
		const position = new Map<string, number>();
		const lengths = new Set<number>();
		let at = 0;
		for (const from of aliases.keys()) {
			if (from.length >= MIN_COMPOUND_PART && !from.includes(" ")) {
				position.set(from, at);
				lengths.add(from.length);
			}
			at++;
		}
		index = { lengths: [...lengths], position };
		compoundIndexes.set(aliases, index);
	}
	return index;
}

/**
 * The alias a Dutch compound starts or ends with (prijsafspraken = prijs +
 * afspraken, licentieprijs = licentie + prijs): of all that fit, the one
 * listed first; for one alias, starting beats ending.
 */
function compoundAlias(word: string, aliases: AliasMap): { from: string; at: "start" | "end" } | undefined {
	const { lengths, position } = compoundAliases(aliases);
	let best: { from: string; at: "start" | "end"; position: number } | undefined;
	for (const length of lengths) {
		if (word.length <= length) continue;
		const start = word.slice(0, length);
		const startAt = position.get(start);
		if (startAt !== undefined && (best === undefined || startAt < best.position)) best = { from: start, at: "start", position: startAt };
		if (word.length - length < MIN_COMPOUND_PART) continue;
		const end = word.slice(-length);
		const endAt = position.get(end);
		if (endAt !== undefined && (best === undefined || endAt < best.position)) best = { from: end, at: "end", position: endAt };
	}
	return best && { from: best.from, at: best.at };
}

function expandAliases(words: string[], aliases: AliasMap, used: string[]): string[] {
	const phrase = words.join(" ");
	const whole = aliases.get(phrase);
	if (whole !== undefined) {
		used.push(`${phrase} → ${whole}`);
		return whole.split(" ");
	}
	const out: string[] = [];
	for (const word of words) {
		const direct = aliases.get(word);
		if (direct !== undefined) {
			used.push(`${word} → ${direct}`);
			out.push(...direct.split(" "));
			continue;
		}
		const compound = compoundAlias(word, aliases);
		const to = compound && aliases.get(compound.from);
		if (compound === undefined || to === undefined) {
			out.push(word);
			continue;
		}
		if (compound.at === "start") out.push(...to.split(" "), word.slice(compound.from.length));
		else out.push(word.slice(0, -compound.from.length), ...to.split(" "));
		used.push(`${compound.from} → ${to}`);
	}
	return out;
}

/**
 * The meaningful stems of a conflict's wording.
 *
 * @param wording the theme as written ("Price discussion")
 * @param aliases the user's alias map, normalised
 * @example themeWords("Price discussion", aliasMap({})).stems // ["pric"]
 */
export function themeWords(wording: string, aliases: AliasMap): ThemeWords {
	let known = remembered.get(aliases);
	if (!known) {
		known = new Map();
		remembered.set(aliases, known);
	}
	let words = known.get(wording);
	if (!words) {
		words = reduceWording(wording, aliases);
		if (known.size >= REMEMBER_LIMIT) known.clear();
		known.set(wording, words);
	}
	return words;
}

/** Wordings already reduced, per alias map: the same few wordings come back at every refresh. */
const remembered = new WeakMap<AliasMap, Map<string, ThemeWords>>();
const REMEMBER_LIMIT = 5000;

function reduceWording(wording: string, aliases: AliasMap): ThemeWords {
	const aliasesUsed: string[] = [];
	const words = normalizeWording(wording).split(" ").filter(Boolean);
	const expanded = expandAliases(words, aliases, aliasesUsed);
	const meaningful = expanded.filter((word) => !STOP_WORDS.has(word) && !GENERIC_WORDS.has(word));
	const kept = meaningful.length > 0 ? meaningful : expanded;
	const stems = [...new Set(kept.map(stem))].sort();
	return { stems, words: [...new Set(kept)].sort(), aliasesUsed };
}
