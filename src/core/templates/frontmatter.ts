/**
 * A new note's frontmatter, written from the note type's definition: the
 * properties in the order they are defined, with their example values, so a
 * template can never ask for a property the schema does not know.
 */
import type { FieldSpec, NoteSchema } from "../schema/field-spec";

/** The placeholder each family of prefixed properties is filled from. */
const PREFIX_PLACEHOLDERS: Readonly<Record<string, string>> = { kpi_: "{{kpi_fields}}", ours_: "{{dimension_fields}}" };

/** Writes text as a YAML double-quoted string. */
function quoted(text: string): string {
	return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** Kinds whose values are always quoted: links must be (`"[[Acme]]"`), text and times are safer so. */
const QUOTED_KINDS: ReadonlySet<FieldSpec["kind"]> = new Set(["link", "links", "text", "text-list", "time"]);

function scalar(value: string | number, spec: FieldSpec): string {
	if (typeof value === "number") return String(value);
	return QUOTED_KINDS.has(spec.kind) ? quoted(value) : value;
}

/**
 * One property as YAML lines: `key:` when it starts empty, `key: value`, or
 * a YAML list.
 *
 * @example propertyLines({ key: "alliances", kind: "links", example: ["{{alliance_link}}"], description: "" })
 *   // ["alliances:", '  - "{{alliance_link}}"']
 */
export function propertyLines(spec: FieldSpec): string[] {
	const example = spec.example;
	if (example === undefined || example === "") return [`${spec.key}:`];
	if (!Array.isArray(example)) return [`${spec.key}: ${scalar(example, spec)}`];
	if (example.length === 0) return [`${spec.key}: []`];
	return [`${spec.key}:`, ...example.map((item) => `  - ${scalar(item, spec)}`)];
}

/**
 * The frontmatter of a new note of this type, without its `---` fences:
 * `type` first, then every property in the definition's order, then a
 * placeholder line per family of prefixed properties (`{{kpi_fields}}`).
 *
 * @example frontmatterLines(meetingSchema) // ["type: alliance-meeting", 'alliance: "{{alliance_link}}"', "date: {{date}}", …, "{{kpi_fields}}"]
 */
export function frontmatterLines(schema: NoteSchema): string[] {
	const lines = [`type: ${schema.type}`];
	for (const spec of schema.fields) lines.push(...propertyLines(spec));
	for (const prefixField of schema.prefixFields) {
		const placeholder = PREFIX_PLACEHOLDERS[prefixField.prefix];
		if (placeholder !== undefined) lines.push(placeholder);
	}
	return lines;
}
