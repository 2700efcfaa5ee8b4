import { format } from "date-fns";
import { enUS, nl } from "date-fns/locale";
import { describe, expect, it } from "vitest";
import { dateLocale } from "../../../src/core/libraries/date-locales";

describe("dateLocale, the date-fns locale adapter", () => {
	const friday = new Date(2026, 10, 27);

	it("gives date-fns' own locale for each language", () => {
		expect(dateLocale("en")).toBe(enUS);
		expect(dateLocale("nl")).toBe(nl);
	});

	it("names days and months in the language, with its own long date format", () => {
		expect(format(friday, "EEEE d MMMM yyyy", { locale: dateLocale("en") })).toBe("Friday 27 November 2026");
		expect(format(friday, "EEEE d MMMM yyyy", { locale: dateLocale("nl") })).toBe("vrijdag 27 november 2026");
		expect(format(friday, "PPP", { locale: dateLocale("nl") })).toBe("27 november 2026");
		expect(format(friday, "PPP", { locale: dateLocale("en") })).toBe("November 27th, 2026");
	});
});
