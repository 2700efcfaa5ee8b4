/**
 * What the Obsidian plugin says outside the dashboard itself: commands,
 * the alliance picker, notices, the index status and the settings tab, in
 * English and Dutch. Sentence case, as Obsidian's own interface writes.
 */
import type { Catalogue } from "../translate";

export type PluginMessageKey =
	// The view and the ribbon
	| "view.title"
	| "ribbon.open"
	// Commands
	| "command.open-dashboard"
	| "command.new-alliance"
	| "command.new-meeting"
	| "command.new-reflection"
	| "command.new-stakeholder"
	| "command.new-health-check"
	| "command.validate-note"
	| "command.briefing"
	| "command.export-schemas"
	| "command.rebuild-index"
	| "command.create-bases"
	// Index status
	| "status.idle"
	| "status.indexing"
	| "status.ready"
	| "status.ready-unreadable"
	| "status.label"
	// Choosing an alliance
	| "suggest.placeholder"
	| "suggest.new-placeholder"
	| "suggest.create"
	| "suggest.exists"
	| "suggest.last-met"
	| "suggest.never-met"
	| "suggest.instruction-choose"
	| "suggest.instruction-dismiss"
	| "suggest.all-alliances"
	| "suggest.all-alliances-detail"
	// Notices
	| "notice.no-alliances"
	| "notice.alliance-exists"
	| "notice.alliance-unknown"
	| "notice.created"
	| "notice.not-overwritten"
	| "notice.write-failed"
	| "notice.outside-vault"
	| "notice.named-like-alliance"
	| "notice.no-active-note"
	| "notice.not-alliance-note"
	| "notice.no-problems"
	| "notice.briefing-written"
	| "notice.schemas-exported"
	| "notice.index-rebuilt"
	| "notice.failed"
	| "notice.bases-written"
	| "notice.bases-kept"
	// The Obsidian command line
	| "cli.dashboard"
	| "cli.lint"
	| "cli.briefing"
	| "cli.flag-format"
	| "cli.flag-alliance"
	| "cli.flag-briefing-alliance"
	| "cli.format-invalid"
	| "cli.alliance-missing"
	// Validation
	| "problems.title"
	| "problems.summary"
	| "problems.line"
	// Notes the plugin writes
	| "briefing.folder"
	| "briefing.file-name"
	// Settings
	| "settings.heading-notes"
	| "settings.heading-dashboard"
	| "settings.heading-sections"
	| "settings.alliances-folder"
	| "settings.alliances-folder-desc"
	| "settings.pattern-alliance"
	| "settings.pattern-meeting"
	| "settings.pattern-reflection"
	| "settings.pattern-stakeholder"
	| "settings.pattern-health-check"
	| "settings.pattern-desc"
	| "settings.templates-folder"
	| "settings.templates-folder-desc"
	| "settings.language"
	| "settings.language-desc"
	| "settings.language-auto"
	| "settings.min-meetings"
	| "settings.min-meetings-desc"
	| "settings.window-days"
	| "settings.window-days-desc"
	| "settings.aliases"
	| "settings.aliases-desc"
	| "settings.stale-kpi"
	| "settings.stale-kpi-desc"
	| "settings.health-check-every"
	| "settings.health-check-every-desc"
	| "settings.health-check-dimensions"
	| "settings.health-check-dimensions-desc"
	| "settings.section-desc"
	// ── Issue 16: the Bases line chart view ──
	| "bases-chart.name"
	| "bases-chart.option-x"
	| "bases-chart.option-y"
	| "bases-chart.option-target-group"
	| "bases-chart.option-target"
	| "bases-chart.option-target-property"
	| "bases-chart.no-value"
	| "bases-chart.label"
	| "bases-chart.empty-lines"
	| "bases-chart.empty-points"
	// ── Issue 13: density ──
	| "settings.density"
	| "settings.density-desc"
	| "settings.density-auto"
	| "settings.density-compact"
	| "settings.density-comfortable";

export const PLUGIN_MESSAGES: Catalogue<PluginMessageKey> = {
	en: {
		"view.title": "Alliance dashboard",
		"ribbon.open": "Open alliance dashboard",

		"command.open-dashboard": "Open dashboard",
		"command.new-alliance": "New alliance",
		"command.new-meeting": "New meeting note",
		"command.new-reflection": "New reflection",
		"command.new-stakeholder": "New stakeholder",
		"command.new-health-check": "New health check",
		"command.validate-note": "Validate current note",
		"command.briefing": "Create pre-meeting briefing",
		"command.export-schemas": "Export JSON schemas",
		"command.rebuild-index": "Rebuild index",
		"command.create-bases": "Create alliance bases",

		"status.idle": "Alliance index: waiting for the vault",
		"status.indexing": "Alliance index: indexing… {done}/{total}",
		"status.ready": "Alliance index: ready",
		"status.ready-unreadable": "Alliance index: ready; {count, plural, one {# note} other {# notes}} could not be read",
		"status.label": "The state of the alliance index",

		"suggest.placeholder": "Choose an alliance…",
		"suggest.new-placeholder": "Name the new alliance…",
		"suggest.create": "Create alliance “{name}”",
		"suggest.exists": "already exists",
		"suggest.last-met": "last met {date}",
		"suggest.never-met": "no meetings yet",
		"suggest.instruction-choose": "to choose",
		"suggest.instruction-dismiss": "to dismiss",
		"suggest.all-alliances": "All alliances",
		"suggest.all-alliances-detail": "{count, plural, one {# alliance} other {# alliances}}",

		"notice.no-alliances": "No alliances yet: create one with “New alliance” first.",
		"notice.alliance-exists": "The alliance {name} already exists: its profile is open.",
		"notice.alliance-unknown": "There is no alliance named {name}.",
		"notice.created": "Created {path}",
		"notice.not-overwritten": "{path} already exists and was left as it is.",
		"notice.write-failed": "Could not write {path}: {error}",
		"notice.outside-vault": "{path} is not a path inside the vault: nothing was written.",
		"notice.named-like-alliance": "A note named {name} would take over every [[{name}]] link of the alliance {alliance}, and its meetings would vanish from the dashboard. Choose another path pattern: nothing was written.",
		"notice.no-active-note": "Open a note first, then validate it.",
		"notice.not-alliance-note": "{path} is not an alliance note: it has no type property starting with “alliance”.",
		"notice.no-problems": "No problems in {path}.",
		"notice.briefing-written": "Briefing written to {path}",
		"notice.schemas-exported": "{count} JSON schemas written to {folder}",
		"notice.index-rebuilt": "Index rebuilt: {count} alliance notes.",
		"notice.failed": "Alliance Journal could not finish this: {error}",
		"notice.bases-written": "{count, plural, one {# base written} other {# bases written}}: {paths}",
		"notice.bases-kept": "Already there, left as {count, plural, one {it was} other {they were}}: {paths}",
		"cli.dashboard": "Alliance Journal: the dashboard of every alliance, or of one, as text or JSON",
		"cli.lint": "Alliance Journal: every problem in the alliance notes, one line each, or as JSON",
		"cli.briefing": "Alliance Journal: the pre-meeting briefing of an alliance, as Markdown or JSON",
		"cli.flag-format": "text (the default) or json",
		"cli.flag-alliance": "only this alliance (its name or an alias, in any case)",
		"cli.flag-briefing-alliance": "the alliance (its name or an alias, in any case)",
		"cli.format-invalid": "format must be text or json, not {format}",
		"cli.alliance-missing": "say which alliance: alliance=<name>",

		"problems.title": "Problems in {name}",
		"problems.summary": "{count, plural, one {# problem} other {# problems}} found.",
		"problems.line": "Line {line}: {message}",

		"briefing.folder": "Briefings",
		"briefing.file-name": "{date} Briefing {alliance}",

		"settings.heading-notes": "New notes",
		"settings.heading-dashboard": "Dashboard",
		"settings.heading-sections": "Dashboard sections",
		"settings.alliances-folder": "Alliances folder",
		"settings.alliances-folder-desc": "New alliances get a folder of their own in this folder, with their meetings and reflections.",
		"settings.pattern-alliance": "Alliance profile path",
		"settings.pattern-meeting": "Meeting note path",
		"settings.pattern-reflection": "Reflection path",
		"settings.pattern-stakeholder": "Stakeholder path",
		"settings.pattern-health-check": "Health check path",
		"settings.pattern-desc": "Where new notes of this type go, from the vault's root. Placeholders: {{alliance}}, {{date}}, {{title}}. Leave empty for the default.",
		"settings.templates-folder": "Templates folder",
		"settings.templates-folder-desc": "A note in this folder named after a note type (alliance.md, alliance-meeting.md, alliance-reflection.md, alliance-stakeholder.md) replaces that type's built-in template.",
		"settings.language": "Language",
		"settings.language-desc": "The language of the dashboard, the commands and new notes. Automatic follows Obsidian's language. Commands are renamed after a restart.",
		"settings.language-auto": "Automatic",
		"settings.min-meetings": "Recurring conflict: meetings",
		"settings.min-meetings-desc": "A conflict theme is recurring once it is raised in at least this many meetings within the window below.",
		"settings.window-days": "Recurring conflict: window in days",
		"settings.window-days-desc": "How many days back the meetings of a recurring conflict are counted.",
		"settings.aliases": "Conflict aliases",
		"settings.aliases-desc": "Wordings that mean the same conflict theme, one per line: from = to (for example prijs = pricing).",
		"settings.stale-kpi": "Stale KPI after meetings",
		"settings.stale-kpi-desc": "A KPI with no reading in this many of the alliance's latest meetings is marked stale.",
		"settings.health-check-every": "Health check every days",
		"settings.health-check-every-desc": "A joint health check is due when the last one is this many days old (182 is about six months).",
		"settings.health-check-dimensions": "Health check dimensions",
		"settings.health-check-dimensions-desc":
			"The dimensions a new health check asks both sides to rate, as keys separated by commas (each becomes ours_<key> and theirs_<key>).",
		"settings.section-desc": "Show this section on the dashboard.",

		// ── Issue 16: the Bases line chart view ──
		"bases-chart.name": "Line chart",
		"bases-chart.option-x": "Date (x axis)",
		"bases-chart.option-y": "Lines (property ids; empty: the properties shown)",
		"bases-chart.option-target-group": "Target line",
		"bases-chart.option-target": "Target value",
		"bases-chart.option-target-property": "Target from property",
		"bases-chart.no-value": "(none)",
		"bases-chart.label": "{name} over time",
		"bases-chart.empty-lines": "Choose the properties to draw: show number properties in this view, or list them under Lines in the view's options.",
		"bases-chart.empty-points": "No row has both a date in {x} and a number in the chosen properties.",

		// ── Issue 13: density ──
		"settings.density": "Density",
		"settings.density-desc": "Compact puts each item on one line where it fits, like the Tasks plugin's results. Automatic is compact in a narrow pane.",
		"settings.density-auto": "Automatic",
		"settings.density-compact": "Compact",
		"settings.density-comfortable": "Comfortable",
	},
	nl: {
		"view.title": "Alliantiedashboard",
		"ribbon.open": "Alliantiedashboard openen",

		"command.open-dashboard": "Dashboard openen",
		"command.new-alliance": "Nieuwe alliantie",
		"command.new-meeting": "Nieuw overlegverslag",
		"command.new-reflection": "Nieuwe reflectie",
		"command.new-stakeholder": "Nieuwe stakeholder",
		"command.new-health-check": "Nieuwe gezondheidscheck",
		"command.validate-note": "Huidige notitie controleren",
		"command.briefing": "Briefing voor het volgende overleg maken",
		"command.export-schemas": "JSON-schema's exporteren",
		"command.rebuild-index": "Index opnieuw opbouwen",
		"command.create-bases": "Bases voor een alliantie maken",

		"status.idle": "Alliantie-index: wacht op de kluis",
		"status.indexing": "Alliantie-index: indexeren… {done}/{total}",
		"status.ready": "Alliantie-index: klaar",
		"status.ready-unreadable": "Alliantie-index: klaar; {count, plural, one {# notitie kon} other {# notities konden}} niet worden gelezen",
		"status.label": "De toestand van de alliantie-index",

		"suggest.placeholder": "Kies een alliantie…",
		"suggest.new-placeholder": "Geef de nieuwe alliantie een naam…",
		"suggest.create": "Alliantie “{name}” maken",
		"suggest.exists": "bestaat al",
		"suggest.last-met": "laatste overleg {date}",
		"suggest.never-met": "nog geen overleg",
		"suggest.instruction-choose": "om te kiezen",
		"suggest.instruction-dismiss": "om te sluiten",
		"suggest.all-alliances": "Alle allianties",
		"suggest.all-alliances-detail": "{count, plural, one {# alliantie} other {# allianties}}",

		"notice.no-alliances": "Nog geen allianties: maak er eerst een met “Nieuwe alliantie”.",
		"notice.alliance-exists": "De alliantie {name} bestaat al: het profiel is geopend.",
		"notice.alliance-unknown": "Er is geen alliantie met de naam {name}.",
		"notice.created": "{path} gemaakt",
		"notice.not-overwritten": "{path} bestaat al en is niet gewijzigd.",
		"notice.write-failed": "Kon {path} niet schrijven: {error}",
		"notice.outside-vault": "{path} is geen pad binnen de kluis: er is niets geschreven.",
		"notice.named-like-alliance": "Een notitie met de naam {name} zou elke [[{name}]]-link van de alliantie {alliance} overnemen, en haar overleggen zouden van het dashboard verdwijnen. Kies een ander padpatroon: er is niets geschreven.",
		"notice.no-active-note": "Open eerst een notitie en controleer die dan.",
		"notice.not-alliance-note": "{path} is geen alliantienotitie: er is geen type-eigenschap die met “alliance” begint.",
		"notice.no-problems": "Geen problemen in {path}.",
		"notice.briefing-written": "Briefing geschreven naar {path}",
		"notice.schemas-exported": "{count} JSON-schema's geschreven naar {folder}",
		"notice.index-rebuilt": "Index opnieuw opgebouwd: {count} alliantienotities.",
		"notice.failed": "Alliance Journal kon dit niet afmaken: {error}",
		"notice.bases-written": "{count, plural, one {# base geschreven} other {# bases geschreven}}: {paths}",
		"notice.bases-kept": "{count, plural, one {Bestond al, ongewijzigd gelaten} other {Bestonden al, ongewijzigd gelaten}}: {paths}",
		"cli.dashboard": "Alliance Journal: het dashboard van elke alliantie, of van één, als tekst of JSON",
		"cli.lint": "Alliance Journal: elk probleem in de alliantienotities, één regel per probleem, of als JSON",
		"cli.briefing": "Alliance Journal: de briefing voor het volgende overleg met een alliantie, als Markdown of JSON",
		"cli.flag-format": "text (standaard) of json",
		"cli.flag-alliance": "alleen deze alliantie (haar naam, ook een alias; hoofdletters maken niet uit)",
		"cli.flag-briefing-alliance": "de alliantie (haar naam, ook een alias; hoofdletters maken niet uit)",
		"cli.format-invalid": "format moet text of json zijn, niet {format}",
		"cli.alliance-missing": "zeg welke alliantie: alliance=<naam>",

		"problems.title": "Problemen in {name}",
		"problems.summary": "{count, plural, one {# probleem} other {# problemen}} gevonden.",
		"problems.line": "Regel {line}: {message}",

		"briefing.folder": "Briefings",
		"briefing.file-name": "{date} Briefing {alliance}",

		"settings.heading-notes": "Nieuwe notities",
		"settings.heading-dashboard": "Dashboard",
		"settings.heading-sections": "Onderdelen van het dashboard",
		"settings.alliances-folder": "Map met allianties",
		"settings.alliances-folder-desc": "Nieuwe allianties krijgen in deze map een eigen map, met hun overleggen en reflecties.",
		"settings.pattern-alliance": "Pad van het alliantieprofiel",
		"settings.pattern-meeting": "Pad van een overlegverslag",
		"settings.pattern-reflection": "Pad van een reflectie",
		"settings.pattern-stakeholder": "Pad van een stakeholder",
		"settings.pattern-health-check": "Pad van een gezondheidscheck",
		"settings.pattern-desc": "Waar nieuwe notities van dit type komen, vanaf de hoofdmap van de kluis. Plaatshouders: {{alliance}}, {{date}}, {{title}}. Laat leeg voor de standaard.",
		"settings.templates-folder": "Map met sjablonen",
		"settings.templates-folder-desc": "Een notitie in deze map met de naam van een notitietype (alliance.md, alliance-meeting.md, alliance-reflection.md, alliance-stakeholder.md) vervangt het ingebouwde sjabloon van dat type.",
		"settings.language": "Taal",
		"settings.language-desc": "De taal van het dashboard, de opdrachten en nieuwe notities. Automatisch volgt de taal van Obsidian. Opdrachten krijgen hun nieuwe naam na een herstart.",
		"settings.language-auto": "Automatisch",
		"settings.min-meetings": "Terugkerend conflict: overleggen",
		"settings.min-meetings-desc": "Een conflictthema is terugkerend zodra het in minstens zoveel overleggen binnen de periode hieronder ter sprake komt.",
		"settings.window-days": "Terugkerend conflict: periode in dagen",
		"settings.window-days-desc": "Hoeveel dagen terug de overleggen van een terugkerend conflict meetellen.",
		"settings.aliases": "Synoniemen voor conflicten",
		"settings.aliases-desc": "Bewoordingen die hetzelfde conflictthema betekenen, één per regel: van = naar (bijvoorbeeld prijs = pricing).",
		"settings.stale-kpi": "KPI verouderd na overleggen",
		"settings.stale-kpi-desc": "Een KPI zonder meting in zoveel van de laatste overleggen van de alliantie heet verouderd.",
		"settings.health-check-every": "Gezondheidscheck elke zoveel dagen",
		"settings.health-check-every-desc": "Een gezamenlijke gezondheidscheck is weer nodig als de laatste zoveel dagen oud is (182 is ongeveer een halfjaar).",
		"settings.health-check-dimensions": "Dimensies van de gezondheidscheck",
		"settings.health-check-dimensions-desc":
			"De dimensies die beide partijen in een nieuwe gezondheidscheck een cijfer geven, als sleutels gescheiden door komma's (elk wordt ours_<sleutel> en theirs_<sleutel>).",
		"settings.section-desc": "Dit onderdeel op het dashboard tonen.",

		// ── Issue 16: the Bases line chart view ──
		"bases-chart.name": "Lijngrafiek",
		"bases-chart.option-x": "Datum (x-as)",
		"bases-chart.option-y": "Lijnen (eigenschap-id's; leeg: de getoonde eigenschappen)",
		"bases-chart.option-target-group": "Streeflijn",
		"bases-chart.option-target": "Streefwaarde",
		"bases-chart.option-target-property": "Streefwaarde uit eigenschap",
		"bases-chart.no-value": "(geen)",
		"bases-chart.label": "{name} in de tijd",
		"bases-chart.empty-lines": "Kies wat getekend wordt: toon eigenschappen met getallen in deze weergave, of zet ze onder Lijnen in de opties van de weergave.",
		"bases-chart.empty-points": "Geen rij heeft zowel een datum in {x} als een getal in de gekozen eigenschappen.",

		// ── Issue 13: density ──
		"settings.density": "Dichtheid",
		"settings.density-desc": "Compact zet elk punt op één regel waar het past, zoals de resultaten van de Tasks-plugin. Automatisch is compact in een smal paneel.",
		"settings.density-auto": "Automatisch",
		"settings.density-compact": "Compacte weergave",
		"settings.density-comfortable": "Ruime weergave",
	},
};
