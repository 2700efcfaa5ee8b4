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
		"overdue-action": "Overdue by {days} days: {action}",
		"overdue-action-owner": "Overdue by {days} days: {action} (@{owner})",
		"recurring-conflict": "Recurring conflict still open: {theme}, raised in {count} meetings since {first}",
		"recurring-conflict-escalating": "Recurring conflict still open and coming up more often: {theme}, raised in {count} meetings since {first}",
		"open-conflict": "Open conflict: {theme}",
		"kpi-off-track": "{kpi} is off track: {value} against a target of {target}",
		"kpi-worsening": "{kpi} is moving the wrong way: {value} (was {previous})",
		"kpi-stale": "No reading of {kpi} in the last {count} meetings",
		"uncommunicated-win": "Quick win not yet shared in your organisation: {win}",
		"contact-overdue": "Contact with {name} is {days} days overdue",
		"action-due-soon": "Due {due}: {action}",
		"rating-dropped": "{rating} dropped to {recent} on average (was {earlier})",
	},
	nl: {
		"overdue-action": "{days} dagen over tijd: {action}",
		"overdue-action-owner": "{days} dagen over tijd: {action} (@{owner})",
		"recurring-conflict": "Terugkerend conflict staat nog open: {theme}, besproken in {count} overleggen sinds {first}",
		"recurring-conflict-escalating": "Terugkerend conflict staat nog open en komt vaker terug: {theme}, besproken in {count} overleggen sinds {first}",
		"open-conflict": "Open conflict: {theme}",
		"kpi-off-track": "{kpi} ligt niet op koers: {value} tegen een doel van {target}",
		"kpi-worsening": "{kpi} beweegt de verkeerde kant op: {value} (was {previous})",
		"kpi-stale": "Geen meting van {kpi} in de laatste {count} overleggen",
		"uncommunicated-win": "Quick win nog niet gedeeld in je organisatie: {win}",
		"contact-overdue": "Contact met {name} is {days} dagen over tijd",
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
