import { describe, expect, it } from "vitest";
import { buildDashboard } from "../../../src/core/analytics/dashboard";
import type { AllianceDashboard } from "../../../src/core/analytics/dashboard-model";
import { heldNotes, isPlanned } from "../../../src/core/analytics/planned-notes";
import { VaultIndex } from "../../../src/core/index/vault-index";
import type { MeetingNote, ReflectionNote } from "../../../src/core/model";
import { NoteBuilder } from "../helpers/note-builder";

const KPI_TABLE = ["| key | label | unit | target | direction | kind |", "| --- | --- | --- | --- | --- | --- |", "| on_time | On-time delivery | % | 95 | up | ends |"];
const HELD = "Meetings/2026-11-19 Acme.md";
const PREPARED = "Meetings/2026-12-03 Acme.md";

/** A meeting held on 19 November with a reading, ratings and an action. */
function held(): string {
	return NoteBuilder.meeting("Acme", "2026-11-19")
		.field("kpi_on_time", 87)
		.field("trust", 4)
		.section("Actions", ["- [ ] Send the recovery plan 📅 2026-12-10"])
		.build();
}

/** The next meeting's note as `new meeting` writes it: empty properties, the agenda carried over, empty items. */
function prepared(date = "2026-12-03"): NoteBuilder {
	return NoteBuilder.meeting("Acme", date)
		.field("time", "")
		.field("trust", "")
		.field("kpi_on_time", "")
		.section("Agenda", ["### Open actions", "- Send the recovery plan (from [[2026-11-19 Acme]]) — 2026-12-10"])
		.section("Conflicts", ["- [ ] "])
		.section("Actions", ["- [ ] "]);
}

function acmeOn(today: string, preparedNote: string): AllianceDashboard {
	const index = new VaultIndex();
	index.upsert("Acme.md", NoteBuilder.profile().field("next_meeting", "2026-12-03").section("KPIs", KPI_TABLE).build(), 1);
	index.upsert(HELD, held(), 1);
	index.upsert(PREPARED, preparedNote, 1);
	expect(index.problems()).toEqual([]);
	const alliance = buildDashboard(index, { today, options: { staleAfterMeetings: 1 } }).alliances[0];
	if (!alliance) throw new Error("no alliance");
	return alliance;
}

describe("a meeting note prepared in advance is planned, not held", () => {
	it.each([
		["dated after today", "2026-12-02"],
		["dated today with nothing filled in", "2026-12-03"],
	])("%s: the briefing is on the last real meeting, no KPI turns stale, and the prepared note is shown", (_case, today) => {
		const alliance = acmeOn(today, prepared().build());
		expect(alliance.lastMeeting).toBe("2026-11-19");
		expect(alliance.briefing.sinceLastMeeting?.meeting).toEqual({ path: HELD, line: 1, date: "2026-11-19" });
		expect(alliance.briefing.sinceLastMeeting?.actionsAdded).toBe(1);
		expect(alliance.briefing.daysSinceLastMeeting).toBe(today === "2026-12-02" ? 13 : 14);
		expect(alliance.briefing.preparedMeeting).toEqual({ path: PREPARED, line: 1, date: "2026-12-03" });
		// One meeting without a reading would make on_time stale (staleAfterMeetings: 1): the planned one does not count.
		expect(alliance.kpis[0]).toMatchObject({ stale: false, meetingsSinceReading: 0 });
		expect(alliance.briefing.items.map((item) => item.kind)).not.toContain("kpi-stale");
		expect(alliance.health.ratings.find((rating) => rating.key === "trust")?.series.map((point) => point.path)).toEqual([HELD]);
		// It is still a note of the alliance.
		expect(alliance.counts.meetings).toBe(2);
	});

	it("filled in on its day, it counts: it is the last meeting and nothing is prepared any more", () => {
		const alliance = acmeOn("2026-12-03", prepared().field("kpi_on_time", 90).build());
		expect(alliance.lastMeeting).toBe("2026-12-03");
		expect(alliance.briefing.sinceLastMeeting?.meeting.path).toBe(PREPARED);
		expect(alliance.briefing.sinceLastMeeting?.kpiChanges).toEqual([{ key: "on_time", label: "On-time delivery", unit: "%", from: 87, to: 90, better: true }]);
		expect(alliance.briefing.preparedMeeting).toBeUndefined();
		expect(alliance.briefing.daysSinceLastMeeting).toBe(0);
	});

	it("a dated-ahead note with content is still planned until its day", () => {
		const alliance = acmeOn("2026-12-02", prepared().section("Decisions", ["- Agree the recovery plan"]).build());
		expect(alliance.lastMeeting).toBe("2026-11-19");
		expect(alliance.briefing.preparedMeeting?.path).toBe(PREPARED);
	});
});

describe("isPlanned", () => {
	const meeting = (build: NoteBuilder): MeetingNote => {
		const index = new VaultIndex();
		index.upsert("m.md", build.build(), 1);
		return index.get("m.md")?.note as MeetingNote;
	};
	const reflection = (build: NoteBuilder): ReflectionNote => {
		const index = new VaultIndex();
		index.upsert("r.md", build.build(), 1);
		return index.get("r.md")?.note as ReflectionNote;
	};

	it("each kind of content makes a note of today held", () => {
		const today = "2026-12-03";
		expect(isPlanned(meeting(NoteBuilder.meeting("Acme", today)), today)).toBe(true);
		expect(isPlanned(meeting(NoteBuilder.meeting("Acme", today).field("openness", 3)), today)).toBe(false);
		expect(isPlanned(meeting(NoteBuilder.meeting("Acme", today).section("Quick wins", ["- First joint invoice"])), today)).toBe(false);
		expect(isPlanned(meeting(NoteBuilder.meeting("Acme", today).section("Conflicts", ["- [ ] Pricing: again"])), today)).toBe(false);
		expect(isPlanned(meeting(NoteBuilder.meeting("Acme", "2026-12-02")), today)).toBe(false);
	});

	it("is the same for reflections: planned ahead, or today with no answer and no rating", () => {
		const today = "2026-12-03";
		expect(isPlanned(reflection(NoteBuilder.reflection("Acme", "2026-12-04").field("relationship", 4)), today)).toBe(true);
		expect(isPlanned(reflection(NoteBuilder.reflection("Acme", today)), today)).toBe(true);
		expect(isPlanned(reflection(NoteBuilder.reflection("Acme", today).field("relationship", 4)), today)).toBe(false);
		expect(isPlanned(reflection(NoteBuilder.reflection("Acme", today).section("Lessons", ["- Ask earlier"])), today)).toBe(false);
	});

	it("an alliance with nothing planned is given back as it is (its views are reused)", () => {
		const index = new VaultIndex();
		index.upsert("Acme.md", NoteBuilder.profile().build(), 1);
		index.upsert(HELD, held(), 1);
		const group = index.alliances()[0];
		if (!group) throw new Error("no alliance");
		expect(heldNotes(group, "2026-12-01").held).toBe(group);
		expect(heldNotes(group, "2026-11-18").held.meetings).toEqual([]);
	});
});
