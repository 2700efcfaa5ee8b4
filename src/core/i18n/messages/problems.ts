/**
 * What a problem says, in English and Dutch. The English texts are exactly
 * those the schema, the parser and the index write into `Problem.message`
 * (see `problemMessage` in core/schema/validate.ts), so a message localised
 * to English is the message itself.
 *
 * Placeholders: `{field}`, `{found}`, `{allowed}`. A message that starts with
 * `{field}: ` loses that prefix when the problem names no field.
 */
import type { ProblemCode } from "../../model";
import type { Catalogue } from "../translate";

/** One message per kind of problem. */
export const PROBLEM_MESSAGES: Catalogue<ProblemCode> = {
	en: {
		"yaml-invalid": "the frontmatter is not valid YAML: {found}",
		"frontmatter-not-object": "{field}: found {found}, allowed {allowed}",
		"type-unknown": "{field}: found {found}, allowed {allowed}",
		"field-missing": "{field}: missing; this property is required ({allowed})",
		"field-invalid": "{field}: found {found}, allowed {allowed}",
		"field-unknown-value": "{field}: found {found}, allowed {allowed}",
		"template-unfilled": "{field}: template not filled in (found {found})",
		"link-unquoted": "{field}: link {found} is not quoted; read as the link, but write it as {allowed}",
		"link-unresolved": "{field}: no note found for {found}; {allowed}",
		"kpi-table-invalid": "{field}: found {found}, allowed {allowed}",
		"date-invalid": "{field}: found {found}, allowed {allowed}",
		"yaml-alias": "{field}: YAML anchors and aliases (& and *) are not read in alliance notes (found {found}); {allowed}",
		"section-read-line-by-line": "{field}: too large or too deeply nested to read in full; read line by line",
		"note-unreadable": "the note could not be read ({found}); the other notes are read as usual",
	},
	nl: {
		"yaml-invalid": "de frontmatter is geen geldige YAML: {found}",
		"frontmatter-not-object": "{field}: {found} gevonden, toegestaan is {allowed}",
		"type-unknown": "{field}: {found} gevonden, toegestaan is {allowed}",
		"field-missing": "{field}: ontbreekt; deze eigenschap is verplicht ({allowed})",
		"field-invalid": "{field}: {found} gevonden, toegestaan is {allowed}",
		"field-unknown-value": "{field}: {found} gevonden, toegestaan is {allowed}",
		"template-unfilled": "{field}: sjabloon niet ingevuld ({found} gevonden)",
		"link-unquoted": "{field}: link {found} staat niet tussen aanhalingstekens; gelezen als de link, maar schrijf hem als {allowed}",
		"link-unresolved": "{field}: geen notitie gevonden voor {found}; {allowed}",
		"kpi-table-invalid": "{field}: {found} gevonden, toegestaan is {allowed}",
		"date-invalid": "{field}: {found} gevonden, toegestaan is {allowed}",
		"yaml-alias": "{field}: YAML-ankers en -aliassen (& en *) worden in alliantienotities niet gelezen ({found} gevonden); {allowed}",
		"section-read-line-by-line": "{field}: te groot of te diep genest om helemaal te lezen; regel voor regel gelezen",
		"note-unreadable": "de notitie kon niet worden gelezen ({found}); de andere notities worden gewoon gelezen",
	},
};

/** The phrases that say what is allowed; placeholders are filled from the English phrase they were read from. */
export type AllowedPhraseKey =
	| "date"
	| "time"
	| "whole-number-range"
	| "number-range"
	| "whole-number"
	| "number"
	| "one-of"
	| "text"
	| "link"
	| "links"
	| "names-or-links"
	| "quoted-link"
	| "real-value"
	| "yaml"
	| "key-value"
	| "kpi-header"
	| "kpi-key-once"
	| "kpi-direction"
	| "kpi-kind"
	| "kpi-target"
	| "alliance-link"
	| "alliance-type-link"
	| "kind-time"
	| "kind-integer"
	| "kind-number"
	| "kind-text-list"
	| "written-out";

/**
 * What is allowed, in words. The English phrases are exactly those written by
 * core/schema/coerce.ts and validate.ts, core/parse/parse-note.ts and
 * kpi-table.ts, and core/index/vault-index.ts.
 */
export const ALLOWED_PHRASES: Catalogue<AllowedPhraseKey> = {
	en: {
		date: "a date written YYYY-MM-DD",
		time: "a time written HH:mm, such as 14:30",
		"whole-number-range": "a whole number from {min} to {max}",
		"number-range": "a number from {min} to {max}",
		"whole-number": "a whole number",
		number: "a number",
		"one-of": "one of {values}",
		text: "text",
		link: 'a link such as "[[Acme]]"',
		links: 'a list of links such as ["[[Acme]]"]',
		"names-or-links": "a list of names or links",
		"quoted-link": 'a quoted link, "[[{target}]]"',
		"real-value": "a real value (template not filled in)",
		yaml: "valid YAML frontmatter",
		"key-value": "properties written as key: value",
		"kpi-header": "a header with a key column (key, label, unit, target, direction, kind)",
		"kpi-key-once": "each key once",
		"kpi-direction": "up or down",
		"kpi-kind": "ends or means",
		"kpi-target": "a number, or empty for no target",
		"alliance-link": "a link to an alliance profile note",
		"alliance-type-link": "a link to a note with type: alliance ({target} is not one)",
		"kind-time": "time",
		"kind-integer": "integer",
		"kind-number": "number",
		"kind-text-list": "text-list",
		"written-out": "write the value out",
	},
	nl: {
		date: "een datum geschreven als JJJJ-MM-DD",
		time: "een tijd geschreven als UU:mm, zoals 14:30",
		"whole-number-range": "een geheel getal van {min} tot en met {max}",
		"number-range": "een getal van {min} tot en met {max}",
		"whole-number": "een geheel getal",
		number: "een getal",
		"one-of": "één van {values}",
		text: "tekst",
		link: 'een link zoals "[[Acme]]"',
		links: 'een lijst van links zoals ["[[Acme]]"]',
		"names-or-links": "een lijst van namen of links",
		"quoted-link": 'een link tussen aanhalingstekens, "[[{target}]]"',
		"real-value": "een echte waarde (sjabloon niet ingevuld)",
		yaml: "geldige YAML-frontmatter",
		"key-value": "eigenschappen geschreven als sleutel: waarde",
		"kpi-header": "een kopregel met een sleutelkolom (sleutel, naam, eenheid, doel, richting, soort)",
		"kpi-key-once": "elke sleutel één keer",
		"kpi-direction": "up of down (omhoog of omlaag)",
		"kpi-kind": "ends of means",
		"kpi-target": "een getal, of leeg voor geen doel",
		"alliance-link": "een link naar het profiel van een alliantie",
		"alliance-type-link": "een link naar een notitie met type: alliance ({target} is dat niet)",
		"kind-time": "een tijd",
		"kind-integer": "een geheel getal",
		"kind-number": "een getal",
		"kind-text-list": "een lijst van namen of links",
		"written-out": "schrijf de waarde uit",
	},
};

/** Words a problem uses besides the user's own: what stands in for a missing part, and the fixed phrases of the KPI table. */
export type ProblemWordKey =
	| "found.unreadable"
	| "found.template"
	| "found.link"
	| "found.nothing"
	| "found.alias"
	| "found.kpi-second-row"
	| "allowed.value"
	| "allowed.quoted-link"
	| "allowed.existing-note"
	| "allowed.something-else"
	| "allowed.written-out"
	| "field.kpis"
	| "field.kpi"
	| "field.kpi-direction"
	| "field.kpi-kind"
	| "field.kpi-target"
	| "severity.warning";

export const PROBLEM_WORDS: Catalogue<ProblemWordKey> = {
	en: {
		"found.unreadable": "unreadable",
		"found.template": "{{…}}",
		"found.link": "the link",
		"found.nothing": "nothing",
		"found.alias": "an alias",
		"found.kpi-second-row": "a second row with this key",
		"allowed.value": "a value",
		"allowed.quoted-link": "a quoted link",
		"allowed.existing-note": "link to an existing note",
		"allowed.something-else": "something else",
		"allowed.written-out": "write the value out",
		"field.kpis": "KPIs",
		"field.kpi": "KPI {key}",
		"field.kpi-direction": "KPI {key} direction",
		"field.kpi-kind": "KPI {key} kind",
		"field.kpi-target": "KPI {key} target",
		"severity.warning": "warning",
	},
	nl: {
		"found.unreadable": "onleesbaar",
		"found.template": "{{…}}",
		"found.link": "de link",
		"found.nothing": "niets",
		"found.alias": "een alias",
		"found.kpi-second-row": "een tweede rij met deze sleutel",
		"allowed.value": "een waarde",
		"allowed.quoted-link": "een link tussen aanhalingstekens",
		"allowed.existing-note": "link naar een bestaande notitie",
		"allowed.something-else": "iets anders",
		"allowed.written-out": "schrijf de waarde uit",
		"field.kpis": "KPI's",
		"field.kpi": "KPI {key}",
		"field.kpi-direction": "KPI {key} richting",
		"field.kpi-kind": "KPI {key} soort",
		"field.kpi-target": "KPI {key} doel",
		"severity.warning": "waarschuwing",
	},
};
