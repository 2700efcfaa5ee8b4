import {
	ADOPTION_STAGES,
	ALLIANCE_PHASES,
	ALLIANCE_STATUSES,
	INFLUENCE_LEVELS,
	MEETING_TYPES,
	type NoteType,
	RATING_KEYS,
	REFLECTION_TRIGGERS,
	STAKEHOLDER_KEY_ROLES,
	STAKEHOLDER_SIDES,
	STAKEHOLDER_STAGES,
	STAKEHOLDER_STANCES,
} from "../model";
import type { FieldSpec, NoteSchema } from "./field-spec";

/** The lowest and highest relationship rating. */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

const RATING_DESCRIPTIONS: Record<(typeof RATING_KEYS)[number], string> = {
	trust: "How much both sides trusted each other in this meeting, 1 (low) to 5 (high).",
	respect: "How respectfully differences were handled, 1 to 5.",
	openness: "How openly information was shared, 1 to 5.",
	decision_clarity: "How clear it was who decides what and how, 1 to 5.",
	delivery: "How well both sides delivered on what they promised, 1 to 5.",
};

const ratingFields: FieldSpec[] = RATING_KEYS.map((key) => ({
	key,
	kind: "integer",
	min: RATING_MIN,
	max: RATING_MAX,
	description: RATING_DESCRIPTIONS[key],
	example: "",
}));

/** The alliance profile: one note per alliance, its file name is the alliance's name. */
export const allianceSchema: NoteSchema = {
	type: "alliance",
	title: "Alliance profile",
	description: "One strategic alliance: the partner, its phase and the KPIs both sides agreed on.",
	fields: [
		{ key: "partner", kind: "text", required: true, description: "The partner organisation.", example: "{{alliance}}" },
		{ key: "status", kind: "enum", values: ALLIANCE_STATUSES, description: "Whether the alliance is running.", example: "active" },
		{ key: "phase", kind: "enum", values: ALLIANCE_PHASES, description: "The alliance's life-cycle phase.", example: "exploration" },
		{ key: "started", kind: "date", description: "When the alliance started.", example: "{{date}}" },
		{ key: "owner", kind: "text", description: "Our alliance manager.", example: "" },
		{ key: "counterpart", kind: "text", description: "The partner's alliance manager.", example: "" },
		{ key: "next_meeting", kind: "date", description: "The date of the next partner meeting.", example: "" },
		{ key: "review_every_days", kind: "integer", min: 1, max: 3650, description: "How often the alliance is reviewed, in days.", example: 90 },
	],
	prefixFields: [],
	sections: ["kpis"],
};

/** A partner meeting, with KPI readings, ratings, conflicts, quick wins, actions and decisions. */
export const meetingSchema: NoteSchema = {
	type: "alliance-meeting",
	title: "Alliance meeting",
	description: "A meeting with (or about) the partner: readings, ratings, conflicts, quick wins, actions and decisions.",
	fields: [
		{ key: "alliance", kind: "link", required: true, description: "The alliance, as a link to its profile note.", example: "{{alliance_link}}" },
		{ key: "date", kind: "date", required: true, description: "The meeting date.", example: "{{date}}" },
		{ key: "time", kind: "time", description: "The meeting's start time, HH:mm.", example: "" },
		{ key: "meeting_type", kind: "enum", values: MEETING_TYPES, description: "What kind of meeting it was.", example: "steering" },
		{ key: "attendees", kind: "text-list", description: "Who took part, as names or links.", example: [] },
		...ratingFields,
	],
	prefixFields: [
		{ prefix: "kpi_", kind: "number", description: "A reading of the KPI with this key, as defined in the alliance profile." },
	],
	sections: ["conflicts", "quickWins", "actions", "decisions"],
};

/** A reflection on the working relationship, following the engagement model's questions. */
export const reflectionSchema: NoteSchema = {
	type: "alliance-reflection",
	title: "Alliance reflection",
	description: "A reflection on how the partners work together: what went well, how each side contributed, what to try next.",
	fields: [
		{ key: "alliance", kind: "link", required: true, description: "The alliance, as a link to its profile note.", example: "{{alliance_link}}" },
		{ key: "date", kind: "date", required: true, description: "The date of the reflection.", example: "{{date}}" },
		{ key: "trigger", kind: "enum", values: REFLECTION_TRIGGERS, description: "What prompted the reflection.", example: "periodic" },
		{ key: "relationship", kind: "integer", min: RATING_MIN, max: RATING_MAX, description: "The relationship overall, 1 (poor) to 5 (excellent).", example: "" },
		{ key: "adoption_stage", kind: "enum", values: ADOPTION_STAGES, description: "How far the own organisation has come: clarity, belief or behaviour.", example: "" },
	],
	prefixFields: [],
	sections: [
		"wentWell",
		"ourContribution",
		"theirContribution",
		"differenceUsed",
		"tryNext",
		"lessons",
		"conflicts",
		"quickWins",
		"actions",
	],
};

/** A person whose support the alliance needs, on our side or the partner's. */
export const stakeholderSchema: NoteSchema = {
	type: "alliance-stakeholder",
	title: "Alliance stakeholder",
	description: "A person the alliance depends on, their stance and how far they have come along.",
	fields: [
		{ key: "alliances", kind: "links", required: true, description: "The alliances this person matters to, as links.", example: ["{{alliance_link}}"] },
		{ key: "side", kind: "enum", values: STAKEHOLDER_SIDES, description: "Our own organisation or the partner's.", example: "internal" },
		{
			key: "role",
			kind: "text",
			suggestions: STAKEHOLDER_KEY_ROLES,
			description: "Their role in the alliance (a key role such as executive-sponsor, decision-maker or champion) or job title.",
			example: "",
		},
		{ key: "stance", kind: "enum", values: STAKEHOLDER_STANCES, description: "Their stance towards the alliance.", example: "neutral" },
		{ key: "influence", kind: "enum", values: INFLUENCE_LEVELS, description: "How much influence they have on the alliance.", example: "medium" },
		{ key: "stage", kind: "enum", values: STAKEHOLDER_STAGES, description: "How far they have come: unaware, clarity, belief or behaviour.", example: "unaware" },
		{ key: "last_contact", kind: "date", description: "When you last spoke with them.", example: "{{date}}" },
		{ key: "contact_every_days", kind: "integer", min: 1, max: 3650, description: "How often to be in touch, in days.", example: 30 },
	],
	prefixFields: [],
	sections: [],
};

/** The prefixes of a health check's ratings: `ours_<dimension>` and `theirs_<dimension>`. */
export const OURS_PREFIX = "ours_";
export const THEIRS_PREFIX = "theirs_";

/**
 * A joint health check: both partners rate the same dimensions, 1 to 5. The
 * dimensions are not fixed: any `ours_<key>` or `theirs_<key>` is a rating of
 * dimension `<key>` (the template writes the dimensions from the settings).
 */
export const healthCheckSchema: NoteSchema = {
	type: "alliance-health-check",
	title: "Alliance health check",
	description: "A joint health check: per dimension a rating by us and one by the partner, 1 (poor) to 5 (excellent), with a comment per dimension.",
	fields: [
		{ key: "alliance", kind: "link", required: true, description: "The alliance, as a link to its profile note.", example: "{{alliance_link}}" },
		{ key: "date", kind: "date", required: true, description: "The date of the health check.", example: "{{date}}" },
		{ key: "our_participants", kind: "text-list", description: "Who took part on our side, as names or links.", example: [] },
		{ key: "their_participants", kind: "text-list", description: "Who took part on the partner's side, as names or links.", example: [] },
	],
	prefixFields: [
		{ prefix: OURS_PREFIX, kind: "integer", min: RATING_MIN, max: RATING_MAX, description: "Our rating of the dimension with this key, 1 (poor) to 5 (excellent)." },
		{ prefix: THEIRS_PREFIX, kind: "integer", min: RATING_MIN, max: RATING_MAX, description: "The partner's rating of the dimension with this key, 1 (poor) to 5 (excellent)." },
	],
	sections: [],
};

/** Every note type's definition, by its `type` value. */
export const NOTE_SCHEMAS: Readonly<Record<NoteType, NoteSchema>> = {
	alliance: allianceSchema,
	"alliance-meeting": meetingSchema,
	"alliance-reflection": reflectionSchema,
	"alliance-stakeholder": stakeholderSchema,
	"alliance-health-check": healthCheckSchema,
};
