/**
 * `parseNote(path, text)`: from a Markdown file to a typed alliance note and
 * its problems. It never throws; whatever is wrong with a note becomes a
 * problem naming the file, the line and the field.
 */
import {
	type AllianceProfile,
	type DimensionComment,
	type DimensionRating,
	type HealthCheckNote,
	type JournalNote,
	type Link,
	isNoteType,
	type MeetingNote,
	NOTE_TYPES,
	type NoteType,
	type ParseResult,
	type Problem,
	RATING_KEYS,
	type RatingKey,
	type ReflectionNote,
	type StakeholderNote,
} from "../model";
import { describeValue } from "../schema/coerce";
import { NOTE_SCHEMAS } from "../schema/definitions";
import type { SectionKey } from "../schema/field-spec";
import { OURS_PREFIX, THEIRS_PREFIX } from "../schema/definitions";
import { type FieldValues, makeProblem, type PrefixReading, readAliases, readTags, validateFrontmatter } from "../schema/validate";
import { dimensionForHeading } from "./health-check-headings";
import { keyRoleOf } from "./key-roles";
import type { RawListItem } from "./block-types";
import { type NoteProperties, readCheckedProperties } from "./checked-properties";
import { type FrontmatterBlock, locateFrontmatter, mentionsAllianceType, readFrontmatterYaml, readProperties } from "./frontmatter";
import { toAction, toBodyItem, toConflict, toQuickWin } from "./items";
import { readKpiTable } from "./kpi-table";
import { scanListItems, scanTable } from "./line-scanner";
import { listItemsWithRemark, tableWithRemark } from "./markdown";
import { fitsRemarkBudget, listItemsLineByLine } from "./remark-budget";
import { findSections, findSectionsBy, type Section } from "./sections";


/**
 * The file name without folders and extension: the name `[[links]]` use.
 *
 * @example basenameOf("Alliances/Acme/Acme.md") // "Acme"
 */
export function basenameOf(path: string): string {
	const file = path.slice(path.lastIndexOf("/") + 1);
	return file.replace(/\.md$/i, "");
}

/** A task box with nothing after it (left by a template), whatever its status symbol. */
const EMPTY_TASK_BOX = /^\[.\]$/su;

/** The longest empty task box: `[`, one character (two UTF-16 units when astral), `]`. */
const MAX_EMPTY_BOX_LENGTH = 4;

/** An item with no text, or only an empty task box. */
function isEmptyItem(item: RawListItem): boolean {
	return item.text === "" || (item.text.length <= MAX_EMPTY_BOX_LENGTH && EMPTY_TASK_BOX.test(item.text));
}

/** A fresh result for a note that is no alliance note (fresh, so nobody can change another note's result). */
function notAnAllianceNote(): ParseResult {
	return { note: null, problems: [] };
}

/** The warning for a section remark may not read (see `remark-budget.ts`). */
function readLineByLine(path: string, section: Section): Problem {
	return makeProblem(path, section.headingLine, "section-read-line-by-line", "warning", { field: section.heading });
}

/**
 * Reads a list section: the fast way when it is simple, with remark when not,
 * and line by line (with a warning) when it is beyond what remark may read.
 */
function readListItems(path: string, section: Section, problems: Problem[]): RawListItem[] {
	let items = scanListItems(section.lines, section.firstLine);
	if (!items && fitsRemarkBudget(section.lines)) items = listItemsWithRemark(section.lines, section.firstLine);
	if (!items) {
		problems.push(readLineByLine(path, section));
		items = listItemsLineByLine(section.lines, section.firstLine);
	}
	// `- [ ] ` with nothing after it is no task to GFM but the text "[ ]": an empty box a template left.
	return items.some(isEmptyItem) ? items.filter((item) => !isEmptyItem(item)) : items;
}

/** A note's list sections by key, each read once, in the order they are written. */
type ItemsByKey = Partial<Record<SectionKey, RawListItem[]>>;

/** Reads every list section of a note in one pass (a table section is read by its own reader). */
function itemsBySection(path: string, sections: readonly Section[], problems: Problem[]): ItemsByKey {
	const items: ItemsByKey = {};
	for (const section of sections) {
		if (section.key === "kpis") continue;
		const read = readListItems(path, section, problems);
		const known = items[section.key];
		if (known) for (const item of read) known.push(item);
		else items[section.key] = read;
	}
	return items;
}

/** The items of one section key, made into model items (in one loop, without the intermediate lists of filter and map). */
function itemsAs<T>(items: ItemsByKey, key: SectionKey, make: (raw: RawListItem) => T): T[] {
	const raw = items[key];
	if (!raw || raw.length === 0) return [];
	const made: T[] = new Array<T>(raw.length);
	for (let position = 0; position < raw.length; position++) made[position] = make(raw[position] as RawListItem);
	return made;
}

function text(values: FieldValues, key: string): string | undefined {
	const value = values[key];
	return typeof value === "string" ? value : undefined;
}

function number(values: FieldValues, key: string): number | undefined {
	const value = values[key];
	return typeof value === "number" ? value : undefined;
}

function link(values: FieldValues, key: string): Link | undefined {
	return values[key] as Link | undefined;
}

/** Sets an optional property only when it has a value, so an absent property stays absent in the note (and its JSON). */
function setDefined<T extends object, K extends keyof T>(note: T, key: K, value: T[K] | undefined): void {
	if (value !== undefined) note[key] = value;
}

function buildProfile(base: BaseFields, values: FieldValues, sections: Section[], problems: Problem[]): AllianceProfile {
	const profile: AllianceProfile = { path: base.path, basename: base.basename, aliases: base.aliases, tags: base.tags, fieldLines: base.fieldLines, type: "alliance", kpis: [] };
	setDefined(profile, "partner", text(values, "partner"));
	setDefined(profile, "status", text(values, "status") as AllianceProfile["status"]);
	setDefined(profile, "phase", text(values, "phase") as AllianceProfile["phase"]);
	setDefined(profile, "started", text(values, "started"));
	setDefined(profile, "owner", text(values, "owner"));
	setDefined(profile, "counterpart", text(values, "counterpart"));
	setDefined(profile, "nextMeeting", text(values, "next_meeting"));
	setDefined(profile, "reviewEveryDays", number(values, "review_every_days"));
	for (const section of sections) {
		if (section.key !== "kpis") continue;
		let table = scanTable(section.lines, section.firstLine) ?? undefined;
		if (!table && fitsRemarkBudget(section.lines)) table = tableWithRemark(section.lines, section.firstLine);
		else if (!table) problems.push(readLineByLine(base.path, section));
		if (!table) continue;
		const read = readKpiTable(table, base.path);
		profile.kpis.push(...read.kpis.filter((kpi) => !profile.kpis.some((known) => known.key === kpi.key)));
		problems.push(...read.problems);
	}
	return profile;
}

function ratingsOf(values: FieldValues): Partial<Record<RatingKey, number>> {
	const ratings: Partial<Record<RatingKey, number>> = {};
	for (const key of RATING_KEYS) {
		const value = number(values, key);
		if (value !== undefined) ratings[key] = value;
	}
	return ratings;
}

/**
 * A health check's ratings, one per dimension in the order first written:
 * `ours_trust: 4` and `theirs_trust: 3` make `{ dimension: "trust", ours: 4, theirs: 3 }`.
 */
function dimensionRatings(readings: readonly PrefixReading[]): DimensionRating[] {
	const byDimension = new Map<string, DimensionRating>();
	for (const reading of readings) {
		if (reading.prefix !== OURS_PREFIX && reading.prefix !== THEIRS_PREFIX) continue;
		let rating = byDimension.get(reading.key);
		if (!rating) {
			rating = { dimension: reading.key, line: reading.line };
			byDimension.set(reading.key, rating);
		}
		if (reading.prefix === OURS_PREFIX) rating.ours ??= reading.value;
		else rating.theirs ??= reading.value;
		rating.line = Math.min(rating.line, reading.line);
	}
	return [...byDimension.values()];
}

/** Lines a template leaves under a heading, which say nothing: an empty item or an italic prompt. */
const EMPTY_COMMENT_LINE = /^\s*(?:[-*+]\s*(?:\[[ xX]\]\s*)?)?$/;

/** The comment under each dimension heading that has one (the first heading of a dimension wins). */
function dimensionComments(body: string, bodyFirstLine: number, ownKeys: readonly string[]): DimensionComment[] {
	const comments: DimensionComment[] = [];
	for (const section of findSectionsBy(body, bodyFirstLine, (heading) => dimensionForHeading(heading, ownKeys))) {
		if (comments.some((comment) => comment.dimension === section.key)) continue;
		const text = section.lines
			.filter((line) => !EMPTY_COMMENT_LINE.test(line))
			.join(" ")
			.replace(/\s+/g, " ")
			.trim();
		if (text !== "") comments.push({ dimension: section.key, text, line: section.headingLine });
	}
	return comments;
}

function buildHealthCheck(base: BaseFields, values: FieldValues, readings: readonly PrefixReading[], body: { text: string; firstLine: number }): HealthCheckNote {
	const ratings = dimensionRatings(readings);
	const note: HealthCheckNote = {
		path: base.path,
		basename: base.basename,
		aliases: base.aliases,
		tags: base.tags,
		fieldLines: base.fieldLines,
		type: "alliance-health-check",
		ourParticipants: (values.our_participants as string[] | undefined) ?? [],
		theirParticipants: (values.their_participants as string[] | undefined) ?? [],
		ratings,
		comments: dimensionComments(body.text, body.firstLine, ratings.map((rating) => rating.dimension)),
	};
	setDefined(note, "alliance", link(values, "alliance"));
	setDefined(note, "date", text(values, "date"));
	return note;
}

/** A meeting's KPI readings (`kpi_` properties), in the order written. */
function kpiReadingsOf(readings: readonly PrefixReading[]): MeetingNote["kpis"] {
	const kpis: MeetingNote["kpis"] = [];
	for (const reading of readings) if (reading.prefix === "kpi_") kpis.push({ key: reading.key, value: reading.value, line: reading.line });
	return kpis;
}

interface BaseFields {
	path: string;
	basename: string;
	aliases: string[];
	tags: string[];
	fieldLines: Record<string, number>;
}

function buildNote(
	type: NoteType,
	base: BaseFields,
	values: FieldValues,
	readings: readonly PrefixReading[],
	sections: Section[],
	problems: Problem[],
	body: { text: string; firstLine: number },
): JournalNote {
	if (type === "alliance") return buildProfile(base, values, sections, problems);
	if (type === "alliance-health-check") return buildHealthCheck(base, values, readings, body);
	const { path, basename, aliases, tags, fieldLines } = base;
	if (type === "alliance-stakeholder") {
		const stakeholder: StakeholderNote = { path, basename, aliases, tags, fieldLines, type, alliances: (values.alliances as Link[] | undefined) ?? [] };
		const role = text(values, "role");
		setDefined(stakeholder, "side", text(values, "side") as StakeholderNote["side"]);
		setDefined(stakeholder, "role", role);
		setDefined(stakeholder, "keyRole", keyRoleOf(role));
		setDefined(stakeholder, "stance", text(values, "stance") as StakeholderNote["stance"]);
		setDefined(stakeholder, "influence", text(values, "influence") as StakeholderNote["influence"]);
		setDefined(stakeholder, "stage", text(values, "stage") as StakeholderNote["stage"]);
		setDefined(stakeholder, "lastContact", text(values, "last_contact"));
		setDefined(stakeholder, "contactEveryDays", number(values, "contact_every_days"));
		return stakeholder;
	}
	const items = itemsBySection(path, sections, problems);
	const conflicts = itemsAs(items, "conflicts", toConflict);
	const quickWins = itemsAs(items, "quickWins", toQuickWin);
	const actions = itemsAs(items, "actions", toAction);
	if (type === "alliance-meeting") {
		const meeting: MeetingNote = {
			path,
			basename,
			aliases,
			tags,
			fieldLines,
			type,
			attendees: (values.attendees as string[] | undefined) ?? [],
			kpis: kpiReadingsOf(readings),
			ratings: ratingsOf(values),
			conflicts,
			quickWins,
			actions,
			decisions: itemsAs(items, "decisions", toBodyItem),
		};
		setDefined(meeting, "alliance", link(values, "alliance"));
		setDefined(meeting, "date", text(values, "date"));
		setDefined(meeting, "time", text(values, "time"));
		setDefined(meeting, "meetingType", text(values, "meeting_type") as MeetingNote["meetingType"]);
		return meeting;
	}
	const reflection: ReflectionNote = {
		path,
		basename,
		aliases,
		tags,
		fieldLines,
		type,
		sections: {
			wentWell: itemsAs(items, "wentWell", toBodyItem),
			ourContribution: itemsAs(items, "ourContribution", toBodyItem),
			theirContribution: itemsAs(items, "theirContribution", toBodyItem),
			differenceUsed: itemsAs(items, "differenceUsed", toBodyItem),
			tryNext: itemsAs(items, "tryNext", toBodyItem),
			lessons: itemsAs(items, "lessons", toBodyItem),
		},
		conflicts,
		quickWins,
		actions,
	};
	setDefined(reflection, "alliance", link(values, "alliance"));
	setDefined(reflection, "date", text(values, "date"));
	setDefined(reflection, "trigger", text(values, "trigger") as ReflectionNote["trigger"]);
	setDefined(reflection, "relationship", number(values, "relationship"));
	setDefined(reflection, "adoptionStage", text(values, "adoption_stage") as ReflectionNote["adoptionStage"]);
	return reflection;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * Parses one note.
 *
 * A note without a `type: alliance…` property is recognised from its raw
 * frontmatter and skipped without parsing YAML or Markdown.
 *
 * @param path the vault path, used in problems and as the note's identity
 * @param text the file's contents
 * @returns the typed note (or `null` when it is not an alliance note or is unreadable) and its problems
 * @example parseNote("Acme.md", "---\ntype: alliance\npartner: Acme Corp\n---\n").note?.type // "alliance"
 */
export function parseNote(path: string, text: string): ParseResult {
	try {
		return readNote(path, text);
	} catch (error) {
		// A bug or a limit of a library, met on this note's text: the note becomes a problem and the pass goes on.
		return { note: null, problems: [makeProblem(path, 1, "note-unreadable", "error", { found: describeError(error) })] };
	}
}

const MAX_ERROR_LENGTH = 120;

/**
 * What went wrong, in one short line: the error's name and message.
 *
 * @example describeError(new RangeError("Maximum call stack size exceeded")) // "RangeError: Maximum call stack size exceeded"
 */
export function describeError(error: unknown): string {
	let text: string;
	try {
		text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	} catch {
		text = "unknown error";
	}
	const line = (text.split("\n")[0] ?? "").trim() || "unknown error";
	return line.length > MAX_ERROR_LENGTH ? `${line.slice(0, MAX_ERROR_LENGTH - 1)}…` : line;
}

/** A property line `aliases:` at the start of a frontmatter line. */
const ALIASES_LINE = /^aliases[ \t]*:/m;

/**
 * Another note (not an alliance note): only its `aliases` are kept, so a
 * conflict linked to it can be known by them. Its YAML is read only when it
 * has an `aliases:` line, and unreadable YAML is not this product's problem.
 */
function otherNote(block: ReturnType<typeof locateFrontmatter>): ParseResult {
	if (!block || !ALIASES_LINE.test(block.yaml)) return notAnAllianceNote();
	const yaml = readFrontmatterYaml(block);
	const aliases = yaml.ok && isPlainObject(yaml.data) ? readAliases(yaml.data.aliases) : [];
	return aliases.length > 0 ? { note: null, problems: [], aliases } : notAnAllianceNote();
}

/**
 * A note's properties read and checked the general way: any YAML, and every
 * problem in it. A note whose properties make it no alliance note, or cannot
 * be read at all, is its whole result.
 *
 * @param path the vault path, named in problems
 * @param block the note's frontmatter, which mentions an alliance type
 */
export function propertiesOf(path: string, block: FrontmatterBlock): NoteProperties | ParseResult {
	const yaml = readProperties(block);
	if (!yaml.ok && "alias" in yaml) {
		return { note: null, problems: [makeProblem(path, yaml.line, "yaml-alias", "error", { ...(yaml.key === undefined ? {} : { field: yaml.key }), found: yaml.alias, allowed: { kind: "written-out" } })] };
	}
	if (!yaml.ok) {
		return { note: null, problems: [makeProblem(path, yaml.line, "yaml-invalid", "error", { detail: yaml.reason, allowed: { kind: "yaml" } })] };
	}
	if (!isPlainObject(yaml.data)) {
		return {
			note: null,
			problems: [makeProblem(path, block.yamlFirstLine, "frontmatter-not-object", "error", { found: describeValue(yaml.data), allowed: { kind: "key-value" } })],
		};
	}
	const data = yaml.data;
	const rawType = typeof data.type === "string" ? data.type.trim().toLowerCase() : "";
	const lineOf = yaml.lineOf;
	if (!isNoteType(rawType)) {
		if (!rawType.startsWith("alliance")) return notAnAllianceNote();
		return {
			note: null,
			problems: [makeProblem(path, lineOf("type"), "type-unknown", "error", { field: "type", found: describeValue(data.type), allowed: { kind: "one-of", values: [...NOTE_TYPES] } })],
		};
	}
	const schema = NOTE_SCHEMAS[rawType];
	const validated = validateFrontmatter(schema, data, { path, lineOf });
	const fieldLines: Record<string, number> = {};
	for (const spec of schema.fields) if (spec.key in data) fieldLines[spec.key] = lineOf(spec.key);
	return {
		type: rawType,
		values: validated.values,
		readings: validated.readings,
		fieldLines,
		aliases: readAliases(data.aliases),
		tags: readTags(data.tags),
		problems: validated.problems,
	};
}

/** {@link parseNote} without the safety net. */
function readNote(path: string, text: string): ParseResult {
	const block = locateFrontmatter(text);
	if (!block || !mentionsAllianceType(block.yaml)) return otherNote(block);
	const properties = readCheckedProperties(block) ?? propertiesOf(path, block);
	if ("note" in properties) return properties;
	const { type, problems } = properties;
	const schema = NOTE_SCHEMAS[type];
	const sections = findSections(block.body, block.bodyFirstLine, schema.sections);
	const base: BaseFields = { path, basename: basenameOf(path), aliases: properties.aliases, tags: properties.tags, fieldLines: properties.fieldLines };
	const note = buildNote(type, base, properties.values, properties.readings, sections, problems, { text: block.body, firstLine: block.bodyFirstLine });
	return { note, problems };
}
