import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/core/index/vault-index";
import type { NoteType } from "../../../src/core/model";
import { parseNote } from "../../../src/core/parse/parse-note";
import { dimensionHeading, dimensionKeys, findAlliance, linkTargets, newNote, type NewNoteRequest, type VaultView } from "../../../src/core/templates/new-note";
import { NoteBuilder } from "../helpers/note-builder";

function vaultOf(files: Record<string, NoteBuilder | string>): { index: VaultIndex; view: (alliance: string) => VaultView } {
	const index = new VaultIndex();
	for (const [path, note] of Object.entries(files)) index.upsert(path, typeof note === "string" ? note : note.build(), 1);
	const paths = Object.keys(files);
	return {
		index,
		view: (alliance) => ({ alliance: findAlliance(index.alliances(), alliance), exists: (path) => paths.includes(path), linkTarget: linkTargets(paths) }),
	};
}

const acme = vaultOf({
	"Alliances/Acme/Acme.md": NoteBuilder.profile().field("aliases", "[ACME Corp]"),
	"Alliances/Acme/Meetings/2026-11-27 Acme.md": NoteBuilder.meeting("Acme", "2026-11-27").section("Actions", ["- [ ] Send the forecast @sanne 📅 2026-12-01"]),
});

function request(type: NoteType, overrides: Partial<NewNoteRequest> = {}): NewNoteRequest {
	return { type, alliance: "Acme", date: "2026-11-27", time: "09:30", language: "en", ...overrides };
}

describe("a new note's place in the vault", () => {
	it("each note type has its default folder and name, in the user's language", () => {
		const paths = (language: "en" | "nl") =>
			(["alliance", "alliance-meeting", "alliance-reflection", "alliance-stakeholder"] as const).map(
				(type) => newNote(request(type, { language, alliance: "Beta" }), { exists: () => false }).path,
			);
		expect(paths("en")).toEqual([
			"Alliances/Beta/Beta.md",
			"Alliances/Beta/Meetings/2026-11-27 Beta.md",
			"Alliances/Beta/Reflections/2026-11-27 Reflection Beta.md",
			"Stakeholders/New stakeholder.md",
		]);
		expect(paths("nl")[2]).toBe("Alliances/Beta/Reflections/2026-11-27 Reflectie Beta.md");
		expect(paths("nl")[3]).toBe("Stakeholders/Nieuwe stakeholder.md");
	});

	it("a second meeting on the same day gets a free name, and the first is left alone", () => {
		expect(newNote(request("alliance-meeting"), acme.view("Acme")).path).toBe("Alliances/Acme/Meetings/2026-11-27 Acme 2.md");
	});

	it("a pattern of the user's own decides the folders, a date format included", () => {
		const note = newNote(request("alliance-meeting", { pathPattern: "Journal/{{date:yyyy}}/{{date:MMMM}}/{{alliance}} {{date}}" , language: "nl" }), acme.view("Acme"));
		expect(note.path).toBe("Journal/2026/november/Acme 2026-11-27.md");
	});

	it("a stakeholder is filed under the name given as title, made safe", () => {
		for (const title of ["../x", "a/b", "CON", ':*?"<>|', "Priya 🚀", "x".repeat(300)]) {
			const note = newNote(request("alliance-stakeholder", { title }), acme.view("Acme"));
			expect(note.path.startsWith("Stakeholders/"), note.path).toBe(true);
			expect(note.path.split("/")).toHaveLength(2);
			expect(parseNote(note.path, note.text).problems).toEqual([]);
		}
	});
});

describe("what a new note says", () => {
	it("a meeting links to its alliance and carries what is open", () => {
		const note = newNote(request("alliance-meeting", { date: "2026-12-02" }), acme.view("acme corp"));
		expect(note.text).toContain('alliance: "[[Acme]]"');
		expect(note.text).toContain("# Meeting 2 December 2026");
		expect(note.text).toContain("- Send the forecast (from [[2026-11-27 Acme]]) @sanne — 2026-12-01");
		expect(note.text).toContain("_No open conflicts._");
	});

	it("in Dutch, the title and the words are Dutch", () => {
		const note = newNote(request("alliance-meeting", { language: "nl" }), acme.view("Acme"));
		expect(note.text).toContain("# Overleg 27 november 2026");
		expect(note.text).toContain("## Conflicten");
		expect(note.text).toContain("(uit [[2026-11-27 Acme]])");
	});

	it("a link names the note by path when its name is not unique in the vault", () => {
		const twins = vaultOf({ "Alliances/Acme/Acme.md": NoteBuilder.profile(), "People/Acme.md": "# Acme the person\n" });
		const note = newNote(request("alliance-meeting"), twins.view("Acme"));
		expect(note.text).toContain('alliance: "[[Alliances/Acme/Acme|Acme]]"');
		twins.index.upsert(note.path, note.text, 1);
		expect(twins.index.problems()).toEqual([]);
		expect(twins.index.alliances()[0]?.meetings.map((meeting) => meeting.path)).toEqual([note.path]);
	});

	it("a new alliance is named as it can be saved, and its partner starts as that name", () => {
		const note = newNote(request("alliance", { alliance: "Acme/EMEA: Benelux" }), { exists: () => false });
		expect(note.path).toBe("Alliances/Acme-EMEA Benelux/Acme-EMEA Benelux.md");
		expect(note.text).toContain('partner: "Acme-EMEA Benelux"');
		expect(note.text).toContain("# Acme-EMEA Benelux");
		expect(parseNote(note.path, note.text).problems).toEqual([]);
	});

	it("a new alliance whose file name is taken by another note is named after its free file name", () => {
		const note = newNote(request("alliance", { alliance: "Beta" }), { exists: (path) => path === "Alliances/Beta/Beta.md" });
		expect(note.path).toBe("Alliances/Beta/Beta 2.md");
		expect(note.text).toContain('partner: "Beta 2"');
	});
});

describe("a new health check", () => {
	it("asks both sides to rate each default dimension, with a heading per dimension, in English and in Dutch", () => {
		for (const [language, heading] of [["en", "## Joint KPIs, including how we work together"], ["nl", "## Gezamenlijke KPI's, ook over hoe we samenwerken"]] as const) {
			const note = newNote(request("alliance-health-check", { language }), acme.view("Acme"));
			expect(note.text.match(/^ours_\w+:$/gm)).toHaveLength(8);
			expect(note.text.match(/^theirs_\w+:$/gm)).toHaveLength(8);
			expect(note.text).toContain(heading);
			const parsed = parseNote(note.path, note.text);
			expect(parsed.problems).toEqual([]);
			expect(parsed.note).toMatchObject({ type: "alliance-health-check", ratings: [], comments: [] });
		}
	});

	it("asks for the dimensions given instead, its own ones named by their key", () => {
		const note = newNote(request("alliance-health-check", { dimensions: ["trust", "market_access"] }), acme.view("Acme"));
		expect(note.text.match(/^(?:ours|theirs)_\w+:$/gm)).toEqual(["ours_trust:", "theirs_trust:", "ours_market_access:", "theirs_market_access:"]);
		expect(note.text.match(/^## .+$/gm)).toEqual(["## Trust", "## Market access"]);
		expect(note.text).toContain("# Health check 27 November 2026");
	});

	it("reads the settings' list of dimensions as people type it", () => {
		expect(dimensionKeys("Trust, joint KPIs, market-access, trust,, ")).toEqual(["trust", "joint_kpis", "market_access"]);
		expect(dimensionKeys("")).toEqual([]);
		expect(dimensionHeading("internal_support", "nl")).toBe("Interne steun");
	});
});

describe("the user's own template replaces the built-in one", () => {
	const template = [
		"---",
		"type: alliance-meeting",
		'alliance: "{{alliance_link}}"',
		"date: {{date}}",
		"{{kpi_fields}}",
		"---",
		"# {{title}}, {{date:EEEE}}",
		"Written <% tp.date.now() %> by {{author}}.",
		"{{open_actions}}",
	].join("\n");

	it("its text is used, placeholders filled in, unknown ones and Templater's left for later", () => {
		const note = newNote(request("alliance-meeting", { template, date: "2026-12-04" }), acme.view("Acme"));
		expect(note.text).toBe(
			[
				"---",
				"type: alliance-meeting",
				'alliance: "[[Acme]]"',
				"date: 2026-12-04",
				"---",
				"# Meeting 4 December 2026, Friday",
				"Written <% tp.date.now() %> by {{author}}.",
				"- Send the forecast (from [[2026-11-27 Acme]]) @sanne — 2026-12-01",
			].join("\n"),
		);
	});
});

describe("finding the alliance the user names", () => {
	it("by its name or an alias, ignoring case", () => {
		expect(findAlliance(acme.index.alliances(), "ACME")?.profile.path).toBe("Alliances/Acme/Acme.md");
		expect(findAlliance(acme.index.alliances(), "acme corp")?.profile.path).toBe("Alliances/Acme/Acme.md");
		expect(findAlliance(acme.index.alliances(), "Initech")).toBeUndefined();
	});

	it("links use the name when it is unique, else the path", () => {
		const target = linkTargets(["A/Acme.md", "B/acme.md", "Zeta.md"]);
		expect([target("Zeta.md"), target("A/Acme.md")]).toEqual(["Zeta", "A/Acme"]);
	});
});
