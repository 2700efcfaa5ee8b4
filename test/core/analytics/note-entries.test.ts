import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { changedNotes, NoteEntries } from "../../../src/core/analytics/note-entries";

type Note = { path: string; items: number[] };

describe("the notes that changed between two lists", () => {
	it("are the notes only in the list before and those only in the list after, however the lists were shuffled", () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.nat(40)), fc.uniqueArray(fc.nat(40)), (before, after) => {
				const { removed, added } = changedNotes(before, after);
				expect(new Set(removed)).toEqual(new Set(before.filter((note) => !after.includes(note))));
				expect(new Set(added)).toEqual(new Set(after.filter((note) => !before.includes(note))));
			}),
			{ numRuns: 1000 },
		);
	});
});

describe("entries kept in order between lists of notes", () => {
	const noteArb = fc.record({ path: fc.constantFrom("a.md", "b.md", "c.md", "d.md", "e.md"), items: fc.uniqueArray(fc.nat(30), { maxLength: 4 }) });

	it("are every entry of the notes now, sorted, after any notes came and went", () => {
		fc.assert(
			fc.property(fc.array(fc.array(noteArb, { maxLength: 6 }), { minLength: 1, maxLength: 6 }), (lists) => {
				type Entry = { path: string; item: number };
				const compare = (x: Entry, y: Entry): number => x.item - y.item || (x.path < y.path ? -1 : x.path > y.path ? 1 : 0);
				const entries = new NoteEntries<Note, Entry>(compare);
				// Notes are objects: a note in a later list is either the same object as before or a new one.
				let pool: Note[] = [];
				for (const list of lists) {
					const notes = list.map((note) => pool.find((known) => known.path === note.path && known.items.join() === note.items.join()) ?? note);
					const unique = notes.filter((note, position) => notes.findIndex((other) => other.path === note.path) === position);
					pool = unique;
					const expected = unique.flatMap((note) => note.items.map((item) => ({ path: note.path, item }))).sort(compare);
					expect(entries.of(unique, ["today"], (note) => note.items.map((item) => ({ path: note.path, item })))).toEqual(expected);
				}
			}),
			{ numRuns: 500 },
		);
	});

	it("are the same list when an edited note has the very entries it had, and a new one when an entry says something else", () => {
		type Entry = { path: string; line: number; text: string };
		const entries = new NoteEntries<Note, Entry>((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : x.line - y.line));
		const entriesOf = (texts: Record<string, string[]>) => (note: Note) => (texts[note.path] ?? []).map((text, line) => ({ path: note.path, line, text }));
		const texts = { "a.md": ["Send the forecast", "Book the venue"], "b.md": ["Call Globex"] };
		const a: Note = { path: "a.md", items: [] };
		const b: Note = { path: "b.md", items: [] };
		const first = entries.of([a, b], ["today"], entriesOf(texts));

		// The note edited elsewhere (a new object), its entries as they were: the same list.
		const a2: Note = { path: "a.md", items: [1] };
		expect(entries.of([a2, b], ["today"], entriesOf(texts))).toBe(first);

		// An entry's words changed on the same line: a new list, with the new words.
		const a3: Note = { path: "a.md", items: [2] };
		const changed = entries.of([a3, b], ["today"], entriesOf({ ...texts, "a.md": ["Send the forecast", "Book a bigger venue"] }));
		expect(changed).not.toBe(first);
		expect(changed.map((entry) => entry.text)).toEqual(["Send the forecast", "Book a bigger venue", "Call Globex"]);
		expect(first.map((entry) => entry.text)).toEqual(["Send the forecast", "Book the venue", "Call Globex"]);
	});

	it("are read again from every note when what they depend on changes", () => {
		const note: Note = { path: "a.md", items: [1] };
		type Dated = { path: string; day: string };
		const entries = new NoteEntries<Note, Dated>((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
		expect(entries.of([note], ["2026-11-27"], () => [{ path: "a.md", day: "27th" }])).toEqual([{ path: "a.md", day: "27th" }]);
		expect(entries.of([note], ["2026-11-28"], () => [{ path: "a.md", day: "28th" }])).toEqual([{ path: "a.md", day: "28th" }]);
	});
});
