/**
 * Conflict themes in words: how often and when a theme was raised, the other
 * wordings it was written as, and — on demand — why they were grouped.
 */
import type { ConflictTheme, MergeReason } from "../analytics/dashboard-model";
import type { Words } from "./words";

/**
 * How often and when: "raised in 3 meetings · 12 Feb 2026 – 19 Nov 2026",
 * or "raised in 1 meeting · on 15 Sept 2026" for a single date.
 */
export function themeOccurrence(theme: ConflictTheme, words: Words): [string, string] {
	const { t } = words;
	const when =
		theme.firstSeen === theme.lastSeen
			? t("conflict-seen-on", { date: words.date(theme.firstSeen) })
			: t("conflict-seen-between", { first: words.date(theme.firstSeen), last: words.date(theme.lastSeen) });
	return [t("conflict-meetings", { count: theme.meetingCount }), when];
}

/**
 * The other wordings of a theme, as a person can use them: "also written as:
 * Prijs, Prijsafspraken, Prijsmodel"; `undefined` for a theme written one way.
 */
export function alsoWrittenAs(theme: ConflictTheme, words: Words): string | undefined {
	const others = theme.wordings.filter((wording) => wording !== theme.label).sort((a, b) => a.localeCompare(b, words.language));
	return others.length === 0 ? undefined : words.t("conflict-also-written", { list: words.list(others) });
}

/**
 * Why one wording joined a theme, in words (the technical reason, shown on demand).
 *
 * @example mergeReasonText({ kind: "alias", wording: "Pricing", joined: "Prijs", alias: "prijs → pricing" }, wordsFor("en"))
 *   // "“Prijs” matches “Pricing” through your alias prijs → pricing"
 */
export function mergeReasonText(reason: MergeReason, words: Words): string {
	const { t } = words;
	switch (reason.kind) {
		case "same-words":
			return t("merge-same-words", { wording: reason.wording, joined: reason.joined });
		case "shared-stem":
			return t("merge-shared-stem", { wording: reason.wording, joined: reason.joined, stem: reason.stem });
		case "alias":
			return t("merge-alias", { wording: reason.wording, joined: reason.joined, alias: reason.alias });
		case "broader-wording":
			return t("merge-broader-wording", { wording: reason.wording, joined: reason.joined });
		case "note-alias":
			return t("merge-note-alias", { wording: reason.wording, joined: reason.joined });
	}
}
