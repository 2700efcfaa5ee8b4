/// <reference types="node" />
/**
 * A Dutch alliance manager never reads English the product wrote. Every
 * output is rendered in Dutch for the example vault's Dutch alliance
 * (Zuiderzee) — the CLI's text and `--markdown`, every problem message, the
 * sidebar's DOM text (through the obsidian project's happy-dom setup) — and
 * no word of the English catalogues may be left in it, outside the
 * allow-list below.
 *
 * To check one more output, add an entry to OUTPUTS: a name, a function that
 * returns its Dutch text, and what in it the user wrote (for instance every
 * `--help` and every CLI error).
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run";
import type { DashboardModel } from "../../src/core/analytics/dashboard-model";
import { CLI_MESSAGES } from "../../src/core/i18n/messages/cli";
import { PLUGIN_MESSAGES } from "../../src/core/i18n/messages/plugin";
import { problemLine } from "../../src/core/present/problems";
import { MESSAGES, wordsFor } from "../../src/core/present/words";
import { NOTE_SCHEMAS } from "../../src/core/schema/definitions";
import { DIMENSION_LABELS, KEY_ROLE_LABELS } from "../../src/core/schema/health-check-names";
import type { DashboardState } from "../../src/ui/dashboard-state";
import { problemsOfAMessyVault } from "../core/helpers/messy-vault";
import { exampleModel } from "../ui/fixtures/example-model";
import { render } from "../ui/fixtures/render";

const TODAY = "2026-11-27";
// The "obsidian" project runs in happy-dom, whose global URL is not Node's: no `new URL(…, import.meta.url)` here.
const EXAMPLE_VAULT = join(dirname(fileURLToPath(import.meta.url)), "../../examples/vault");

/** Runs the command line in-process; returns what it printed on stdout. */
function cli(...argv: string[]): string {
	let stdout = "";
	runCli(argv, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => undefined }, env: {} });
	return stdout;
}
/** Runs the command line in-process; returns what it printed on stderr (a mistake's one line). */
function cliError(...argv: string[]): string {
	let stderr = "";
	runCli(argv, { stdout: { write: () => undefined }, stderr: { write: (text: string) => (stderr += text) }, env: {} });
	return stderr;
}
const DUTCH_ALLIANCE = "Zuiderzee";

/** Words Dutch alliance managers use as they are: they may appear in Dutch text. */
const ALLOWED_ENGLISH = new Set(["kpi", "kpis", "quick", "win", "wins", "stakeholder", "stakeholders", "alliance", "journal", "dashboard", "yaml", "frontmatter", "briefing"]);

/** Common English words the catalogues may not happen to contain. */
const COMMON_ENGLISH = "the and of to with from by for on at not no yet share shares reduce same words alias grouped because found allowed missing days day meeting meetings ago".split(" ");

/** Lower-case words of a text (letters only, so numbers, dates and punctuation drop out). */
function wordsOf(text: string): string[] {
	return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * Every word of every message in a language's catalogues (placeholder names
 * left out). The CLI's Dutch texts quote English command and flag names, so
 * they do not count as Dutch.
 */
function catalogueWords(language: "en" | "nl"): Set<string> {
	const words = new Set<string>();
	for (const catalogue of language === "en" ? [MESSAGES, PLUGIN_MESSAGES, CLI_MESSAGES] : [MESSAGES, PLUGIN_MESSAGES]) {
		for (const message of Object.values(catalogue[language])) {
			for (const word of wordsOf(message.replace(/\{\w+(?:, plural,)?|[=]\d+/g, " "))) words.add(word);
		}
	}
	// The names of the health check's dimensions and the key roles belong to the note format, in each language.
	for (const names of [DIMENSION_LABELS[language], KEY_ROLE_LABELS[language]]) for (const name of Object.values(names)) for (const word of wordsOf(name)) words.add(word);
	return words;
}

/** Words only English writes: in the English catalogues (or common English) and nowhere in the Dutch ones. */
const ENGLISH_ONLY: ReadonlySet<string> = (() => {
	const dutch = catalogueWords("nl");
	return new Set([...catalogueWords("en"), ...COMMON_ENGLISH].filter((word) => !dutch.has(word) && !ALLOWED_ENGLISH.has(word)));
})();

/** What the user wrote in the notes: shown as written, whatever its language. Taken out before the check. */
function userTexts(model: DashboardModel): string[] {
	const texts: string[] = [];
	for (const alliance of model.alliances) {
		texts.push(alliance.name, alliance.partner ?? "", alliance.owner?.display ?? "", alliance.counterpart?.display ?? "");
		for (const person of alliance.stakeholders.people) texts.push(person.name, person.role ?? "");
		for (const kpi of alliance.kpis) texts.push(kpi.label, kpi.unit ?? "");
		for (const action of alliance.actions.open) texts.push(action.description, action.owner ?? "");
		for (const win of alliance.quickWins.items) texts.push(win.text);
		for (const theme of alliance.conflicts) texts.push(theme.label, ...theme.wordings, ...theme.mentions.map((mention) => mention.text));
		for (const mention of alliance.briefing.items) if (mention.source) texts.push(mention.source.path);
		const check = alliance.healthChecks.latest;
		if (check) texts.push(...check.ourParticipants, ...check.theirParticipants, ...check.dimensions.map((dimension) => dimension.dimension.replace(/_/g, " ")));
	}
	return texts.filter((text) => text.trim() !== "");
}

/** Property names and the values typed in them stay English by design: a problem names them as the note must say them. */
const PROPERTY_WORDS: readonly string[] = Object.values(NOTE_SCHEMAS).flatMap((schema) => [schema.type, ...schema.fields.flatMap((field) => [field.key, ...(field.values ?? [])])]);

/** Paths name folders and files as the user named them (`Alliances/Zuiderzee/Meetings/…`), also inside `[[links]]`. */
const PATH = /(?:[\p{L}\p{N} ._-]+\/)+[\p{L}\p{N} ._-]+\.md(?::\d+)?|\[\[[^\]]*\]\]/gu;
/** A note's frontmatter: property names and values, English by design. */
const FRONTMATTER = /^---\n[\s\S]*?\n---\n/;

/**
 * For the command line's help and errors: words of the English CLI catalogue
 * that no Dutch catalogue uses. The Dutch CLI texts are counted as Dutch here,
 * since they quote the same command and option names in both languages; an
 * English message left in a Dutch output still shows its own words.
 */
const ENGLISH_ONLY_CLI: ReadonlySet<string> = (() => {
	const dutch = new Set([...catalogueWords("nl"), ...Object.values(CLI_MESSAGES.nl).flatMap((message) => wordsOf(message))]);
	return new Set([...Object.values(CLI_MESSAGES.en).flatMap((message) => wordsOf(message)), ...COMMON_ENGLISH].filter((word) => !dutch.has(word) && !ALLOWED_ENGLISH.has(word)));
})();

/** The English-only words left in a text once the user's own texts, paths and property names are taken out. */
function englishIn(text: string, userWords: readonly string[], englishOnly: ReadonlySet<string> = ENGLISH_ONLY): string[] {
	let rest = text.replace(FRONTMATTER, " ").replace(PATH, " ");
	// Longest first, so a text is removed before a shorter one inside it.
	for (const written of [...userWords].sort((a, b) => b.length - a.length)) rest = rest.split(written).join(" ");
	return [...new Set(wordsOf(rest).filter((word) => englishOnly.has(word)))];
}

/** Every section open, every list and disclosure expanded: the sidebar with nothing left unbuilt. */
function everythingOpen(alliance: string | null): DashboardState {
	const expanded = new Proxy<Record<string, boolean>>({}, { get: () => true });
	return { alliance, open: {}, expanded };
}

/** The text a person reads or hears in the sidebar: the DOM's text, tooltips and labels. */
function sidebarText(alliance: string | null): string {
	const { container } = render(exampleModel(), { language: "nl", state: everythingOpen(alliance), listLimit: 10_000 });
	const attributes = [...container.querySelectorAll("[title], [aria-label]")].flatMap((element) => [element.getAttribute("title") ?? "", element.getAttribute("aria-label") ?? ""]);
	return [container.textContent ?? "", ...attributes].join("\n");
}

/** A Dutch output: its name, its text, and what in it the user wrote. */
interface Output {
	name: string;
	text: () => string;
	user: () => readonly string[];
	/** The English words to look for (default: those of the dashboard's, the plugin's and the CLI's English catalogues that Dutch never uses). */
	englishOnly?: ReadonlySet<string>;
}

const model = exampleModel();
const zuiderzee = { ...model, alliances: model.alliances.filter((alliance) => alliance.name === DUTCH_ALLIANCE) };
const fromZuiderzee = (): readonly string[] => userTexts(zuiderzee);
const dashboard = (...flags: string[]): string => cli("dashboard", EXAMPLE_VAULT, "--lang", "nl", "--alliance", DUTCH_ALLIANCE, "--today", TODAY, ...flags);

/** The CLI's commands. */
const CLI_COMMAND_NAMES = ["dashboard", "lint", "new", "schema", "bench", "bases"].filter((name) => `${name}.usage` in CLI_MESSAGES.nl);
/**
 * What the CLI's help and errors quote as literals, the same in every language:
 * command and option names, note types, environment variables, file names and
 * the benchmark's machine-readable field names.
 */
const CLI_LITERALS: readonly string[] = [
	...new Set(Object.values(CLI_MESSAGES.nl).flatMap((message) => [...message.matchAll(/(?:--[\w-]+|\b[A-Z_]{2,}\b|[\w.-]+\.(?:json|md)|\b\w+(?:_\w+)+\b|\b\w+=|<[\w|-]+>|alliance-journal(?: \w+)?)/g)].map((match) => match[0]))),
	...CLI_COMMAND_NAMES,
];

const OUTPUTS: Output[] = [
	{ name: "dashboard (text)", text: () => dashboard(), user: fromZuiderzee },
	{ name: "dashboard --verbose", text: () => dashboard("--verbose"), user: fromZuiderzee },
	{ name: "dashboard --markdown", text: () => dashboard("--markdown"), user: fromZuiderzee },
	{
		name: "every problem message",
		text: () => problemsOfAMessyVault().map((problem) => problemLine(problem, wordsFor("nl"))).join("\n"),
		user: () => [...PROPERTY_WORDS, "Acme", "Nobody", "Groceries", "sideways", "vibes", "lots", "board", "launched", "boredom", "often", "soon", "enemy", "target | unit", '{"a":1}', "n/a",
			// The KPI table's directions and kinds are typed as written, like property values.
			"up",
			"down",
			"ends",
			"means",
		],
	},
	{ name: "the sidebar (one alliance, everything open)", text: () => sidebarText(DUTCH_ALLIANCE), user: fromZuiderzee },
	{
		name: "every --help",
		text: () => ["", ...CLI_COMMAND_NAMES].map((command) => cli(...(command ? [command] : []), "--help", "--lang", "nl")).join("\n"),
		user: () => CLI_LITERALS,
		englishOnly: ENGLISH_ONLY_CLI,
	},
	{
		name: "every CLI error",
		text: () =>
			[
				cliError("--lang", "nl", "dashboard", EXAMPLE_VAULT, "extra"),
				cliError("--lang", "nl", "dashboard", "--nope"),
				cliError("--lang", "nl", "nope"),
				cliError("--lang", "nl", "dashboard", "--alliance"),
				cliError("--lang", "nl", "dashboard", "--json", "--markdown"),
				cliError("--lang", "nl", "dashboard", "--today", "gisteren"),
				cliError("--lang", "nl", "dashboard", EXAMPLE_VAULT, "--alliance", "Niemand", "--today", TODAY),
				cliError("--lang", "nl", "dashboard", "/nergens/een/kluis"),
				cliError("--lang", "nl", "new"),
				cliError("--lang", "nl", "new", "vergadering", "--alliance", "Acme"),
				cliError("--lang", "nl", "new", "meeting"),
				cliError("--lang", "nl", "new", "meeting", "--alliance", "Acme", "--date", "morgen"),
				cliError("--lang", "nl", "bench", "--meetings", "veel"),
			].join("\n"),
		user: () => [...CLI_LITERALS, EXAMPLE_VAULT, "Niemand", "gisteren", "vergadering", "morgen", "veel", "/nergens/een/kluis", "Northwind", "Zuiderzee", "Acme"],
		englishOnly: ENGLISH_ONLY_CLI,
	},
];

describe("a Dutch alliance manager never reads English the product wrote", () => {
	it("the detector knows the English words that matter", () => {
		for (const word of ["overdue", "meetings", "champion", "blocker", "execution", "clarity", "belief", "share", "the", "resolved", "recurring"]) {
			expect(ENGLISH_ONLY.has(word), word).toBe(true);
		}
		// Every choice value's English words are caught when left untranslated (Dutch shares "partner" and "respect").
		const choices = Object.entries(MESSAGES.en).filter(([key]) => /^(phase|status|side|stance|influence|stage|rating|kpi-status|kpi-trend|kpi-direction|kpi-kind)-/.test(key));
		for (const [key, english] of choices) {
			if (key === "side-partner" || key === "rating-respect") continue;
			expect(wordsOf(english).some((word) => ENGLISH_ONLY.has(word)), key).toBe(true);
		}
		expect(englishIn("3 meetings overdue (execution)", [])).toEqual(["meetings", "overdue", "execution"]);
		expect(englishIn("Alliances/Zuiderzee/Meetings/2026-11-17 Zuiderzee.md:29", [])).toEqual([]);
		// An English help text or error left in a Dutch output is caught too.
		expect(englishIn(CLI_MESSAGES.en["dashboard.usage"], CLI_LITERALS, ENGLISH_ONLY_CLI).length).toBeGreaterThan(5);
		expect(englishIn(cliError("dashboard", "--nope"), CLI_LITERALS, ENGLISH_ONLY_CLI)).toContain("unknown");
	});

	it.each(OUTPUTS)("$name", (output) => {
		const text = output.text();
		expect(text.length, "the output is not empty").toBeGreaterThan(200);
		expect(englishIn(text, output.user(), output.englishOnly)).toEqual([]);
	});
});
