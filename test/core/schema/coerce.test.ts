/// <reference types="node" />
import fc from "fast-check";
import matter from "gray-matter";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
	coerceField,
	describeValue,
	formatUtcDate,
	isCalendarDate,
	isUnfilledTemplate,
	parseLinkText,
} from "../../../src/core/schema/coerce";
import { meetingSchema, NOTE_SCHEMAS } from "../../../src/core/schema/definitions";
import type { FieldKind, FieldSpec } from "../../../src/core/schema/field-spec";
import { NoteBuilder } from "../helpers/note-builder";
import { parseMeeting, parseProfile } from "../helpers/parse";

/** What YAML makes of a property written as `key: <raw>`, read by the real gray-matter. */
function yamlValue(raw: string): unknown {
	return (matter(`---\nvalue: ${raw}\n---\n`, { excerpt: false }).data as { value: unknown }).value;
}

function spec(kind: FieldKind, extra: Partial<FieldSpec> = {}): FieldSpec {
	return { key: "field", kind, description: "", ...extra };
}

/** Coerces a property as written in YAML. */
function coerce(kind: FieldKind, raw: string, extra: Partial<FieldSpec> = {}) {
	return coerceField(yamlValue(raw), spec(kind, extra));
}

const rating = spec("integer", { min: 1, max: 5 });
const meetingTypes = meetingSchema.fields.find((field) => field.key === "meeting_type");

describe("text properties", () => {
	it("keep what the user wrote, trimmed", () => {
		expect(coerce("text", '"  Acme Corp  "')).toEqual({ value: "Acme Corp" });
	});

	it("accept a number or yes/no written where text is expected", () => {
		expect(coerce("text", "42")).toEqual({ value: "42" });
		expect(coerce("text", "true")).toEqual({ value: "true" });
	});

	it("read a bare date as the day written", () => {
		expect(coerce("text", "2026-11-27")).toEqual({ value: "2026-11-27" });
	});

	it("read an unquoted [[link]] as the link text, with a warning", () => {
		const result = coerce("text", "[[Sanne de Vries]]");
		expect(result.value).toBe("[[Sanne de Vries]]");
		expect(result.issue).toMatchObject({ code: "link-unquoted", severity: "warning", found: "[[Sanne de Vries]]" });
	});

	it("refuse a nested object", () => {
		expect(coerce("text", "{ a: 1 }").issue).toMatchObject({ code: "field-invalid", allowed: { kind: "text" }, found: '{"a":1}' });
	});
});

describe("enum properties", () => {
	it("are compared case-insensitively and stored in lower case", () => {
		expect(coerceField("STEERING", meetingTypes!)).toEqual({ value: "steering" });
		expect(coerceField(" Health-Check ", meetingTypes!)).toEqual({ value: "health-check" });
	});

	it("name every allowed value when the value is unknown", () => {
		const result = coerceField("board", meetingTypes!);
		expect(result.value).toBeUndefined();
		expect(result.issue).toEqual({
			code: "field-unknown-value",
			severity: "error",
			found: "board",
			allowed: { kind: "one-of", values: ["steering", "operational", "executive", "health-check", "informal", "internal"] },
		});
	});

	it("refuse a number or a list", () => {
		expect(coerceField(3, meetingTypes!).issue).toMatchObject({ code: "field-invalid", found: "3" });
		expect(coerceField(["steering"], meetingTypes!).issue).toMatchObject({ code: "field-invalid", found: "[steering]" });
	});
});

describe("date properties", () => {
	it("read a bare YAML date as the calendar day written", () => {
		expect(yamlValue("2026-11-27")).toBeInstanceOf(Date);
		expect(coerce("date", "2026-11-27")).toEqual({ value: "2026-11-27" });
	});

	it("read a quoted date, a date with a time and a quoted [[date]] link", () => {
		expect(coerce("date", '"2026-11-27"')).toEqual({ value: "2026-11-27" });
		expect(coerce("date", '"2026-11-27T09:30"')).toEqual({ value: "2026-11-27" });
		expect(coerce("date", '"[[2026-11-27]]"')).toEqual({ value: "2026-11-27" });
	});

	it("read an unquoted [[2022-10-25]] (a list in a list to YAML) as the date, with a warning", () => {
		expect(yamlValue("[[2022-10-25]]")).toEqual([[expect.any(Date)]]);
		const result = coerce("date", "[[2022-10-25]]");
		expect(result.value).toBe("2022-10-25");
		expect(result.issue).toMatchObject({ code: "link-unquoted", severity: "warning", found: "[[2022-10-25]]" });
	});

	it("refuse a day that does not exist", () => {
		expect(coerce("date", '"2026-02-30"').issue).toMatchObject({ code: "date-invalid", found: "2026-02-30" });
		expect(coerce("date", '"2026-13-01"').issue).toMatchObject({ code: "date-invalid" });
	});

	it("refuse words and numbers, saying how a date is written", () => {
		expect(coerce("date", "next tuesday").issue).toEqual({
			code: "date-invalid",
			severity: "error",
			found: "next tuesday",
			allowed: { kind: "date" },
		});
		expect(coerce("date", "20261127").issue).toMatchObject({ code: "date-invalid", found: "20261127" });
		// Nothing readable to quote: the problem says "nothing readable found" in the reader's language.
		expect(coerceField(new Date(Number.NaN), spec("date")).issue).toMatchObject({ found: "" });
	});
});

describe("time properties", () => {
	it("read an unquoted 14:30, which YAML makes the number 870, as 14:30", () => {
		expect(yamlValue("14:30")).toBe(870);
		expect(coerce("time", "14:30")).toEqual({ value: "14:30" });
		expect(coerce("time", "09:05")).toEqual({ value: "09:05" });
	});

	it("read quoted times, padding the hour", () => {
		expect(coerce("time", '"9:05"')).toEqual({ value: "09:05" });
		expect(coerce("time", '"14.30"')).toEqual({ value: "14:30" });
	});

	it("refuse times that are not on a clock", () => {
		expect(coerce("time", '"25:00"').issue).toMatchObject({ code: "field-invalid", allowed: { kind: "time" } });
		expect(coerce("time", '"14:75"').issue).toMatchObject({ code: "field-invalid" });
		expect(coerce("time", "afternoon").issue).toMatchObject({ code: "field-invalid", found: "afternoon" });
	});
});

describe("whole-number properties such as ratings", () => {
	it("accept 1 to 5, written bare or quoted", () => {
		expect(coerceField(4, rating)).toEqual({ value: 4 });
		expect(coerceField("4", rating)).toEqual({ value: 4 });
	});

	it("refuse a rating of 7, naming the range", () => {
		expect(coerceField(7, rating).issue).toEqual({
			code: "field-invalid",
			severity: "error",
			found: "7",
			allowed: { kind: "integer-range", min: 1, max: 5 },
		});
		expect(coerceField(0, rating).issue).toMatchObject({ found: "0" });
	});

	it("refuse a rating of 3.5: ratings are whole numbers", () => {
		expect(coerceField(3.5, rating).issue).toMatchObject({ code: "field-invalid", found: "3.5", allowed: { kind: "integer-range", min: 1, max: 5 } });
	});

	it("refuse words", () => {
		expect(coerceField("high", rating).issue).toMatchObject({ found: "high" });
	});
});

describe("number properties such as KPI readings", () => {
	it("accept decimals with a point or a comma", () => {
		expect(coerce("number", "12.5")).toEqual({ value: 12.5 });
		expect(coerce("number", '"12,5"')).toEqual({ value: 12.5 });
		expect(coerce("number", "-3")).toEqual({ value: -3 });
	});

	it("refuse text, infinity and not-a-number", () => {
		expect(coerce("number", "n/a").issue).toMatchObject({ code: "field-invalid", found: "n/a", allowed: { kind: "number" } });
		expect(coerce("number", ".inf").issue).toMatchObject({ code: "field-invalid" });
		expect(coerce("number", ".nan").issue).toMatchObject({ code: "field-invalid" });
	});
});

describe("link properties", () => {
	it("read a quoted [[link]], with a folder, heading and display text", () => {
		expect(coerce("link", '"[[Acme]]"')).toEqual({ value: { target: "Acme" } });
		expect(coerce("link", '"[[Partners/Acme#Profile|the partner]]"')).toEqual({ value: { target: "Partners/Acme", display: "the partner" } });
	});

	it("read a Markdown link and a plain note name", () => {
		expect(coerce("link", '"[Acme](Partners/Acme%20Corp.md)"')).toEqual({ value: { target: "Partners/Acme Corp", display: "Acme" } });
		expect(coerce("link", "Acme")).toEqual({ value: { target: "Acme" } });
	});

	it("read an unquoted [[Acme]] as the link, with a link-unquoted warning", () => {
		const result = coerce("link", "[[Acme]]");
		expect(result.value).toEqual({ target: "Acme" });
		expect(result.issue).toEqual({
			code: "link-unquoted",
			severity: "warning",
			found: "[[Acme]]",
			allowed: { kind: "quoted-link", target: "Acme" },
		});
	});

	it("refuse an empty link and a list of two", () => {
		expect(coerce("link", '"[[ ]]"').issue).toMatchObject({ code: "field-invalid", allowed: { kind: "link" } });
		expect(coerce("link", '["[[A]]", "[[B]]"]').issue).toMatchObject({ code: "field-invalid" });
	});
});

describe("list-of-links properties", () => {
	it("read a YAML list of quoted links", () => {
		expect(coerce("links", '["[[Acme]]", "[[Globex]]"]')).toEqual({ value: [{ target: "Acme" }, { target: "Globex" }] });
	});

	it("read one link alone as a list of one", () => {
		expect(coerce("links", '"[[Acme]]"')).toEqual({ value: [{ target: "Acme" }] });
		const unquoted = coerce("links", "[[Acme]]");
		expect(unquoted.value).toEqual([{ target: "Acme" }]);
		expect(unquoted.issue).toMatchObject({ code: "link-unquoted" });
	});

	it("read several links in one string", () => {
		expect(coerce("links", '"[[Acme]], [[Globex]]"')).toEqual({ value: [{ target: "Acme" }, { target: "Globex" }] });
	});

	it("read unquoted links in a block list, with a warning", () => {
		const value = (matter("---\nvalue:\n  - [[Acme]]\n  - [[Globex]]\n---\n", { excerpt: false }).data as { value: unknown }).value;
		const result = coerceField(value, spec("links"));
		expect(result.value).toEqual([{ target: "Acme" }, { target: "Globex" }]);
		expect(result.issue).toMatchObject({ code: "link-unquoted", found: "[[Acme]]" });
	});

	it("refuse a list holding something that is no link", () => {
		expect(coerce("links", '["[[Acme]]", { a: 1 }]').issue).toMatchObject({ code: "field-invalid", allowed: { kind: "links" } });
	});
});

describe("list-of-names properties such as attendees", () => {
	it("read names and links, showing a link's display text", () => {
		expect(coerce("text-list", '["Sanne", "[[Piet Jansen]]", "[[People/Piet|Piet]]"]')).toEqual({ value: ["Sanne", "Piet Jansen", "Piet"] });
	});

	it("read a comma-separated string", () => {
		expect(coerce("text-list", "Sanne, Piet ,  Kees")).toEqual({ value: ["Sanne", "Piet", "Kees"] });
	});

	it("read unquoted links with a warning", () => {
		const value = (matter("---\nvalue:\n  - [[Sanne]]\n  - Piet\n---\n", { excerpt: false }).data as { value: unknown }).value;
		const result = coerceField(value, spec("text-list"));
		expect(result.value).toEqual(["Sanne", "Piet"]);
		expect(result.issue).toMatchObject({ code: "link-unquoted", found: "[[Sanne]]" });
	});

	it("refuse a list of objects", () => {
		expect(coerce("text-list", "[{ a: 1 }]").issue).toMatchObject({ code: "field-invalid", allowed: { kind: "names-or-links" } });
	});
});

describe("template placeholders nobody filled in", () => {
	const kinds: FieldKind[] = ["text", "enum", "date", "time", "integer", "number", "link", "links", "text-list"];

	it.each(kinds)("an unquoted {{date}} is 'template not filled in' for a %s property", (kind) => {
		const result = coerce(kind, "{{date}}", { values: ["a"] });
		expect(result.value).toBeUndefined();
		expect(result.issue).toEqual({
			code: "template-unfilled",
			severity: "error",
			found: "{{…}}",
			allowed: { kind: "filled-in" },
		});
	});

	it.each(kinds)('a quoted "{{date}}" is \'template not filled in\' for a %s property', (kind) => {
		const result = coerce(kind, '"{{date}}"', { values: ["a"] });
		expect(result.issue).toMatchObject({ code: "template-unfilled", found: "{{date}}" });
	});

	it("recognises Templater and placeholders inside lists", () => {
		expect(isUnfilledTemplate("<% tp.date.now() %>")).toBe(true);
		expect(isUnfilledTemplate(["[[Acme]]", "{{alliance_link}}"])).toBe(true);
		expect(isUnfilledTemplate(yamlValue("{{date}}"))).toBe(true);
		expect(isUnfilledTemplate("Acme {curly}")).toBe(false);
		expect(isUnfilledTemplate({ a: 1 })).toBe(false);
	});
});

describe("how a found value is shown in a problem", () => {
	it("shows YAML's readings as the user wrote them", () => {
		expect(describeValue([["Acme"]])).toBe("[[Acme]]");
		expect(describeValue(yamlValue("{{date}}"))).toBe("{{…}}");
		expect(describeValue(new Date(Date.UTC(2026, 10, 27)))).toBe("2026-11-27");
		expect(describeValue(null)).toBe("");
		expect(describeValue({ a: 1 })).toBe('{"a":1}');
	});

	it("shortens long values to 60 characters", () => {
		const shown = describeValue("x".repeat(200));
		expect(shown).toHaveLength(60);
		expect(shown.endsWith("…")).toBe(true);
	});
});

describe("calendar dates and links", () => {
	it("knows which days exist", () => {
		expect(isCalendarDate("2024-02-29")).toBe(true);
		expect(isCalendarDate("2026-02-29")).toBe(false);
		expect(isCalendarDate("2026-04-31")).toBe(false);
		expect(isCalendarDate("2026-11-27T10:00")).toBe(false);
		expect(isCalendarDate("2000-02-29")).toBe(true);
		expect(isCalendarDate("1900-02-29")).toBe(false);
		expect(isCalendarDate("2026-00-10")).toBe(false);
		expect(isCalendarDate("2026-12-00")).toBe(false);
		expect(isCalendarDate("2026-1a-10")).toBe(false);
		expect(isCalendarDate("0099-01-01")).toBe(false);
	});

	it("counts days exactly as JavaScript's Date does, for any ten characters shaped like a date", () => {
		/** The reference: what Date makes of the day (years 0–99 are 1900–1999 to Date.UTC, so never the year written). */
		const byDate = (text: string): boolean => {
			const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
			if (!match) return false;
			const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
			const date = new Date(Date.UTC(year, month - 1, day));
			return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
		};
		const digits = (length: number) => fc.array(fc.constantFrom(..."0123456789", "0", "1", "2"), { minLength: length, maxLength: length }).map((chars) => chars.join(""));
		const dateLike = fc.tuple(fc.oneof(digits(4), fc.constantFrom("2024", "2100", "2000", "1900", "0000", "0100", "9999")), digits(2), digits(2), fc.constantFrom("-", "-", "-", "/")).map(([year, month, day, dash]) => `${year}${dash}${month}-${day}`);
		fc.assert(
			fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 })), (text) => {
				expect(isCalendarDate(text)).toBe(byDate(text));
			}),
			{ numRuns: 5000 },
		);
		for (let day = Date.UTC(1999, 0, 1); day < Date.UTC(2031, 0, 1); day += 86_400_000) expect(isCalendarDate(new Date(day).toISOString().slice(0, 10))).toBe(true);
	});

	it("reads links as Obsidian writes them", () => {
		expect(parseLinkText("[[Acme.md]]")).toEqual({ target: "Acme" });
		expect(parseLinkText("![[Acme^block|A]]")).toEqual({ target: "Acme", display: "A" });
		expect(parseLinkText("[[#Heading only]]")).toBeUndefined();
		expect(parseLinkText("[[Acme]] and [[Globex]]")).toBeUndefined();
		expect(parseLinkText("  ")).toBeUndefined();
		expect(parseLinkText("[bad](%E0%A4%A.md)")).toEqual({ target: "%E0%A4%A", display: "bad" });
	});
});

describe("a bare date is the same day in every time zone", () => {
	afterEach(() => {
		vi.unstubAllEnvs();
	});

	// UTC-8 (west of Greenwich, where UTC midnight is the previous evening) and
	// UTC+14 (the first zone into a new day).
	const zones = [
		{ zone: "America/Los_Angeles", offsetMinutes: 480 },
		{ zone: "Pacific/Kiritimati", offsetMinutes: -840 },
	];

	it.each(zones)("in $zone, date: 2026-11-27 is 27 November 2026", ({ zone, offsetMinutes }) => {
		vi.stubEnv("TZ", zone);
		// The zone really is in effect for this process's Date.
		expect(new Date("2026-11-27T00:00:00Z").getTimezoneOffset()).toBe(offsetMinutes);
		const yamlDate = yamlValue("2026-11-27") as Date;
		// The trap is live: read in local time, YAML's date is the 26th west of Greenwich.
		expect(yamlDate.getDate()).toBe(offsetMinutes > 0 ? 26 : 27);

		expect(coerceField(yamlDate, spec("date"))).toEqual({ value: "2026-11-27" });
		expect(formatUtcDate(yamlDate)).toBe("2026-11-27");
		expect(parseMeeting(NoteBuilder.meeting("Acme", "2026-11-27")).date).toBe("2026-11-27");
		expect(parseMeeting(NoteBuilder.meeting().field("date", "[[2026-11-27]]")).date).toBe("2026-11-27");
		expect(parseProfile(NoteBuilder.profile().field("started", "2025-01-01").field("next_meeting", "2026-12-31"))).toMatchObject({
			started: "2025-01-01",
			nextMeeting: "2026-12-31",
		});
	});

	it("every schema's date properties are read the same way", () => {
		const dateFields = Object.values(NOTE_SCHEMAS).flatMap((schema) => schema.fields.filter((field) => field.kind === "date"));
		expect(dateFields.map((field) => field.key).sort()).toEqual(["date", "date", "date", "last_contact", "next_meeting", "started"]);
		vi.stubEnv("TZ", "America/Los_Angeles");
		expect(new Date("2026-01-01T00:00:00Z").getTimezoneOffset()).toBe(480);
		for (const field of dateFields) expect(coerceField(yamlValue("2026-01-01"), field)).toEqual({ value: "2026-01-01" });
	});
});

describe("a well-written day or time is taken as written", () => {
	/** What a time property reads as, by the rule the pattern states: one or two digits, `:` or `.`, two digits, spaces around. */
	function expectedTime(text: string): string | undefined {
		const match = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(text);
		if (!match || Number(match[1]) >= 24 || Number(match[2]) >= 60) return undefined;
		return `${(match[1] ?? "").padStart(2, "0")}:${match[2] ?? ""}`;
	}

	it("times: the same value as the rule gives, for texts of digits, separators and spaces", () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom("0", "1", "2", "3", "5", "9", ":", ".", " "), { maxLength: 7 }), (parts) => {
				const text = parts.join("");
				const expected = expectedTime(text);
				const coerced = coerceField(text, spec("time"));
				expect(coerced.value).toBe(expected);
				expect(coerced.issue === undefined).toBe(expected !== undefined);
			}),
			{ numRuns: 3000 },
		);
	});

	it("days: a real day written YYYY-MM-DD is taken as it is, any other ten characters of digits and dashes are refused", () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom("0", "1", "2", "3", "9", "-"), { minLength: 10, maxLength: 10 }), fc.boolean(), (parts, real) => {
				const text = real ? `20${parts.slice(0, 2).join("")}-0${parts[2] === "-" ? "1" : (parts[2] ?? "1")}-1${parts[3] === "-" ? "0" : (parts[3] ?? "0")}` : parts.join("");
				const coerced = coerceField(text, spec("date"));
				expect(coerced.value).toBe(isCalendarDate(text) ? text : undefined);
			}),
			{ numRuns: 3000 },
		);
	});
});
