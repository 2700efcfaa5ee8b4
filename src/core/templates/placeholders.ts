/**
 * Filling in a template's placeholders: `{{title}}`, `{{date}}`,
 * `{{date:FORMAT}}` and the like. Only the placeholders the resolver knows are
 * filled; anything else, and everything inside Templater's `<% … %>`, is left
 * exactly as written so Templater can run afterwards.
 */
import { format } from "date-fns";
import type { Language } from "../i18n/language";
import { dateLocale } from "../libraries/date-locales";
import type { CalendarDate } from "../model";

/** A placeholder's value: text, or lines (a block such as the open actions). */
export type PlaceholderValue = string | readonly string[];

/**
 * Gives a placeholder's value, or `undefined` to leave it as written.
 *
 * @param name the name, e.g. `date` for `{{date:yyyy}}`
 * @param argument what follows the `:`, e.g. `yyyy`, trimmed
 */
export type PlaceholderResolver = (name: string, argument: string | undefined) => PlaceholderValue | undefined;

/** `{{name}}` or `{{name:argument}}` (an argument runs to the closing braces, never past a line end). */
const PLACEHOLDER_SOURCE = "\\{\\{[ \\t]*([A-Za-z][\\w-]*)(?::((?:[^}\\r\\n]|\\}(?!\\}))*))?[ \\t]*\\}\\}";
/**
 * A placeholder alone on its line (with the line's indentation and end, so a
 * block can replace the whole line), or anywhere else.
 */
const PLACEHOLDER = new RegExp(`^([ \\t]*)${PLACEHOLDER_SOURCE}([ \\t]*)(\\r?\\n|$)|${PLACEHOLDER_SOURCE}`, "gm");
const TEMPLATER_BLOCK = /<%[\s\S]*?%>/g;

/**
 * Fills in a text's placeholders in one pass (a filled-in value is never
 * read for placeholders again).
 *
 * A block value (lines) replaces the whole line when its placeholder stands
 * alone on a line, each line indented like the placeholder; no lines remove
 * that line.
 *
 * @example renderPlaceholders("# {{title}} {{unknown}}", (name) => (name === "title" ? "Acme" : undefined)) // "# Acme {{unknown}}"
 */
export function renderPlaceholders(text: string, resolve: PlaceholderResolver): string {
	const templater = [...text.matchAll(TEMPLATER_BLOCK)].map((match) => [match.index, match.index + match[0].length] as const);
	const overlapsTemplater = (start: number, end: number): boolean => templater.some(([from, to]) => start < to && end > from);
	return text.replace(PLACEHOLDER, (whole: string, ...groups: unknown[]) => {
		const offset = groups[groups.length - 2] as number;
		const [indent, lineName, lineArgument, trailing, newline, name, argument] = groups as (string | undefined)[];
		if (overlapsTemplater(offset, offset + whole.length)) return whole;
		if (lineName !== undefined) {
			// Alone on its line: a block replaces the line, text keeps the line as it was around it.
			const value = resolve(lineName, lineArgument?.trim());
			if (value === undefined) return whole;
			if (typeof value === "string") return `${indent ?? ""}${value}${trailing ?? ""}${newline ?? ""}`;
			if (value.length === 0) return "";
			return value.map((line) => `${indent ?? ""}${line}`).join(newline || "\n") + (newline ?? "");
		}
		const value = name === undefined ? undefined : resolve(name, argument?.trim());
		if (value === undefined) return whole;
		return typeof value === "string" ? value : value.join("\n");
	});
}

/**
 * Splits a path pattern into its file and folder names at `/` and `\`, but not
 * inside a placeholder (`{{date:yyyy/MM}}` stays whole).
 *
 * @example splitPlaceholderSegments("Meetings/{{date:yyyy/MM}} x.md") // ["Meetings", "{{date:yyyy/MM}} x.md"]
 */
export function splitPlaceholderSegments(pattern: string): string[] {
	const segments: string[] = [""];
	for (const [token] of pattern.matchAll(/\{\{(?:[^}]|\}(?!\}))*\}\}|[/\\]|[^/\\{]+|\{/g)) {
		if (token === "/" || token === "\\") segments.push("");
		else segments[segments.length - 1] += token;
	}
	return segments;
}

/**
 * Obsidian's own templates take moment.js formats; the ones that mean nothing
 * (or throw) in date-fns are read as moment meant them: `YYYY`, `YY`, `D`,
 * `DD`, `Do`, `ddd`, `dddd`. Text in single quotes is left alone.
 */
function fromMomentTokens(pattern: string): string {
	return pattern.replace(/('(?:[^']|'')*')|Y{4}|Y{2}|D{1,2}|d{3,4}/g, (token: string, quoted: string | undefined) => {
		if (quoted !== undefined) return quoted;
		if (token.startsWith("d")) return "E".repeat(token.length);
		return token.toLowerCase();
	});
}

/**
 * Formats a calendar day (and time of day) with date-fns format tokens, in
 * the language's month and day names.
 *
 * @param date the day, `YYYY-MM-DD`
 * @param time the time of day, `HH:mm` (midnight when not given)
 * @param pattern date-fns format tokens, e.g. `EEEE d MMMM yyyy`
 * @returns the formatted date, or `undefined` when the format cannot be used
 * @example formatCalendarDate("2026-11-27", "14:30", "EEEE d MMMM", "nl") // "vrijdag 27 november"
 */
export function formatCalendarDate(date: CalendarDate, time: string | undefined, pattern: string, language: Language): string | undefined {
	const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!day) return undefined;
	const clock = /^(\d{1,2}):(\d{2})$/.exec(time ?? "");
	const moment = new Date(2000, 0, 1, Number(clock?.[1] ?? 0), Number(clock?.[2] ?? 0));
	moment.setFullYear(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
	try {
		return format(moment, fromMomentTokens(pattern), { locale: dateLocale(language) });
	} catch {
		// An unusable format (such as an unknown letter) leaves the placeholder for the user to see.
		return undefined;
	}
}
