import { describe, expect, it } from "vitest";
import type { Problem, ProblemCode } from "../../../src/core/model";
import { allowedText, problemLine, problemMessage } from "../../../src/core/present/problems";
import { wordsFor } from "../../../src/core/present/words";
import { problemsOfAMessyVault } from "../helpers/messy-vault";

const en = wordsFor("en");
const nl = wordsFor("nl");

/** A problem with only what matters to the test. */
function problem(parts: Partial<Problem> & { code: ProblemCode }): Problem {
	return { path: "M.md", line: 3, severity: "error", ...parts };
}

describe("problems are data, said in the reader's language", () => {
	const problems = problemsOfAMessyVault();
	const of = (code: ProblemCode, words = nl): string[] => problems.filter((candidate) => candidate.code === code).map((candidate) => problemMessage(candidate, words));

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
		];
		expect(new Set(problems.map((candidate) => candidate.code))).toEqual(new Set(codes));
	});

	it("a trust rating of 7, in both languages", () => {
		const trust = problem({ code: "field-invalid", field: "trust", found: "7", allowed: { kind: "integer-range", min: 1, max: 5 } });
		expect(problemMessage(trust, en)).toBe("trust: found 7, allowed a whole number from 1 to 5");
		expect(problemMessage(trust, nl)).toBe("trust: 7 gevonden, toegestaan is een geheel getal van 1 tot en met 5");
	});

	it("a meeting without a date", () => {
		const missing = problems.find((candidate) => candidate.code === "field-missing" && candidate.field === "date");
		expect(missing && problemMessage(missing, en)).toBe("date: missing; this property is required (a date written YYYY-MM-DD)");
		expect(missing && problemMessage(missing, nl)).toBe("date: ontbreekt; deze eigenschap is verplicht (een datum geschreven als JJJJ-MM-DD)");
	});

	it("a meeting type nobody knows lists the allowed values, which stay as they are written in the note", () => {
		const unknown = problems.find((candidate) => candidate.code === "field-unknown-value" && candidate.field === "meeting_type");
		expect(unknown && problemMessage(unknown, nl)).toBe(
			"meeting_type: board gevonden, toegestaan is één van steering, operational, executive, health-check, informal, internal",
		);
	});

	it("the KPI table's problems name the row and the column in the reader's words", () => {
		expect(of("kpi-table-invalid")).toEqual(
			expect.arrayContaining([
				"KPI nps, kolom richting: sideways gevonden, toegestaan is één van up, down",
				"KPI nps, kolom soort: vibes gevonden, toegestaan is één van ends, means",
				"KPI nps, kolom doel: lots gevonden, toegestaan is een getal, of leeg voor geen doel",
				"KPI nps: een tweede rij met deze sleutel; toegestaan is elke sleutel één keer",
				"KPI-tabel: target | unit gevonden, toegestaan is een kopregel met een sleutelkolom (sleutel, naam, eenheid, doel, richting, soort)",
			]),
		);
		expect(of("kpi-table-invalid", en)).toContain("KPI nps, column direction: found sideways, allowed one of up, down");
	});

	it("a link that leads nowhere, and one that leads to a note that is no alliance", () => {
		expect(of("link-unresolved")).toEqual(
			expect.arrayContaining([
				"alliance: geen notitie gevonden voor [[Nobody]]; toegestaan is een link naar het profiel van een alliantie",
				"alliance: geen notitie gevonden voor [[Groceries]]; toegestaan is een link naar een notitie met type: alliance (Groceries.md is dat niet)",
			]),
		);
	});

	it("an unquoted link, a template nobody filled in, and YAML that cannot be read", () => {
		expect(of("link-unquoted")).toContain(
			'alliance: link [[Acme]] staat niet tussen aanhalingstekens; gelezen als de link, maar schrijf hem als een link tussen aanhalingstekens, "[[Acme]]"',
		);
		expect(of("template-unfilled")).toEqual(["date: sjabloon niet ingevuld ({{date}} gevonden)"]);
		// The YAML reader explains itself in English: only the English message quotes it.
		expect(of("yaml-invalid")).toEqual(["de frontmatter is geen geldige YAML"]);
		expect(of("yaml-invalid", en)[0]).toMatch(/^the frontmatter is not valid YAML: \S/);
	});

	it("a value YAML could not read at all says that nothing readable was found", () => {
		expect(problemMessage(problem({ code: "date-invalid", field: "started", allowed: { kind: "date" } }), nl)).toBe(
			"started: niets leesbaars gevonden, toegestaan is een datum geschreven als JJJJ-MM-DD",
		);
	});

	it("what the user wrote is never read for placeholders", () => {
		expect(problemMessage(problem({ code: "field-invalid", field: "{allowed}", found: "{field}", allowed: { kind: "text" } }), nl)).toBe(
			"{allowed}: {field} gevonden, toegestaan is tekst",
		);
	});

	it("every kind of 'allowed' has words in both languages", () => {
		const allowed = problems.flatMap((candidate) => (candidate.allowed ? [candidate.allowed] : []));
		expect(new Set(allowed.map((entry) => entry.kind)).size).toBeGreaterThan(15);
		for (const entry of allowed) expect(allowedText(entry, nl), entry.kind).not.toBe(allowedText(entry, en));
	});

	it("warnings are marked in the reader's language", () => {
		const warning = problems.find((candidate) => candidate.severity === "warning");
		expect(warning && problemLine(warning, en)).toMatch(/^warning: /);
		expect(warning && problemLine(warning, nl)).toMatch(/^waarschuwing: /);
	});
});
