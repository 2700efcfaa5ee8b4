import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INDEX_FORMAT_VERSION, VaultIndex } from "../../../src/core/index/vault-index";
import { lineOf, NoteBuilder } from "../helpers/note-builder";
import { readSaved, savedByPath, type SavedEntry, writeSaved } from "../helpers/saved-index";

type Vault = Record<string, NoteBuilder | string>;

function text(note: NoteBuilder | string): string {
	return typeof note === "string" ? note : note.build();
}

/** An index over the notes given, each with mtime 1. */
function indexOf(vault: Vault, mtime = 1): VaultIndex {
	const index = new VaultIndex();
	for (const [path, note] of Object.entries(vault)) index.upsert(path, text(note), mtime);
	return index;
}

const acmeVault = (): Vault => ({
	"Alliances/Acme.md": NoteBuilder.profile("Acme Corp"),
	"Alliances/Globex.md": NoteBuilder.profile("Globex Inc"),
	"Meetings/2026-11-27 Acme.md": NoteBuilder.meeting("Acme", "2026-11-27"),
	"Meetings/2026-03-01 Acme.md": NoteBuilder.meeting("Acme", "2026-03-01"),
	"Meetings/2026-06-15 Acme.md": NoteBuilder.meeting("acme", "2026-06-15"),
	"Meetings/Undated Acme.md": NoteBuilder.meeting("Acme").without("date"),
	"Reflections/2026-07-01 Acme.md": NoteBuilder.reflection("Acme", "2026-07-01"),
	"People/Sanne.md": NoteBuilder.stakeholder("Acme", "Globex"),
	"Daily/2026-11-27.md": "# Just a daily note\n- [ ] groceries\n",
});

const names = (notes: { path: string }[]) => notes.map((note) => note.path);

describe("keeping the index up to date", () => {
	it("holds every file upserted, alliance notes or not", () => {
		const index = indexOf(acmeVault());
		expect(index.size).toBe(9);
		expect(index.notes().map((note) => note.path)).toEqual([
			"Alliances/Acme.md",
			"Alliances/Globex.md",
			"Meetings/2026-03-01 Acme.md",
			"Meetings/2026-06-15 Acme.md",
			"Meetings/2026-11-27 Acme.md",
			"Meetings/Undated Acme.md",
			"People/Sanne.md",
			"Reflections/2026-07-01 Acme.md",
		]);
		expect(index.get("Daily/2026-11-27.md")).toEqual({ note: null, problems: [] });
		expect(index.get("Nowhere.md")).toBeUndefined();
	});

	it("an unchanged note (same mtime) is not parsed again", () => {
		const index = new VaultIndex();
		expect(index.upsert("Alliances/Acme.md", text(NoteBuilder.profile()), 100)).toBe(true);
		const version = index.version;
		expect(index.upsert("Alliances/Acme.md", "anything at all", 100)).toBe(false);
		expect(index.stats).toEqual({ parsed: 1, unchanged: 1 });
		expect(index.version).toBe(version);
		expect(index.isCurrent("Alliances/Acme.md", 100)).toBe(true);
		expect(index.isCurrent("Alliances/Acme.md", 101)).toBe(false);
		expect(index.isCurrent("Nowhere.md", 100)).toBe(false);
	});

	it("a changed note (new mtime) is parsed again", () => {
		const index = new VaultIndex();
		index.upsert("Alliances/Acme.md", text(NoteBuilder.profile("Acme Corp")), 100);
		index.upsert("Alliances/Acme.md", text(NoteBuilder.profile("Acme Holding")), 200);
		expect(index.stats.parsed).toBe(2);
		expect(index.alliances()[0]?.profile.partner).toBe("Acme Holding");
	});

	it("a note that stops being an alliance note leaves its alliance", () => {
		const index = indexOf(acmeVault());
		index.upsert("Meetings/2026-11-27 Acme.md", "# Just notes now\n", 2);
		expect(names(index.alliances()[0]?.meetings ?? [])).not.toContain("Meetings/2026-11-27 Acme.md");
	});

	it("a removed note is forgotten, and links to it no longer resolve", () => {
		const index = indexOf(acmeVault());
		expect(index.remove("Alliances/Globex.md")).toBe(true);
		expect(index.remove("Alliances/Globex.md")).toBe(false);
		expect(index.get("Alliances/Globex.md")).toBeUndefined();
		expect(index.alliances().map((group) => group.profile.basename)).toEqual(["Acme"]);
		expect(index.problems().filter((problem) => problem.code === "link-unresolved")).toEqual([
			expect.objectContaining({ path: "People/Sanne.md", code: "link-unresolved", found: "[[Globex]]" }),
		]);
	});

	it("every change moves the version on", () => {
		const index = new VaultIndex();
		const versions = [index.version];
		index.upsert("a.md", "x", 1);
		versions.push(index.version);
		index.rename("a.md", "b.md");
		versions.push(index.version);
		index.remove("b.md");
		versions.push(index.version);
		expect(new Set(versions).size).toBe(4);
		expect(versions).toEqual([...versions].sort((a, b) => a - b));
	});
});

describe("renaming", () => {
	it("a renamed meeting moves with its problems, without being parsed again", () => {
		const index = indexOf({ "Alliances/Acme.md": NoteBuilder.profile(), "Inbox/Untitled.md": NoteBuilder.meeting().field("trust", 9) });
		const parsed = index.stats.parsed;
		expect(index.rename("Inbox/Untitled.md", "Meetings/2026-11-27 Acme.md")).toBe(true);
		expect(index.stats.parsed).toBe(parsed);
		expect(index.get("Inbox/Untitled.md")).toBeUndefined();
		expect(index.get("Meetings/2026-11-27 Acme.md")?.note).toMatchObject({ path: "Meetings/2026-11-27 Acme.md", basename: "2026-11-27 Acme" });
		expect(index.problems()).toEqual([expect.objectContaining({ path: "Meetings/2026-11-27 Acme.md", field: "trust" })]);
		expect(names(index.alliances()[0]?.meetings ?? [])).toEqual(["Meetings/2026-11-27 Acme.md"]);
	});

	it("renaming a file the index does not know changes nothing", () => {
		const index = indexOf(acmeVault());
		const version = index.version;
		expect(index.rename("Nowhere.md", "Somewhere.md")).toBe(false);
		expect(index.version).toBe(version);
	});

	it("renaming an alliance profile leaves meetings linking by the old name unresolved, until they link to the new name", () => {
		const meeting = (alliance: string) => text(NoteBuilder.meeting(alliance));
		const index = new VaultIndex();
		index.upsert("Alliances/Acme.md", text(NoteBuilder.profile()), 1);
		index.upsert("Meetings/M1.md", meeting("Acme"), 1);
		expect(index.problems()).toEqual([]);

		// Like Obsidian with "automatically update internal links" off.
		index.rename("Alliances/Acme.md", "Alliances/Acme Holding.md");
		expect(index.alliances().map((group) => [group.profile.basename, group.meetings.length])).toEqual([["Acme Holding", 0]]);
		expect(index.problems()).toEqual([
			expect.objectContaining({ path: "Meetings/M1.md", code: "link-unresolved", field: "alliance", found: "[[Acme]]", line: 3 }),
		]);

		index.upsert("Meetings/M1.md", meeting("Acme Holding"), 2);
		expect(index.problems()).toEqual([]);
		expect(names(index.alliances()[0]?.meetings ?? [])).toEqual(["Meetings/M1.md"]);
	});

	it("renaming a profile back to the name meetings use makes them resolve again", () => {
		const index = indexOf({ "Alliances/Old.md": NoteBuilder.profile(), "Meetings/M1.md": NoteBuilder.meeting("Acme") });
		expect(index.problems()).toHaveLength(1);
		index.rename("Alliances/Old.md", "Alliances/Acme.md");
		expect(index.problems()).toEqual([]);
	});
});

describe("alliances and the notes that belong to them", () => {
	it("groups meetings, reflections and stakeholders under their alliance, alliances by name", () => {
		const [acme, globex] = indexOf(acmeVault()).alliances();
		expect(acme?.profile).toMatchObject({ path: "Alliances/Acme.md", partner: "Acme Corp" });
		expect(names(acme?.reflections ?? [])).toEqual(["Reflections/2026-07-01 Acme.md"]);
		expect(globex?.profile.partner).toBe("Globex Inc");
		expect(globex?.meetings).toEqual([]);
	});

	it("meetings are sorted by date, oldest first, undated ones last", () => {
		const [acme] = indexOf(acmeVault()).alliances();
		expect(acme?.meetings.map((meeting) => meeting.date ?? "undated")).toEqual(["2026-03-01", "2026-06-15", "2026-11-27", "undated"]);
	});

	it("two meetings on one date are in path order", () => {
		const index = indexOf({
			"Acme.md": NoteBuilder.profile(),
			"M/b.md": NoteBuilder.meeting("Acme", "2026-01-01"),
			"M/a.md": NoteBuilder.meeting("Acme", "2026-01-01"),
		});
		expect(names(index.alliances()[0]?.meetings ?? [])).toEqual(["M/a.md", "M/b.md"]);
	});

	it("a stakeholder attaches to each alliance they link to", () => {
		const [acme, globex] = indexOf(acmeVault()).alliances();
		expect(names(acme?.stakeholders ?? [])).toEqual(["People/Sanne.md"]);
		expect(names(globex?.stakeholders ?? [])).toEqual(["People/Sanne.md"]);
	});

	it("a stakeholder who links to one alliance twice is one stakeholder of it", () => {
		const index = indexOf({ "Acme.md": NoteBuilder.profile(), "People/Sanne.md": NoteBuilder.stakeholder("Acme", "acme", "Acme.md") });
		expect(names(index.alliances()[0]?.stakeholders ?? [])).toEqual(["People/Sanne.md"]);
	});

	it("alliance names are sorted without regard to case", () => {
		const index = indexOf({ "b.md": NoteBuilder.profile(), "A.md": NoteBuilder.profile(), "c.md": NoteBuilder.profile() });
		expect(index.alliances().map((group) => group.profile.basename)).toEqual(["A", "b", "c"]);
	});
});

describe("resolving the alliance a note links to", () => {
	it("by file name, ignoring case", () => {
		const index = indexOf({ "Alliances/Acme.md": NoteBuilder.profile(), "M.md": NoteBuilder.meeting("ACME") });
		expect(index.problems()).toEqual([]);
		expect(index.resolveAlliance({ target: "acme" }, "M.md")?.path).toBe("Alliances/Acme.md");
		expect(index.resolve({ target: "acme" }, "M.md")).toBe("Alliances/Acme.md");
	});

	it("a path in the link wins when two alliances share a name", () => {
		const index = indexOf({
			"Old/Acme.md": NoteBuilder.profile("Old Acme"),
			"Partners/Acme.md": NoteBuilder.profile("New Acme"),
			"Old/Meeting.md": NoteBuilder.meeting("Partners/Acme"),
		});
		const groups = index.alliances();
		expect(groups.find((group) => group.profile.path === "Partners/Acme.md")?.meetings.map((m) => m.path)).toEqual(["Old/Meeting.md"]);
	});

	it("among alliances sharing a name, the one in the meeting's folder wins", () => {
		const index = indexOf({
			"Clients/Acme.md": NoteBuilder.profile("Acme Clients"),
			"Partners/Acme.md": NoteBuilder.profile("Acme Partners"),
			"Partners/Meeting.md": NoteBuilder.meeting("Acme"),
			"Clients/Meeting.md": NoteBuilder.meeting("Acme"),
		});
		const meetingsOf = (path: string) => index.alliances().find((group) => group.profile.path === path)?.meetings.map((m) => m.path);
		expect(meetingsOf("Partners/Acme.md")).toEqual(["Partners/Meeting.md"]);
		expect(meetingsOf("Clients/Acme.md")).toEqual(["Clients/Meeting.md"]);
	});

	it("a meeting whose alliance link does not resolve is a problem naming the file, line and field", () => {
		const meeting = NoteBuilder.meeting("Initech").field("meeting_type", "steering");
		const index = indexOf({ "Alliances/Acme.md": NoteBuilder.profile(), "Meetings/M1.md": meeting });
		expect(index.problems()).toEqual([
			{
				path: "Meetings/M1.md",
				line: lineOf(meeting.build(), "alliance:"),
				severity: "error",
				code: "link-unresolved",
				field: "alliance",
				found: "[[Initech]]",
				allowed: { kind: "alliance-link" },
			},
		]);
		expect(index.alliances()[0]?.meetings).toEqual([]);
		expect(index.resolveAlliance({ target: "Initech" }, "Meetings/M1.md")).toBeUndefined();
	});

	it("a link on a later line is reported on that line", () => {
		const meeting = new NoteBuilder("alliance-meeting").field("date", "2026-11-27").field("time", "10:00").field("alliance", '"[[Initech]]"');
		expect(indexOf({ "M1.md": meeting }).problems()).toEqual([expect.objectContaining({ line: 5, field: "alliance" })]);
	});

	it("a link to a note that is not an alliance profile is a problem that says which note it found", () => {
		const index = indexOf({
			"Alliances/Acme.md": NoteBuilder.profile(),
			"Meetings/M1.md": NoteBuilder.meeting("M2"),
			"Meetings/M2.md": NoteBuilder.meeting("Acme"),
			"Meetings/M3.md": NoteBuilder.meeting("Groceries"),
			"Groceries.md": "- milk\n",
		});
		expect(index.problems()).toEqual([
			expect.objectContaining({ path: "Meetings/M1.md", code: "link-unresolved", found: "[[M2]]", allowed: { kind: "alliance-note", target: "Meetings/M2.md" } }),
			expect.objectContaining({ path: "Meetings/M3.md", code: "link-unresolved", found: "[[Groceries]]", allowed: { kind: "alliance-note", target: "Groceries.md" } }),
		]);
		expect(index.resolveAlliance({ target: "M2" }, "Meetings/M1.md")).toBeUndefined();
		expect(index.resolveAlliance(undefined, "Meetings/M1.md")).toBeUndefined();
	});

	it("reflections and stakeholders are held to the same rule", () => {
		const stakeholder = NoteBuilder.stakeholder("Acme", "Initech");
		const index = indexOf({ "Acme.md": NoteBuilder.profile(), "R.md": NoteBuilder.reflection("Nobody"), "People/Piet.md": stakeholder });
		expect(index.problems()).toEqual([
			expect.objectContaining({ path: "People/Piet.md", field: "alliances", found: "[[Initech]]", line: lineOf(stakeholder.build(), "alliances:") }),
			expect.objectContaining({ path: "R.md", field: "alliance", found: "[[Nobody]]" }),
		]);
		expect(names(index.alliances()[0]?.stakeholders ?? [])).toEqual(["People/Piet.md"]);
	});

	it("a meeting without an alliance has its field-missing problem, not a link problem too", () => {
		const index = indexOf({ "M.md": NoteBuilder.meeting().without("alliance") });
		expect(index.problems().map((problem) => problem.code)).toEqual(["field-missing"]);
	});
});

describe("problems across the vault", () => {
	it("are every parse problem and every unresolved link, sorted by file and line", () => {
		const index = indexOf({
			"B.md": NoteBuilder.meeting("Nobody").field("trust", 9),
			"A.md": NoteBuilder.profile().field("status", "dormant"),
			"C.md": "---\ntype: alliance-meeting\ndate: [unclosed\n---\n",
		});
		expect(index.problems().map((problem) => [problem.path, problem.line, problem.code])).toEqual([
			["A.md", 4, "field-unknown-value"],
			["B.md", 3, "link-unresolved"],
			["B.md", 5, "field-invalid"],
			["C.md", 3, "yaml-invalid"],
		]);
	});
});

describe("snapshots: a restart parses nothing that did not change", () => {
	it("a restored snapshot gives the same alliances and problems as a fresh index", () => {
		const vault = { ...acmeVault(), "Broken.md": NoteBuilder.meeting("Nobody").field("trust", 9), "Bad.md": "---\ntype: alliance\npartner: [\n---\n" };
		const fresh = indexOf(vault);
		const snapshot = fresh.snapshot();

		const restored = new VaultIndex();
		expect(restored.restore(snapshot)).toBe(true);
		expect(restored.size).toBe(fresh.size);
		expect(restored.alliances()).toEqual(indexOf(vault).alliances());
		expect(restored.problems()).toEqual(indexOf(vault).problems());
		expect(restored.notes()).toEqual(fresh.notes());
		expect(restored.stats.parsed).toBe(0);

		// The vault as the app finds it after a restart: same files, same mtimes.
		for (const [path, note] of Object.entries(vault)) expect(restored.upsert(path, text(note), 1)).toBe(false);
		expect(restored.stats.parsed).toBe(0);
		expect(restored.stats.unchanged).toBe(Object.keys(vault).length);

		// One file edited while the app was closed: only that one is parsed.
		restored.upsert("Broken.md", text(NoteBuilder.meeting("Acme")), 2);
		expect(restored.stats.parsed).toBe(1);
		expect(restored.problems().map((problem) => problem.path)).toEqual(["Bad.md", "Meetings/Undated Acme.md"]);
	});

	it("the saved index leaves empty lists out, and a restored note has them again", () => {
		const vault = acmeVault();
		const saved = indexOf(vault).snapshot();
		expect(saved).not.toContain('"links":[]');
		expect(saved).not.toContain('"aliases":[]');
		const restored = new VaultIndex();
		restored.restore(saved);
		expect(restored.notes()).toEqual(indexOf(vault).notes());
		for (const note of restored.notes()) expect(note.aliases).toEqual([]);
	});

	it("the saved index names its format and version on its first line, every note's head on the second (in columns), then each member note on a line", () => {
		expect(new VaultIndex().snapshot()).toBe(`${JSON.stringify({ format: "alliance-journal-index", version: INDEX_FORMAT_VERSION })}\n${JSON.stringify({ paths: [], mtimes: [], kinds: [], links: [], problems: [] })}`);
		const [, headsLine = "", ...notes] = indexOf(acmeVault()).snapshot().split("\n");
		const heads = JSON.parse(headsLine) as Record<"paths" | "mtimes" | "kinds" | "links" | "problems", unknown[]>;
		const count = Object.keys(acmeVault()).length;
		for (const column of Object.values(heads)) expect(column).toHaveLength(count);
		expect(notes).toHaveLength(count);
		const headOf = (path: string) => {
			const at = heads.paths.indexOf(path);
			return [heads.paths[at], heads.mtimes[at], heads.kinds[at], heads.links[at], heads.problems[at], notes[at]];
		};
		// A meeting's head names what grouping needs; its note waits on its own line.
		const [, mtime, kind, links, problems, note] = headOf("Meetings/2026-11-27 Acme.md");
		expect([mtime, kind, links, problems]).toEqual([1, "alliance-meeting", [{ target: "Acme" }], 0]);
		expect(JSON.parse(note as string)).toMatchObject({ type: "alliance-meeting", path: "Meetings/2026-11-27 Acme.md", date: "2026-11-27" });
		// A profile is whole in its head, a daily note is null; neither has a note line.
		expect(headOf("Daily/2026-11-27.md")).toEqual(["Daily/2026-11-27.md", 1, null, 0, 0, ""]);
		expect(headOf("Alliances/Acme.md")[2]).toMatchObject({ note: { type: "alliance", partner: "Acme Corp" }, problems: [] });
		expect(notes.filter((line) => line !== "")).toHaveLength(6);
	});

	const valid = () => indexOf(acmeVault()).snapshot();
	const header = (value: unknown) => `${JSON.stringify(value)}\n${valid().split("\n").slice(1).join("\n")}`;

	it.each([
		["another version", () => header({ format: "alliance-journal-index", version: INDEX_FORMAT_VERSION + 1 })],
		["the previous version's single JSON document", () => JSON.stringify({ format: "alliance-journal-index", version: 7, entries: readSaved(valid()).entries })],
		["another format", () => header({ format: "something-else", version: INDEX_FORMAT_VERSION })],
		["no version", () => header({ format: "alliance-journal-index" })],
		["a header that is not JSON", () => header("x").slice(1)],
		["heads that are not columns", () => `${valid().split("\n")[0] ?? ""}\n[["Alliances/Acme.md",1,null]]`],
		["columns of different lengths", () => `${valid().split("\n")[0] ?? ""}\n{"paths":["Alliances/Acme.md"],"mtimes":[1],"kinds":[],"links":[0],"problems":[0]}`],
		["heads that are not JSON", () => `${valid().split("\n")[0] ?? ""}\n{"paths":["Alliances/Acme.md",`],
		["null", () => null],
		["an object", () => ({ format: "alliance-journal-index", version: INDEX_FORMAT_VERSION, entries: [] })],
		["a number", () => 42],
		["an empty text", () => ""],
	])("a saved index with %s is refused and the index stays empty", (_, snapshot) => {
		const index = new VaultIndex();
		expect(index.restore(snapshot())).toBe(false);
		expect(index.size).toBe(0);
		expect(index.alliances()).toEqual([]);
		expect(index.problems()).toEqual([]);
		expect(index.snapshot()).toBe(new VaultIndex().snapshot());
	});

	it("a restored note waits as text until its alliance is first analysed, then is checked and decoded", () => {
		const restored = new VaultIndex();
		restored.restore(valid());
		expect(restored.waiting).toBe(6);
		const [acme] = restored.alliances();
		expect(restored.waiting).toBe(6);
		expect(acme?.meetings.map((meeting) => meeting.path)).toEqual(names(indexOf(acmeVault()).alliances()[0]?.meetings ?? []));
		// Acme's notes are decoded now; the stakeholder also belongs to Globex.
		expect(restored.waiting).toBe(0);
		expect(restored.takeDamaged()).toEqual([]);
	});

	it("decodeWaiting decodes the rest in steps, and a saved index written before they were needed keeps them as they were", () => {
		const restored = new VaultIndex();
		restored.restore(valid());
		expect(restored.snapshot()).toBe(valid());
		expect(restored.decodeWaiting(4)).toBe(2);
		expect(restored.decodeWaiting(4)).toBe(0);
		expect(restored.snapshot()).toBe(valid());
		expect(restored.notes()).toEqual(indexOf(acmeVault()).notes());
	});
});

describe("snapshots that are valid JSON but damaged inside", () => {
	const MEETING = "Meetings/2026-11-27 Acme.md";
	/** Acme's vault with a meeting that has a conflict, a quick win, an action, a KPI and a rating, so every part has a shape to damage. */
	const vault = (): Vault => ({
		...acmeVault(),
		[MEETING]: NoteBuilder.meeting("Acme", "2026-11-27")
			.field("kpi_joint_pipeline", 12)
			.field("trust", 4)
			.section("Conflicts", ["- [ ] Pricing: revenue share [[Sanne]]"])
			.section("Quick wins", ["- [x] Joint webinar #shared"])
			.section("Actions", ["- [ ] Send the draft @sanne 📅 2026-12-01"]),
		"Broken.md": NoteBuilder.meeting("Nobody").field("trust", 9),
	});
	type Saved = SavedEntry;
	/** The vault's saved index, with one note's line changed. */
	const damaged = (path: string, change: (entry: Saved) => void): string => {
		const { header, entries } = readSaved(indexOf(vault()).snapshot());
		const entry = entries.find(([entryPath]) => entryPath === path);
		if (!entry) throw new Error(`no entry ${path}`);
		change(entry);
		return writeSaved(header, entries);
	};
	const noteOf = (entry: Saved): Record<string, unknown> => entry[2].note ?? {};
	const firstOf = (entry: Saved, list: string): Record<string, unknown> => (noteOf(entry)[list] as Record<string, unknown>[])[0] ?? {};

	it.each([
		["its result cut off", MEETING, (entry: Saved) => entry.splice(2)],
		["text for its mtime", MEETING, (entry: Saved) => (entry[1] = "1" as unknown as number)],
		["no problems list", "Broken.md", (entry: Saved) => delete (entry[2] as Partial<Saved[2]>).problems],
		["a problem without a line", "Broken.md", (entry: Saved) => delete entry[2].problems[0]?.line],
		["a problem of another note", "Broken.md", (entry: Saved) => ((entry[2].problems[0] ?? {}).path = "Other.md")],
		["a note of an unknown type", MEETING, (entry: Saved) => (noteOf(entry).type = "alliance-memo")],
		["a note saved under another path", MEETING, (entry: Saved) => (noteOf(entry).path = "Meetings/Elsewhere.md")],
		["a conflict list that is an object", MEETING, (entry: Saved) => (noteOf(entry).conflicts = {})],
		["a conflict without its theme", MEETING, (entry: Saved) => delete firstOf(entry, "conflicts").theme],
		["a conflict link that is text", MEETING, (entry: Saved) => (firstOf(entry, "conflicts").links = ["[[Sanne]]"])],
		["an action whose line is text", MEETING, (entry: Saved) => (firstOf(entry, "actions").line = "7")],
		["an action that is null", MEETING, (entry: Saved) => ((noteOf(entry).actions as unknown[])[0] = null)],
		["a quick win whose status is a number", MEETING, (entry: Saved) => (firstOf(entry, "quickWins").status = 1)],
		["an action whose priority is not one", MEETING, (entry: Saved) => (firstOf(entry, "actions").priority = "urgent")],
		["a KPI reading without a value", MEETING, (entry: Saved) => delete firstOf(entry, "kpis").value],
		["a rating that is text", MEETING, (entry: Saved) => (noteOf(entry).ratings = { trust: "4" })],
		["an alliance link that is text", MEETING, (entry: Saved) => (noteOf(entry).alliance = "[[Acme]]")],
		["a field line that is text", MEETING, (entry: Saved) => (noteOf(entry).fieldLines = { date: "3" })],
		["a meeting type that is not one", MEETING, (entry: Saved) => (noteOf(entry).meetingType = "party")],
		["a stakeholder's alliances that are text", "People/Sanne.md", (entry: Saved) => (noteOf(entry).alliances = "[[Acme]]")],
		["a reflection without its sections", "Reflections/2026-07-01 Acme.md", (entry: Saved) => delete noteOf(entry).sections],
		["a profile whose KPI has no direction", "Alliances/Acme.md", (entry: Saved) => (noteOf(entry).kpis = [{ key: "k", label: "K", kind: "ends", line: 3 }])],
	])("an entry with %s is left out, on restore or when first analysed; the rest is kept, and reading that note again gives a fresh index", (_, path, change) => {
		const index = new VaultIndex();
		expect(index.restore(damaged(path, change))).toBe(true);
		// Every alliance analysed: each list of each group read.
		const analysed = index.alliances().flatMap((group) => [...group.meetings, ...group.reflections, ...group.stakeholders, ...group.healthChecks]);
		expect(analysed.map((note) => note.path)).not.toContain(path);
		index.problems();
		// Left out on restore (a damaged head or whole line), or found when its alliance was analysed (a damaged note).
		expect(index.droppedOnRestore + index.takeDamaged().length).toBe(1);
		expect(index.get(path)).toBeUndefined();
		expect(index.isCurrent(path, 1)).toBe(false);

		// The restart's pass: every note is current but the one left out, which is read again.
		for (const [notePath, note] of Object.entries(vault())) index.upsert(notePath, text(note), 1);
		expect(index.stats.parsed).toBe(1);
		const fresh = indexOf(vault());
		expect(index.alliances()).toEqual(fresh.alliances());
		expect(index.problems()).toEqual(fresh.problems());
		// The same entries, the note read again now last.
		expect(savedByPath(index.snapshot())).toEqual(savedByPath(fresh.snapshot()));
	});

	it("a head whose alliance link is not its note's is found when its alliance is analysed", () => {
		const { header, entries } = readSaved(indexOf(vault()).snapshot());
		const [headerLine, headsLine = "", ...notes] = writeSaved(header, entries).split("\n");
		const heads = JSON.parse(headsLine) as { paths: string[]; links: unknown[] };
		heads.links[heads.paths.indexOf(MEETING)] = [{ target: "Globex" }];
		const text = [headerLine, JSON.stringify(heads), ...notes].join("\n");
		const index = new VaultIndex();
		expect(index.restore(text)).toBe(true);
		expect(index.droppedOnRestore).toBe(0);
		const globex = index.alliances().find((group) => group.profile.basename === "Globex");
		expect(globex?.meetings).toEqual([]);
		expect(index.takeDamaged()).toEqual([MEETING]);
	});

	it.each([
		["text", "[[Acme]]"],
		["a list of text", ["[[Acme]]"]],
		["a list with null", [null]],
		["a link whose target is a number", [{ target: 1 }]],
		["a link whose display is a number", [{ target: "Acme", display: 2 }]],
		["none at all (a short column is refused whole)", undefined],
	])("a head whose alliance links are %s is left out on restore", (_, links) => {
		const { header, entries } = readSaved(indexOf(vault()).snapshot());
		const [headerLine, headsLine = "", ...notes] = writeSaved(header, entries).split("\n");
		const heads = JSON.parse(headsLine) as { paths: string[]; links: unknown[] };
		const position = heads.paths.indexOf(MEETING);
		if (links === undefined) heads.links.splice(position, 1);
		else heads.links[position] = links;
		const index = new VaultIndex();
		const restored = index.restore([headerLine, JSON.stringify(heads), ...notes].join("\n"));
		if (links === undefined) {
			expect(restored).toBe(false);
			expect(index.size).toBe(0);
			return;
		}
		expect(restored).toBe(true);
		expect(index.droppedOnRestore).toBe(1);
		expect(index.isCurrent(MEETING, 1)).toBe(false);
		expect(index.size).toBe(Object.keys(vault()).length - 1);
	});

	it("a head that is no head, or a second head for one path, is left out and the rest is kept", () => {
		const { header, entries } = readSaved(indexOf(vault()).snapshot());
		const meeting = entries.find(([path]) => path === MEETING);
		const text = writeSaved(header, [...entries, ["{ not a head"], meeting as SavedEntry]);
		const index = new VaultIndex();
		expect(index.restore(text)).toBe(true);
		expect(index.droppedOnRestore).toBe(2);
		expect(index.size).toBe(Object.keys(vault()).length);
	});

	it("a note line that is not JSON, or missing, leaves only that note out when its alliance is analysed", () => {
		const lines = indexOf(vault()).snapshot().split("\n");
		const heads = JSON.parse(lines[1] ?? "") as { paths: string[]; kinds: unknown[] };
		const position = heads.paths.indexOf(MEETING);
		lines[2 + position] = "{ not json";
		const index = new VaultIndex();
		expect(index.restore(lines.join("\n"))).toBe(true);
		expect(index.droppedOnRestore).toBe(0);
		expect(index.notes().map((note) => note.path)).not.toContain(MEETING);
		expect(index.takeDamaged()).toEqual([MEETING]);
		// Cut off after the heads: every member note is left out (each read again), the rest is kept.
		const cut = new VaultIndex();
		expect(cut.restore(lines.slice(0, 2).join("\n"))).toBe(true);
		expect(cut.decodeWaiting(Number.POSITIVE_INFINITY)).toBe(0);
		expect(cut.takeDamaged()).toHaveLength(heads.kinds.filter((kind) => typeof kind === "string").length);
		expect(cut.get("Alliances/Acme.md")?.note?.type).toBe("alliance");
	});

	it("a list of a hundred thousand conflicts with one damaged at the end is checked without recursion, and left out", () => {
		const snapshot = damaged(MEETING, (entry) => {
			const conflict = firstOf(entry, "conflicts");
			noteOf(entry).conflicts = [...Array.from({ length: 100_000 }, () => conflict), { ...conflict, status: false }];
		});
		const index = new VaultIndex();
		expect(index.restore(snapshot)).toBe(true);
		expect(index.get(MEETING)).toBeUndefined();
		expect(index.takeDamaged()).toEqual([MEETING]);
	});

	it("an undamaged snapshot leaves nothing out", () => {
		const index = new VaultIndex();
		expect(index.restore(indexOf(vault()).snapshot())).toBe(true);
		expect(index.droppedOnRestore).toBe(0);
		expect(index.decodeWaiting(Number.POSITIVE_INFINITY)).toBe(0);
		expect(index.takeDamaged()).toEqual([]);
		expect(index.snapshot()).toEqual(indexOf(vault()).snapshot());
	});
});

describe("problems after an edit", () => {
	it("are the problems a fresh index of the same notes finds, in the same order", () => {
		const vault = acmeVault();
		vault["Meetings/Bad.md"] = NoteBuilder.meeting("Nowhere").field("trust", 9);
		const index = indexOf(vault);
		index.alliances();
		expect(index.problems().length).toBeGreaterThan(0);
		const edits: Vault = {
			"Meetings/2026-03-01 Acme.md": NoteBuilder.meeting("Missing", "2026-03-01").field("trust", 7).field("delivery", "high"),
			"Meetings/Bad.md": NoteBuilder.meeting("Acme"),
			"Reflections/2026-07-01 Acme.md": NoteBuilder.reflection("Globex", "2026-07-01").field("relationship", "great"),
			"Daily/2026-11-27.md": "# Still just a daily note\n",
		};
		for (const [step, [path, note]] of Object.entries(edits).entries()) {
			index.problems();
			index.upsert(path, text(note), 2 + step);
			vault[path] = note;
			expect(index.problems()).toEqual(indexOf(vault).problems());
		}
	});
});


describe("the aliases of a note that is not an alliance note (a conflict's theme note)", () => {
	const THEME = ["---", "aliases:", "  - data access", "  - datadeling", "tags: [topic]", "---", "# Data sharing"].join("\n");

	it("are kept, survive a snapshot and a rename, and other notes keep nothing", () => {
		const index = new VaultIndex();
		index.upsert("Notes/Data sharing.md", THEME, 1);
		index.upsert("Notes/Plain.md", "---\ntags: [x]\n---\n# Plain", 1);
		index.upsert("Notes/Bad.md", "---\naliases: [unclosed\n---\n", 1);
		expect(index.aliasesOf("Notes/Data sharing.md")).toEqual(["data access", "datadeling"]);
		expect(index.get("Notes/Plain.md")).toEqual({ note: null, problems: [] });
		// Unreadable YAML in someone else's note is not an alliance problem.
		expect(index.get("Notes/Bad.md")).toEqual({ note: null, problems: [] });

		const restored = new VaultIndex();
		expect(restored.restore(index.snapshot())).toBe(true);
		expect(restored.droppedOnRestore).toBe(0);
		expect(restored.aliasesOf("Notes/Data sharing.md")).toEqual(["data access", "datadeling"]);
		restored.rename("Notes/Data sharing.md", "Notes/Data exchange.md");
		expect(restored.aliasesOf("Notes/Data exchange.md")).toEqual(["data access", "datadeling"]);
	});

	it("a snapshot whose plain note has aliases of the wrong shape drops that entry", () => {
		const index = new VaultIndex();
		const snapshot = writeSaved(JSON.stringify({ format: "alliance-journal-index", version: INDEX_FORMAT_VERSION }), [["Notes/A.md", 1, { note: null, problems: [], aliases: [1] }]]);
		expect(index.restore(snapshot)).toBe(true);
		expect(index.droppedOnRestore).toBe(1);
	});
});

describe("the alliances after an edit", () => {
	/** A note of one alliance or the other: its kind, alliance, day and time, all free to change in an edit. */
	const noteArb = fc.record({
		kind: fc.constantFrom("meeting", "reflection", "health-check", "stakeholder", "daily"),
		alliance: fc.constantFrom("Acme", "Globex", "acme"),
		day: fc.constantFrom("2026-01-05", "2026-01-05", "2026-03-01", undefined),
		time: fc.constantFrom("09:00", "14:30", undefined),
	});
	type Drawn = { kind: string; alliance: string; day: string | undefined; time: string | undefined };

	function noteText(note: Drawn): string {
		if (note.kind === "daily") return "# A daily note\n";
		if (note.kind === "stakeholder") return NoteBuilder.stakeholder(note.alliance).build();
		const built = note.kind === "meeting" ? NoteBuilder.meeting(note.alliance) : note.kind === "reflection" ? NoteBuilder.reflection(note.alliance) : NoteBuilder.healthCheck(note.alliance);
		const dated = note.day === undefined ? built.without("date") : built.field("date", note.day);
		return (note.kind === "meeting" && note.time !== undefined ? dated.field("time", note.time) : dated).build();
	}

	const lists = (index: VaultIndex) =>
		index.alliances().map((group) => ({
			profile: group.profile.path,
			meetings: names(group.meetings),
			reflections: names(group.reflections),
			healthChecks: names(group.healthChecks),
			stakeholders: names(group.stakeholders),
		}));

	it("hold each note where a fresh index of the same notes and times puts it", () => {
		const paths = ["N/a.md", "N/b.md", "N/c.md", "N/d.md", "N/e.md", "N/f.md"];
		fc.assert(
			fc.property(
				fc.array(noteArb, { minLength: paths.length, maxLength: paths.length }),
				fc.array(fc.tuple(fc.nat(paths.length - 1), noteArb, fc.constantFrom(1, 2, 3)), { maxLength: 12 }),
				(start, edits) => {
					const texts = new Map<string, string>([
						["Alliances/Acme.md", NoteBuilder.profile("Acme Corp").build()],
						["Alliances/Globex.md", NoteBuilder.profile("Globex Inc").build()],
					]);
					const times = new Map<string, number>();
					paths.forEach((path, position) => texts.set(path, noteText(start[position] as Drawn)));
					const index = new VaultIndex();
					for (const [path, text] of texts) {
						times.set(path, 1);
						index.upsert(path, text, 1);
					}
					index.alliances();
					for (const [which, note, drawnTime] of edits) {
						const path = paths[which] as string;
						// An edit always changes the time (the same time is the same note to the index); times repeat across notes.
						const mtime = drawnTime === times.get(path) ? drawnTime + 3 : drawnTime;
						texts.set(path, noteText(note));
						times.set(path, mtime);
						index.upsert(path, texts.get(path) as string, mtime);
						const fresh = new VaultIndex();
						for (const [other, text] of texts) fresh.upsert(other, text, times.get(other) ?? 1);
						expect(lists(index)).toEqual(lists(fresh));
					}
				},
			),
			{ numRuns: 300 },
		);
	});
});
