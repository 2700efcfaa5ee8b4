/**
 * The vocabulary for describing one frontmatter property. A note type's
 * definition is a list of these (see `definitions.ts`); validation, the JSON
 * Schema export and the templates' frontmatter are all derived from it, so the
 * three cannot drift apart.
 */

export type FieldKind =
	/** Free text (a number written there is accepted as text). */
	| "text"
	/** One of `values`, compared case-insensitively. */
	| "enum"
	/** A calendar date `YYYY-MM-DD`. */
	| "date"
	/** A time of day `HH:mm`. */
	| "time"
	/** A whole number between `min` and `max`. */
	| "integer"
	/** Any finite number. */
	| "number"
	/** One `[[link]]` (or a plain note name). */
	| "link"
	/** A list of `[[links]]` (one link alone is accepted as a list of one). */
	| "links"
	/** A list of names or links, kept as display text. */
	| "text-list";

export interface FieldSpec {
	/** The property name as written in the frontmatter. */
	key: string;
	kind: FieldKind;
	required?: boolean;
	/** Allowed values, for `enum`. */
	values?: readonly string[];
	/** Suggested values for a `text` field that still takes any text (editors offer them; validation does not insist). */
	suggestions?: readonly string[];
	/** Bounds, for `integer` and `number`. */
	min?: number;
	max?: number;
	/** One sentence for the JSON Schema and the settings docs. */
	description: string;
	/** The value a new note's template starts with (`""` leaves the property empty). */
	example?: string | number | string[];
}

/** A family of properties sharing a prefix, such as `kpi_<key>` or `ours_<dimension>`. */
export interface PrefixFieldSpec {
	prefix: string;
	kind: "number" | "integer";
	/** Bounds, as for a field. */
	min?: number;
	max?: number;
	description: string;
}

/** The body sections a note type parses, by canonical section key. */
export type SectionKey =
	| "kpis"
	| "conflicts"
	| "quickWins"
	| "actions"
	| "decisions"
	| "wentWell"
	| "ourContribution"
	| "theirContribution"
	| "differenceUsed"
	| "tryNext"
	| "lessons";

/** Everything there is to know about one note type. */
export interface NoteSchema {
	type: string;
	title: string;
	description: string;
	fields: readonly FieldSpec[];
	prefixFields: readonly PrefixFieldSpec[];
	sections: readonly SectionKey[];
}
