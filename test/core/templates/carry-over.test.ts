import { describe, expect, it } from "vitest";
import { type AllianceGroup, VaultIndex } from "../../../src/core/index/vault-index";
import { toAction } from "../../../src/core/parse/items";
import { actionLine, conflictLine, kpiFieldLines, openActions, openConflicts } from "../../../src/core/templates/carry-over";
import { NoteBuilder } from "../helpers/note-builder";

function acme(notes: Record<string, NoteBuilder>): AllianceGroup {
	const index = new VaultIndex();
	index.upsert(
		"Alliances/Acme.md",
		NoteBuilder.profile().section("KPIs", ["| key | label | target |", "| --- | --- | --- |", "| nps | NPS | 40 |", "| On-time delivery | OTD | 95 |"]).build(),
		1,
	);
	for (const [path, note] of Object.entries(notes)) index.upsert(path, note.build(), 1);
	const group = index.alliances()[0];
	if (!group) throw new Error("no alliance");
	return group;
}

describe("open actions are carried over", () => {
	const group = acme({
		"M/2026-10-01.md": NoteBuilder.meeting("Acme", "2026-10-01").section("Actions", [
			"- [ ] Send the forecast @sanne 📅 2026-12-01",
			"- [x] Book the room ✅ 2026-10-02",
			"- [ ] Draft the NDA",
		]),
		"M/2026-11-01.md": NoteBuilder.meeting("Acme", "2026-11-01").section("Actions", ["- [ ] Call James @piet 📅 2026-11-15"]),
		"R/2026-11-02.md": NoteBuilder.reflection("Acme", "2026-11-02").section("Actions", ["- [ ] Share the quick wins internally"]),
		"M/2026-12-01.md": NoteBuilder.meeting("Acme", "2026-12-01").section("Actions", ["- [ ] Something decided later"]),
	});

	it("every action not done, from meetings and reflections, soonest due first", () => {
		expect(openActions(group).map(({ item, note }) => [item.description, note.path])).toEqual([
			["Call James", "M/2026-11-01.md"],
			["Send the forecast", "M/2026-10-01.md"],
			["Draft the NDA", "M/2026-10-01.md"],
			["Share the quick wins internally", "R/2026-11-02.md"],
			["Something decided later", "M/2026-12-01.md"],
		]);
	});

	it("a note for an earlier day sees only what was open then", () => {
		expect(openActions(group, "2026-11-01").map(({ item }) => item.description)).toEqual(["Call James", "Send the forecast", "Draft the NDA"]);
	});

	it("a carried action keeps its owner and due date, and links back to where it came from", () => {
		const [first] = openActions(group);
		if (!first) throw new Error("no open action");
		const line = actionLine(first.item, "from [[2026-11-01]]");
		expect(line).toBe("- Call James (from [[2026-11-01]]) @piet — 2026-11-15");
		// An agenda line, not a second task: no checkbox and no 📅 for the Tasks plugin to count twice.
		expect(line).not.toMatch(/\[ \]|📅/);
		const reread = toAction({ text: line.replace("- ", ""), line: 1, checked: false });
		expect(reread).toMatchObject({ owner: "piet", links: [{ target: "2026-11-01" }] });
		expect(reread.due).toBeUndefined();
	});
});

describe("open conflicts are carried over: per theme, its latest mention when that is still open", () => {
	const group = acme({
		"M/03.md": NoteBuilder.meeting("Acme", "2026-03-01").section("Conflicts", ["- [ ] Pricing: too high", "- [ ] Data sharing: scope unclear"]),
		"M/05.md": NoteBuilder.meeting("Acme", "2026-05-01").section("Conflicts", ["- [x] Pricing: agreed on tiers", "- [ ] Roadmap: features late"]),
		"M/06.md": NoteBuilder.meeting("Acme", "2026-06-01").section("Conflicts", ["- [x] Roadmap: back on track"]),
		"R/07.md": NoteBuilder.reflection("Acme", "2026-07-01").section("Conflicts", ["- [ ] pricing: the tiers are back on the table"]),
	});

	it("a conflict resolved later is not carried; one raised again after that is, as last written", () => {
		expect(openConflicts(group).map(({ item, note }) => [item.text, note.path])).toEqual([
			["Data sharing: scope unclear", "M/03.md"],
			["pricing: the tiers are back on the table", "R/07.md"],
		]);
	});

	it("a note for an earlier day sees the conflicts as they stood then", () => {
		expect(openConflicts(group, "2026-05-15").map(({ item }) => item.theme)).toEqual(["Data sharing", "Roadmap"]);
	});

	it("a carried conflict is written as it was, with where it was last raised", () => {
		const [first] = openConflicts(group);
		if (!first) throw new Error("no open conflict");
		expect(conflictLine(first.item, "from [[03]]")).toBe("- Data sharing: scope unclear (from [[03]])");
	});
});

describe("carried-over text cannot run in the new note", () => {
	const group = acme({
		"M/2026-11-01.md": NoteBuilder.meeting("Acme", "2026-11-01")
			.section("Actions", ["- [ ] Reply <% tp.file.move(\"/x\") %> by {{date}} @sanne"])
			.section("Conflicts", ["- [ ] Pricing: <%* app.vault.delete(tp.file.find_tfile(\"Acme\")) %>"]),
	});

	it("Templater's <% … %> and {{placeholders}} in an open action or conflict are carried inert", () => {
		const [action] = openActions(group);
		const [conflict] = openConflicts(group);
		if (!action || !conflict) throw new Error("nothing carried");
		const actionText = actionLine(action.item, "from [[2026-11-01]]");
		const conflictText = conflictLine(conflict.item, "from [[2026-11-01]]");
		expect(actionText).toBe('- Reply <\\% tp.file.move("/x") %\\> by {\\{date}\\} (from [[2026-11-01]]) @sanne');
		expect(conflictText).toBe('- Pricing: <\\%* app.vault.delete(tp.file.find_tfile("Acme")) %\\> (from [[2026-11-01]])');
		for (const line of [actionText, conflictText]) expect(line).not.toMatch(/<%|%>|\{\{|\}\}/);
	});
});

describe("KPI properties", () => {
	it("a meeting gets a kpi_<key> line for every KPI the alliance defines", () => {
		expect(kpiFieldLines(acme({}).profile)).toEqual(["kpi_nps:", "kpi_on_time_delivery:"]);
	});
});
