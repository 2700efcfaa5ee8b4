import { describe, expect, it } from "vitest";
import { compactResult, detached, StringPool } from "../../../src/core/index/compact";
import type { MeetingNote } from "../../../src/core/model";
import { parseNote } from "../../../src/core/parse/parse-note";
import { NoteBuilder } from "../helpers/note-builder";

const meeting = NoteBuilder.meeting("Acme", "2026-11-27")
	.field("attendees", "[Sanne, Piet]")
	.section("Conflicts", ["- Pricing: the partner wants a lower price for the whole of next year"])
	.section("Actions", ["- [ ] Send the revised offer to the partner @sanne 📅 2026-12-01", "- [ ] Call back @sanne"])
	.section("Decisions", []);

describe("keeping the index compact", () => {
	it("reads exactly as the parser's result", () => {
		const text = meeting.build();
		const compact = compactResult(parseNote("M.md", text), new StringPool());
		expect(compact).toEqual(parseNote("M.md", text));
	});

	it("shares one copy of each short string and one frozen empty list across notes", () => {
		const pool = new StringPool();
		const first = compactResult(parseNote("M1.md", meeting.build()), pool).note as MeetingNote;
		const second = compactResult(parseNote("M2.md", meeting.build()), pool).note as MeetingNote;
		expect(first.actions[0]?.owner).toBe("sanne");
		// The same string object, not an equal one: one copy per index.
		expect(Object.is(first.actions[0]?.owner, second.actions[1]?.owner)).toBe(true);
		expect(first.decisions).toBe(second.quickWins);
		expect(Object.isFrozen(first.decisions)).toBe(true);
		expect(() => (first.decisions as unknown[]).push(1)).toThrow(TypeError);
	});

	it("copies a string without changing it", () => {
		const note = `${"x".repeat(1000)}Pricing: the partner wants a lower price${"y".repeat(1000)}`;
		const cut = note.slice(1000, 1040);
		expect(detached(cut)).toBe(cut);
		expect(detached("")).toBe("");
		// Two-byte text, a pair of surrogates cut after its first half, one character.
		for (const text of [`${note.slice(0, 20)} — 📅 2026-12-01 über`, "\ud83d\udcc5".slice(1), "📅", "x"]) expect(detached(text)).toBe(text);
	});
});
