import { afterEach, describe, expect, it, vi } from "vitest";

const obsidian = vi.hoisted(() => ({ language: "nl", apiVersionAtLeast: true, momentLocale: "en" }));

vi.mock("obsidian", async (importOriginal) => {
	const original = await importOriginal<typeof import("obsidian")>();
	return {
		...original,
		getLanguage: () => obsidian.language,
		requireApiVersion: () => obsidian.apiVersionAtLeast,
		moment: Object.assign(() => undefined, { locale: () => obsidian.momentLocale }),
	};
});

const { obsidianLocale, pluginLanguage, pluginTranslator } = await import("../../src/obsidian/language");

afterEach(() => {
	obsidian.language = "nl";
	obsidian.apiVersionAtLeast = true;
	obsidian.momentLocale = "en";
});

describe("the plugin's language", () => {
	it("follows Obsidian's language when set to automatic", () => {
		expect(pluginLanguage("auto")).toBe("nl");
		obsidian.language = "en";
		expect(pluginLanguage("auto")).toBe("en");
	});

	it("is English when Obsidian speaks a language the plugin does not", () => {
		obsidian.language = "de";
		expect(pluginLanguage("auto")).toBe("en");
	});

	it("is the language chosen, whatever Obsidian speaks", () => {
		expect(pluginLanguage("en")).toBe("en");
		obsidian.language = "en";
		expect(pluginLanguage("nl")).toBe("nl");
	});

	it("asks moment for Obsidian's locale before Obsidian 1.8.7 (which has no getLanguage)", () => {
		obsidian.apiVersionAtLeast = false;
		obsidian.momentLocale = "nl-be";
		expect(obsidianLocale()).toBe("nl-be");
		expect(pluginLanguage("auto")).toBe("nl");
	});

	it("has every word in English and Dutch, in sentence case", () => {
		expect(pluginTranslator("en")("command.new-meeting")).toBe("New meeting note");
		expect(pluginTranslator("nl")("command.new-meeting")).toBe("Nieuw overlegverslag");
		expect(pluginTranslator("en")("status.indexing", { done: 200, total: 5000 })).toBe("Alliance index: indexing… 200/5,000");
	});
});
