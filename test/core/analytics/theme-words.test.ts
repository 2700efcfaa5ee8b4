import { describe, expect, it } from "vitest";
import { aliasMap, normalizeWording, stem, themeWords } from "../../../src/core/analytics/theme-words";

const NO_ALIASES = aliasMap({});
/** The user's own alias, as written in the settings. */
const PRIJS_IS_PRICING = aliasMap({ prijs: "pricing" });

const stemsOf = (wording: string, aliases = NO_ALIASES): string[] => themeWords(wording, aliases).stems;

describe("how a conflict is written does not matter", () => {
	it("capitals are ignored", () => {
		expect(normalizeWording("PRICING")).toBe("pricing");
		expect(stemsOf("PRICING")).toEqual(stemsOf("pricing"));
	});

	it("accents are ignored, so 'Coördinatie' and 'coordinatie' are the same word", () => {
		expect(normalizeWording("Coördinatie")).toBe("coordinatie");
		expect(normalizeWording("Réunion d’équipe")).toBe("reunion dequipe");
		expect(stemsOf("Coördinatie")).toEqual(stemsOf("coordinatie"));
	});

	it("punctuation becomes a space, and runs of spaces become one", () => {
		expect(normalizeWording("Prijs-afspraken (Q3)!")).toBe("prijs afspraken q3");
		expect(normalizeWording("  data / sharing…  ")).toBe("data sharing");
		expect(normalizeWording("pricing   model")).toBe("pricing model");
	});

	it("an apostrophe joins the word rather than splitting it", () => {
		expect(normalizeWording("Partner's pricing")).toBe("partners pricing");
		expect(normalizeWording("Partner’s pricing")).toBe("partners pricing");
	});

	it("'Data-sharing', 'data sharing' and 'DATA SHARING!' have the same words", () => {
		expect(stemsOf("Data-sharing")).toEqual(["data", "shar"]);
		expect(stemsOf("data sharing")).toEqual(["data", "shar"]);
		expect(stemsOf("DATA SHARING!")).toEqual(["data", "shar"]);
	});
});

describe("word endings", () => {
	it("'pricing', 'price', 'prices' and 'priced' share one stem", () => {
		expect(stem("pricing")).toBe("pric");
		expect(stem("price")).toBe("pric");
		expect(stem("prices")).toBe("pric");
		expect(stem("priced")).toBe("pric");
	});

	it("the longest ending goes first: 'communication' is 'communic', not 'communicatio'", () => {
		expect(stem("communication")).toBe("communic");
		expect(stem("communications")).toBe("communic");
	});

	it("Dutch plurals lose their ending: 'afspraken' is 'afsprak', 'teams' is 'team'", () => {
		expect(stem("afspraken")).toBe("afsprak");
		expect(stem("teams")).toBe("team");
	});

	it("a stem keeps at least four letters, so short words are not cut to nothing", () => {
		// "rates" − "es" would leave "rat" (3 letters): only the "s" goes.
		expect(stem("rates")).toBe("rate");
		// "rate" − "e" would leave "rat": the word stays as it is.
		expect(stem("rate")).toBe("rate");
		expect(stem("data")).toBe("data");
	});

	it("a word's stems come sorted and once each", () => {
		expect(stemsOf("Pricing model")).toEqual(["model", "pric"]);
		expect(stemsOf("Prices and pricing")).toEqual(["pric"]);
	});
});

describe("words that say nothing about what the conflict is about", () => {
	it("'Price discussion' is about the price", () => {
		expect(stemsOf("Price discussion")).toEqual(["pric"]);
	});

	it("English stop words and generic words go: 'The question of data ownership' is data ownership", () => {
		expect(stemsOf("The question of data ownership")).toEqual(["data", "ownership"]);
		expect(stemsOf("Issues around the pricing")).toEqual(["pric"]);
	});

	it("Dutch stop words and generic words go: 'De discussie over de planning' is planning", () => {
		expect(stemsOf("De discussie over de planning")).toEqual(["plann"]);
		expect(stemsOf("Kwestie rond het mandaat")).toEqual(stemsOf("Mandaat"));
		expect(stemsOf("Onenigheid over de prijs")).toEqual(["prij"]);
	});

	it("a conflict called only 'Discussion' keeps that word rather than having no theme at all", () => {
		expect(stemsOf("Discussion")).toEqual(["discuss"]);
		expect(stemsOf("Discussion")).not.toEqual([]);
	});
});

describe("the user's aliases", () => {
	it("keys and values are normalised like wordings, and an alias to itself is left out", () => {
		const aliases = aliasMap({ " Prijs ": "Pricing!", planning: "Planning", "": "pricing" });
		expect([...aliases]).toEqual([["prijs", "pricing"]]);
	});

	it("'Prijs' means pricing when the user says so", () => {
		expect(themeWords("Prijs", PRIJS_IS_PRICING)).toEqual({ stems: ["pric"], words: ["pricing"], aliasesUsed: ["prijs → pricing"] });
		expect(stemsOf("Prijs", PRIJS_IS_PRICING)).toEqual(stemsOf("Pricing"));
	});

	it("without the alias, 'Prijs' has nothing in common with 'Pricing'", () => {
		expect(stemsOf("Prijs")).toEqual(["prij"]);
	});

	it("an alias for a whole phrase replaces the phrase", () => {
		const aliases = aliasMap({ "Commerciële voorwaarden": "pricing" });
		expect(themeWords("Commerciële voorwaarden", aliases)).toEqual({
			stems: ["pric"],
			words: ["pricing"],
			aliasesUsed: ["commerciele voorwaarden → pricing"],
		});
	});

	it("an alias for one word applies where that word is used in a longer wording", () => {
		expect(themeWords("De discussie over de prijs", PRIJS_IS_PRICING)).toEqual({ stems: ["pric"], words: ["pricing"], aliasesUsed: ["prijs → pricing"] });
		expect(stemsOf("Prijs en volume", PRIJS_IS_PRICING)).toEqual(["pric", "volum"]);
	});

	it("an alias applies inside a Dutch compound: 'Prijsafspraken' is pricing + afspraken", () => {
		expect(themeWords("Prijsafspraken", PRIJS_IS_PRICING)).toEqual({ stems: ["afsprak", "pric"], words: ["afspraken", "pricing"], aliasesUsed: ["prijs → pricing"] });
		// Written as two words it comes to the same.
		expect(stemsOf("Prijs-afspraken", PRIJS_IS_PRICING)).toEqual(["afsprak", "pric"]);
		// Without the alias the compound is one word of its own.
		expect(stemsOf("Prijsafspraken")).toEqual(["prijsafsprak"]);
	});

	it("a short alias (under four letters) is not looked for inside compounds", () => {
		// "bod" (a bid) is not the start of "bodemprijs" (a floor price).
		expect(themeWords("Bodemprijs", aliasMap({ bod: "offer" }))).toEqual({ stems: ["bodemprij"], words: ["bodemprijs"], aliasesUsed: [] });
	});

	it("an alias may stand for several words, each of which counts", () => {
		expect(themeWords("Gegevensdeling", aliasMap({ gegevensdeling: "data sharing" }))).toEqual({
			stems: ["data", "shar"],
			words: ["data", "sharing"],
			aliasesUsed: ["gegevensdeling → data sharing"],
		});
	});
});

describe("aliases inside compounds, however many there are", () => {
	it("of several aliases that fit a compound, the one listed first applies", () => {
		const aliases = aliasMap({ afspraken: "agreements", prijs: "pricing" });
		expect(themeWords("Prijsafspraken", aliases)).toMatchObject({ stems: ["agreement", "prij"], aliasesUsed: ["afspraken → agreements"] });
		const swapped = aliasMap({ prijs: "pricing", afspraken: "agreements" });
		expect(themeWords("Prijsafspraken", swapped)).toMatchObject({ stems: ["afsprak", "pric"], aliasesUsed: ["prijs → pricing"] });
	});

	it("a compound ending in an alias needs four letters before it: 'licentieprijs' is licentie + pricing", () => {
		expect(stemsOf("Licentieprijs", PRIJS_IS_PRICING)).toEqual(["licenti", "pric"]);
		expect(stemsOf("Bijprijs", PRIJS_IS_PRICING)).toEqual(["bijprij"]);
	});

	it("with thousands of aliases the right one is still found", () => {
		const many: Record<string, string> = {};
		for (let number = 0; number < 5000; number++) many[`woord${number}`] = `word ${number}`;
		many.prijs = "pricing";
		expect(stemsOf("Prijsafspraken", aliasMap(many))).toEqual(["afsprak", "pric"]);
	});
});
