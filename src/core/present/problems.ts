/**
 * Problems in words: a problem is data (code, field, what was found, what is
 * allowed); its message is written here, in the reader's language. A new
 * problem code needs no change here when "found …, allowed …" says it well;
 * a new kind of `Allowed` needs one message per language.
 */
import type { Allowed, Problem } from "../model";
import type { Words } from "./words";

/** What is allowed, in words. */
export function allowedText(allowed: Allowed, words: Words): string {
	const { t } = words;
	switch (allowed.kind) {
		case "integer-range":
		case "number-range":
			return t(`allowed-${allowed.kind}`, { min: allowed.min, max: allowed.max });
		case "one-of":
			return t("allowed-one-of", { values: allowed.values.join(", ") });
		case "quoted-link":
		case "alliance-note":
			return t(`allowed-${allowed.kind}`, { target: allowed.target });
		case "kpi-header":
			return t("allowed-kpi-header", { columns: allowed.columns.map((column) => kpiColumnName(column, words)).join(", ") });
		default:
			return t(`allowed-${allowed.kind}`);
	}
}

/** A KPI table column's name in the language (the KPI table is read in English and Dutch). */
function kpiColumnName(column: string, words: Words): string {
	switch (column) {
		case "key":
		case "label":
		case "unit":
		case "target":
		case "direction":
		case "kind":
			return words.t(`kpi-column-${column}`);
		default:
			return column;
	}
}

/** The field a problem names, in words: a property's name as written, or a place in the KPI table. */
export function problemField(problem: Problem, words: Words): string | undefined {
	const { t } = words;
	if (problem.kpi) {
		return problem.kpi.column === undefined
			? t("problem-field-kpi", { key: problem.kpi.key })
			: t("problem-field-kpi-column", { key: problem.kpi.key, column: kpiColumnName(problem.kpi.column, words) });
	}
	if (problem.code === "kpi-table-invalid" && problem.field === "kpis") return t("problem-field-kpis");
	return problem.field;
}

/** The problem's message without its field. */
function problemBody(problem: Problem, words: Words): string {
	const { t } = words;
	const allowed = problem.allowed === undefined ? "" : allowedText(problem.allowed, words);
	const found = problem.found ?? "";
	switch (problem.code) {
		case "yaml-invalid":
			// The YAML reader explains itself in English: only an English message quotes it.
			return problem.detail !== undefined && words.language === "en" ? t("problem-yaml-invalid", { detail: problem.detail }) : t("problem-yaml-invalid-no-detail");
		case "field-missing":
			return t("problem-field-missing", { allowed });
		case "template-unfilled":
			return t("problem-template-unfilled", { found: found || "{{…}}" });
		case "link-unquoted":
			return t("problem-link-unquoted", { found, allowed });
		case "link-unresolved":
			return t("problem-link-unresolved", { found, allowed });
		case "yaml-alias":
			return t("problem-yaml-alias", { found: found || "&", allowed });
		case "section-read-line-by-line":
			return t("problem-section-read-line-by-line");
		case "note-unreadable":
			return t("problem-note-unreadable", { found });
		default:
			if (problem.allowed?.kind === "unique-key") return t("problem-kpi-duplicate", { allowed });
			return found === "" ? t("problem-nothing-allowed", { allowed }) : t("problem-found-allowed", { found, allowed });
	}
}

/**
 * A problem's message in the reader's language: the field, what was found
 * and what is allowed.
 *
 * @example problemMessage({ code: "field-invalid", field: "trust", found: "7", allowed: { kind: "integer-range", min: 1, max: 5 }, … }, wordsFor("nl"))
 *   // "trust: 7 gevonden, toegestaan is een geheel getal van 1 tot en met 5"
 */
export function problemMessage(problem: Problem, words: Words): string {
	const field = problemField(problem, words);
	const body = problemBody(problem, words);
	return field === undefined ? body : `${field}: ${body}`;
}

/**
 * "warning: …" before a warning's message, for lists that mark warnings.
 *
 * @example problemLine(warning, wordsFor("nl")) // "waarschuwing: alliance: link [[Acme]] staat niet tussen aanhalingstekens; …"
 */
export function problemLine(problem: Problem, words: Words): string {
	const message = problemMessage(problem, words);
	return problem.severity === "warning" ? `${words.t("problem-warning")}: ${message}` : message;
}
