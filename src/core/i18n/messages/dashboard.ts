/**
 * The dashboard's sentences: the briefing before the next meeting, and the
 * CLI's section titles and phrases.
 */
import type { Catalogue } from "../translate";

type DashboardKey =
	| "overdue-action"
	| "overdue-action-owner"
	| "recurring-conflict"
	| "recurring-conflict-escalating"
	| "open-conflict"
	| "kpi-off-track"
	| "kpi-worsening"
	| "kpi-stale"
	| "uncommunicated-win"
	| "contact-overdue"
	| "action-due-soon"
	| "rating-dropped";

export const DASHBOARD_MESSAGES: Catalogue<DashboardKey> = {
	en: {
		"overdue-action": "Overdue by {days} {days?day|days}: {action}",
		"overdue-action-owner": "Overdue by {days} {days?day|days}: {action} (@{owner})",
		"recurring-conflict": "Recurring conflict still open: {theme}, raised in {count} {count?meeting|meetings} since {first}",
		"recurring-conflict-escalating": "Recurring conflict still open and coming up more often: {theme}, raised in {count} {count?meeting|meetings} since {first}",
		"open-conflict": "Open conflict: {theme}",
		"kpi-off-track": "{kpi} is off track: {value} against a target of {target}",
		"kpi-worsening": "{kpi} is moving the wrong way: {value} (was {previous})",
		"kpi-stale": "No reading of {kpi} in the last {count} {count?meeting|meetings}",
		"uncommunicated-win": "Quick win not yet shared in your organisation: {win}",
		"contact-overdue": "Contact with {name} is {days} {days?day|days} overdue",
		"action-due-soon": "Due {due}: {action}",
		"rating-dropped": "{rating} dropped to {recent} on average (was {earlier})",
	},
	nl: {
		"overdue-action": "{days} {days?dag|dagen} over tijd: {action}",
		"overdue-action-owner": "{days} {days?dag|dagen} over tijd: {action} (@{owner})",
		"recurring-conflict": "Terugkerend conflict staat nog open: {theme}, besproken in {count} {count?overleg|overleggen} sinds {first}",
		"recurring-conflict-escalating": "Terugkerend conflict staat nog open en komt vaker terug: {theme}, besproken in {count} {count?overleg|overleggen} sinds {first}",
		"open-conflict": "Open conflict: {theme}",
		"kpi-off-track": "{kpi} ligt niet op koers: {value} tegen een doel van {target}",
		"kpi-worsening": "{kpi} beweegt de verkeerde kant op: {value} (was {previous})",
		"kpi-stale": "Geen meting van {kpi} in de laatste {count} {count?overleg|overleggen}",
		"uncommunicated-win": "Quick win nog niet gedeeld in je organisatie: {win}",
		"contact-overdue": "Contact met {name} is {days} {days?dag|dagen} over tijd",
		"action-due-soon": "Deadline {due}: {action}",
		"rating-dropped": "{rating} daalde naar gemiddeld {recent} (was {earlier})",
	},
};

type RatingName = "trust" | "respect" | "openness" | "decision_clarity" | "delivery";

/** The relationship ratings' names. */
export const RATING_NAMES: Catalogue<RatingName> = {
	en: { trust: "Trust", respect: "Respect", openness: "Openness", decision_clarity: "Decision clarity", delivery: "Delivery" },
	nl: { trust: "Vertrouwen", respect: "Respect", openness: "Openheid", decision_clarity: "Duidelijkheid besluiten", delivery: "Levering" },
};

type LabelKey =
	| "title"
	| "alliances-count"
	| "no-alliances"
	| "counts"
	| "last-met"
	| "next-meeting"
	| "next-meeting-past"
	| "section-briefing"
	| "section-kpis"
	| "section-health"
	| "section-conflicts"
	| "section-quick-wins"
	| "section-actions"
	| "section-stakeholders"
	| "section-problems"
	| "section-all"
	| "nothing-needs-attention"
	| "since-last-meeting"
	| "since-new-conflicts"
	| "since-resolved"
	| "since-actions"
	| "no-kpis"
	| "target"
	| "no-target"
	| "on-track"
	| "off-track"
	| "no-data"
	| "improving"
	| "worsening"
	| "flat"
	| "stale"
	| "undefined-kpi"
	| "same-day"
	| "recent-average"
	| "earlier-average"
	| "most-moved"
	| "no-ratings"
	| "no-conflicts"
	| "open"
	| "resolved"
	| "recurring"
	| "escalating"
	| "meetings-since"
	| "wordings"
	| "merged-same-words"
	| "merged-shared-stem"
	| "merged-alias"
	| "merged-broader-wording"
	| "quick-wins-total"
	| "not-shared"
	| "shared"
	| "per-quarter"
	| "adoption-reflection"
	| "adoption-stakeholders"
	| "no-quick-wins"
	| "actions-open"
	| "by-owner"
	| "no-owner"
	| "owner-row"
	| "owner-row-overdue"
	| "days-overdue"
	| "action-in-progress"
	| "action-on-hold"
	| "action-starts"
	| "no-actions"
	| "by-stage"
	| "by-stance"
	| "contact-overdue"
	| "no-stakeholders"
	| "no-problems"
	| "problems-elsewhere";

/** The words around the data in the command line's dashboard and briefing. */
export const DASHBOARD_LABELS: Catalogue<LabelKey> = {
	en: {
		title: "Alliance Journal — dashboard for {today}",
		"alliances-count": "{count} alliances",
		"no-alliances": 'No alliances in this vault yet: create a note with "type: alliance" (alliance-journal new alliance --alliance NAME).',
		counts: "{meetings} meetings · {reflections} reflections · {stakeholders} stakeholders",
		"last-met": "last met {days} {days?day|days} ago ({date})",
		"next-meeting": "next meeting in {days} {days?day|days} ({date})",
		"next-meeting-past": "next meeting date {date} has passed",
		"section-briefing": "Before the next meeting",
		"section-kpis": "KPI trends",
		"section-health": "Relationship health",
		"section-conflicts": "Recurring conflicts",
		"section-quick-wins": "Quick wins",
		"section-actions": "Open actions",
		"section-stakeholders": "Stakeholders",
		"section-problems": "Problems",
		"section-all": "Across all alliances",
		"nothing-needs-attention": "Nothing needs attention.",
		"since-last-meeting": "At the last meeting ({date})",
		"since-new-conflicts": "new conflicts: {list}",
		"since-resolved": "resolved: {list}",
		"since-actions": "{added} actions added, {done} done, {wins} quick wins",
		"no-kpis": "No KPIs defined or read yet.",
		target: "target {target}",
		"no-target": "no target",
		"on-track": "on track",
		"off-track": "off track",
		"no-data": "no readings",
		improving: "improving",
		worsening: "worsening",
		flat: "flat",
		stale: "no reading in {count} {count?meeting|meetings}",
		"undefined-kpi": "not in the KPI table",
		"same-day": "{count} readings on one day: the latest note counts",
		"recent-average": "recent {value}",
		"earlier-average": "earlier {value}",
		"most-moved": "moved most: {rating} ({change})",
		"no-ratings": "No ratings yet.",
		"no-conflicts": "No conflicts recorded.",
		open: "open",
		resolved: "resolved",
		recurring: "recurring",
		escalating: "coming up more often",
		"meetings-since": "raised {count}×, {first} – {last}",
		wordings: "wordings: {list}",
		"merged-same-words": "grouped: \"{joined}\" has the same words as \"{wording}\"",
		"merged-shared-stem": "grouped: \"{joined}\" and \"{wording}\" share the stem \"{stem}\"",
		"merged-alias": "grouped: \"{joined}\" matches \"{wording}\" through the alias {alias}",
		"merged-broader-wording": "grouped: \"{joined}\" and \"{wording}\" say the same, one more precisely",
		"quick-wins-total": "{count} quick wins, {unshared} not yet shared",
		"not-shared": "not shared",
		shared: "shared",
		"per-quarter": "per quarter: {list}",
		"adoption-reflection": "organisation: {stage} (latest reflection)",
		"adoption-stakeholders": "organisation: {stage} (internal stakeholders)",
		"no-quick-wins": "No quick wins recorded.",
		"actions-open": "{open} open, {overdue} overdue",
		"by-owner": "by owner: {list}",
		"no-owner": "no owner",
		"owner-row": "{owner} {open}",
		"owner-row-overdue": "{owner} {open} ({overdue} overdue)",
		"days-overdue": "{days} {days?day|days} overdue",
		"action-in-progress": "in progress",
		"action-on-hold": "on hold",
		"action-starts": "starts {date}",
		"no-actions": "No open actions.",
		"by-stage": "by stage: {list}",
		"by-stance": "by stance: {list}",
		"contact-overdue": "contact overdue: {list}",
		"no-stakeholders": "No stakeholders recorded.",
		"no-problems": "No problems.",
		"problems-elsewhere": "Problems in notes that belong to no alliance",
	},
	nl: {
		title: "Alliance Journal — dashboard voor {today}",
		"alliances-count": "{count} allianties",
		"no-alliances": 'Nog geen allianties in deze kluis: maak een notitie met "type: alliance" (alliance-journal new alliance --alliance NAAM).',
		counts: "{meetings} overleggen · {reflections} reflecties · {stakeholders} stakeholders",
		"last-met": "laatste overleg {days} {days?dag|dagen} geleden ({date})",
		"next-meeting": "volgend overleg over {days} {days?dag|dagen} ({date})",
		"next-meeting-past": "datum volgend overleg {date} is voorbij",
		"section-briefing": "Voor het volgende overleg",
		"section-kpis": "KPI-trends",
		"section-health": "Gezondheid van de relatie",
		"section-conflicts": "Terugkerende conflicten",
		"section-quick-wins": "Quick wins",
		"section-actions": "Open acties",
		"section-stakeholders": "Stakeholders",
		"section-problems": "Problemen",
		"section-all": "Over alle allianties",
		"nothing-needs-attention": "Niets vraagt aandacht.",
		"since-last-meeting": "Bij het laatste overleg ({date})",
		"since-new-conflicts": "nieuwe conflicten: {list}",
		"since-resolved": "opgelost: {list}",
		"since-actions": "{added} acties erbij, {done} afgerond, {wins} quick wins",
		"no-kpis": "Nog geen KPI's gedefinieerd of gemeten.",
		target: "doel {target}",
		"no-target": "geen doel",
		"on-track": "op koers",
		"off-track": "niet op koers",
		"no-data": "geen metingen",
		improving: "verbetert",
		worsening: "verslechtert",
		flat: "stabiel",
		stale: "geen meting in {count} {count?overleg|overleggen}",
		"undefined-kpi": "niet in de KPI-tabel",
		"same-day": "{count} metingen op één dag: de laatste notitie telt",
		"recent-average": "recent {value}",
		"earlier-average": "eerder {value}",
		"most-moved": "meest veranderd: {rating} ({change})",
		"no-ratings": "Nog geen scores.",
		"no-conflicts": "Geen conflicten vastgelegd.",
		open: "open",
		resolved: "opgelost",
		recurring: "terugkerend",
		escalating: "komt vaker terug",
		"meetings-since": "{count}× besproken, {first} – {last}",
		wordings: "formuleringen: {list}",
		"merged-same-words": "samengenomen: \"{joined}\" heeft dezelfde woorden als \"{wording}\"",
		"merged-shared-stem": "samengenomen: \"{joined}\" en \"{wording}\" hebben de stam \"{stem}\" gemeen",
		"merged-alias": "samengenomen: \"{joined}\" komt overeen met \"{wording}\" via de alias {alias}",
		"merged-broader-wording": "samengenomen: \"{joined}\" en \"{wording}\" zeggen hetzelfde, de een preciezer",
		"quick-wins-total": "{count} quick wins, {unshared} nog niet gedeeld",
		"not-shared": "niet gedeeld",
		shared: "gedeeld",
		"per-quarter": "per kwartaal: {list}",
		"adoption-reflection": "organisatie: {stage} (laatste reflectie)",
		"adoption-stakeholders": "organisatie: {stage} (interne stakeholders)",
		"no-quick-wins": "Geen quick wins vastgelegd.",
		"actions-open": "{open} open, {overdue} over tijd",
		"by-owner": "per eigenaar: {list}",
		"no-owner": "geen eigenaar",
		"owner-row": "{owner} {open}",
		"owner-row-overdue": "{owner} {open} ({overdue} over tijd)",
		"days-overdue": "{days} {days?dag|dagen} over tijd",
		"action-in-progress": "onderhanden",
		"action-on-hold": "in de wacht",
		"action-starts": "begint {date}",
		"no-actions": "Geen open acties.",
		"by-stage": "per fase: {list}",
		"by-stance": "per houding: {list}",
		"contact-overdue": "contact over tijd: {list}",
		"no-stakeholders": "Geen stakeholders vastgelegd.",
		"no-problems": "Geen problemen.",
		"problems-elsewhere": "Problemen in notities die bij geen alliantie horen",
	},
};
