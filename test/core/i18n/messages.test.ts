import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../src/core/i18n/language";
import { BASES_MESSAGES } from "../../../src/core/i18n/messages/bases";
import { CLI_MESSAGES } from "../../../src/core/i18n/messages/cli";
import { PLUGIN_MESSAGES } from "../../../src/core/i18n/messages/plugin";
import { TEMPLATE_TEXTS } from "../../../src/core/i18n/messages/templates";
import type { Catalogue } from "../../../src/core/i18n/translate";
import { MESSAGES } from "../../../src/core/present/words";

const CATALOGUES: Record<string, Catalogue<string>> = {
	dashboard: MESSAGES,
	plugin: PLUGIN_MESSAGES,
	templates: TEMPLATE_TEXTS,
	cli: CLI_MESSAGES,
	bases: BASES_MESSAGES,
};

/** Messages that leave out, on purpose, a value another language shows (the YAML reader's English explanation). */
const LEFT_OUT: Readonly<Record<string, string[]>> = { "problem-yaml-invalid": ["detail"] };

/** The values a message is filled in with: plain placeholders and counted ones, by name. */
function placeholders(text: string, key = ""): string[] {
	const names = new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((match) => match[1] ?? ""));
	for (const name of LEFT_OUT[key] ?? []) names.delete(name);
	return [...names].sort();
}

describe("the message catalogues", () => {
	it.each(Object.entries(CATALOGUES))("%s: every message exists in every language, with the same placeholders", (_name, catalogue) => {
		const keys = Object.keys(catalogue.en).sort();
		for (const language of LANGUAGES) {
			expect(Object.keys(catalogue[language]).sort()).toEqual(keys);
			for (const key of keys) {
				const text = catalogue[language][key] ?? "";
				expect(text.trim(), `${language} ${key}`).not.toBe("");
				expect(placeholders(text, key), `${language} ${key}`).toEqual(placeholders(catalogue.en[key] ?? "", key));
			}
		}
	});

	it("the Dutch is really Dutch: no message is left in English unless it is a name or code", () => {
		const sameOnPurpose = new Set([
			"format.titleDate",
			"meeting.agenda",
			// Names, codes and words Dutch shares with English.
			"section-quick-wins",
			"chart-quarter-short",
			"section-stakeholders",
			"side-partner",
			"rating-respect",
			"conflict-open",
			"briefing-open-conflict",
			"since-kpi",
			"kpi-reading",
			"adoption-stage",
			"conflict-seen-between",
			"problem-field-kpi",
			"kpi-table-kpi",
			"kpi-table-status",
			"list-separator",
			"health-recent-average",
			"gap-partner",
			"gap-not-rated",
			"practice-quick-wins",
			"briefing.folder",
			"briefing.file-name",
			"settings.heading-dashboard",
			// In the bases: a label with its unit, and words Dutch shares with English.
			"found.template",
			"field.kpi",
			"column.kpi",
			"column.respect",
			"dimension.respect",
			"column.theirs",
			"file.stakeholders",
		]);
		for (const catalogue of Object.values(CATALOGUES)) {
			for (const [key, english] of Object.entries(catalogue.en)) {
				if (!sameOnPurpose.has(key)) expect(catalogue.nl[key], key).not.toBe(english);
			}
		}
	});
});
