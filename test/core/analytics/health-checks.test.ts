import { describe, expect, it } from "vitest";
import { healthCheckDue, healthCheckSummary } from "../../../src/core/analytics/health-checks";
import { NoteBuilder } from "../helpers/note-builder";
import { allianceOf, type Vault } from "../helpers/vault";

const TODAY = "2026-11-27";
const PROFILE = "Alliances/Acme.md";
const CADENCE = 182;

/** A health check of Acme with these ratings, written as `ours_<key>` / `theirs_<key>`. */
function check(date: string, ratings: Record<string, [ours: number | null, theirs: number | null]>): NoteBuilder {
	const note = NoteBuilder.healthCheck("Acme", date);
	for (const [dimension, [ours, theirs]] of Object.entries(ratings)) {
		if (ours !== null) note.field(`ours_${dimension}`, ours);
		if (theirs !== null) note.field(`theirs_${dimension}`, theirs);
	}
	return note;
}

const profile = (started = "2026-01-05"): string => NoteBuilder.profile("Acme Corp").field("started", started).build();

describe("the perception gap of the latest health check", () => {
	it("shows both views per dimension, the largest gap first, whichever side sees it rosier", () => {
		const vault: Vault = {
			[PROFILE]: profile(),
			"Checks/2026-10-01.md": check("2026-10-01", { trust: [4, 3], openness: [4, 2], respect: [4, 4], value: [2, 4] })
				.field("our_participants", '["[[Sanne]]", "Lotte"]')
				.field("their_participants", "James, Emily")
				.build(),
		};
		const latest = healthCheckSummary(allianceOf(vault), TODAY, CADENCE).latest;

		expect(latest?.dimensions.map(({ dimension, ours, theirs, gap }) => ({ dimension, ours, theirs, gap }))).toEqual([
			{ dimension: "openness", ours: 4, theirs: 2, gap: 2 },
			// A gap of −2 (the partner sees it rosier) is as large as one of +2; the dimension list's order breaks the tie.
			{ dimension: "value", ours: 2, theirs: 4, gap: -2 },
			{ dimension: "trust", ours: 4, theirs: 3, gap: 1 },
			{ dimension: "respect", ours: 4, theirs: 4, gap: 0 },
		]);
		expect(latest?.ourParticipants).toEqual(["Sanne", "Lotte"]);
		expect(latest?.theirParticipants).toEqual(["James", "Emily"]);
		expect(latest?.oursAverage).toBe(3.5);
		expect(latest?.theirsAverage).toBe(3.25);
		expect(latest?.check).toEqual({ path: "Checks/2026-10-01.md", line: 4, date: "2026-10-01" });
	});

	it("a dimension only one side rated comes after those both rated, without a gap", () => {
		const vault: Vault = { [PROFILE]: profile(), "Checks/2026-10-01.md": check("2026-10-01", { trust: [5, null], respect: [3, 3] }).build() };
		const dimensions = healthCheckSummary(allianceOf(vault), TODAY, CADENCE).latest?.dimensions ?? [];
		expect(dimensions.map((dimension) => [dimension.dimension, dimension.gap])).toEqual([
			["respect", 0],
			["trust", undefined],
		]);
	});

	it("a dimension the note defines itself is a dimension like the others", () => {
		const vault: Vault = { [PROFILE]: profile(), "Checks/2026-10-01.md": check("2026-10-01", { trust: [3, 3], market_access: [5, 2] }).build() };
		expect(healthCheckSummary(allianceOf(vault), TODAY, CADENCE).latest?.dimensions[0]).toMatchObject({ dimension: "market_access", gap: 3 });
	});

	it("shows how each side moved since the previous check, and whether the views came closer", () => {
		const vault: Vault = {
			[PROFILE]: profile(),
			"Checks/2026-04-01.md": check("2026-04-01", { trust: [3, 3], openness: [3, 1], value: [4, 4] }).build(),
			"Checks/2026-10-01.md": check("2026-10-01", { trust: [4, 3], openness: [3, 2], learning: [4, 4] }).build(),
		};
		const latest = healthCheckSummary(allianceOf(vault), TODAY, CADENCE).latest;
		const byDimension = Object.fromEntries((latest?.dimensions ?? []).map((dimension) => [dimension.dimension, dimension]));

		expect(latest?.previous).toEqual({ path: "Checks/2026-04-01.md", line: 4, date: "2026-04-01" });
		// Trust: we moved up a point, they stayed: the gap opened.
		expect(byDimension.trust).toMatchObject({ previousOurs: 3, previousTheirs: 3, oursChange: 1, theirsChange: 0, previousGap: 0, gapWidening: 1 });
		// Openness: they moved up, the gap narrowed from 2 to 1.
		expect(byDimension.openness).toMatchObject({ oursChange: 0, theirsChange: 1, previousGap: 2, gapWidening: -1 });
		// Learning was not rated before: no change to tell.
		expect(byDimension.learning).not.toHaveProperty("oursChange");
		expect(byDimension.learning).not.toHaveProperty("previousOurs");
		// Value is not in the latest check.
		expect(byDimension.value).toBeUndefined();
	});

	it("carries the comment under each dimension's heading, in English or Dutch", () => {
		const vault: Vault = {
			[PROFILE]: profile(),
			"Checks/2026-10-01.md": check("2026-10-01", { trust: [4, 3], openness: [4, 2] })
				.section("Vertrouwen", ["Goed na de zomer,", "maar de prijsdiscussie knaagt."])
				.section("Openness on decisions and resources", ["- They hear about roadmap changes too late."])
				.build(),
		};
		const dimensions = healthCheckSummary(allianceOf(vault), TODAY, CADENCE).latest?.dimensions ?? [];
		expect(dimensions.map((dimension) => dimension.comment?.text)).toEqual(["- They hear about roadmap changes too late.", "Goed na de zomer, maar de prijsdiscussie knaagt."]);
		expect(dimensions[0]?.comment?.path).toBe("Checks/2026-10-01.md");
	});

	it("a check dated after today is planned, not the latest", () => {
		const vault: Vault = {
			[PROFILE]: profile(),
			"Checks/2026-10-01.md": check("2026-10-01", { trust: [4, 3] }).build(),
			"Checks/2026-12-10.md": check("2026-12-10", {}).build(),
		};
		const summary = healthCheckSummary(allianceOf(vault), TODAY, CADENCE);
		expect(summary.checks.map((entry) => entry.date)).toEqual(["2026-10-01"]);
		expect(summary.latest?.check.date).toBe("2026-10-01");
	});

	it("no health check: no perception gap", () => {
		const summary = healthCheckSummary(allianceOf({ [PROFILE]: profile() }), TODAY, CADENCE);
		expect(summary.checks).toEqual([]);
		expect(summary.latest).toBeUndefined();
	});
});

describe("a health check is due when the cadence has passed", () => {
	it("counts from the last check: due the day after the cadence runs out, with the days overdue", () => {
		expect(healthCheckDue("2026-05-01", "2025-01-01", "2026-10-30", CADENCE)).toEqual({
			due: false,
			cadenceDays: CADENCE,
			since: "last-check",
			lastCheck: "2026-05-01",
			dueOn: "2026-10-30",
		});
		expect(healthCheckDue("2026-05-01", "2025-01-01", "2026-11-27", CADENCE)).toMatchObject({ due: true, daysOverdue: 28, dueOn: "2026-10-30" });
	});

	it("before the first check, counts from the alliance's start", () => {
		const young = healthCheckSummary(allianceOf({ [PROFILE]: profile("2026-09-01") }), TODAY, CADENCE).due;
		expect(young).toEqual({ due: false, cadenceDays: CADENCE, since: "alliance-start", dueOn: "2027-03-02" });
		const older = healthCheckSummary(allianceOf({ [PROFILE]: profile("2026-01-05") }), TODAY, CADENCE).due;
		expect(older).toMatchObject({ due: true, since: "alliance-start", daysOverdue: 144 });
		expect(older).not.toHaveProperty("lastCheck");
	});

	it("without a start date, the first meeting is the start; without either, nothing is due", () => {
		const vault: Vault = {
			[PROFILE]: NoteBuilder.profile("Acme Corp").build(),
			"Meetings/2026-03-02 Acme.md": NoteBuilder.meeting("Acme", "2026-03-02").build(),
		};
		expect(healthCheckSummary(allianceOf(vault), TODAY, CADENCE).due).toMatchObject({ due: true, since: "alliance-start", dueOn: "2026-08-31", daysOverdue: 88 });
		expect(healthCheckSummary(allianceOf({ [PROFILE]: NoteBuilder.profile("Acme Corp").build() }), TODAY, CADENCE).due).toEqual({
			due: false,
			cadenceDays: CADENCE,
			since: "none",
		});
	});

	it("follows the cadence setting", () => {
		const vault: Vault = { [PROFILE]: profile(), "Checks/2026-10-01.md": check("2026-10-01", { trust: [4, 3] }).build() };
		expect(healthCheckSummary(allianceOf(vault), TODAY, CADENCE).due.due).toBe(false);
		expect(healthCheckSummary(allianceOf(vault), TODAY, 30).due).toMatchObject({ due: true, daysOverdue: 27 });
	});

	it("an ended alliance needs no more health checks", () => {
		const vault: Vault = { [PROFILE]: NoteBuilder.profile("Acme Corp").field("started", "2024-01-01").field("status", "ended").build() };
		expect(healthCheckSummary(allianceOf(vault), TODAY, CADENCE).due.due).toBe(false);
	});
});
