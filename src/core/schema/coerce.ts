/**
 * Turning one YAML value into the typed value a field wants, the way real
 * notes are written: a bare date is a calendar date, `[[Acme]]` without quotes
 * is still the link (with a warning), an unexpanded `{{date}}` is "template not
 * filled in" rather than a crash.
 */
import { type Allowed, CALENDAR_DATE_LENGTH, type CalendarDate, type Link, type ProblemCode, type Severity } from "../model";
import type { FieldSpec } from "./field-spec";

/** What went wrong with one value; the validator adds file, line and field. */
export interface ValueIssue {
	code: ProblemCode;
	severity: Severity;
	/** The value as written, shortened ("" when there is nothing to show). */
	found: string;
	allowed: Allowed;
}

export type Coerced<T> = { value: T | undefined; issue?: ValueIssue };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const WIKILINK = /^\s*!?\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|([^\]]*))?\]\]\s*$/;
const MARKDOWN_LINK = /^\s*\[([^\]]*)\]\(([^)]+)\)\s*$/;
const MAX_FOUND_LENGTH = 60;

/** How deep {@link describeValue} looks into nested lists: deeper ones are shown as `[…]`. */
const MAX_DESCRIBE_DEPTH = 4;

/**
 * Shows a YAML value the way the user wrote it, shortened for a message. It
 * looks only a few levels deep and stops once it has enough text, so any value
 * is described quickly.
 *
 * @example describeValue([["Acme"]]) // "[[Acme]]"
 */
export function describeValue(value: unknown): string {
	const text = describeWithin(value, 0);
	return text.length > MAX_FOUND_LENGTH ? `${text.slice(0, MAX_FOUND_LENGTH - 1)}…` : text;
}

function describeWithin(value: unknown, depth: number): string {
	if (value instanceof Date) return isNaN(value.getTime()) ? "" : value.toISOString().slice(0, CALENDAR_DATE_LENGTH);
	if (isUnquotedTemplate(value)) return "{{…}}";
	if (Array.isArray(value)) {
		if (depth >= MAX_DESCRIBE_DEPTH) return "[…]";
		let inner = "";
		for (let index = 0; index < value.length && inner.length <= MAX_FOUND_LENGTH; index++) {
			inner += (index > 0 ? ", " : "") + describeWithin(value[index], depth + 1);
		}
		return `[${inner}]`;
	}
	if (value === null || value === undefined) return "";
	if (typeof value === "object") {
		try {
			return JSON.stringify(value);
		} catch {
			return "{…}";
		}
	}
	return typeof value === "string" ? value : (JSON.stringify(value) ?? "");
}

/** `date: {{date}}` without quotes: YAML reads a flow mapping whose only key is an object. */
function isUnquotedTemplate(value: unknown): boolean {
	if (value === null || typeof value !== "object" || Array.isArray(value) || value instanceof Date) return false;
	const keys = Object.keys(value);
	return keys.length === 1 && keys[0] === "[object Object]";
}

/** True when a YAML value is a template placeholder nobody filled in (looked for a few list levels deep). */
export function isUnfilledTemplate(value: unknown, depth = 0): boolean {
	if (isUnquotedTemplate(value)) return true;
	if (typeof value === "string") return hasTemplateMark(value);
	if (Array.isArray(value) && depth < MAX_DESCRIBE_DEPTH) return value.some((entry) => isUnfilledTemplate(entry, depth + 1));
	return false;
}

/**
 * True when a text holds a template mark: `{{…}}` without a `}` inside, or
 * Templater's `<% … %>`. One pass, where a regular expression would start
 * again at every `{{` of a long run.
 *
 * @example hasTemplateMark("{{date:YYYY-MM-DD}}") // true
 */
export function hasTemplateMark(text: string): boolean {
	const templater = text.indexOf("<%");
	if (templater >= 0 && text.indexOf("%>", templater + 2) >= 0) return true;
	// `{{`, then anything but `}`, then `}}`: the last `{{` after the last `}` decides.
	let lastOpen = -1;
	let lastClose = -1;
	for (let index = text.indexOf("{"); index >= 0 && index < text.length; index++) {
		const char = text.charCodeAt(index);
		if (char === OPEN_BRACE && text.charCodeAt(index + 1) === OPEN_BRACE) lastOpen = index;
		else if (char === CLOSE_BRACE) {
			if (text.charCodeAt(index + 1) === CLOSE_BRACE && lastOpen > lastClose) return true;
			lastClose = index;
		}
	}
	return false;
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** `[[Acme]]` without quotes: YAML reads a list holding a list holding "Acme". */
function unquotedLinkText(value: unknown): string | undefined {
	if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) {
		const inner: unknown = value[0][0];
		if (typeof inner === "string" || typeof inner === "number") return String(inner);
		if (inner instanceof Date) return formatUtcDate(inner);
	}
	return undefined;
}

/** Formats a JS Date from YAML as the calendar date it was written as (YAML dates are UTC midnight). */
export function formatUtcDate(date: Date): CalendarDate {
	return date.toISOString().slice(0, CALENDAR_DATE_LENGTH);
}

/**
 * Checks that `YYYY-MM-DD` names a real day.
 *
 * @example isCalendarDate("2026-02-29") // false
 */
export function isCalendarDate(text: string): boolean {
	if (text.length !== CALENDAR_DATE_LENGTH || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return false;
	const year = digitsAt(text, 0, 4);
	const month = digitsAt(text, 5, 2);
	const day = digitsAt(text, 8, 2);
	// Years 0–99 never were: `Date.UTC` reads them as 1900–1999, and so did this check before it counted days itself.
	if (year < FIRST_FOUR_DIGIT_YEAR || month < 1 || month > MONTHS || day < 1) return false;
	return day <= daysInMonth(year, month);
}

const DASH = 0x2d;
const ZERO = 0x30;
const FIRST_FOUR_DIGIT_YEAR = 100;
const MONTHS = 12;
const FEBRUARY = 2;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by `length` ASCII digits from `start`, or -1 when one is no digit. */
function digitsAt(text: string, start: number, length: number): number {
	let value = 0;
	for (let position = start; position < start + length; position++) {
		const digit = text.charCodeAt(position) - ZERO;
		if (digit < 0 || digit > 9) return -1;
		value = value * 10 + digit;
	}
	return value;
}

/** Days in a month of the (proleptic) Gregorian calendar, the one JavaScript's Date counts in. */
function daysInMonth(year: number, month: number): number {
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return month === FEBRUARY && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * Reads a link from a property value: `"[[Acme]]"`, `"[[Acme|the partner]]"`,
 * `"[Acme](Acme.md)"` or a plain name.
 *
 * @example parseLinkText("[[Partners/Acme#Profile|Acme]]") // { target: "Partners/Acme", display: "Acme" }
 */
export function parseLinkText(text: string): Link | undefined {
	const wiki = WIKILINK.exec(text);
	if (wiki) {
		const target = (wiki[1] ?? "").trim().replace(/\.md$/i, "");
		if (!target) return undefined;
		const display = wiki[2]?.trim();
		return display ? { target, display } : { target };
	}
	const markdown = MARKDOWN_LINK.exec(text);
	if (markdown) {
		const rawTarget = (markdown[2] ?? "").trim().replace(/^<|>$/g, "");
		let decoded = rawTarget;
		try {
			decoded = decodeURIComponent(rawTarget);
		} catch {
			// Keep the raw target: a stray % is not worth a problem.
		}
		const target = cutAtFirst(decoded, "#?").replace(/\.md$/i, "").trim();
		if (!target) return undefined;
		const display = (markdown[1] ?? "").trim();
		return display ? { target, display } : { target };
	}
	const plain = text.trim();
	if (!plain || plain.includes("[[") || plain.includes("]]")) return undefined;
	return { target: plain.replace(/\.md$/i, "") };
}

/** The text before the first of the given characters (all of it when there is none). */
function cutAtFirst(text: string, characters: string): string {
	for (let index = 0; index < text.length; index++) if (characters.includes(text.charAt(index))) return text.slice(0, index);
	return text;
}

/**
 * Where the `[[…]]` links of a text are, as `[start, end)` spans, left to
 * right and not overlapping: `[[`, at least `minInner` characters that are not
 * `]`, then `]]`. The same spans as `/\[\[[^\]]*\]\]/g` (with `minInner` 0) or
 * `/\[\[[^\]]+\]\]/g` (with 1), found in one pass: the next `]` after a
 * position is looked up once, not again at every `[[` of a long run.
 *
 * @example wikilinkSpans("see [[Acme]] and [[Globex]]", 1) // [[4, 12], [17, 27]]
 */
export function wikilinkSpans(text: string, minInner: 0 | 1): [number, number][] {
	const spans: [number, number][] = [];
	let nextClose = -1;
	for (let start = text.indexOf("[["); start >= 0; start = text.indexOf("[[", start)) {
		if (nextClose < start + 2) nextClose = text.indexOf("]", start + 2);
		if (nextClose < 0) break;
		if (nextClose - (start + 2) >= minInner && text.charCodeAt(nextClose + 1) === CLOSE_BRACKET) {
			spans.push([start, nextClose + 2]);
			start = nextClose + 2;
		} else {
			start++;
		}
	}
	return spans;
}

const CLOSE_BRACKET = 0x5d;

function invalid<T>(found: unknown, allowed: Allowed, code: ProblemCode = "field-invalid"): Coerced<T> {
	return { value: undefined, issue: { code, severity: "error", found: describeValue(found), allowed } };
}

function unquotedWarning(text: string): ValueIssue {
	return {
		code: "link-unquoted",
		severity: "warning",
		found: `[[${text}]]`,
		allowed: { kind: "quoted-link", target: text },
	};
}

function coerceDate(raw: unknown): Coerced<CalendarDate> {
	if (raw instanceof Date) {
		return isNaN(raw.getTime()) ? invalid(raw, { kind: "date" }, "date-invalid") : { value: formatUtcDate(raw) };
	}
	const linked = unquotedLinkText(raw);
	if (linked !== undefined) {
		const inner = coerceDate(linked);
		return inner.issue ? inner : { value: inner.value, issue: unquotedWarning(linked) };
	}
	if (typeof raw === "string") {
		// The common case, a day written as it should be: no pattern needed.
		if (isCalendarDate(raw)) return { value: raw };
		const link = WIKILINK.exec(raw);
		const text = link ? (link[1] ?? "").trim() : raw.trim();
		const match = ISO_DATE.exec(text);
		const day = match ? `${match[1]}-${match[2]}-${match[3]}` : "";
		if (match && isCalendarDate(day)) return { value: day };
	}
	return invalid(raw, { kind: "date" }, "date-invalid");
}

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

function coerceTime(raw: unknown): Coerced<string> {
	// YAML 1.1 reads an unquoted 14:30 as the base-60 number 870.
	if (typeof raw === "number" && Number.isInteger(raw) && raw >= 0 && raw < MINUTES_PER_DAY) {
		const hours = Math.floor(raw / MINUTES_PER_HOUR);
		const minutes = raw % MINUTES_PER_HOUR;
		return { value: `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}` };
	}
	if (typeof raw === "string") {
		// The common case, `14:30` as it should be written: no pattern needed.
		if (isWrittenTime(raw)) return { value: raw };
		const match = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(raw);
		if (match && Number(match[1]) < 24 && Number(match[2]) < MINUTES_PER_HOUR) {
			return { value: `${match[1]?.padStart(2, "0")}:${match[2]}` };
		}
	}
	return invalid(raw, { kind: "time" });
}

/**
 * `HH:mm` exactly as a time is written at its best (`09:30`, `23:59`): what
 * the pattern in {@link coerceTime} reads as the same text, checked in place.
 */
function isWrittenTime(text: string): boolean {
	if (text.length !== WRITTEN_TIME_LENGTH || text.charCodeAt(2) !== COLON) return false;
	const hours = digitsAt(text, 0, 2);
	const minutes = digitsAt(text, 3, 2);
	return hours >= 0 && hours < HOURS_PER_DAY && minutes >= 0 && minutes < MINUTES_PER_HOUR;
}

const WRITTEN_TIME_LENGTH = 5;
const COLON = 0x3a;
const HOURS_PER_DAY = 24;

function coerceNumber(raw: unknown, spec: FieldSpec, integer: boolean): Coerced<number> {
	let value: number | undefined;
	if (typeof raw === "number") value = raw;
	else if (typeof raw === "string" && /^\s*[-+]?(\d+([.,]\d+)?|[.,]\d+)\s*$/.test(raw)) value = Number(raw.trim().replace(",", "."));
	if (value === undefined || !Number.isFinite(value) || (integer && !Number.isInteger(value))) return invalid(raw, allowedNumber(spec, integer));
	if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) return invalid(raw, allowedNumber(spec, integer));
	return { value };
}

/**
 * What a number field allows: a whole number or any number, within the
 * field's bounds when it has both.
 *
 * @example allowedNumber({ key: "trust", kind: "integer", min: 1, max: 5, description: "" }, true) // { kind: "integer-range", min: 1, max: 5 }
 */
export function allowedNumber(spec: FieldSpec, integer: boolean): Allowed {
	if (spec.min !== undefined && spec.max !== undefined) return { kind: integer ? "integer-range" : "number-range", min: spec.min, max: spec.max };
	return { kind: integer ? "integer" : "number" };
}

function coerceEnum(raw: unknown, spec: FieldSpec): Coerced<string> {
	const values = spec.values ?? [];
	const allowed = (): Allowed => ({ kind: "one-of", values: [...values] });
	if (typeof raw !== "string") return invalid(raw, allowed());
	const wanted = raw.trim().toLowerCase();
	const value = values.find((candidate) => candidate === wanted);
	return value ? { value } : invalid(raw, allowed(), "field-unknown-value");
}

function coerceText(raw: unknown): Coerced<string> {
	if (typeof raw === "string") return { value: raw.trim() };
	if (typeof raw === "number" || typeof raw === "boolean") return { value: String(raw) };
	if (raw instanceof Date) return { value: formatUtcDate(raw) };
	const linked = unquotedLinkText(raw);
	if (linked !== undefined) return { value: `[[${linked}]]`, issue: unquotedWarning(linked) };
	return invalid(raw, { kind: "text" });
}

function coerceLink(raw: unknown): Coerced<Link> {
	const linked = unquotedLinkText(raw);
	if (linked !== undefined) {
		const link = parseLinkText(linked);
		return link ? { value: link, issue: unquotedWarning(linked) } : invalid(raw, { kind: "link" });
	}
	if (typeof raw === "string") {
		const link = parseLinkText(raw);
		if (link) return { value: link };
	}
	return invalid(raw, { kind: "link" });
}

/** A list property: YAML list, a single value, or a comma-separated string. */
function asList(raw: unknown): unknown[] {
	if (Array.isArray(raw)) {
		// `[[A]]` alone is one unquoted link, not a list of lists.
		return unquotedLinkText(raw) !== undefined ? [raw] : raw;
	}
	if (typeof raw === "string" && !raw.includes("[[")) return raw.split(",").map((part) => part.trim()).filter(Boolean);
	if (typeof raw === "string") {
		const links = wikilinkSpans(raw, 0).map(([start, end]) => raw.slice(start, end));
		return links.length > 0 ? links : [raw];
	}
	return [raw];
}

function coerceLinks(raw: unknown): Coerced<Link[]> {
	const links: Link[] = [];
	let warning: ValueIssue | undefined;
	for (const entry of asList(raw)) {
		if (entry === null || entry === "") continue;
		const link = coerceLink(entry);
		if (link.value === undefined) return invalid(raw, { kind: "links" });
		links.push(link.value);
		warning ??= link.issue;
	}
	return warning ? { value: links, issue: warning } : { value: links };
}

function coerceTextList(raw: unknown): Coerced<string[]> {
	const names: string[] = [];
	let warning: ValueIssue | undefined;
	for (const entry of asList(raw)) {
		if (entry === null || entry === "") continue;
		const linked = unquotedLinkText(entry);
		if (linked !== undefined) {
			names.push(linked);
			warning ??= unquotedWarning(linked);
			continue;
		}
		if (typeof entry !== "string" && typeof entry !== "number") return invalid(raw, { kind: "names-or-links" });
		const text = String(entry).trim();
		const link = parseLinkText(text);
		names.push(link ? (link.display ?? link.target) : text);
	}
	return warning ? { value: names, issue: warning } : { value: names };
}

/**
 * Reads a field's YAML value into its typed value, or says why it cannot.
 *
 * @param raw the value as YAML parsed it (never `null`; an empty property is absent)
 * @param spec the field's definition
 */
export function coerceField(raw: unknown, spec: FieldSpec): Coerced<unknown> {
	if (isUnfilledTemplate(raw)) {
		return {
			value: undefined,
			issue: { code: "template-unfilled", severity: "error", found: describeValue(raw), allowed: { kind: "filled-in" } },
		};
	}
	switch (spec.kind) {
		case "text":
			return coerceText(raw);
		case "enum":
			return coerceEnum(raw, spec);
		case "date":
			return coerceDate(raw);
		case "time":
			return coerceTime(raw);
		case "integer":
			return coerceNumber(raw, spec, true);
		case "number":
			return coerceNumber(raw, spec, false);
		case "link":
			return coerceLink(raw);
		case "links":
			return coerceLinks(raw);
		case "text-list":
			return coerceTextList(raw);
	}
}
