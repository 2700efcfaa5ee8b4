/**
 * A note that cannot be read is one problem on that note, counted, and never
 * the end of indexing.
 */
import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/core/index/vault-index";

const PROFILE = "---\ntype: alliance\npartner: Acme Corp\n---\n";
const MEETING = '---\ntype: alliance-meeting\nalliance: "[[Acme]]"\ndate: 2026-11-27\n---\n';

describe("notes that could not be read", () => {
	it("are counted, and the other notes are indexed as usual", () => {
		const index = new VaultIndex();
		index.upsert("Acme.md", PROFILE, 1);
		index.upsertUnreadable("Broken.md", 0, "Error: EACCES: permission denied");
		index.upsert("Meeting.md", MEETING, 1);
		expect(index.unreadable).toBe(1);
		expect(index.alliances()[0]?.meetings.map((note) => note.path)).toEqual(["Meeting.md"]);
		expect(index.problems()).toEqual([
			expect.objectContaining({ path: "Broken.md", line: 1, code: "note-unreadable", found: "Error: EACCES: permission denied" }),
		]);
	});

	it("stop being counted once read again, renamed away or deleted", () => {
		const index = new VaultIndex();
		index.upsertUnreadable("A.md", 0, "x");
		index.upsertUnreadable("B.md", 0, "x");
		index.upsertUnreadable("C.md", 0, "x");
		expect(index.unreadable).toBe(3);
		index.upsert("A.md", PROFILE, 2);
		index.remove("B.md");
		index.rename("C.md", "D.md");
		expect(index.unreadable).toBe(1);
		const restored = new VaultIndex();
		restored.restore(index.snapshot());
		expect(restored.unreadable).toBe(1);
	});

	it("a note whose YAML refers to itself is a problem on that note, not unreadable", () => {
		const index = new VaultIndex();
		index.upsert("Loop.md", "---\ntype: alliance-meeting\nattendees: &x [*x]\n---\n", 1);
		expect(index.unreadable).toBe(0);
		expect(index.problems()).toEqual([expect.objectContaining({ code: "yaml-alias", field: "attendees", line: 3, found: "&x" })]);
	});
});
