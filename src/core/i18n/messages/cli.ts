/**
 * What the command line says — every command's help, every mistake in how
 * it was called, its progress and summaries — in English and Dutch.
 */
import type { Catalogue } from "../translate";

/** The commands, by the name typed. */
export const CLI_COMMANDS = ["dashboard", "lint", "new", "bases", "schema", "bench"] as const;
export type CliCommandName = (typeof CLI_COMMANDS)[number];

export type CliMessageKey =
	| "usage"
	| `${CliCommandName}.usage`
	| "error.line"
	| "error.unknownCommand"
	| "error.unknownOption"
	| "error.optionNeedsValue"
	| "error.optionTakesNoValue"
	| "error.optionValueDash"
	| "error.unexpectedArgument"
	| "error.arguments"
	| "error.wholeNumber"
	| "lang.invalid"
	| "vault.missing"
	| "progress.indexing"
	| "dashboard.jsonOrMarkdown"
	| "dashboard.todayInvalid"
	| "dashboard.allianceUnknown"
	| "dashboard.noAlliances"
	| "new.typeMissing"
	| "new.typeUnknown"
	| "new.allianceMissing"
	| "new.allianceUnknown"
	| "new.allianceExists"
	| "new.dateInvalid"
	| "new.templateUsed"
	| "bases.kept"
	| "bases.written"
	| "bases.left"
	| "bases.summary"
	| "bench.summary.kept"
	| "bench.summary.removed"
	| "bench.runsAlone"
	| "bench.runsInProcess"
	| "bench.runFailed"
	| "new.outsideVault"
	| "new.namedLikeAlliance"
	| "new.writeFailed";

/** The `--lang` line of every command's help (one wording everywhere). */
const LANG_HELP = {
	en: "  --lang en|nl|auto   the language (default auto: from LC_ALL, else LC_MESSAGES,\n                      else LANG — the first one set; else English)",
	nl: "  --lang en|nl|auto   de taal (standaard auto: uit LC_ALL, anders LC_MESSAGES,\n                      anders LANG — de eerste die gezet is; anders Engels)",
} as const;
const HELP_HELP = { en: "  -h, --help          this help", nl: "  -h, --help          deze hulp" } as const;

export const CLI_MESSAGES: Catalogue<CliMessageKey> = {
	en: {
		usage: `Usage: alliance-journal <command> [options]

Commands:
  dashboard [vault]            what every alliance looks like, before the next meeting (--json, --markdown)
  lint [vault]                 every problem in the alliance notes, as path:line: message
  new <type> --alliance NAME   create an alliance, meeting, reflection or stakeholder note
  bases [vault]                write ready-made Bases (.base files) next to each alliance's profile
  schema [--out DIR]           write a JSON Schema per note type, for editors
  bench                        measure indexing speed on a synthetic vault

Options:
${LANG_HELP.en}
  --version           the version of alliance-journal
${HELP_HELP.en}

'alliance-journal <command> --help' shows a command's options.
Exit codes: 0 done, 1 problems found (lint) or no note made (new), 2 called wrongly.`,
		"dashboard.usage": `Usage: alliance-journal dashboard [vault] [options]

Shows every alliance in the vault folder (default: the current folder):
before the next meeting, KPI trends, relationship health, recurring
conflicts, quick wins, open actions, stakeholders and problems.
  --alliance NAME     only this alliance (its name, in any case)
  --today YYYY-MM-DD  the day to report for (default: today), for reproducible output
  --json              the DashboardModel as JSON (its JSON Schema:
                      docs/dashboard-model.schema.json in the repository)
  --markdown          a pre-meeting briefing note to paste into the vault
  --verbose           also say why conflict wordings were grouped (text output)
${LANG_HELP.en}
${HELP_HELP.en}
Colour is used on a terminal unless NO_COLOR is set.`,
		"lint.usage": `Usage: alliance-journal lint [vault] [options]

Checks every alliance note in the vault folder (default: the current folder)
and prints one line per problem: path:line: message. The templates folder is
not checked. Exits with 1 when there are problems, 0 when there are none.
${LANG_HELP.en}
${HELP_HELP.en}`,
		"new.usage": `Usage: alliance-journal new <alliance|meeting|reflection|stakeholder|health-check> --alliance NAME [options]

Creates a note from its template and prints its path. An existing file is
never overwritten: a free name is chosen instead ("… 2.md"). A meeting
carries over the alliance's open actions, open conflicts and a kpi_<key>
property for every KPI the alliance defines. A health check asks both
sides to rate each default dimension (ours_<key>, theirs_<key>).
  --alliance NAME    the alliance (for "new alliance": the new alliance's name)
  --vault DIR        the vault folder (default: the current folder)
  --date YYYY-MM-DD  the day the note is about (default: today)
  --title TEXT       the note's title, {{title}} (for a stakeholder: their name)
  --templates DIR    your templates folder in the vault (default: the folder set
                     for Obsidian's Templates plugin, else "Templates"); a note
                     named after the note type there, such as
                     alliance-meeting.md, replaces the built-in template
  --pattern PATTERN  where the note goes, such as
                     "Alliances/{{alliance}}/Meetings/{{date}} {{alliance}}.md"
${LANG_HELP.en}
                     (also the template's language)
${HELP_HELP.en}`,
		"bases.usage": `Usage: alliance-journal bases [vault] [options]

Writes ready-made Bases for Obsidian next to each alliance's profile in the
vault folder (default: the current folder) and prints the files' paths:
"<alliance> meetings.base" (KPIs with their targets and ratings, as a table
and as line charts), "<alliance> reflections.base", "<alliance>
stakeholders.base" (contact due, grouped by stance) and, when the alliance
has health checks, "<alliance> health checks.base". A file that already
exists is never overwritten: it is left as it is and named on stderr.
  --alliance NAME     only this alliance (its name or an alias, in any case)
${LANG_HELP.en}
                      (also the language of the file, view and column names)
${HELP_HELP.en}`,
		"schema.usage": `Usage: alliance-journal schema [--out DIR] [options]

Writes one JSON Schema per note type (<type>.schema.json), so editors such as
VS Code can check alliance notes too, and prints the files' paths.
  --out DIR           the folder to write to (default: ./schemas)
${LANG_HELP.en}
${HELP_HELP.en}`,
		"bench.usage": `Usage: alliance-journal bench [options]

Generates a synthetic vault in a temporary folder and prints one line:
bench: notes=… read_ms=… index_ms=… ratio=… analytics_ms=… first_analytics_ms=… warm_ms=… decode_ms=… update_ms_median=… heap_mb=… snapshot_mb=…
  read_ms             reading every file, nothing else (median of 5)
  index_ms            a cold index of the same files (reading included)
  ratio               index_ms / read_ms, measured in the same run
  analytics_ms        the whole dashboard model over every alliance, built from scratch (median of 5)
  first_analytics_ms  the same, the first time in the process (the code not yet compiled)
  warm_ms             a restart: the saved index restored, every file's mtime checked and the
                      alliances grouped, ready for the first dashboard (no note parsed)
  decode_ms           then decoding and checking the saved notes no dashboard asked for yet
                      (the plugin does this in idle moments)
  update_ms_median    one edited meeting note → updated dashboard model, median of the edits
  heap_mb             heap in use with the index and dashboard loaded (after a garbage collection)
  snapshot_mb         the size of the saved index (index.json)
Options:
  --meetings N        meeting notes of about 2 KB (default 5000)
  --other N           other notes, not alliance notes (default 5000)
  --alliances N       alliances the meetings are spread over (default 25)
  --seed N            the random generator's seed: the same seed, the same vault (default 42)
  --keep              keep the generated vault (its folder is printed on stderr)
  --dir DIR           generate the vault in this folder and keep it
  --runs N            run it N times, each in a fresh process, then print the medians:
                      bench-median: runs=N … ratio=… warm_read=… …
                      (warm_read is warm_ms / read_ms; the ratios are the medians of each
                      run's own, not ratios of medians)
  --wordings N[,N…]   instead: time the dashboard build over meetings whose conflicts
                      use N distinct wordings, one line per N:
                      bench-wordings: wordings=… themes=… build_ms=… (median of 3)
  --linearity         instead: per hostile kind of note, the time to index a 10 KB and a
                      100 KB pathological part and their growth (about 10 when linear,
                      100 when quadratic), and a 200 KB note:
                      linearity: <kind> small_ms=… large_ms=… growth=… note_200kb_ms=…
${LANG_HELP.en}
${HELP_HELP.en}`,
		"error.line": "{message} (see '{help}')",
		"error.unknownCommand": "unknown command '{command}'",
		"error.unknownOption": "unknown option '{option}'",
		"error.optionNeedsValue": "option '{option}' needs a value",
		"error.optionTakesNoValue": "option '{option}' takes no value",
		"error.optionValueDash": "option '{option}' needs a value; to give it '{value}', write '{option}={value}'",
		"error.unexpectedArgument": "unexpected argument '{argument}'",
		"error.arguments": "cannot read the arguments '{arguments}'",
		"error.wholeNumber": "option '{option}' needs a whole number, not '{value}'",
		"lang.invalid": "--lang must be en, nl or auto, not {value}",
		"vault.missing": "no vault folder at {path}",
		"progress.indexing": "Indexing {done}/{total} notes…",
		"dashboard.jsonOrMarkdown": "choose --json or --markdown, not both",
		"dashboard.todayInvalid": "--today needs a date written YYYY-MM-DD, not {date}",
		"dashboard.allianceUnknown": "no alliance named {name} in {vault} (alliances: {known})",
		"dashboard.noAlliances": "none",
		"new.typeMissing": "say which note to create: alliance, meeting, reflection or stakeholder",
		"new.typeUnknown": 'unknown note type "{type}": use alliance, meeting, reflection or stakeholder',
		"new.allianceMissing": "--alliance NAME is required",
		"new.allianceUnknown": 'no alliance "{name}" in {vault}; create its profile first: alliance-journal new alliance --alliance "{name}"',
		"new.allianceExists": 'the alliance "{name}" already exists: {path}',
		"new.dateInvalid": "--date needs a day written YYYY-MM-DD, not {date}",
		"new.templateUsed": "using your template {path}",
		"bases.kept": "{path} already exists and was left as it is",
		"bases.written": "{count, plural, one {# base written} other {# bases written}}",
		"bases.left": "{count, plural, one {# left as it was} other {# left as they were}}",
		"bases.summary": "{written}, {kept}",
		"bench.summary.kept": "({characters} million characters in {files} files, {notes} alliance notes; the vault is kept at {dir})",
		"bench.summary.removed": "({characters} million characters in {files} files, {notes} alliance notes; the vault is removed)",
		"bench.runsAlone": "--runs makes a fresh vault for every run: it goes with --meetings, --other, --alliances and --seed, not with --keep, --dir, --wordings or --linearity",
		"bench.runsInProcess": "--runs starts the command line again for every run, which it cannot do from inside another program",
		"bench.runFailed": "run {run} of {runs} ended with exit code {code}",
		"new.outsideVault": "the folder {folder} leads outside the vault {vault} (through a symbolic link); nothing was written",
		"new.namedLikeAlliance": 'a note named "{name}" would take over every [[{name}]] link of the alliance {alliance}, and its meetings would vanish from the dashboard; choose another title or pattern. Nothing was written',
		"new.writeFailed": "could not write {path}: {error}",
	},
	nl: {
		usage: `Gebruik: alliance-journal <opdracht> [opties]

Opdrachten:
  dashboard [kluis]            hoe elke alliantie ervoor staat, voor het volgende overleg (--json, --markdown)
  lint [kluis]                 elk probleem in de alliantienotities, als pad:regel: melding
  new <type> --alliance NAAM   maak een notitie voor een alliantie, overleg, reflectie of stakeholder
  bases [kluis]                schrijf kant-en-klare Bases (.base-bestanden) naast het profiel van elke alliantie
  schema [--out MAP]           schrijf een JSON Schema per notitietype, voor editors
  bench                        meet de indexeersnelheid op een gegenereerde kluis

Opties:
${LANG_HELP.nl}
  --version           het versienummer van alliance-journal
${HELP_HELP.nl}

'alliance-journal <opdracht> --help' toont de opties van een opdracht.
Afsluitcodes: 0 klaar, 1 problemen gevonden (lint) of geen notitie gemaakt (new), 2 verkeerd aangeroepen.`,
		"dashboard.usage": `Gebruik: alliance-journal dashboard [kluis] [opties]

Toont elke alliantie in de kluismap (standaard: de huidige map): voor het
volgende overleg, KPI-trends, gezondheid van de relatie, terugkerende
conflicten, quick wins, open acties, stakeholders en problemen.
  --alliance NAAM     alleen deze alliantie (haar naam, hoofdletters maken niet uit)
  --today JJJJ-MM-DD  de dag waarvoor het overzicht geldt (standaard: vandaag),
                      voor uitvoer die elke keer gelijk is
  --json              het DashboardModel als JSON (het JSON Schema ervan:
                      docs/dashboard-model.schema.json in de repository)
  --markdown          een voorbereidingsnotitie voor het overleg, om in de kluis te plakken
  --verbose           zeg ook waarom bewoordingen van conflicten zijn samengenomen (tekstuitvoer)
${LANG_HELP.nl}
${HELP_HELP.nl}
Kleur alleen in een terminal, en niet als NO_COLOR gezet is.`,
		"lint.usage": `Gebruik: alliance-journal lint [kluis] [opties]

Controleert elke alliantienotitie in de kluismap (standaard: de huidige map)
en toont één regel per probleem: pad:regel: melding. De sjablonenmap wordt
niet gecontroleerd. Stopt met 1 als er problemen zijn, met 0 als er geen zijn.
${LANG_HELP.nl}
${HELP_HELP.nl}`,
		"new.usage": `Gebruik: alliance-journal new <alliance|meeting|reflection|stakeholder|health-check> --alliance NAAM [opties]

Maakt een notitie uit haar sjabloon en toont het pad. Een bestaand bestand
wordt nooit overschreven: er wordt een vrije naam gekozen ("… 2.md"). Een
overleg neemt de openstaande acties en conflicten van de alliantie over, en
een eigenschap kpi_<sleutel> voor elke KPI die de alliantie kent. Een
gezondheidscheck vraagt beide partijen elke standaarddimensie een cijfer
te geven (ours_<sleutel>, theirs_<sleutel>).
  --alliance NAAM    de alliantie (bij "new alliance": de naam van de nieuwe alliantie)
  --vault MAP        de kluismap (standaard: de huidige map)
  --date JJJJ-MM-DD  de dag van de notitie (standaard: vandaag)
  --title TEKST      de titel van de notitie, {{title}} (bij een stakeholder: de naam)
  --templates MAP    je sjablonenmap in de kluis (standaard: de map van Obsidians
                     Sjablonen-plug-in, anders "Templates"); een notitie daarin
                     met de naam van het notitietype, zoals alliance-meeting.md,
                     vervangt het ingebouwde sjabloon
  --pattern PATROON  waar de notitie komt, zoals
                     "Alliances/{{alliance}}/Meetings/{{date}} {{alliance}}.md"
${LANG_HELP.nl}
                     (ook de taal van het sjabloon)
${HELP_HELP.nl}`,
		"bases.usage": `Gebruik: alliance-journal bases [kluis] [opties]

Schrijft kant-en-klare Bases voor Obsidian naast het profiel van elke
alliantie in de kluismap (standaard: de huidige map) en toont de paden:
"<alliantie> overleggen.base" (KPI's met hun doelen en de scores, als tabel
en als lijngrafieken), "<alliantie> reflecties.base", "<alliantie>
stakeholders.base" (contact nodig, gegroepeerd per houding) en, als de
alliantie gezondheidschecks heeft, "<alliantie> gezondheidschecks.base".
Een bestand dat al bestaat wordt nooit overschreven: het blijft zoals het
is en staat in stderr.
  --alliance NAAM     alleen deze alliantie (haar naam, ook een alias; hoofdletters maken niet uit)
${LANG_HELP.nl}
                      (ook de taal van de bestands-, weergave- en kolomnamen)
${HELP_HELP.nl}`,
		"schema.usage": `Gebruik: alliance-journal schema [--out MAP] [opties]

Schrijft één JSON Schema per notitietype (<type>.schema.json), zodat editors
zoals VS Code alliantienotities ook kunnen controleren, en toont de paden.
  --out MAP           de map om in te schrijven (standaard: ./schemas)
${LANG_HELP.nl}
${HELP_HELP.nl}`,
		"bench.usage": `Gebruik: alliance-journal bench [opties]

Maakt een gegenereerde kluis in een tijdelijke map en toont één regel:
bench: notes=… read_ms=… index_ms=… ratio=… analytics_ms=… first_analytics_ms=… warm_ms=… decode_ms=… update_ms_median=… heap_mb=… snapshot_mb=…
  read_ms             alleen elk bestand lezen (mediaan van 5)
  index_ms            dezelfde bestanden indexeren vanaf niets (lezen inbegrepen)
  ratio               index_ms / read_ms, gemeten in dezelfde run
  analytics_ms        het hele dashboardmodel over alle allianties, opnieuw opgebouwd (mediaan van 5)
  first_analytics_ms  hetzelfde, de eerste keer in het proces (de code nog niet gecompileerd)
  warm_ms             een herstart: de bewaarde index hersteld, van elk bestand de wijzigingstijd
                      nagegaan en de allianties gegroepeerd, klaar voor het eerste dashboard
                      (geen notitie opnieuw gelezen)
  decode_ms           daarna de bewaarde notities waar nog geen dashboard om vroeg, ingelezen en
                      gecontroleerd (de plug-in doet dat als er tijd over is)
  update_ms_median    één gewijzigd overleg → bijgewerkt dashboardmodel, mediaan van de wijzigingen
  heap_mb             geheugen in gebruik met de index en het dashboard geladen (na een
                      opruimronde van het geheugen)
  snapshot_mb         de grootte van de bewaarde index (index.json)
Opties:
  --meetings N        overleggen van ongeveer 2 KB (standaard 5000)
  --other N           andere notities, geen alliantienotities (standaard 5000)
  --alliances N       het aantal allianties waarover de overleggen verdeeld zijn (standaard 25)
  --seed N            het startgetal van de toevalsgenerator: hetzelfde getal, dezelfde kluis (standaard 42)
  --keep              bewaar de gegenereerde kluis (de map staat in stderr)
  --dir MAP           maak de kluis in deze map en bewaar haar
  --runs N            meet N keer, elke keer in een nieuw proces, en toon daarna de medianen:
                      bench-median: runs=N … ratio=… warm_read=… …
                      (warm_read is warm_ms / read_ms; de verhoudingen zijn de medianen van
                      die van elke run, geen verhoudingen van medianen)
  --wordings N[,N…]   in plaats daarvan: meet het opbouwen van het dashboard over overleggen
                      waarvan de conflicten N verschillende bewoordingen hebben, één regel per N:
                      bench-wordings: wordings=… themes=… build_ms=… (mediaan van 3)
  --linearity         in plaats daarvan: per soort vijandige notitie de tijd om een
                      pathologisch deel van 10 KB en van 100 KB te indexeren en de groei
                      (ongeveer 10 als lineair, 100 als kwadratisch), en een notitie van 200 KB:
                      linearity: <kind> small_ms=… large_ms=… growth=… note_200kb_ms=…
${LANG_HELP.nl}
${HELP_HELP.nl}`,
		"error.line": "{message} (zie '{help}')",
		"error.unknownCommand": "onbekende opdracht '{command}'",
		"error.unknownOption": "onbekende optie '{option}'",
		"error.optionNeedsValue": "optie '{option}' verwacht een waarde",
		"error.optionTakesNoValue": "optie '{option}' accepteert geen waarde",
		"error.optionValueDash": "optie '{option}' verwacht een waarde; om '{value}' te geven, schrijf '{option}={value}'",
		"error.unexpectedArgument": "onverwacht argument '{argument}'",
		"error.arguments": "de argumenten '{arguments}' zijn niet te lezen",
		"error.wholeNumber": "optie '{option}' verwacht een geheel getal, niet '{value}'",
		"lang.invalid": "--lang moet en, nl of auto zijn, niet {value}",
		"vault.missing": "geen kluismap op {path}",
		"progress.indexing": "{done}/{total} notities geïndexeerd…",
		"dashboard.jsonOrMarkdown": "kies --json of --markdown, niet allebei",
		"dashboard.todayInvalid": "--today verwacht een dag geschreven als JJJJ-MM-DD, niet {date}",
		"dashboard.allianceUnknown": "geen alliantie met de naam {name} in {vault} (allianties: {known})",
		"dashboard.noAlliances": "geen",
		"new.typeMissing": "zeg welke notitie je wilt maken: alliance, meeting, reflection of stakeholder",
		"new.typeUnknown": 'onbekend notitietype "{type}": gebruik alliance, meeting, reflection of stakeholder',
		"new.allianceMissing": "--alliance NAAM is verplicht",
		"new.allianceUnknown": 'geen alliantie "{name}" in {vault}; maak eerst het profiel: alliance-journal new alliance --alliance "{name}"',
		"new.allianceExists": 'de alliantie "{name}" bestaat al: {path}',
		"new.dateInvalid": "--date verwacht een dag geschreven als JJJJ-MM-DD, niet {date}",
		"new.templateUsed": "je eigen sjabloon {path} wordt gebruikt",
		"bases.kept": "{path} bestaat al en is niet gewijzigd",
		"bases.written": "{count, plural, one {# base geschreven} other {# bases geschreven}}",
		"bases.left": "{count, plural, other {# ongewijzigd gelaten}}",
		"bases.summary": "{written} en {kept}",
		"bench.summary.kept": "({characters} miljoen tekens in {files} bestanden, {notes} alliantienotities; de kluis is bewaard in {dir})",
		"bench.summary.removed": "({characters} miljoen tekens in {files} bestanden, {notes} alliantienotities; de kluis is verwijderd)",
		"bench.runsAlone": "--runs maakt voor elke run een nieuwe kluis: het gaat samen met --meetings, --other, --alliances en --seed, niet met --keep, --dir, --wordings of --linearity",
		"bench.runsInProcess": "--runs start de opdrachtregel voor elke run opnieuw, en dat kan niet vanuit een ander programma",
		"bench.runFailed": "run {run} van {runs} eindigde met afsluitcode {code}",
		"new.outsideVault": "de map {folder} leidt buiten de kluis {vault} (via een symbolische koppeling); er is niets geschreven",
		"new.namedLikeAlliance": 'een notitie met de naam "{name}" zou elke [[{name}]]-link van de alliantie {alliance} overnemen, en haar overleggen zouden van het dashboard verdwijnen; kies een andere titel of een ander patroon. Er is niets geschreven',
		"new.writeFailed": "kon {path} niet schrijven: {error}",
	},
};
