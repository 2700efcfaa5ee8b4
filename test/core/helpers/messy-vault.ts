/**
 * A vault full of mistakes: every kind of problem the parser, the schema and
 * the index make, for tests of what problems say.
 */
import { VaultIndex } from "../../../src/core/index/vault-index";
import type { Problem } from "../../../src/core/model";
import { NoteBuilder } from "./note-builder";

/** A vault full of mistakes: every kind of problem the parser, the schema and the index make. */
export function problemsOfAMessyVault(): Problem[] {
	const notes: Record<string, string> = {
		"Alliances/Acme.md": NoteBuilder.profile()
			.field("review_every_days", 0)
			.field("phase", "launched")
			.field("started", "2026-02-30")
			.field("owner", "[[Sanne]]")
			.section("KPIs", ["| key | direction | kind | target |", "| --- | --- | --- | --- |", "| nps | sideways | vibes | lots |", "| NPS | up | ends | 40 |"])
			.build(),
		"Alliances/Beta.md": new NoteBuilder("alliance").section("KPIs", ["| target | unit |", "| --- | --- |", "| 95 | % |"]).build(),
		"Meetings/m1.md": NoteBuilder.meeting()
			.field("trust", 7)
			.field("respect", 3.5)
			.field("time", '"25:00"')
			.field("meeting_type", "board")
			.field("attendees", "[{ a: 1 }]")
			.field("kpi_nps", "n/a")
			.build(),
		"Meetings/m2.md": NoteBuilder.meeting().field("alliance", "[[Acme]]").field("date", '"{{date}}"').build(),
		"Meetings/m3.md": NoteBuilder.meeting("Nobody").without("date").build(),
		"Meetings/m4.md": NoteBuilder.meeting("Groceries").build(),
		"Meetings/m5.md": new NoteBuilder("alliance-meeting").field("alliance", "42").build(),
		"Groceries.md": "- milk\n",
		"Reflections/r.md": NoteBuilder.reflection().field("relationship", 9).field("trigger", "boredom").field("adoption_stage", "x").build(),
		"People/p.md": new NoteBuilder("alliance-stakeholder").field("alliances", 7).field("contact_every_days", "often").field("last_contact", "soon").build(),
		"People/q.md": new NoteBuilder("alliance-stakeholder").field("alliances", '["[[Acme]]", { a: 1 }]').field("stance", "enemy").build(),
		"Broken/yaml.md": "---\ntype: alliance\npartner: [\n---\n",
		"Broken/list.md": "---\n[\ntype: alliance\n]\n---\n",
		"Broken/type.md": "---\ntype: alliance-meetng\n---\n",
	};
	const index = new VaultIndex();
	for (const [path, text] of Object.entries(notes)) index.upsert(path, text, 1);
	return index.problems();
}

