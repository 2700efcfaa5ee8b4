/**
 * Problems in the user's language. A problem carries its code, field, what
 * was found and what is allowed (an English phrase); its message is rebuilt
 * from those in the language asked for. The English phrase is recognised
 * against the English catalogue and written again in the other language, so
 * the places that make problems need not know about languages.
 */
import type { Problem, ProblemCode } from "../model";
import type { Language } from "./language";
import { ALLOWED_PHRASES, type AllowedPhraseKey, PROBLEM_MESSAGES, PROBLEM_WORDS, type ProblemWordKey } from "./messages/problems";
import { translator } from "./translate";

/** The parts of a problem its message is written from. */
export type ProblemParts = Pick<Problem, "code" | "field" | "found" | "allowed">;

interface PhrasePattern<K extends string> {
	key: K;
	pattern: RegExp;
	names: string[];
}

/** Turns an English phrase with `{placeholders}` into a pattern that reads the placeholders back. */
function phrasePattern<K extends string>(key: K, english: string): PhrasePattern<K> {
	const names: string[] = [];
	const source = english
		.split(/(\{\w+\})/)
		.map((part) => {
			const name = /^\{(\w+)\}$/.exec(part)?.[1];
			if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
			names.push(name);
			return "([\\s\\S]+?)";
		})
		.join("");
	return { key, pattern: new RegExp(`^${source}$`), names };
}

/** Reads an English phrase back into its key and placeholder values, trying each pattern in order. */
function recognise<K extends string>(text: string, patterns: readonly PhrasePattern<K>[]): { key: K; values: Record<string, string> } | undefined {
	for (const { key, pattern, names } of patterns) {
		const match = pattern.exec(text);
		if (!match) continue;
		const values: Record<string, string> = {};
		names.forEach((name, index) => (values[name] = match[index + 1] ?? ""));
		return { key, values };
	}
	return undefined;
}

/** Phrases without placeholders first, so "a whole number" is never read as a range. */
const ALLOWED_PATTERNS: readonly PhrasePattern<AllowedPhraseKey>[] = (Object.entries(ALLOWED_PHRASES.en) as [AllowedPhraseKey, string][])
	.map(([key, english]) => phrasePattern(key, english))
	.sort((a, b) => a.names.length - b.names.length);

/** The KPI table's field names, most specific first ("KPI nps direction" before "KPI nps"). */
const KPI_FIELD_KEYS: readonly ProblemWordKey[] = ["field.kpis", "field.kpi-direction", "field.kpi-kind", "field.kpi-target", "field.kpi"];
const KPI_FIELD_PATTERNS = KPI_FIELD_KEYS.map((key) => phrasePattern(key, PROBLEM_WORDS.en[key]));

/**
 * Writes the English "allowed" phrase of a problem in another language.
 * A phrase the catalogue does not know is returned as it is.
 *
 * @example localizeAllowed("a whole number from 1 to 5", "nl") // "een geheel getal van 1 tot en met 5"
 */
export function localizeAllowed(allowed: string, language: Language): string {
	const recognised = recognise(allowed, ALLOWED_PATTERNS);
	return recognised ? translator(ALLOWED_PHRASES, language)(recognised.key, recognised.values) : allowed;
}

function localizeField(code: ProblemCode, field: string, language: Language): string {
	if (code !== "kpi-table-invalid") return field;
	const recognised = recognise(field, KPI_FIELD_PATTERNS);
	return recognised ? translator(PROBLEM_WORDS, language)(recognised.key, recognised.values) : field;
}

function localizeFound(code: ProblemCode, found: string, language: Language): string {
	if (code === "kpi-table-invalid" && found === PROBLEM_WORDS.en["found.kpi-second-row"]) return PROBLEM_WORDS[language]["found.kpi-second-row"];
	return found;
}

/** What stands in for a missing "found" or "allowed", per kind of problem (as `problemMessage` writes it). */
function defaults(code: ProblemCode): { found: ProblemWordKey | ""; allowed: ProblemWordKey } {
	switch (code) {
		case "yaml-invalid":
			return { found: "found.unreadable", allowed: "allowed.something-else" };
		case "field-missing":
			return { found: "found.nothing", allowed: "allowed.value" };
		case "template-unfilled":
			return { found: "found.template", allowed: "allowed.something-else" };
		case "link-unquoted":
			return { found: "", allowed: "allowed.quoted-link" };
		case "link-unresolved":
			return { found: "found.link", allowed: "allowed.existing-note" };
		case "yaml-alias":
			return { found: "found.alias", allowed: "allowed.written-out" };
		case "section-read-line-by-line":
			return { found: "", allowed: "allowed.something-else" };
		case "note-unreadable":
			return { found: "found.unreadable", allowed: "allowed.something-else" };
		default:
			return { found: "found.nothing", allowed: "allowed.something-else" };
	}
}

/**
 * A problem's message in the given language, written from its code, field,
 * found and allowed. In English it is exactly the problem's own message.
 *
 * @example
 * localizeProblem({ code: "field-invalid", field: "trust", found: "7", allowed: "a whole number from 1 to 5" }, "nl")
 * // "trust: 7 gevonden, toegestaan is een geheel getal van 1 tot en met 5"
 */
export function localizeProblem(problem: ProblemParts, language: Language): string {
	const { code } = problem;
	const words = PROBLEM_WORDS[language];
	const fallback = defaults(code);
	const found = problem.found !== undefined ? localizeFound(code, problem.found, language) : fallback.found === "" ? "" : words[fallback.found];
	const allowed = problem.allowed !== undefined ? localizeAllowed(problem.allowed, language) : words[fallback.allowed];
	let message = PROBLEM_MESSAGES[language][code];
	if (problem.field === undefined) message = message.replace(/^\{field\}: /, "");
	const values = { field: problem.field === undefined ? "" : localizeField(code, problem.field, language), found, allowed };
	// One pass, so a `{…}` the user wrote in a value is never filled in itself.
	return message.replace(/\{(field|found|allowed)\}/g, (_whole, name: keyof typeof values) => values[name]);
}

/**
 * "warning" in the given language, for lists that mark warnings.
 *
 * @example warningLabel("nl") // "waarschuwing"
 */
export function warningLabel(language: Language): string {
	return PROBLEM_WORDS[language]["severity.warning"];
}
