import { describe, expect, it } from "vitest";
import { formatCalendarDate, renderPlaceholders, splitPlaceholderSegments } from "../../../src/core/templates/placeholders";

const values: Record<string, string | string[]> = {
	title: "Steering meeting",
	date: "2026-11-27",
	open_actions: ["- [ ] Send the forecast", "- [ ] Book the room"],
	none: [],
};
const fill = (text: string) => renderPlaceholders(text, (name) => values[name]);

describe("filling in placeholders", () => {
	it("known placeholders are filled in, with or without spaces inside the braces", () => {
		expect(fill("# {{title}} on {{ date }}")).toBe("# Steering meeting on 2026-11-27");
	});

	it("unknown placeholders are left exactly as written", () => {
		expect(fill("{{title}} {{attendee}} {{ mood:happy }} {{}} {single}")).toBe("Steering meeting {{attendee}} {{ mood:happy }} {{}} {single}");
	});

	it("Templater's <% %> is left untouched, placeholders inside it included", () => {
		const text = '<% tp.date.now() %> {{title}} <%* tR += "{{date}}" %>\n<%\n  tp.file.title\n%>';
		expect(fill(text)).toBe('<% tp.date.now() %> Steering meeting <%* tR += "{{date}}" %>\n<%\n  tp.file.title\n%>');
	});

	it("a filled-in value is never read for placeholders again", () => {
		expect(renderPlaceholders("{{title}}", () => "{{date}}")).toBe("{{date}}");
	});

	it("a block on a line of its own replaces the line, indented like the placeholder", () => {
		expect(fill("## Agenda\n  {{open_actions}}\nnext")).toBe("## Agenda\n  - [ ] Send the forecast\n  - [ ] Book the room\nnext");
		expect(fill("a\r\n{{open_actions}}\r\nb")).toBe("a\r\n- [ ] Send the forecast\r\n- [ ] Book the room\r\nb");
	});

	it("an empty block removes its line", () => {
		expect(fill("a\n{{none}}\nb")).toBe("a\nb");
		expect(fill("a\n{{none}}")).toBe("a\n");
	});

	it("a block inside a line is written there", () => {
		expect(fill("Open: {{open_actions}}.")).toBe("Open: - [ ] Send the forecast\n- [ ] Book the room.");
	});
});

describe("dates in the user's language, with date-fns format tokens", () => {
	it("{{date:FORMAT}} in English and Dutch", () => {
		expect(formatCalendarDate("2026-11-27", "14:30", "EEEE d MMMM yyyy", "en")).toBe("Friday 27 November 2026");
		expect(formatCalendarDate("2026-11-27", "14:30", "EEEE d MMMM yyyy", "nl")).toBe("vrijdag 27 november 2026");
		expect(formatCalendarDate("2026-11-27", "14:30", "HH:mm", "nl")).toBe("14:30");
	});

	it("the formats of Obsidian's own templates (moment.js) are understood", () => {
		expect(formatCalendarDate("2026-01-01", "00:00", "YYYY-MM-DD", "en")).toBe("2026-01-01");
		expect(formatCalendarDate("2026-11-03", undefined, "dddd Do MMMM", "en")).toBe("Tuesday 3rd November");
		expect(formatCalendarDate("2026-11-03", undefined, "'YYYY' yyyy", "en")).toBe("YYYY 2026");
	});

	it("a format date-fns cannot use gives nothing, so the placeholder stays for the user to see", () => {
		expect(formatCalendarDate("2026-11-27", undefined, "yyyy-MM-dd bbbbbbbb j", "en")).toBeUndefined();
		expect(formatCalendarDate("not a date", undefined, "yyyy", "en")).toBeUndefined();
	});

	it("the calendar day is the day written, whatever the time zone", () => {
		expect(formatCalendarDate("2026-03-29", "02:30", "yyyy-MM-dd", "nl")).toBe("2026-03-29");
		expect(formatCalendarDate("0999-12-31", undefined, "yyyy-MM-dd", "en")).toBe("0999-12-31");
	});
});

describe("path patterns are split into names at / and \\ but not inside a placeholder", () => {
	it("splits", () => {
		expect(splitPlaceholderSegments("Alliances/{{alliance}}\\Meetings/{{date:yyyy/MM}} {x}.md")).toEqual([
			"Alliances",
			"{{alliance}}",
			"Meetings",
			"{{date:yyyy/MM}} {x}.md",
		]);
	});
});
