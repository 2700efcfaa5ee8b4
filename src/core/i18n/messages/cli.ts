/**
 * What the command line says (lint, new, schema), in English and Dutch.
 */
import type { Catalogue } from "../translate";

export type CliMessageKey =
	| "lint.usage"
	| "lint.notes"
	| "lint.problems"
	| "lint.summary"
	| "new.usage"
	| "new.typeMissing"
	| "new.typeUnknown"
	| "new.unexpectedArgument"
	| "new.allianceMissing"
	| "new.allianceUnknown"
	| "new.allianceExists"
	| "new.dateInvalid"
	| "new.templateUsed"
	| "schema.usage"
	| "schema.unexpectedArgument"
	| "lang.invalid";

export const CLI_MESSAGES: Catalogue<CliMessageKey> = {
	en: {
		"lint.usage": `Usage: alliance-journal lint [vault] [--lang en|nl]

Checks every alliance note in the vault folder (default: the current folder)
and prints one line per problem: path:line: message.
Exits with 1 when there are problems, 0 when there are none.
  --lang en|nl   the language of the messages (default: from LC_ALL or LANG, else English)`,
		"lint.notes": "{count, plural, one {# alliance note} other {# alliance notes}}",
		"lint.problems": "{count, plural, =0 {no problems} one {# problem} other {# problems}}",
		"lint.summary": "{notes} checked, {problems}",
		"new.usage": `Usage: alliance-journal new <alliance|meeting|reflection|stakeholder> --alliance NAME [options]

Creates a note from its template and prints its path. An existing file is
never overwritten: a free name is chosen instead ("… 2.md"). A meeting
carries over the alliance's open actions, open conflicts and a kpi_<key>
property for every KPI the alliance defines.
  --alliance NAME    the alliance (for "new alliance": the new alliance's name)
  --vault DIR        the vault folder (default: the current folder)
  --date YYYY-MM-DD  the day the note is about (default: today)
  --title TEXT       the note's title, {{title}} (for a stakeholder: their name)
  --lang en|nl       the template's language (default: from LC_ALL or LANG, else English)
  --templates DIR    your templates folder in the vault (default: the folder set
                     for Obsidian's Templates plugin, else "Templates"); a note
                     named after the note type there, such as
                     alliance-meeting.md, replaces the built-in template
  --pattern PATTERN  where the note goes, such as
                     "Alliances/{{alliance}}/Meetings/{{date}} {{alliance}}.md"`,
		"new.typeMissing": "say which note to create: alliance, meeting, reflection or stakeholder",
		"new.typeUnknown": 'unknown note type "{type}": use alliance, meeting, reflection or stakeholder',
		"new.unexpectedArgument": 'unexpected argument "{argument}"',
		"new.allianceMissing": "--alliance NAME is required",
		"new.allianceUnknown": 'no alliance "{name}" in {vault}; create its profile first: alliance-journal new alliance --alliance "{name}"',
		"new.allianceExists": 'the alliance "{name}" already exists: {path}',
		"new.dateInvalid": "--date needs a day written YYYY-MM-DD, not {date}",
		"new.templateUsed": "using your template {path}",
		"schema.usage": `Usage: alliance-journal schema [--out DIR]

Writes one JSON Schema per note type (<type>.schema.json), so editors such as
VS Code can check alliance notes too, and prints the files' paths.
  --out DIR   the folder to write to (default: ./schemas)`,
		"schema.unexpectedArgument": 'unexpected argument "{argument}"',
		"lang.invalid": "--lang must be en, nl or auto, not {value}",
	},
	nl: {
		"lint.usage": `Gebruik: alliance-journal lint [kluis] [--lang en|nl]

Controleert elke alliantienotitie in de kluismap (standaard: de huidige map)
en toont één regel per probleem: pad:regel: melding.
Stopt met 1 als er problemen zijn, met 0 als er geen zijn.
  --lang en|nl   de taal van de meldingen (standaard: uit LC_ALL of LANG, anders Engels)`,
		"lint.notes": "{count, plural, one {# alliantienotitie} other {# alliantienotities}}",
		"lint.problems": "{count, plural, =0 {geen problemen} one {# probleem} other {# problemen}}",
		"lint.summary": "{notes} gecontroleerd, {problems}",
		"new.usage": `Gebruik: alliance-journal new <alliance|meeting|reflection|stakeholder> --alliance NAAM [opties]

Maakt een notitie uit haar sjabloon en toont het pad. Een bestaand bestand
wordt nooit overschreven: er wordt een vrije naam gekozen ("… 2.md"). Een
overleg neemt de openstaande acties en conflicten van de alliantie over, en
een eigenschap kpi_<sleutel> voor elke KPI die de alliantie kent.
  --alliance NAAM    de alliantie (bij "new alliance": de naam van de nieuwe alliantie)
  --vault MAP        de kluismap (standaard: de huidige map)
  --date JJJJ-MM-DD  de dag van de notitie (standaard: vandaag)
  --title TEKST      de titel van de notitie, {{title}} (bij een stakeholder: de naam)
  --lang en|nl       de taal van het sjabloon (standaard: uit LC_ALL of LANG, anders Engels)
  --templates MAP    je sjablonenmap in de kluis (standaard: de map van Obsidians
                     Sjablonen-plug-in, anders "Templates"); een notitie daarin
                     met de naam van het notitietype, zoals alliance-meeting.md,
                     vervangt het ingebouwde sjabloon
  --pattern PATROON  waar de notitie komt, zoals
                     "Alliances/{{alliance}}/Meetings/{{date}} {{alliance}}.md"`,
		"new.typeMissing": "zeg welke notitie je wilt maken: alliance, meeting, reflection of stakeholder",
		"new.typeUnknown": 'onbekend notitietype "{type}": gebruik alliance, meeting, reflection of stakeholder',
		"new.unexpectedArgument": 'onverwacht argument "{argument}"',
		"new.allianceMissing": "--alliance NAAM is verplicht",
		"new.allianceUnknown": 'geen alliantie "{name}" in {vault}; maak eerst het profiel: alliance-journal new alliance --alliance "{name}"',
		"new.allianceExists": 'de alliantie "{name}" bestaat al: {path}',
		"new.dateInvalid": "--date verwacht een dag geschreven als JJJJ-MM-DD, niet {date}",
		"new.templateUsed": "je eigen sjabloon {path} wordt gebruikt",
		"schema.usage": `Gebruik: alliance-journal schema [--out MAP]

Schrijft één JSON Schema per notitietype (<type>.schema.json), zodat editors
zoals VS Code alliantienotities ook kunnen controleren, en toont de paden.
  --out MAP   de map om in te schrijven (standaard: ./schemas)`,
		"schema.unexpectedArgument": 'onverwacht argument "{argument}"',
		"lang.invalid": "--lang moet en, nl of auto zijn, niet {value}",
	},
};
