import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../src/core/i18n/language";
import { BASES_MESSAGES } from "../../../src/core/i18n/messages/bases";
import { CLI_MESSAGES } from "../../../src/core/i18n/messages/cli";
import { ALLOWED_PHRASES, PROBLEM_MESSAGES, PROBLEM_WORDS } from "../../../src/core/i18n/messages/problems";
import { TEMPLATE_TEXTS } from "../../../src/core/i18n/messages/templates";
import type { Catalogue } from "../../../src/core/i18n/translate";

const CATALOGUES: Record<string, Catalogue<string>> = {
	problems: PROBLEM_MESSAGES,
	allowed: ALLOWED_PHRASES,
	"problem words": PROBLEM_WORDS,
	templates: TEMPLATE_TEXTS,
	cli: CLI_MESSAGES,
	bases: BASES_MESSAGES,
};

function placeholders(text: string): string[] {
	return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}

describe("the message catalogues", () => {
	it.each(Object.entries(CATALOGUES))("%s: every message exists in every language, with the same placeholders", (_name, catalogue) => {
		const keys = Object.keys(catalogue.en).sort();
		for (const language of LANGUAGES) {
			expect(Object.keys(catalogue[language]).sort()).toEqual(keys);
			for (const key of keys) {
				const text = catalogue[language][key] ?? "";
				expect(text.trim(), `${language} ${key}`).not.toBe("");
				expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(catalogue.en[key] ?? ""));
			}
		}
	});

	it("the Dutch is really Dutch: no message is left in English unless it is a name or code", () => {
		const sameOnPurpose = new Set([
			"found.template",
			"field.kpi",
			"format.titleDate",
			"meeting.agenda",
			// In the bases: a label with its unit, and words Dutch shares with English.
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
