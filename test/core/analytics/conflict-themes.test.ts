import { describe, expect, it } from "vitest";
import { daysBetween } from "../../../src/core/analytics/calendar";
import fc from "fast-check";
import { conflictMentions, conflictThemes, groupWordings } from "../../../src/core/analytics/conflict-themes";
import { buildDashboard, DashboardBuilder } from "../../../src/core/analytics/dashboard";
import type { AnalyticsOptions, ConflictTheme, MergeReason } from "../../../src/core/analytics/dashboard-model";
import { mergeReasonText } from "../../../src/core/present/conflicts";
import { wordsFor } from "../../../src/core/present/words";
import { withDefaults } from "../../../src/core/analytics/options";
import { type AliasMap, aliasMap, themeWords } from "../../../src/core/analytics/theme-words";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { lineOf, NoteBuilder } from "../helpers/note-builder";

type Vault = Record<string, string>;

const TODAY = "2026-11-27";
const OPTIONS = withDefaults();

/** The vault's index. Fails when a note has a problem, so the test data stays honest. */
function indexOf(vault: Vault): VaultIndex {
	const index = new VaultIndex();
	for (const [path, text] of Object.entries(vault)) index.upsert(path, text, 1);
	expect(index.problems()).toEqual([]);
	return index;
}

/** The conflict themes of one alliance of a hand-made vault. */
function themesOf(vault: Vault, options: AnalyticsOptions = OPTIONS, alliance = "Acme"): ConflictTheme[] {
	const group = indexOf(vault)
		.alliances()
		.find((candidate) => candidate.profile.basename === alliance);
	if (!group) throw new Error(`the vault has no alliance ${alliance}`);
	return conflictThemes(conflictMentions(group), options, TODAY);
}

function themeLabelled(themes: ConflictTheme[], label: string): ConflictTheme {
	const theme = themes.find((candidate) => candidate.label === label);
	if (!theme) throw new Error(`no theme "${label}" in ${JSON.stringify(themes.map((candidate) => candidate.label))}`);
	return theme;
}

const profile = (partner = "Acme Corp"): string => NoteBuilder.profile(partner).build();

function meeting(date: string, conflicts: string[], alliance = "Acme"): string {
	return NoteBuilder.meeting(alliance, date).section("Conflicts", conflicts).build();
}

function reflection(date: string, conflicts: string[], alliance = "Acme"): string {
	return NoteBuilder.reflection(alliance, date).field("trigger", "periodic").section("Conflicts", conflicts).build();
}

/** Acme with one meeting per date, each raising the given conflicts. */
function acmeMeetings(byDate: Record<string, string[]>): Vault {
	const vault: Vault = { "Alliances/Acme.md": profile() };
	for (const [date, conflicts] of Object.entries(byDate)) vault[`Meetings/${date} Acme.md`] = meeting(date, conflicts);
	return vault;
}

describe("one theme, however it is worded", () => {
	const september = meeting("2026-09-01", ["- [ ] Pricing: Acme wants a revenue share instead of the referral fee"]);
	const october = meeting("2026-10-06", ["- [ ] Pricing model: revenue share or flat fee"]);
	const november = meeting("2026-11-03", ["- [ ] Price discussion: volume discounts again"]);
	const vault = (): Vault => ({
		"Alliances/Acme.md": profile(),
		"Meetings/2026-09-01 Acme.md": september,
		"Meetings/2026-10-06 Acme.md": october,
		"Meetings/2026-11-03 Acme.md": november,
	});

	it("'Pricing', 'Pricing model' and 'Price discussion' are one theme, raised in three meetings", () => {
		const themes = themesOf(vault());

		expect(themes).toHaveLength(1);
		expect(themes[0]).toMatchObject({
			label: "Pricing",
			wordings: ["Pricing", "Pricing model", "Price discussion"],
			meetingCount: 3,
			firstSeen: "2026-09-01",
			lastSeen: "2026-11-03",
			status: "open",
			recurring: true,
			alliances: ["Acme"],
		});
	});

	it("says why the wordings were grouped: 'Pricing model' is 'Pricing' more precisely, 'Price discussion' shares its stem", () => {
		const [pricing] = themesOf(vault());

		// One reason per wording besides the label, in the order the wordings were first used.
		expect(pricing?.mergeReasons).toEqual([
			{ kind: "broader-wording", wording: "Pricing", joined: "Pricing model" },
			{ kind: "shared-stem", wording: "Pricing", joined: "Price discussion", stem: "pric" },
		]);
	});

	it("wordings with the same words written differently are grouped for having the same words", () => {
		const [pricing] = themesOf(acmeMeetings({ "2026-10-06": ["- [ ] Pricing: list price"], "2026-11-03": ["- [ ] PRICING issue: discounts"] }));

		expect(pricing?.mergeReasons).toEqual([{ kind: "same-words", wording: "Pricing", joined: "PRICING issue" }]);
	});

	it("every mention links to its line, oldest first, with its own wording and the whole text", () => {
		const [pricing] = themesOf(vault());

		expect(pricing?.mentions).toEqual([
			{
				path: "Meetings/2026-09-01 Acme.md",
				line: lineOf(september, "- [ ] Pricing"),
				date: "2026-09-01",
				alliance: "Acme",
				text: "Pricing: Acme wants a revenue share instead of the referral fee",
				wording: "Pricing",
				resolved: false,
			},
			{
				path: "Meetings/2026-10-06 Acme.md",
				line: lineOf(october, "- [ ] Pricing model"),
				date: "2026-10-06",
				alliance: "Acme",
				text: "Pricing model: revenue share or flat fee",
				wording: "Pricing model",
				resolved: false,
			},
			{
				path: "Meetings/2026-11-03 Acme.md",
				line: lineOf(november, "- [ ] Price discussion"),
				date: "2026-11-03",
				alliance: "Acme",
				text: "Price discussion: volume discounts again",
				wording: "Price discussion",
				resolved: false,
			},
		]);
	});
});

describe("themes that only look alike stay apart", () => {
	const themes = (): ConflictTheme[] =>
		themesOf(
			acmeMeetings({
				"2026-09-01": ["- [ ] Pricing: list price too high", "- [ ] Data sharing: who may see the route data"],
				"2026-10-06": ["- [ ] Priority of roadmap items: cold chain or driver app first", "- [ ] Data quality: addresses are out of date"],
			}),
		);

	it("'Pricing' and 'Priority of roadmap items' are two themes", () => {
		const all = themes();
		expect(themeLabelled(all, "Pricing").wordings).toEqual(["Pricing"]);
		expect(themeLabelled(all, "Priority of roadmap items").wordings).toEqual(["Priority of roadmap items"]);
	});

	it("'Data sharing' and 'Data quality' share only 'data': two themes", () => {
		const all = themes();
		expect(themeLabelled(all, "Data sharing").wordings).toEqual(["Data sharing"]);
		expect(themeLabelled(all, "Data quality").wordings).toEqual(["Data quality"]);
		expect(all).toHaveLength(4);
		for (const theme of all) expect(theme).toMatchObject({ meetingCount: 1, recurring: false, mergeReasons: [] });
	});
});

describe("across alliances and languages", () => {
	const northwindPricing = meeting("2026-09-15", ["- [ ] Pricing: Northwind wants the interim tiers made permanent"], "Northwind");
	const zuiderzeePrijs = meeting("2026-10-13", ["- [ ] Prijs: budget voor 2027 bevroren"], "Zuiderzee");
	const vault = (): Vault => ({
		"Alliances/Northwind.md": profile("Northwind Logistics"),
		"Alliances/Zuiderzee.md": profile("Zorggroep Zuiderzee"),
		"Meetings/2026-09-15 Northwind.md": northwindPricing,
		"Meetings/2026-10-13 Zuiderzee.md": zuiderzeePrijs,
	});

	it("'Prijs' in a Dutch alliance and 'Pricing' in an English one are one theme of the vault, through the alias prijs → pricing", () => {
		const model = buildDashboard(indexOf(vault()), { today: TODAY, options: { conflictAliases: { prijs: "pricing" } } });

		expect(model.conflicts).toHaveLength(1);
		expect(model.conflicts[0]).toMatchObject({
			label: "Pricing",
			wordings: ["Pricing", "Prijs"],
			alliances: ["Northwind", "Zuiderzee"],
			meetingCount: 2,
			firstSeen: "2026-09-15",
			lastSeen: "2026-10-13",
			status: "open",
			recurring: true,
			mergeReasons: [{ kind: "alias", wording: "Pricing", joined: "Prijs", alias: "prijs → pricing" }],
		});
		expect(model.conflicts[0]?.mentions.map((mention) => [mention.alliance, mention.path, mention.line])).toEqual([
			["Northwind", "Meetings/2026-09-15 Northwind.md", lineOf(northwindPricing, "Pricing")],
			["Zuiderzee", "Meetings/2026-10-13 Zuiderzee.md", lineOf(zuiderzeePrijs, "Prijs")],
		]);
	});

	it("each alliance still sees the theme in its own words, raised once there, under the same key", () => {
		const model = buildDashboard(indexOf(vault()), { today: TODAY, options: { conflictAliases: { prijs: "pricing" } } });
		const [northwind, zuiderzee] = model.alliances;

		expect(northwind?.conflicts.map((theme) => [theme.label, theme.meetingCount, theme.recurring])).toEqual([["Pricing", 1, false]]);
		expect(zuiderzee?.conflicts.map((theme) => [theme.label, theme.meetingCount, theme.recurring])).toEqual([["Prijs", 1, false]]);
		expect(zuiderzee?.conflicts[0]?.key).toBe(northwind?.conflicts[0]?.key);
		expect(model.conflicts[0]?.key).toBe(northwind?.conflicts[0]?.key);
	});

	it("without that alias they are two themes", () => {
		const model = buildDashboard(indexOf(vault()), { today: TODAY, options: { conflictAliases: {} } });

		expect(model.conflicts.map((theme) => [theme.label, theme.alliances])).toEqual([
			["Prijs", ["Zuiderzee"]],
			["Pricing", ["Northwind"]],
		]);
	});

	it("a broad wording in one alliance does not swallow a narrower one in another: 'Communicatie' and 'Roadmap communication' stay apart", () => {
		const model = buildDashboard(
			indexOf({
				"Alliances/Northwind.md": profile("Northwind Logistics"),
				"Alliances/Zuiderzee.md": profile("Zorggroep Zuiderzee"),
				"Meetings/2026-09-15 Northwind.md": meeting("2026-09-15", ["- [ ] Roadmap communication: release notes came late"], "Northwind"),
				"Meetings/2026-09-29 Zuiderzee.md": meeting("2026-09-29", ["- [ ] Communicatie: wijkteams hoorden het van cliënten"], "Zuiderzee"),
			}),
			{ today: TODAY },
		);

		expect(model.conflicts.map((theme) => [theme.label, theme.alliances])).toEqual([
			["Communicatie", ["Zuiderzee"]],
			["Roadmap communication", ["Northwind"]],
		]);
	});

	it("within one alliance the broad wording does take in the narrower one, and says why", () => {
		const [theme, ...others] = themesOf(
			acmeMeetings({
				"2026-09-15": ["- [ ] Roadmap communication: release notes came late"],
				"2026-09-29": ["- [ ] Communicatie: wijkteams hoorden het van cliënten"],
			}),
		);

		expect(others).toEqual([]);
		expect(theme).toMatchObject({
			wordings: ["Roadmap communication", "Communicatie"],
			mergeReasons: [{ kind: "alias", wording: "Roadmap communication", joined: "Communicatie", alias: "communicatie → communication" }],
		});
	});
});

describe("open or resolved: the latest mention decides", () => {
	it("resolved in October and raised again in November is open", () => {
		const [pricing] = themesOf(
			acmeMeetings({
				"2026-09-01": ["- [ ] Pricing: revenue share"],
				"2026-10-06": ["- [x] Pricing: 15 % revenue share agreed"],
				"2026-11-03": ["- [ ] Pricing: Acme wants to reopen the share"],
			}),
		);

		expect(pricing?.status).toBe("open");
		expect(pricing?.mentions.map((mention) => mention.resolved)).toEqual([false, true, false]);
	});

	it("raised twice and ticked off at the latest meeting is resolved", () => {
		const [pricing] = themesOf(
			acmeMeetings({
				"2026-09-01": ["- [ ] Pricing: revenue share"],
				"2026-10-06": ["- [ ] Price discussion: still no agreement"],
				"2026-11-03": ["- [x] Pricing: 15 % revenue share agreed"],
			}),
		);

		expect(pricing?.status).toBe("resolved");
	});

	it("open themes come before resolved ones", () => {
		const themes = themesOf(
			acmeMeetings({
				"2026-09-01": ["- [ ] Branding: whose logo comes first"],
				"2026-11-03": ["- [x] Pricing: agreed", "- [ ] Capacity: not enough consultants"],
			}),
		);

		expect(themes.map((theme) => [theme.label, theme.status])).toEqual([
			["Capacity", "open"],
			["Branding", "open"],
			["Pricing", "resolved"],
		]);
	});
});

describe("recurring: at least two meetings within the last 180 days", () => {
	// The window is (today − 180, today]: 2026-05-31 is today − 180 (outside), 2026-06-01 is today − 179 (inside).
	const options = withDefaults({ windowDays: 180, minMeetings: 2 });

	it("the dates in these tests are where they say they are", () => {
		expect(daysBetween("2026-05-31", TODAY)).toBe(180);
		expect(daysBetween("2026-06-01", TODAY)).toBe(179);
		expect(daysBetween("2026-08-29", TODAY)).toBe(90);
	});

	it("a mention exactly 180 days ago is outside the window; 179 days ago is inside", () => {
		const themes = themesOf(
			acmeMeetings({
				"2026-05-31": ["- [ ] Pricing: revenue share"],
				"2026-06-01": ["- [ ] Branding: whose logo comes first"],
				[TODAY]: ["- [ ] Pricing: again", "- [ ] Branding: again"],
			}),
			options,
		);

		// Pricing: only today's meeting is in the window (1 < 2). Branding: 2026-06-01 and today (2).
		expect(themeLabelled(themes, "Pricing")).toMatchObject({ recurring: false, meetingCount: 2, firstSeen: "2026-05-31" });
		expect(themeLabelled(themes, "Branding")).toMatchObject({ recurring: true, meetingCount: 2, firstSeen: "2026-06-01" });
	});

	it("a meeting dated after today does not make a theme recurring", () => {
		const [capacity] = themesOf(
			acmeMeetings({
				[TODAY]: ["- [ ] Capacity: not enough consultants"],
				"2026-11-28": ["- [ ] Capacity: agenda for tomorrow"],
			}),
			options,
		);

		expect(capacity).toMatchObject({ recurring: false, meetingCount: 2 });
	});

	it("both settings count: three meetings are needed when minMeetings is 3, and a 90-day window drops older ones", () => {
		const vault = acmeMeetings({
			"2026-07-01": ["- [ ] Pricing: revenue share"],
			"2026-10-06": ["- [ ] Pricing: still open"],
			"2026-11-03": ["- [ ] Pricing: again"],
		});

		expect(themesOf(vault, withDefaults({ minMeetings: 3 }))[0]?.recurring).toBe(true);
		expect(themesOf(vault, withDefaults({ minMeetings: 4 }))[0]?.recurring).toBe(false);
		// 2026-07-01 is 149 days ago: inside 180, outside 90; the other two are inside both.
		expect(themesOf(vault, withDefaults({ windowDays: 90, minMeetings: 3 }))[0]?.recurring).toBe(false);
		expect(themesOf(vault, withDefaults({ windowDays: 90, minMeetings: 2 }))[0]?.recurring).toBe(true);
	});

	it("a theme raised twice in one meeting is raised in one meeting: counted once and not recurring", () => {
		const [pricing] = themesOf(
			acmeMeetings({
				"2026-11-03": ["- [ ] Pricing: list price too high", "- [ ] Price discussion: and the discounts as well"],
			}),
		);

		expect(pricing).toMatchObject({ meetingCount: 1, recurring: false });
		expect(pricing?.mentions).toHaveLength(2);
	});

	it("two mentions in one meeting and one in another are two meetings", () => {
		const [pricing] = themesOf(
			acmeMeetings({
				"2026-10-06": ["- [ ] Pricing: list price too high", "- [ ] Pricing model: revenue share"],
				"2026-11-03": ["- [ ] Pricing: again"],
			}),
		);

		expect(pricing).toMatchObject({ meetingCount: 2, recurring: true });
		expect(pricing?.mentions).toHaveLength(3);
	});

	it("conflicts written in reflections count as well as those in meetings", () => {
		const [pricing] = themesOf({
			"Alliances/Acme.md": profile(),
			"Meetings/2026-10-06 Acme.md": meeting("2026-10-06", ["- [ ] Pricing: revenue share"]),
			"Reflections/2026-11-12 Acme.md": reflection("2026-11-12", ["- [ ] Pricing: we keep avoiding it"]),
		});

		expect(pricing).toMatchObject({ meetingCount: 2, recurring: true, lastSeen: "2026-11-12" });
		expect(pricing?.mentions.map((mention) => mention.path)).toEqual(["Meetings/2026-10-06 Acme.md", "Reflections/2026-11-12 Acme.md"]);
	});
});

describe("coming up more often: more meetings in the recent half of the window than in the half before", () => {
	// With a 180-day window the halves are (2026-05-31, 2026-08-29] and (2026-08-29, 2026-11-27].
	const escalating = (byDate: Record<string, string[]>): boolean | undefined => themesOf(acmeMeetings(byDate))[0]?.escalating;
	const PRICING = ["- [ ] Pricing: again"];

	it("once before, twice recently is coming up more often", () => {
		expect(escalating({ "2026-07-01": PRICING, "2026-09-15": PRICING, "2026-11-03": PRICING })).toBe(true);
	});

	it("twice before and twice recently is not", () => {
		expect(escalating({ "2026-06-15": PRICING, "2026-07-15": PRICING, "2026-09-15": PRICING, "2026-11-03": PRICING })).toBe(false);
	});

	it("the day 90 days ago belongs to the earlier half", () => {
		// 2026-08-29 earlier, 2026-08-30 recent: one each.
		expect(escalating({ "2026-08-29": PRICING, "2026-08-30": PRICING })).toBe(false);
		expect(escalating({ "2026-08-30": PRICING, "2026-08-31": PRICING })).toBe(true);
	});

	it("one recent meeting alone is not yet a pattern", () => {
		expect(escalating({ "2026-11-03": PRICING })).toBe(false);
	});

	it("distinct meetings count, not mentions: two mentions in one recent meeting against one earlier meeting is not more often", () => {
		expect(escalating({ "2026-07-01": PRICING, "2026-11-03": ["- [ ] Pricing: list price", "- [ ] Price discussion: discounts"] })).toBe(false);
	});

	it("mentions outside the window do not count for either half", () => {
		// 2026-01-15 is long before the window: only the two recent meetings count.
		expect(escalating({ "2026-01-15": PRICING, "2026-02-15": PRICING, "2026-09-15": PRICING, "2026-11-03": PRICING })).toBe(true);
	});
});

describe("what the theme is called", () => {
	it("the wording used most often names the theme", () => {
		const [pricing] = themesOf(
			acmeMeetings({
				"2026-08-04": ["- [ ] Price discussion: list price"],
				"2026-09-01": ["- [ ] Pricing: revenue share"],
				"2026-10-06": ["- [ ] Pricing: still"],
				"2026-11-03": ["- [ ] Price discussion: discounts"],
				"2026-11-17": ["- [ ] Pricing: again"],
			}),
		);

		expect(pricing?.label).toBe("Pricing");
		expect(pricing?.wordings).toEqual(["Price discussion", "Pricing"]);
	});

	it("on a tie the wording seen first names it", () => {
		const [pricing] = themesOf(
			acmeMeetings({
				"2026-09-01": ["- [ ] Price discussion: list price"],
				"2026-10-06": ["- [ ] Pricing: revenue share"],
			}),
		);

		expect(pricing?.label).toBe("Price discussion");
	});
});

describe("the user's aliases", () => {
	const vault = (): Vault =>
		acmeMeetings({
			"2026-10-06": ["- [ ] Pricing: revenue share"],
			"2026-11-03": ["- [ ] Commercial terms: payment after 60 days"],
		});

	it("without an alias, 'Commercial terms' and 'Pricing' are two themes", () => {
		expect(themesOf(vault()).map((theme) => theme.label)).toEqual(["Commercial terms", "Pricing"]);
	});

	it("with the alias 'commercial terms' → 'pricing' they are one, recurring theme", () => {
		const themes = themesOf(vault(), withDefaults({ conflictAliases: { "Commercial terms": "pricing" } }));

		expect(themes).toHaveLength(1);
		expect(themes[0]).toMatchObject({ wordings: ["Pricing", "Commercial terms"], meetingCount: 2, recurring: true });
		expect(themes[0]?.mergeReasons).toEqual([{ kind: "alias", wording: "Pricing", joined: "Commercial terms", alias: "commercial terms → pricing" }]);
	});

	it("the user's aliases replace the built-in ones: with only their own, 'Prijs' is no longer pricing", () => {
		const dutch = acmeMeetings({
			"2026-10-06": ["- [ ] Pricing: revenue share"],
			"2026-11-03": ["- [ ] Prijs: te hoog"],
		});

		expect(themesOf(dutch)).toHaveLength(1);
		expect(themesOf(dutch, withDefaults({ conflictAliases: { "Commercial terms": "pricing" } }))).toHaveLength(2);
	});
});

describe("grouping many wordings follows the same rules as comparing every pair", () => {
	/** The rules, pair by pair: the same stems anywhere, or one's stems inside the other's in a shared alliance. */
	function allPairs(uses: { wording: string; alliance: string }[], aliases: AliasMap): Map<string, string> {
		const words = new Map<string, { stems: string[]; key: string; alliances: Set<string> }>();
		for (const { wording, alliance } of uses) {
			const stems = themeWords(wording, aliases).stems;
			const entry = words.get(wording) ?? { stems, key: stems.join(" ") || wording.toLowerCase(), alliances: new Set<string>() };
			entry.alliances.add(alliance);
			words.set(wording, entry);
		}
		const themeOf = new Map([...words].map(([wording, entry]) => [wording, entry.key]));
		const list = [...words];
		// Repeat until nothing changes: a plain fixed point, slow and obviously right.
		for (let changed = true; changed; ) {
			changed = false;
			for (const [a, left] of list) {
				for (const [b, right] of list) {
					const subset = left.stems.length > 0 && left.stems.every((stem) => right.stems.includes(stem));
					const together = left.key === right.key || (subset && [...left.alliances].some((alliance) => right.alliances.has(alliance)));
					const keyA = themeOf.get(a) ?? "";
					const keyB = themeOf.get(b) ?? "";
					if (!together || keyA === keyB) continue;
					const smaller = keyA < keyB ? keyA : keyB;
					for (const [wording, key] of themeOf) if (key === keyA || key === keyB) themeOf.set(wording, smaller);
					changed = true;
				}
			}
		}
		return themeOf;
	}

	const WORDS = ["pricing", "price", "model", "roadmap", "data", "sharing", "prijs", "afspraken", "capacity", "the", "discussion", "team", "teams"];
	const wording = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 11 }).map((words) => words.join(" "));
	const use = fc.record({ wording, alliance: fc.constantFrom("Acme", "Northwind", "Zuiderzee") });

	it("random wordings of up to eleven words in three alliances group exactly as pair by pair", () => {
		const aliases = aliasMap({ prijs: "pricing" });
		fc.assert(
			fc.property(fc.array(use, { maxLength: 40 }), (uses) => {
				expect(new Map(groupWordings(uses, aliases).themeOf)).toEqual(allPairs(uses, aliases));
			}),
			{ seed: 20261130, numRuns: 300 },
		);
	});

	it("a wording of more words than are looked up one by one still takes in the narrower wordings of its alliance", () => {
		const long = "pricing model roadmap data sharing capacity team budget forecast pipeline";
		const { themeOf } = groupWordings(
			[
				{ wording: long, alliance: "Acme" },
				{ wording: "Pricing", alliance: "Acme" },
				{ wording: "Data sharing", alliance: "Acme" },
				{ wording: "Roadmap", alliance: "Northwind" },
			],
			aliasMap({}),
		);
		expect(themeOf.get("Pricing")).toBe(themeOf.get(long));
		expect(themeOf.get("Data sharing")).toBe(themeOf.get(long));
		expect(themeOf.get("Roadmap")).not.toBe(themeOf.get(long));
	});
});

describe("a conflict linked to a note: that note is the theme", () => {
	const THEME_NOTE = ["---", "aliases:", "  - data access", "  - datadeling", "---", "# Data sharing", ""].join("\n");
	const conflictIn = (date: string, line: string): string => NoteBuilder.meeting("Acme", date).section("Conflicts", [line]).build();
	const vault = (themeNote: string | undefined): Record<string, string> => {
		const notes: Record<string, string> = {
			"Acme.md": NoteBuilder.profile().build(),
			"Alliances/Meetings/2026-09-01 Acme.md": conflictIn("2026-09-01", "- [ ] [[Data sharing|data]]: which telemetry we may use under the NDA"),
			"Alliances/Meetings/2026-10-01 Acme.md": conflictIn("2026-10-01", "- [ ] Route data for the pilot #conflict/data-access"),
			"Alliances/Meetings/2026-11-01 Acme.md": conflictIn("2026-11-01", "- [ ] Data access: GPS per driver again"),
			"Alliances/Meetings/2026-11-15 Acme.md": conflictIn("2026-11-15", "- [ ] Datadeling: de vervoerders willen niets delen"),
		};
		if (themeNote !== undefined) notes["Notes/Data sharing.md"] = themeNote;
		return notes;
	};
	const themesOf = (index: VaultIndex): ConflictTheme[] => buildDashboard(index, { today: "2026-11-27" }).alliances[0]?.conflicts ?? [];
	const indexOf = (notes: Record<string, string>): VaultIndex => {
		const index = new VaultIndex();
		for (const [path, text] of Object.entries(notes)) index.upsert(path, text, 1);
		expect(index.problems()).toEqual([]);
		return index;
	};

	it("merges the link, the #conflict tag and the texts equal to its aliases into one recurring theme named after the note", () => {
		const themes = themesOf(indexOf(vault(THEME_NOTE)));
		expect(themes).toHaveLength(1);
		const [theme] = themes;
		expect(theme).toMatchObject({ label: "Data sharing", note: "Notes/Data sharing.md", meetingCount: 4, recurring: true, status: "open" });
		expect(theme?.mentions.map((mention) => mention.wording)).toEqual(["Data sharing", "data access", "Data access", "Datadeling"]);
		expect(theme?.mergeReasons).toEqual([
			{ kind: "note-alias", wording: "Data sharing", joined: "data access" },
			{ kind: "note-alias", wording: "Data sharing", joined: "Data access" },
			{ kind: "note-alias", wording: "Data sharing", joined: "Datadeling" },
		]);
		expect(mergeReasonText(theme?.mergeReasons[0] as MergeReason, wordsFor("nl"))).toBe("“data access” is een alias van de notitie “Data sharing”");
	});

	it("without the note's aliases they stay apart (the aliases do the merging)", () => {
		const themes = themesOf(indexOf(vault(undefined)));
		expect(themes.map((theme) => theme.label.toLowerCase()).sort()).toEqual(["data access", "data sharing", "datadeling"]);
		expect(themes.every((theme) => theme.note === undefined)).toBe(true);
	});

	it("renaming the note (Obsidian rewrites the link) keeps the theme, under the new name", () => {
		const index = indexOf(vault(THEME_NOTE));
		index.rename("Notes/Data sharing.md", "Notes/Data exchange.md");
		index.upsert("Alliances/Meetings/2026-09-01 Acme.md", conflictIn("2026-09-01", "- [ ] [[Data exchange|data]]: which telemetry we may use under the NDA"), 2);
		const themes = themesOf(index);
		expect(themes).toHaveLength(1);
		expect(themes[0]).toMatchObject({ label: "Data exchange", note: "Notes/Data exchange.md", meetingCount: 4, recurring: true });
	});

	it("an edited alias list is read again: the theme follows the note", () => {
		const index = indexOf(vault(THEME_NOTE));
		const builder = new DashboardBuilder(index);
		expect(builder.build({ today: "2026-11-27" }).alliances[0]?.conflicts).toHaveLength(1);
		index.upsert("Notes/Data sharing.md", THEME_NOTE.replace("  - datadeling\n", ""), 2);
		expect(builder.build({ today: "2026-11-27" }).alliances[0]?.conflicts.map((theme) => theme.label).sort()).toEqual(["Data sharing", "Datadeling"]);
	});
});
