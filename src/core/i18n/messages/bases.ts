/**
 * The words inside the ready-made `.base` files — their file names, view
 * names and column names — in English and Dutch. Property names stay
 * English (they are the notes' frontmatter keys); only what a person reads
 * in Obsidian's Bases is translated.
 */
import type { Catalogue } from "../translate";

export type BasesMessageKey =
	| "file.meetings"
	| "file.reflections"
	| "file.stakeholders"
	| "file.health-checks"
	| "view.meetings"
	| "view.kpi-trends"
	| "view.ratings"
	| "view.reflections"
	| "view.relationship"
	| "view.stakeholders"
	| "view.contact-due"
	| "view.health-checks"
	| "column.date"
	| "column.meeting-type"
	| "column.kpi"
	| "column.trust"
	| "column.respect"
	| "column.openness"
	| "column.decision_clarity"
	| "column.delivery"
	| "column.trigger"
	| "column.relationship"
	| "column.adoption-stage"
	| "column.side"
	| "column.role"
	| "column.stance"
	| "column.influence"
	| "column.stage"
	| "column.last-contact"
	| "column.contact-every-days"
	| "column.days-since-contact"
	| "column.contact-due"
	| "column.ours"
	| "column.theirs"
	| "column.gap"
	| "dimension.trust"
	| "dimension.respect"
	| "dimension.openness"
	| "dimension.joint_kpis"
	| "dimension.differences"
	| "dimension.learning"
	| "dimension.internal_support"
	| "dimension.value";

export const BASES_MESSAGES: Catalogue<BasesMessageKey> = {
	en: {
		"file.meetings": "{alliance} meetings",
		"file.reflections": "{alliance} reflections",
		"file.stakeholders": "{alliance} stakeholders",
		"file.health-checks": "{alliance} health checks",
		"view.meetings": "Meetings",
		"view.kpi-trends": "KPI trends",
		"view.ratings": "Relationship ratings",
		"view.reflections": "Reflections",
		"view.relationship": "Relationship over time",
		"view.stakeholders": "Stakeholders by stance",
		"view.contact-due": "Contact due",
		"view.health-checks": "Health checks",
		"column.date": "Date",
		"column.meeting-type": "Meeting type",
		"column.kpi": "{label} ({unit})",
		"column.trust": "Trust",
		"column.respect": "Respect",
		"column.openness": "Openness",
		"column.decision_clarity": "Decision clarity",
		"column.delivery": "Delivery",
		"column.trigger": "Trigger",
		"column.relationship": "Relationship",
		"column.adoption-stage": "Adoption stage",
		"column.side": "Side",
		"column.role": "Role",
		"column.stance": "Stance",
		"column.influence": "Influence",
		"column.stage": "Stage",
		"column.last-contact": "Last contact",
		"column.contact-every-days": "Contact every (days)",
		"column.days-since-contact": "Days since contact",
		"column.contact-due": "Contact due",
		"column.ours": "{dimension} (us)",
		"column.theirs": "{dimension} (partner)",
		"column.gap": "{dimension}: gap",
		"dimension.trust": "Trust",
		"dimension.respect": "Respect",
		"dimension.openness": "Openness",
		"dimension.joint_kpis": "Joint KPIs",
		"dimension.differences": "Using differences",
		"dimension.learning": "Learning together",
		"dimension.internal_support": "Internal support",
		"dimension.value": "Value",
	},
	nl: {
		"file.meetings": "{alliance} overleggen",
		"file.reflections": "{alliance} reflecties",
		"file.stakeholders": "{alliance} stakeholders",
		"file.health-checks": "{alliance} gezondheidschecks",
		"view.meetings": "Overleggen",
		"view.kpi-trends": "KPI-trends",
		"view.ratings": "Scores van de relatie",
		"view.reflections": "Reflecties",
		"view.relationship": "Relatie door de tijd",
		"view.stakeholders": "Stakeholders per houding",
		"view.contact-due": "Contact nodig",
		"view.health-checks": "Gezondheidschecks",
		"column.date": "Datum",
		"column.meeting-type": "Soort overleg",
		"column.kpi": "{label} ({unit})",
		"column.trust": "Vertrouwen",
		"column.respect": "Respect",
		"column.openness": "Openheid",
		"column.decision_clarity": "Duidelijkheid besluiten",
		"column.delivery": "Nakomen van afspraken",
		"column.trigger": "Aanleiding",
		"column.relationship": "Relatie",
		"column.adoption-stage": "Fase van adoptie",
		"column.side": "Kant",
		"column.role": "Rol",
		"column.stance": "Houding",
		"column.influence": "Invloed",
		"column.stage": "Fase",
		"column.last-contact": "Laatste contact",
		"column.contact-every-days": "Contact elke (dagen)",
		"column.days-since-contact": "Dagen sinds contact",
		"column.contact-due": "Contact nodig",
		"column.ours": "{dimension} (wij)",
		"column.theirs": "{dimension} (partner)",
		"column.gap": "{dimension}: verschil",
		"dimension.trust": "Vertrouwen",
		"dimension.respect": "Respect",
		"dimension.openness": "Openheid",
		"dimension.joint_kpis": "Gezamenlijke KPI's",
		"dimension.differences": "Verschillen benutten",
		"dimension.learning": "Samen leren",
		"dimension.internal_support": "Interne steun",
		"dimension.value": "Waarde",
	},
};
