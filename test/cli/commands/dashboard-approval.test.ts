/**
 * The dashboard's text and its Markdown briefing, whole, in both languages,
 * approved against test/approved/ (see test/helpers/approve.ts): a change of
 * wording shows up as a readable diff.
 */
import { describe, it } from "vitest";
import { LANGUAGES } from "../../../src/core/i18n/language";
import { approve } from "../../helpers/approve";
import { cli, exampleVault } from "../cli-harness";

const TODAY = "2026-11-27";

describe.each(LANGUAGES)("the example vault's dashboard, in %s", (language) => {
	it("as text, every alliance", () => {
		approve(`dashboard.${language}.txt`, cli("dashboard", exampleVault, "--today", TODAY, "--lang", language).stdout);
	});

	it("as text with the reasons conflict wordings were grouped (--verbose)", () => {
		approve(`dashboard-verbose.${language}.txt`, cli("dashboard", exampleVault, "--today", TODAY, "--lang", language, "--alliance", "Zuiderzee", "--verbose").stdout);
	});

	it("as a Markdown briefing for one alliance", () => {
		approve(`briefing-northwind.${language}.md`, cli("dashboard", exampleVault, "--today", TODAY, "--lang", language, "--alliance", "Northwind", "--markdown").stdout);
	});
});
