/**
 * The words of the built-in templates, in English and Dutch. Section headings
 * the parser reads are not here: templates take those from SECTION_HEADINGS,
 * so the parser always recognises them.
 */
import type { Catalogue } from "../translate";

export type TemplateTextKey =
	| "title.meeting"
	| "title.reflection"
	| "title.stakeholder"
	| "title.healthCheck"
	| "format.titleDate"
	| "name.untitled"
	| "alliance.intro"
	| "alliance.goals"
	| "alliance.kpiHint"
	| "alliance.kpiHeader"
	| "alliance.whoBringsWhat"
	| "alliance.workingTogether"
	| "meeting.agenda"
	| "meeting.openActions"
	| "meeting.openConflicts"
	| "meeting.notes"
	| "reflection.openConflicts"
	| "prompt.wentWell"
	| "prompt.ourContribution"
	| "prompt.theirContribution"
	| "prompt.differenceUsed"
	| "prompt.tryNext"
	| "prompt.lessons"
	| "prompt.conflicts"
	| "stakeholder.intro"
	| "stakeholder.matters"
	| "stakeholder.contactLog"
	| "healthCheck.intro"
	| "carry.noActions"
	| "carry.noConflicts"
	| "carry.from";

export const TEMPLATE_TEXTS: Catalogue<TemplateTextKey> = {
	en: {
		"title.meeting": "Meeting {date}",
		"title.reflection": "Reflection {date}",
		"title.stakeholder": "New stakeholder",
		"title.healthCheck": "Health check {date}",
		"format.titleDate": "d MMMM yyyy",
		"name.untitled": "Untitled",
		"alliance.intro": "What this alliance is for, in a few sentences: what each side brings and what both want from it.",
		"alliance.goals": "Goals",
		"alliance.kpiHint":
			'Agree on KPIs for results ("ends") and for how you work together ("means"). A meeting records a reading as `kpi_<key>: <number>`.',
		"alliance.kpiHeader": "| key | label | unit | target | direction | kind |",
		"alliance.whoBringsWhat": "Who brings what",
		"alliance.workingTogether": "How we work together",
		"meeting.agenda": "Agenda",
		"meeting.openActions": "Open actions",
		"meeting.openConflicts": "Open conflicts",
		"meeting.notes": "Notes",
		"reflection.openConflicts": "Still open",
		"prompt.wentWell": "What went well in how we work together, and why?",
		"prompt.ourContribution": "How did **we** contribute, to what went well and to what did not?",
		"prompt.theirContribution": "How did **they** contribute?",
		"prompt.differenceUsed": "Which difference between us did we use, and how did it help?",
		"prompt.tryNext": "What do we try next, together?",
		"prompt.lessons": "What do we keep doing, and what do we stop?",
		"prompt.conflicts": "Tensions that came up; tick one once it is resolved.",
		"stakeholder.intro": "Their stake in the alliance, what they need to hear, and who they listen to.",
		"stakeholder.matters": "What matters to them",
		"stakeholder.contactLog": "Contact log",
		"healthCheck.intro":
			"Both sides rate each dimension from 1 (poor) to 5 (excellent): `ours_<dimension>` is our rating, `theirs_<dimension>` the partner's. Under each heading: what both sides said about it.",
		"carry.noActions": "_No open actions._",
		"carry.noConflicts": "_No open conflicts._",
		"carry.from": "from {link}",
	},
	nl: {
		"title.meeting": "Overleg {date}",
		"title.reflection": "Reflectie {date}",
		"title.stakeholder": "Nieuwe stakeholder",
		"title.healthCheck": "Gezondheidscheck {date}",
		"format.titleDate": "d MMMM yyyy",
		"name.untitled": "Naamloos",
		"alliance.intro": "Waar deze alliantie voor is, in een paar zinnen: wat elke partij inbrengt en wat beide ervan willen.",
		"alliance.goals": "Doelen",
		"alliance.kpiHint":
			'Spreek KPI\'s af voor resultaten ("ends") en voor hoe jullie samenwerken ("means"). Een overleg legt een meting vast als `kpi_<sleutel>: <getal>`.',
		"alliance.kpiHeader": "| sleutel | naam | eenheid | doel | richting | soort |",
		"alliance.whoBringsWhat": "Wie brengt wat in",
		"alliance.workingTogether": "Hoe we samenwerken",
		"meeting.agenda": "Agenda",
		"meeting.openActions": "Openstaande acties",
		"meeting.openConflicts": "Openstaande conflicten",
		"meeting.notes": "Aantekeningen",
		"reflection.openConflicts": "Nog open",
		"prompt.wentWell": "Wat ging goed in hoe we samenwerken, en waarom?",
		"prompt.ourContribution": "Hoe droegen **wij** bij, aan wat goed ging en aan wat niet?",
		"prompt.theirContribution": "Hoe droegen **zij** bij?",
		"prompt.differenceUsed": "Welk verschil tussen ons hebben we benut, en hoe hielp dat?",
		"prompt.tryNext": "Wat proberen we nu, samen?",
		"prompt.lessons": "Wat blijven we doen, en waar stoppen we mee?",
		"prompt.conflicts": "Spanningen die naar boven kwamen; vink er een af zodra die is opgelost.",
		"stakeholder.intro": "Wat de alliantie voor deze persoon betekent, wat die moet horen, en naar wie die luistert.",
		"stakeholder.matters": "Wat voor hen telt",
		"stakeholder.contactLog": "Contactmomenten",
		"healthCheck.intro":
			"Beide partijen geven elke dimensie een cijfer van 1 (slecht) tot 5 (uitstekend): `ours_<dimensie>` is ons cijfer, `theirs_<dimensie>` dat van de partner. Onder elke kop: wat beide partijen erover zeiden.",
		"carry.noActions": "_Geen openstaande acties._",
		"carry.noConflicts": "_Geen openstaande conflicten._",
		"carry.from": "uit {link}",
	},
};
