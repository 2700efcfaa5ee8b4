/**
 * The sidebar dashboard's words: section titles, empty states, labels of
 * charts and items. Placeholders in `{braces}` are filled by `translator`.
 * Keys ending in `-one` / `-other` are the singular and plural of one phrase
 * (see `src/ui/format.ts`).
 */
import type { Catalogue } from "../translate";

export type UiMessageKey =
	// Toolbar
	| "picker-label"
	| "picker-all"
	| "new-meeting"
	| "new-reflection"
	| "new-stakeholder"
	| "rebuild-index"
	// No alliances yet
	| "empty-title"
	| "empty-text"
	| "create-first-alliance"
	// Alliance overview
	| "overview-label"
	| "overview-notes"
	| "overview-owner"
	| "overview-counterpart"
	| "overview-select"
	| "overview-open-profile"
	// Sections
	| "section-briefing"
	| "section-kpis"
	| "section-health"
	| "section-conflicts"
	| "section-quick-wins"
	| "section-actions"
	| "section-stakeholders"
	| "section-problems"
	// Section empty states
	| "briefing-empty"
	| "kpis-empty"
	| "health-empty"
	| "conflicts-empty"
	| "quick-wins-empty"
	| "actions-empty"
	| "stakeholders-empty"
	| "problems-empty"
	// Before the next meeting
	| "last-meeting-today"
	| "last-meeting-one"
	| "last-meeting-other"
	| "last-meeting-none"
	| "next-meeting-today"
	| "next-meeting-one"
	| "next-meeting-other"
	| "next-meeting-passed"
	| "next-meeting-none"
	| "since-title"
	| "since-new-conflicts"
	| "since-resolved-conflicts"
	| "since-quick-wins"
	| "since-actions"
	| "since-nothing"
	// KPI trends
	| "kpi-status-on-track"
	| "kpi-status-off-track"
	| "kpi-status-no-target"
	| "kpi-status-no-data"
	| "kpi-trend-improving"
	| "kpi-trend-worsening"
	| "kpi-trend-flat"
	| "kpi-latest"
	| "kpi-change"
	| "kpi-target"
	| "kpi-direction-up"
	| "kpi-direction-down"
	| "kpi-kind-ends"
	| "kpi-kind-means"
	| "kpi-stale-one"
	| "kpi-stale-other"
	| "kpi-undefined"
	| "kpi-replaced-one"
	| "kpi-replaced-other"
	| "kpi-readings"
	| "kpi-reading"
	| "kpi-chart-label"
	| "kpi-chart-label-no-target"
	| "kpi-no-readings"
	| "kpi-off-track-count"
	// Relationship health
	| "health-overall"
	| "health-overall-change"
	| "health-most-moved"
	| "health-rating-label"
	| "health-recent"
	| "health-no-rating"
	| "health-chart-label"
	| "health-reflections"
	// Recurring conflicts
	| "conflict-meetings-one"
	| "conflict-meetings-other"
	| "conflict-seen"
	| "conflict-open"
	| "conflict-resolved"
	| "conflict-escalating"
	| "conflict-grouped"
	| "conflict-grouped-same-words"
	| "conflict-grouped-shared-stem"
	| "conflict-grouped-alias"
	| "conflict-grouped-broader-wording"
	| "conflict-other"
	| "conflict-mention-resolved"
	// Quick wins
	| "win-shared"
	| "win-not-shared"
	| "wins-not-shared-count"
	| "wins-per-quarter"
	| "wins-quarter"
	| "adoption-label"
	| "adoption-from-reflection"
	| "adoption-from-stakeholders"
	| "stage-unaware"
	| "stage-clarity"
	| "stage-belief"
	| "stage-behaviour"
	// Actions
	| "actions-overdue-count"
	| "action-overdue-one"
	| "action-overdue-other"
	| "action-due-today"
	| "action-due-in-one"
	| "action-due-in-other"
	| "action-no-due"
	| "action-noted"
	| "action-in-progress"
	| "action-on-hold"
	| "action-starts"
	| "actions-by-owner"
	| "actions-owner-count"
	// Stakeholders
	| "stakeholders-overdue"
	| "stakeholders-by-stage"
	| "stakeholders-by-stance"
	| "stakeholders-everyone"
	| "contact-overdue-one"
	| "contact-overdue-other"
	| "contact-last"
	| "side-internal"
	| "side-partner"
	| "stance-champion"
	| "stance-supporter"
	| "stance-neutral"
	| "stance-sceptic"
	| "stance-blocker"
	| "influence-low"
	| "influence-medium"
	| "influence-high"
	// Problems
	| "problem-error"
	| "problem-warning"
	| "problem-location"
	// Alliance standing
	| "status-active"
	| "status-paused"
	| "status-ended"
	| "phase-exploration"
	| "phase-negotiation"
	| "phase-launch"
	| "phase-execution"
	| "phase-renewal"
	| "phase-exit"
	// Lists and items
	| "show-all"
	| "open-note";

export const UI_MESSAGES: Catalogue<UiMessageKey> = {
	en: {
		"picker-label": "Alliance",
		"picker-all": "All alliances",
		"new-meeting": "New meeting",
		"new-reflection": "New reflection",
		"new-stakeholder": "New stakeholder",
		"rebuild-index": "Rebuild index",

		"empty-title": "No alliances yet",
		"empty-text": "An alliance is a note with the property type: alliance. Create one, then journal your partner meetings and reflections under it.",
		"create-first-alliance": "Create your first alliance",

		"overview-label": "Alliances",
		"overview-notes": "{meetings} meetings, {reflections} reflections, {stakeholders} stakeholders",
		"overview-owner": "Owner {name}",
		"overview-counterpart": "counterpart {name}",
		"overview-select": "Show only {name}",
		"overview-open-profile": "Open the profile of {name}",

		"section-briefing": "Before the next meeting",
		"section-kpis": "KPI trends",
		"section-health": "Relationship health",
		"section-conflicts": "Recurring conflicts",
		"section-quick-wins": "Quick wins",
		"section-actions": "Actions",
		"section-stakeholders": "Stakeholders",
		"section-problems": "Problems",

		"briefing-empty": "Nothing needs your attention before the next meeting.",
		"kpis-empty": "No KPIs yet. Add a KPI table to the alliance profile and record readings as kpi_<key> in meeting notes.",
		"health-empty": "No ratings yet. Rate trust, respect, openness, decision clarity and delivery from 1 to 5 in meeting notes.",
		"conflicts-empty": "No conflict has come back yet.",
		"quick-wins-empty": "No quick wins yet. They are the proof your organisation needs: note them under a quick wins heading.",
		"actions-empty": "No open actions.",
		"stakeholders-empty": "No stakeholders yet. Add a note with type: alliance-stakeholder for each person who matters.",
		"problems-empty": "No problems in your alliance notes.",

		"last-meeting-today": "Last meeting today",
		"last-meeting-one": "Last meeting yesterday",
		"last-meeting-other": "Last meeting {days} days ago",
		"last-meeting-none": "No meeting yet",
		"next-meeting-today": "next meeting today",
		"next-meeting-one": "next meeting tomorrow",
		"next-meeting-other": "next meeting in {days} days ({date})",
		"next-meeting-passed": "planned next meeting {date} has passed",
		"next-meeting-none": "no next meeting planned",
		"since-title": "Since the meeting of {date}",
		"since-new-conflicts": "New conflicts: {list}",
		"since-resolved-conflicts": "Resolved: {list}",
		"since-quick-wins": "New quick wins: {count}",
		"since-actions": "Actions added: {added}, done: {done}",
		"since-nothing": "No change since the meeting before.",

		"kpi-status-on-track": "On track",
		"kpi-status-off-track": "Off track",
		"kpi-status-no-target": "No target",
		"kpi-status-no-data": "No readings",
		"kpi-trend-improving": "improving",
		"kpi-trend-worsening": "worsening",
		"kpi-trend-flat": "unchanged",
		"kpi-latest": "Latest {value}",
		"kpi-change": "{change} since {date}",
		"kpi-target": "target {target}",
		"kpi-direction-up": "higher is better",
		"kpi-direction-down": "lower is better",
		"kpi-kind-ends": "Result",
		"kpi-kind-means": "How we work",
		"kpi-stale-one": "No reading in the last meeting",
		"kpi-stale-other": "No reading in the last {count} meetings",
		"kpi-undefined": "Not in the KPI table of the profile",
		"kpi-replaced-one": "Another reading on {date} was replaced by the later note",
		"kpi-replaced-other": "{count} other readings on {date} were replaced by the later note",
		"kpi-readings": "Readings",
		"kpi-reading": "{date}: {value}",
		"kpi-chart-label": "{label}: {values}; latest {latest}, target {target}, {status}",
		"kpi-chart-label-no-target": "{label}: {values}; latest {latest}, {status}",
		"kpi-no-readings": "No readings yet.",
		"kpi-off-track-count": "{count} off track",

		"health-overall": "Recent average {recent} of 5",
		"health-overall-change": "Recent average {recent} of 5, earlier {earlier}",
		"health-most-moved": "Moved most: {rating} ({change})",
		"health-rating-label": "{rating}",
		"health-recent": "{value} of 5",
		"health-no-rating": "Not rated",
		"health-chart-label": "{rating}: {values}; recent average {recent} of 5",
		"health-reflections": "Relationship in reflections",

		"conflict-meetings-one": "{count} meeting",
		"conflict-meetings-other": "{count} meetings",
		"conflict-seen": "First {first}, last {last}",
		"conflict-open": "Open",
		"conflict-resolved": "Resolved",
		"conflict-escalating": "Coming up more often",
		"conflict-grouped": "Grouped: {reasons}",
		"conflict-grouped-same-words": "\"{joined}\" has the same words as \"{wording}\"",
		"conflict-grouped-shared-stem": "\"{joined}\" and \"{wording}\" share the stem \"{stem}\"",
		"conflict-grouped-alias": "\"{joined}\" matches \"{wording}\" through the alias {alias}",
		"conflict-grouped-broader-wording": "\"{joined}\" and \"{wording}\" say the same, one more precisely",
		"conflict-other": "Other conflicts",
		"conflict-mention-resolved": "resolved",

		"win-shared": "Shared",
		"win-not-shared": "Not yet shared",
		"wins-not-shared-count": "{count} not yet shared in your organisation",
		"wins-per-quarter": "Per quarter",
		"wins-quarter": "{quarter}: {count} ({communicated} shared)",
		"adoption-label": "Your organisation",
		"adoption-from-reflection": "from the latest reflection",
		"adoption-from-stakeholders": "from your internal stakeholders",
		"stage-unaware": "Unaware",
		"stage-clarity": "Clarity",
		"stage-belief": "Belief",
		"stage-behaviour": "Behaviour",

		"actions-overdue-count": "{count} overdue",
		"action-overdue-one": "1 day overdue",
		"action-overdue-other": "{days} days overdue",
		"action-due-today": "Due today",
		"action-due-in-one": "Due tomorrow",
		"action-due-in-other": "Due {date}",
		"action-no-due": "No due date",
		"action-noted": "noted {date}",
		"action-in-progress": "in progress",
		"action-on-hold": "on hold",
		"action-starts": "starts {date}",
		"actions-by-owner": "By owner",
		"actions-owner-count": "{owner}: {open} open, {overdue} overdue",

		"stakeholders-overdue": "Overdue for contact",
		"stakeholders-by-stage": "By stage",
		"stakeholders-by-stance": "By stance",
		"stakeholders-everyone": "Everyone",
		"contact-overdue-one": "Contact 1 day overdue",
		"contact-overdue-other": "Contact {days} days overdue",
		"contact-last": "last contact {date}",
		"side-internal": "Internal",
		"side-partner": "Partner",
		"stance-champion": "Champion",
		"stance-supporter": "Supporter",
		"stance-neutral": "Neutral",
		"stance-sceptic": "Sceptic",
		"stance-blocker": "Blocker",
		"influence-low": "low influence",
		"influence-medium": "medium influence",
		"influence-high": "high influence",

		"problem-error": "Error",
		"problem-warning": "Warning",
		"problem-location": "{path}, line {line}",

		"status-active": "active",
		"status-paused": "paused",
		"status-ended": "ended",
		"phase-exploration": "exploration",
		"phase-negotiation": "negotiation",
		"phase-launch": "launch",
		"phase-execution": "execution",
		"phase-renewal": "renewal",
		"phase-exit": "exit",

		"show-all": "Show all {count}",
		"open-note": "Open {path} at line {line}",
	},
	nl: {
		"picker-label": "Alliantie",
		"picker-all": "Alle allianties",
		"new-meeting": "Nieuw overleg",
		"new-reflection": "Nieuwe reflectie",
		"new-stakeholder": "Nieuwe stakeholder",
		"rebuild-index": "Index opnieuw opbouwen",

		"empty-title": "Nog geen allianties",
		"empty-text": "Een alliantie is een notitie met de eigenschap type: alliance. Maak er een aan en houd daaronder je overleggen en reflecties bij.",
		"create-first-alliance": "Maak je eerste alliantie aan",

		"overview-label": "Allianties",
		"overview-notes": "{meetings} overleggen, {reflections} reflecties, {stakeholders} stakeholders",
		"overview-owner": "Eigenaar {name}",
		"overview-counterpart": "tegenhanger {name}",
		"overview-select": "Alleen {name} tonen",
		"overview-open-profile": "Open het profiel van {name}",

		"section-briefing": "Voor het volgende overleg",
		"section-kpis": "KPI-trends",
		"section-health": "Gezondheid van de relatie",
		"section-conflicts": "Terugkerende conflicten",
		"section-quick-wins": "Quick wins",
		"section-actions": "Acties",
		"section-stakeholders": "Stakeholders",
		"section-problems": "Problemen",

		"briefing-empty": "Niets vraagt je aandacht voor het volgende overleg.",
		"kpis-empty": "Nog geen KPI's. Zet een KPI-tabel in het alliantieprofiel en noteer metingen als kpi_<sleutel> in overlegnotities.",
		"health-empty": "Nog geen beoordelingen. Geef in overlegnotities vertrouwen, respect, openheid, duidelijkheid van besluiten en levering een cijfer van 1 tot 5.",
		"conflicts-empty": "Nog geen conflict is teruggekomen.",
		"quick-wins-empty": "Nog geen quick wins. Ze zijn het bewijs dat je organisatie nodig heeft: noteer ze onder een kop quick wins.",
		"actions-empty": "Geen openstaande acties.",
		"stakeholders-empty": "Nog geen stakeholders. Maak voor iedereen die ertoe doet een notitie met type: alliance-stakeholder.",
		"problems-empty": "Geen problemen in je alliantienotities.",

		"last-meeting-today": "Laatste overleg vandaag",
		"last-meeting-one": "Laatste overleg gisteren",
		"last-meeting-other": "Laatste overleg {days} dagen geleden",
		"last-meeting-none": "Nog geen overleg",
		"next-meeting-today": "volgend overleg vandaag",
		"next-meeting-one": "volgend overleg morgen",
		"next-meeting-other": "volgend overleg over {days} dagen ({date})",
		"next-meeting-passed": "gepland volgend overleg {date} is voorbij",
		"next-meeting-none": "geen volgend overleg gepland",
		"since-title": "Sinds het overleg van {date}",
		"since-new-conflicts": "Nieuwe conflicten: {list}",
		"since-resolved-conflicts": "Opgelost: {list}",
		"since-quick-wins": "Nieuwe quick wins: {count}",
		"since-actions": "Acties erbij: {added}, afgerond: {done}",
		"since-nothing": "Niets veranderd sinds het overleg daarvoor.",

		"kpi-status-on-track": "Op koers",
		"kpi-status-off-track": "Niet op koers",
		"kpi-status-no-target": "Geen doel",
		"kpi-status-no-data": "Geen metingen",
		"kpi-trend-improving": "verbetert",
		"kpi-trend-worsening": "verslechtert",
		"kpi-trend-flat": "onveranderd",
		"kpi-latest": "Laatste {value}",
		"kpi-change": "{change} sinds {date}",
		"kpi-target": "doel {target}",
		"kpi-direction-up": "hoger is beter",
		"kpi-direction-down": "lager is beter",
		"kpi-kind-ends": "Resultaat",
		"kpi-kind-means": "Samenwerking",
		"kpi-stale-one": "Geen meting in het laatste overleg",
		"kpi-stale-other": "Geen meting in de laatste {count} overleggen",
		"kpi-undefined": "Staat niet in de KPI-tabel van het profiel",
		"kpi-replaced-one": "Een andere meting op {date} is vervangen door de latere notitie",
		"kpi-replaced-other": "{count} andere metingen op {date} zijn vervangen door de latere notitie",
		"kpi-readings": "Metingen",
		"kpi-reading": "{date}: {value}",
		"kpi-chart-label": "{label}: {values}; laatste {latest}, doel {target}, {status}",
		"kpi-chart-label-no-target": "{label}: {values}; laatste {latest}, {status}",
		"kpi-no-readings": "Nog geen metingen.",
		"kpi-off-track-count": "{count} niet op koers",

		"health-overall": "Recent gemiddelde {recent} van 5",
		"health-overall-change": "Recent gemiddelde {recent} van 5, eerder {earlier}",
		"health-most-moved": "Meest veranderd: {rating} ({change})",
		"health-rating-label": "{rating}",
		"health-recent": "{value} van 5",
		"health-no-rating": "Geen cijfer",
		"health-chart-label": "{rating}: {values}; recent gemiddelde {recent} van 5",
		"health-reflections": "Relatie in reflecties",

		"conflict-meetings-one": "{count} overleg",
		"conflict-meetings-other": "{count} overleggen",
		"conflict-seen": "Eerst {first}, laatst {last}",
		"conflict-open": "Open",
		"conflict-resolved": "Opgelost",
		"conflict-escalating": "Komt vaker terug",
		"conflict-grouped": "Samengevoegd: {reasons}",
		"conflict-grouped-same-words": "\"{joined}\" heeft dezelfde woorden als \"{wording}\"",
		"conflict-grouped-shared-stem": "\"{joined}\" en \"{wording}\" hebben de stam \"{stem}\" gemeen",
		"conflict-grouped-alias": "\"{joined}\" komt overeen met \"{wording}\" via de alias {alias}",
		"conflict-grouped-broader-wording": "\"{joined}\" en \"{wording}\" zeggen hetzelfde, de een preciezer",
		"conflict-other": "Overige conflicten",
		"conflict-mention-resolved": "opgelost",

		"win-shared": "Gedeeld",
		"win-not-shared": "Nog niet gedeeld",
		"wins-not-shared-count": "{count} nog niet gedeeld in je organisatie",
		"wins-per-quarter": "Per kwartaal",
		"wins-quarter": "{quarter}: {count} ({communicated} gedeeld)",
		"adoption-label": "Je organisatie",
		"adoption-from-reflection": "volgens de laatste reflectie",
		"adoption-from-stakeholders": "volgens je interne stakeholders",
		"stage-unaware": "Onbekend",
		"stage-clarity": "Helderheid",
		"stage-belief": "Geloof",
		"stage-behaviour": "Gedrag",

		"actions-overdue-count": "{count} over tijd",
		"action-overdue-one": "1 dag over tijd",
		"action-overdue-other": "{days} dagen over tijd",
		"action-due-today": "Deadline vandaag",
		"action-due-in-one": "Deadline morgen",
		"action-due-in-other": "Deadline {date}",
		"action-no-due": "Geen deadline",
		"action-noted": "genoteerd {date}",
		"action-in-progress": "onderhanden",
		"action-on-hold": "in de wacht",
		"action-starts": "begint {date}",
		"actions-by-owner": "Per eigenaar",
		"actions-owner-count": "{owner}: {open} open, {overdue} over tijd",

		"stakeholders-overdue": "Contact over tijd",
		"stakeholders-by-stage": "Per fase",
		"stakeholders-by-stance": "Per houding",
		"stakeholders-everyone": "Iedereen",
		"contact-overdue-one": "Contact 1 dag over tijd",
		"contact-overdue-other": "Contact {days} dagen over tijd",
		"contact-last": "laatste contact {date}",
		"side-internal": "Intern",
		"side-partner": "Partner",
		"stance-champion": "Kampioen",
		"stance-supporter": "Voorstander",
		"stance-neutral": "Neutraal",
		"stance-sceptic": "Scepticus",
		"stance-blocker": "Blokkeerder",
		"influence-low": "weinig invloed",
		"influence-medium": "gemiddelde invloed",
		"influence-high": "veel invloed",

		"problem-error": "Fout",
		"problem-warning": "Waarschuwing",
		"problem-location": "{path}, regel {line}",

		"status-active": "actief",
		"status-paused": "gepauzeerd",
		"status-ended": "beëindigd",
		"phase-exploration": "verkenning",
		"phase-negotiation": "onderhandeling",
		"phase-launch": "lancering",
		"phase-execution": "uitvoering",
		"phase-renewal": "vernieuwing",
		"phase-exit": "afbouw",

		"show-all": "Alle {count} tonen",
		"open-note": "Open {path} op regel {line}",
	},
};
