import { describe, expect, it } from "vitest";
import { localizeAllowed, localizeProblem, warningLabel } from "../../../src/core/i18n/problems";
import { VaultIndex } from "../../../src/core/index/vault-index";
import type { Problem, ProblemCode } from "../../../src/core/model";
import { problemMessage } from "../../../src/core/schema/validate";
import { NoteBuilder } from "../helpers/note-builder";

/** A vault full of mistakes: every kind of problem the parser, the schema and the index make. */
function problemsOfAMessyVault(): Problem[] {
	const notes: Record<string, string> = {
		"Alliances/Acme.md": NoteBuilder.profile()
			.field("review_every_days", 0)
			.field("phase", "launched")
			.field("started", "2026-02-30")
			.field("owner", "[[Sanne]]")
			.section("KPIs", ["| key | direction | kind | target |", "| --- | --- | --- | --- |", "| nps | sideways | vibes | lots |", "| NPS | up | ends | 40 |"])
			.build(),
		"Alliances/Beta.md": new NoteBuilder("alliance").section("KPIs", ["| target | unit |", "| --- | --- |", "| 95 | % |"]).build(),
		"Meetings/m1.md": NoteBuilder.meeting()
			.field("trust", 7)
			.field("respect", 3.5)
			.field("time", '"25:00"')
			.field("meeting_type", "board")
			.field("attendees", "[{ a: 1 }]")
			.field("kpi_nps", "n/a")
			.build(),
		"Meetings/m2.md": NoteBuilder.meeting().field("alliance", "[[Acme]]").field("date", '"{{date}}"').build(),
		"Meetings/m3.md": NoteBuilder.meeting("Nobody").without("date").build(),
		"Meetings/m4.md": NoteBuilder.meeting("Groceries").build(),
		"Meetings/m5.md": new NoteBuilder("alliance-meeting").field("alliance", "42").build(),
		"Groceries.md": "- milk\n",
		"Reflections/r.md": NoteBuilder.reflection().field("relationship", 9).field("trigger", "boredom").field("adoption_stage", "x").build(),
		"People/p.md": new NoteBuilder("alliance-stakeholder").field("alliances", 7).field("contact_every_days", "often").field("last_contact", "soon").build(),
		"People/q.md": new NoteBuilder("alliance-stakeholder").field("alliances", '["[[Acme]]", { a: 1 }]').field("stance", "enemy").build(),
		"Broken/yaml.md": "---\ntype: alliance\npartner: [\n---\n",
		"Broken/list.md": "---\n[\ntype: alliance\n]\n---\n",
		"Broken/type.md": "---\ntype: alliance-meetng\n---\n",
		"Broken/alias.md": "---\ntype: alliance-meeting\nattendees: &x [*x]\n---\n",
		"Broken/deep.md": `---\ntype: alliance-meeting\nalliance: "[[Acme]]"\ndate: 2026-11-27\n---\n## Conflicts\n${"> ".repeat(100)}deep\n`,
	};
	const index = new VaultIndex();
	for (const [path, text] of Object.entries(notes)) index.upsert(path, text, 1);
	return index.problems();
}

describe("problems in the user's language", () => {
	const problems = problemsOfAMessyVault();

	it("the messy vault makes every kind of problem there is", () => {
		const codes: ProblemCode[] = [
			"yaml-invalid",
			"frontmatter-not-object",
			"type-unknown",
			"field-missing",
			"field-invalid",
			"field-unknown-value",
			"template-unfilled",
			"link-unquoted",
			"link-unresolved",
			"kpi-table-invalid",
			"date-invalid",
			"yaml-alias",
			"section-read-line-by-line",
		];
		expect(new Set(problems.map((problem) => problem.code))).toEqual(new Set(codes));
	});

	it("in English, every message is exactly the problem's own", () => {
		for (const problem of problems) expect(localizeProblem(problem, "en")).toBe(problem.message);
	});

	it("in English, the catalogue writes what problemMessage writes, also when parts are missing", () => {
		const codes = [...new Set(problems.map((problem) => problem.code))];
		for (const code of codes) {
			for (const field of [undefined, "trust"]) {
				for (const found of [undefined, "7"]) {
					for (const allowed of [undefined, "a whole number from 1 to 5"]) {
						expect(localizeProblem({ code, field, found, allowed }, "en"), `${code} ${field} ${found} ${allowed}`).toBe(problemMessage(code, field, found, allowed));
					}
				}
			}
		}
	});

	it("in Dutch, every phrase saying what is allowed is recognised and translated", () => {
		const phrases = new Set(problems.flatMap((problem) => (problem.allowed === undefined ? [] : [problem.allowed])));
		expect(phrases.size).toBeGreaterThan(15);
		for (const phrase of phrases) expect(localizeAllowed(phrase, "nl"), phrase).not.toBe(phrase);
	});

	it("an alias, a section read line by line and a note that could not be read, in Dutch", () => {
		expect(localizeProblem({ code: "yaml-alias", field: "attendees", found: "&x", allowed: "write the value out" }, "nl")).toBe(
			"attendees: YAML-ankers en -aliassen (& en *) worden in alliantienotities niet gelezen (&x gevonden); schrijf de waarde uit",
		);
		expect(localizeProblem({ code: "section-read-line-by-line", field: "Conflicten" }, "nl")).toBe(
			"Conflicten: te groot of te diep genest om helemaal te lezen; regel voor regel gelezen",
		);
		expect(localizeProblem({ code: "note-unreadable", found: "RangeError: Maximum call stack size exceeded" }, "nl")).toBe(
			"de notitie kon niet worden gelezen (RangeError: Maximum call stack size exceeded); de andere notities worden gewoon gelezen",
		);
		for (const code of ["note-unreadable"] as const) {
			for (const found of [undefined, "x"]) expect(localizeProblem({ code, found }, "en")).toBe(problemMessage(code, undefined, found));
		}
	});

	it("a trust rating of 7, in Dutch", () => {
		expect(localizeProblem({ code: "field-invalid", field: "trust", found: "7", allowed: "a whole number from 1 to 5" }, "nl")).toBe(
			"trust: 7 gevonden, toegestaan is een geheel getal van 1 tot en met 5",
		);
	});

	it("a meeting without a date, in Dutch", () => {
		const problem = problems.find((candidate) => candidate.code === "field-missing" && candidate.field === "date");
		expect(problem && localizeProblem(problem, "nl")).toBe("date: ontbreekt; deze eigenschap is verplicht (een datum geschreven als JJJJ-MM-DD)");
	});

	it("a meeting type nobody knows lists the allowed values, which stay as they are written", () => {
		const problem = problems.find((candidate) => candidate.code === "field-unknown-value" && candidate.field === "meeting_type");
		expect(problem && localizeProblem(problem, "nl")).toBe(
			"meeting_type: board gevonden, toegestaan is één van steering, operational, executive, health-check, informal, internal",
		);
	});

	it("the KPI table's problems speak Dutch too, field names included", () => {
		const kpi = problems.filter((problem) => problem.code === "kpi-table-invalid").map((problem) => localizeProblem(problem, "nl"));
		expect(kpi).toEqual(
			expect.arrayContaining([
				"KPI nps richting: sideways gevonden, toegestaan is up of down (omhoog of omlaag)",
				"KPI nps soort: vibes gevonden, toegestaan is ends of means",
				"KPI nps doel: lots gevonden, toegestaan is een getal, of leeg voor geen doel",
				"KPI nps: een tweede rij met deze sleutel gevonden, toegestaan is elke sleutel één keer",
				"KPI's: target | unit gevonden, toegestaan is een kopregel met een sleutelkolom (sleutel, naam, eenheid, doel, richting, soort)",
			]),
		);
	});

	it("a link that leads nowhere, and one that leads to a note that is no alliance", () => {
		const messages = problems.filter((problem) => problem.code === "link-unresolved").map((problem) => localizeProblem(problem, "nl"));
		expect(messages).toEqual(
			expect.arrayContaining([
				"alliance: geen notitie gevonden voor [[Nobody]]; een link naar het profiel van een alliantie",
				"alliance: geen notitie gevonden voor [[Groceries]]; een link naar een notitie met type: alliance (Groceries.md is dat niet)",
			]),
		);
	});

	it("an unquoted link, a template nobody filled in, and YAML that cannot be read", () => {
		const nl = (code: ProblemCode) => problems.filter((problem) => problem.code === code).map((problem) => localizeProblem(problem, "nl"));
		expect(nl("link-unquoted")).toContain(
			'alliance: link [[Acme]] staat niet tussen aanhalingstekens; gelezen als de link, maar schrijf hem als een link tussen aanhalingstekens, "[[Acme]]"',
		);
		expect(nl("template-unfilled")).toEqual(["date: sjabloon niet ingevuld ({{date}} gevonden)"]);
		expect(nl("yaml-invalid")[0]).toMatch(/^de frontmatter is geen geldige YAML: /);
	});

	it("what the user wrote is never read for placeholders", () => {
		expect(localizeProblem({ code: "field-invalid", field: "{allowed}", found: "{field}", allowed: "text" }, "nl")).toBe("{allowed}: {field} gevonden, toegestaan is tekst");
	});

	it("a phrase the catalogue does not know is kept as it is", () => {
		expect(localizeAllowed("a unicorn", "nl")).toBe("a unicorn");
		expect(localizeProblem({ code: "field-invalid", field: "x", found: "y", allowed: "a unicorn" }, "nl")).toBe("x: y gevonden, toegestaan is a unicorn");
	});

	it("warnings are marked in the user's language", () => {
		expect([warningLabel("en"), warningLabel("nl")]).toEqual(["warning", "waarschuwing"]);
	});
});
