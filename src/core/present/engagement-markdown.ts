/**
 * The engagement model in the Markdown briefing: the perception gap of the
 * latest health check as a table (largest gap first, with its trend) and the
 * engagement scorecard, each verdict with its reason and links to its
 * evidence.
 */
import type { AllianceDashboard } from "../analytics/dashboard-model";
import { dimensionLine, healthCheckDueText, perceptionGapLines, practiceName, practiceReason, verdictName } from "./engagement";
import { sourceLink } from "./links";
import { capitalize } from "./numbers";
import type { Words } from "./words";

/** Keeps a table cell on one line and its pipes from splitting it. */
function cell(text: string): string {
	return text.replace(/\|/g, "\\|").replace(/\s+/g, " ");
}

/** The perception gap: the check's heading and facts, then one table row per dimension. */
function perceptionGapMarkdown(alliance: AllianceDashboard, words: Words): string[] {
	const { t } = words;
	const lines = [`#### ${t("gap-title")}`, ""];
	const check = alliance.healthChecks.latest;
	const due = healthCheckDueText(alliance.healthChecks.due, words);
	if (!check) return [...lines, t("gap-none"), ...(due ? ["", capitalize(due)] : [])];
	const facts = perceptionGapLines(check, words);
	lines.push(`${facts.title} (${sourceLink(check.check)})`);
	const more = [facts.participants, facts.averages, due].filter((fact): fact is string => fact !== undefined);
	if (more.length > 0) lines.push("", capitalize(more.join(" · ")));
	const header = [t("gap-table-dimension"), capitalize(t("gap-us")), capitalize(t("gap-partner")), t("gap-table-gap"), ...(check.previous ? [t("gap-table-trend")] : [])];
	lines.push("", `| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`);
	for (const dimension of check.dimensions) {
		const line = dimensionLine(dimension, words, check);
		const gap = dimension.gap === undefined ? line.gap : words.signed(dimension.gap);
		const rated = (value: number | undefined): string => (value === undefined ? t("gap-not-rated") : words.number(value));
		const row = [line.name, rated(dimension.ours), rated(dimension.theirs), gap, ...(check.previous ? [capitalize(line.trend ?? "")] : [])];
		lines.push(`| ${row.map(cell).join(" | ")} |`);
	}
	return lines;
}

/**
 * The engagement model's part of the briefing note: the perception gap and
 * the scorecard.
 *
 * @param alliance the alliance's dashboard
 * @param words the note's language
 */
export function engagementMarkdown(alliance: AllianceDashboard, words: Words): string[] {
	const { t } = words;
	const lines = ["", `### ${t("section-engagement")}`, "", ...perceptionGapMarkdown(alliance, words), "", `#### ${t("scorecard-title")}`, ""];
	for (const score of alliance.scorecard) {
		const notes = [...new Set(score.evidence.map((ref) => ref.path))].map((path) => sourceLink({ path, line: 1 }));
		const evidence = notes.length > 0 ? ` (${words.list(notes)})` : "";
		lines.push(`- **${practiceName(words, score.practice)}** — ${verdictName(words, score.verdict)}: ${practiceReason(score, words)}${evidence}`);
	}
	return lines;
}
