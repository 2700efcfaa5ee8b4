import { describe, expect, it } from "vitest";
import { DEFAULT_ANALYTICS_OPTIONS, DEFAULT_CONFLICT_ALIASES } from "../../src/core/analytics/options";
import { DEFAULT_PATH_PATTERNS } from "../../src/core/templates/new-note";
import {
	analyticsOptions,
	defaultPathPattern,
	defaultSettings,
	folderPath,
	formatConflictAliases,
	parseConflictAliases,
	pathPattern,
	readSettings,
} from "../../src/obsidian/settings";

describe("the settings", () => {
	it("start from the analytics' and the templates' own defaults", () => {
		const settings = defaultSettings();
		expect(analyticsOptions(settings)).toEqual(DEFAULT_ANALYTICS_OPTIONS);
		for (const language of ["en", "nl"] as const) {
			for (const type of ["alliance", "alliance-meeting", "alliance-reflection", "alliance-stakeholder"] as const) {
				expect(pathPattern(settings, type, language)).toBe(DEFAULT_PATH_PATTERNS[language][type]);
			}
		}
		expect(settings.language).toBe("auto");
		expect(Object.values(settings.sections).every(Boolean)).toBe(true);
	});

	it("are read back from data.json, keeping every valid value and defaulting the rest", () => {
		const settings = readSettings({
			alliancesFolder: "Partners",
			language: "nl",
			minMeetings: 3,
			windowDays: -5,
			staleAfterMeetings: "4",
			conflictAliases: "prijs = pricing",
			pathPatterns: { "alliance-meeting": "Journal/{{date}}.md", alliance: 7 },
			sections: { kpis: false, health: "no" },
			selectedAlliance: "Northwind",
			density: "compact",
			unknown: true,
		});
		expect(settings).toMatchObject({
			alliancesFolder: "Partners",
			language: "nl",
			minMeetings: 3,
			windowDays: 180,
			staleAfterMeetings: 3,
			conflictAliases: "prijs = pricing",
			pathPatterns: { "alliance-meeting": "Journal/{{date}}.md", alliance: "" },
			selectedAlliance: "Northwind",
			density: "compact",
		});
		expect(settings.sections.kpis).toBe(false);
		expect(settings.sections.health).toBe(true);
		expect(readSettings(null)).toEqual(defaultSettings());
		expect(readSettings("garbage")).toEqual(defaultSettings());
		expect(readSettings({ language: "fr", selectedAlliance: 3, density: "tiny" })).toEqual(defaultSettings());
		expect(defaultSettings().density).toBe("auto");
	});

	it("write conflict aliases one per line and read them back", () => {
		expect(parseConflictAliases(formatConflictAliases(DEFAULT_CONFLICT_ALIASES))).toEqual(DEFAULT_CONFLICT_ALIASES);
		expect(parseConflictAliases("prijs = pricing\n\n# a comment\nkosten=costs\nno separator\n = nothing\nwhat =\n a = b = c ")).toEqual({
			prijs: "pricing",
			kosten: "costs",
			a: "b = c",
		});
	});

	it("turn into the analytics' options", () => {
		const settings = readSettings({ minMeetings: 4, windowDays: 90, staleAfterMeetings: 2, conflictAliases: "levering = delivery" });
		expect(analyticsOptions(settings)).toEqual({ ...DEFAULT_ANALYTICS_OPTIONS, minMeetings: 4, windowDays: 90, staleAfterMeetings: 2, conflictAliases: { levering: "delivery" } });
	});

	it("put new alliances in the alliances folder, unless a pattern says otherwise", () => {
		expect(defaultPathPattern("alliance-meeting", "en", "Work/Partners/")).toBe("Work/Partners/{{alliance}}/Meetings/{{date}} {{alliance}}.md");
		expect(defaultPathPattern("alliance", "nl", "")).toBe("{{alliance}}/{{alliance}}.md");
		expect(defaultPathPattern("alliance-stakeholder", "en", "Work")).toBe("Stakeholders/{{title}}.md");
		const settings = readSettings({ alliancesFolder: "Work", pathPatterns: { "alliance-reflection": "  Reflections/{{date}}.md " } });
		expect(pathPattern(settings, "alliance-reflection", "en")).toBe("Reflections/{{date}}.md");
		expect(pathPattern(settings, "alliance", "en")).toBe("Work/{{alliance}}/{{alliance}}.md");
		expect(folderPath(" /Work/Partners/ ")).toBe("Work/Partners");
	});
});
