import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../src/core/i18n/language";
import { CLI_MESSAGES } from "../../../src/core/i18n/messages/cli";
import { PLUGIN_MESSAGES } from "../../../src/core/i18n/messages/plugin";
import { type Catalogue, formatMessage } from "../../../src/core/i18n/translate";
import { MESSAGES, wordsFor } from "../../../src/core/present/words";
import { approve } from "../../helpers/approve";

/** Every catalogue a person reads from. */
const CATALOGUES: Record<string, Catalogue<string>> = { present: MESSAGES, plugin: PLUGIN_MESSAGES, cli: CLI_MESSAGES };
/** The counts every counted phrase is shown with: none, one, a few, and one with a thousands separator. */
const COUNTS = [0, 1, 2, 1234];
/** Values for the other placeholders of a counted phrase. */
const OTHER_VALUES = { date: "DATE", due: "DUE", action: "ACTION", owner: "OWNER", theme: "THEME", first: "FIRST", kpi: "KPI", name: "NAME", label: "LABEL", value: "VALUE", last: "LAST", paths: "PATHS", done: 0 };

/** The placeholders a message counts with. */
function countedNames(message: string): string[] {
	return [...message.matchAll(/\{(\w+), plural,/g)].map((match) => match[1] ?? "");
}

describe("every counted phrase, with none, one and many, in both languages", () => {
	const lines: string[] = [];
	for (const [catalogueName, catalogue] of Object.entries(CATALOGUES)) {
		for (const [key, english] of Object.entries(catalogue.en)) {
			const names = countedNames(english);
			if (names.length === 0) continue;
			lines.push(`${catalogueName} ${key}`);
			for (const language of LANGUAGES) {
				for (const count of COUNTS) {
					const values: Record<string, string | number> = { ...OTHER_VALUES };
					for (const name of names) values[name] = count;
					lines.push(`  ${language} ${count}: ${formatMessage(catalogue[language][key] ?? "", values, language)}`);
				}
			}
		}
	}

	it("are approved as a whole (test/approved/plurals.txt)", () => {
		approve("plurals.txt", `${lines.join("\n")}\n`);
	});

	it("never write '1 … days', '1 meetings' or '0 days ago', and always fill in the number", () => {
		for (const line of lines.filter((candidate) => candidate.startsWith("  "))) {
			expect(line, line).not.toMatch(/[#{}]/);
			expect(line, line).not.toMatch(/\b1 (days|meetings|reflections|stakeholders|actions|quick wins|problems|readings|overleggen|dagen|reflecties|acties|problemen|metingen)\b/);
			expect(line, line).not.toMatch(/\b0 (days|dagen) (ago|geleden)|in 0 (days|dagen)|over 0 dagen/);
		}
	});

	it("in Dutch a thousand is written with a full stop, in English with a comma", () => {
		expect(lines).toContain("  nl 1234: 1.234 overleggen · 1.234 reflecties · 1.234 stakeholders");
		expect(lines).toContain("  en 1234: 1,234 meetings · 1,234 reflections · 1,234 stakeholders");
	});

	it("the words a person asked about in the issue", () => {
		const en = wordsFor("en");
		const nl = wordsFor("nl");
		expect(en.t("counts", { meetings: 1, reflections: 1, stakeholders: 0 })).toBe("1 meeting · 1 reflection · 0 stakeholders");
		expect(en.t("since-actions", { added: 4, done: 1 })).toBe("4 new actions, 1 done");
		expect(en.t("since-quick-wins", { count: 1 })).toBe("1 new quick win");
		expect(en.t("last-meeting", { days: 0, date: "27 Nov 2026" })).toBe("last meeting today (27 Nov 2026)");
		expect(en.t("next-meeting", { days: 0, date: "27 Nov 2026" })).toBe("next meeting today (27 Nov 2026)");
		expect(nl.t("next-meeting", { days: 1, date: "28 nov 2026" })).toBe("volgend overleg morgen (28 nov 2026)");
		expect(nl.t("conflict-meetings", { count: 1 })).toBe("besproken in 1 overleg");
	});
});

describe("one plural mechanism for every catalogue", () => {
	it("every message of every catalogue compiles, in every language", () => {
		for (const catalogue of Object.values(CATALOGUES)) {
			for (const language of LANGUAGES) {
				for (const [key, message] of Object.entries(catalogue[language])) expect(() => formatMessage(message, {}, language), key).not.toThrow();
			}
		}
	});

	it("no catalogue keeps singular and plural as two keys any more", () => {
		for (const catalogue of Object.values(CATALOGUES)) for (const key of Object.keys(catalogue.en)) expect(key).not.toMatch(/[-.]one$/);
	});

	it("an exact value wins over the plural category, and # is the number in the language's format", () => {
		const message = "{n, plural, =0 {none} one {# day} other {# days}}";
		expect([0, 1, 2, 1500].map((n) => formatMessage(message, { n }, "nl"))).toEqual(["none", "1 day", "2 days", "1.500 days"]);
	});
});
