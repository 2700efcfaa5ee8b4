import { describe, expect, it } from "vitest";
import { kpiTrendDirection, kpiTrends } from "../../../src/core/analytics/kpi-trends";
import { withDefaults } from "../../../src/core/analytics/options";
import type { KpiTrend } from "../../../src/core/analytics/dashboard-model";
import type { AllianceGroup } from "../../../src/core/index/vault-index";
import { lineOf, NoteBuilder } from "../helpers/note-builder";
import { allianceOf, undatedNotes, type Vault } from "../helpers/vault";
import { VaultIndex } from "../../../src/core/index/vault-index";

const PROFILE = "Alliances/Acme.md";
const OPTIONS = withDefaults();

function acme(vault: Vault): AllianceGroup {
	return allianceOf(vault, "Acme", undatedNotes);
}

const KPI_TABLE_HEADER = ["| key | label | unit | target | direction | kind |", "| --- | --- | --- | --- | --- | --- |"];
const ON_TIME = "| on_time | On-time delivery | % | 95 | up | ends |";
const ESCALATION = "| escalation_days | Days to resolve an escalation | days | 3 | down | means |";
const PIPELINE = "| joint_pipeline | Joint pipeline | k€ |  | up | ends |";
const WORKSHOPS = "| joint_workshops | Joint workshops | count | 2 | up | means |";

function profile(...rows: string[]): string {
	return NoteBuilder.profile("Acme Corp").section("KPIs", [...KPI_TABLE_HEADER, ...rows]).build();
}

/** A meeting note with `kpi_<key>` readings. */
function meeting(date: string | undefined, readings: Record<string, number> = {}): string {
	const note = NoteBuilder.meeting("Acme", date);
	if (date === undefined) note.without("date");
	for (const [key, value] of Object.entries(readings)) note.field(`kpi_${key}`, value);
	return note.build();
}

/** One meeting per reading, a month apart, each with only this KPI. */
function readingsOf(key: string, values: number[]): Vault {
	const vault: Vault = {};
	values.forEach((value, index) => {
		const date = `2026-${String(index + 1).padStart(2, "0")}-15`;
		vault[`Meetings/${date} Acme.md`] = meeting(date, { [key]: value });
	});
	return vault;
}

function trendOf(trends: KpiTrend[], key: string): KpiTrend {
	const trend = trends.find((candidate) => candidate.key === key);
	if (!trend) throw new Error(`no trend for ${key}`);
	return trend;
}

describe("several readings on one day", () => {
	it("the note written last that day counts, and the reading it replaced is shown, never added up", () => {
		const february = meeting("2026-02-10", { on_time: 90 });
		const first = meeting("2026-03-10", { on_time: 93 });
		const second = meeting("2026-03-10", { on_time: 96 });
		const group = acme({
			[PROFILE]: profile(ON_TIME),
			"Meetings/2026-02-10 Acme.md": february,
			// Same date: the path decides, "2 …" sorts after "1 …".
			"Meetings/2026-03-10 1 Acme steering.md": first,
			"Meetings/2026-03-10 2 Acme follow-up.md": second,
		});

		const onTime = trendOf(kpiTrends(group, OPTIONS), "on_time");

		expect(onTime.series).toEqual([
			{ path: "Meetings/2026-02-10 Acme.md", line: lineOf(february, "kpi_on_time"), date: "2026-02-10", value: 90, replaced: [] },
			{
				path: "Meetings/2026-03-10 2 Acme follow-up.md",
				line: lineOf(second, "kpi_on_time"),
				date: "2026-03-10",
				value: 96,
				replaced: [{ path: "Meetings/2026-03-10 1 Acme steering.md", line: lineOf(first, "kpi_on_time"), value: 93 }],
				// No time and one modification time: only the path is left to decide, and the point says so.
				decidedBy: "path",
			},
		]);
		expect(onTime.latest?.value).toBe(96);
		expect(onTime.previous?.value).toBe(90);
		expect(onTime.change).toBe(6);
	});

	it("three readings on one day keep the last and list both others, oldest first", () => {
		const group = acme({
			[PROFILE]: profile(ON_TIME),
			"Meetings/2026-03-10 a.md": meeting("2026-03-10", { on_time: 91 }),
			"Meetings/2026-03-10 b.md": meeting("2026-03-10", { on_time: 92 }),
			"Meetings/2026-03-10 c.md": meeting("2026-03-10", { on_time: 93 }),
		});

		const [onTime] = kpiTrends(group, OPTIONS);

		expect(onTime?.series).toHaveLength(1);
		expect(onTime?.latest?.path).toBe("Meetings/2026-03-10 c.md");
		expect(onTime?.latest?.replaced.map((reading) => [reading.path, reading.value])).toEqual([
			["Meetings/2026-03-10 a.md", 91],
			["Meetings/2026-03-10 b.md", 92],
		]);
		expect(onTime?.previous).toBeUndefined();
		expect(onTime?.meetingsSinceReading).toBe(0);
	});
});

describe("which KPIs are shown", () => {
	it("the profile's KPIs come in table order, with a link to their row", () => {
		const text = profile(ON_TIME, ESCALATION, PIPELINE);
		const trends = kpiTrends(acme({ [PROFILE]: text }), OPTIONS);

		expect(trends.map((trend) => trend.key)).toEqual(["on_time", "escalation_days", "joint_pipeline"]);
		expect(trends[1]).toMatchObject({
			label: "Days to resolve an escalation",
			unit: "days",
			target: 3,
			direction: "down",
			kind: "means",
			defined: true,
			definition: { path: PROFILE, line: lineOf(text, "| escalation_days") },
		});
		expect(trends[2]?.target).toBeUndefined();
	});

	it("a KPI measured in meetings but missing from the profile still shows, after the defined ones, by key", () => {
		const group = acme({
			[PROFILE]: profile(ON_TIME),
			"Meetings/2026-01-15 Acme.md": meeting("2026-01-15", { on_time: 90, nps: 40, csat: 7 }),
			"Meetings/2026-02-15 Acme.md": meeting("2026-02-15", { nps: 45 }),
		});

		const trends = kpiTrends(group, OPTIONS);

		expect(trends.map((trend) => trend.key)).toEqual(["on_time", "csat", "nps"]);
		const nps = trendOf(trends, "nps");
		expect(nps).toMatchObject({ label: "nps", direction: "up", kind: "ends", defined: false, status: "no-target", change: 5 });
		expect(nps.definition).toBeUndefined();
		expect(nps.target).toBeUndefined();
		expect(nps.unit).toBeUndefined();
	});

	it("an alliance with only a profile shows its KPIs without data, and nothing crashes", () => {
		const trends = kpiTrends(acme({ [PROFILE]: profile(ON_TIME, WORKSHOPS) }), OPTIONS);

		expect(trends).toHaveLength(2);
		for (const trend of trends) {
			expect(trend).toMatchObject({ series: [], status: "no-data", trend: "unknown", stale: false, meetingsSinceReading: 0 });
			expect(trend.latest).toBeUndefined();
			expect(trend.previous).toBeUndefined();
			expect(trend.change).toBeUndefined();
		}
	});

	it("a profile without a KPI table and no readings gives no KPIs", () => {
		expect(kpiTrends(acme({ [PROFILE]: NoteBuilder.profile().build() }), OPTIONS)).toEqual([]);
	});

	it("an alliance with exactly one meeting shows the reading but no change or trend yet", () => {
		const group = acme({
			[PROFILE]: profile(ON_TIME),
			"Meetings/2026-05-19 Acme.md": meeting("2026-05-19", { on_time: 92 }),
		});

		const [onTime] = kpiTrends(group, OPTIONS);

		expect(onTime?.latest?.value).toBe(92);
		expect(onTime?.previous).toBeUndefined();
		expect(onTime?.change).toBeUndefined();
		expect(onTime).toMatchObject({ status: "off-track", trend: "unknown", stale: false, meetingsSinceReading: 0 });
	});

	it("a meeting without a date is left out of the series and the meeting count", () => {
		const group = acme({
			[PROFILE]: profile(ON_TIME),
			"Meetings/2026-05-19 Acme.md": meeting("2026-05-19", { on_time: 92 }),
			"Meetings/Undated Acme.md": meeting(undefined, { on_time: 50 }),
		});

		const [onTime] = kpiTrends(group, OPTIONS);

		expect(onTime?.series.map((point) => point.value)).toEqual([92]);
		expect(onTime?.meetingsSinceReading).toBe(0);
	});
});

describe("against the target", () => {
	const statusOf = (row: string, key: string, value: number) =>
		trendOf(kpiTrends(acme({ [PROFILE]: profile(row), "Meetings/2026-05-19 Acme.md": meeting("2026-05-19", { [key]: value }) }), OPTIONS), key)
			.status;

	it("higher is better: at or above the target is on track, below is off track", () => {
		expect(statusOf(ON_TIME, "on_time", 96)).toBe("on-track");
		expect(statusOf(ON_TIME, "on_time", 95)).toBe("on-track");
		expect(statusOf(ON_TIME, "on_time", 94.5)).toBe("off-track");
	});

	it("lower is better: at or below the target is on track, above is off track", () => {
		expect(statusOf(ESCALATION, "escalation_days", 2)).toBe("on-track");
		expect(statusOf(ESCALATION, "escalation_days", 3)).toBe("on-track");
		expect(statusOf(ESCALATION, "escalation_days", 3.5)).toBe("off-track");
	});

	it("a KPI without a target has no status beyond 'no target'", () => {
		expect(statusOf(PIPELINE, "joint_pipeline", 760)).toBe("no-target");
	});
});

describe("which way a KPI is moving", () => {
	const trendFor = (row: string, key: string, values: number[]) =>
		trendOf(kpiTrends(acme({ [PROFILE]: profile(row), ...readingsOf(key, values) }), OPTIONS), key);

	it("on-time delivery climbing above its recent average is improving", () => {
		// mean(90, 91, 92) = 91; 95 − 91 = 4 > 1 % of 95
		expect(trendFor(ON_TIME, "on_time", [90, 91, 92, 95]).trend).toBe("improving");
	});

	it("on-time delivery dropping below its recent average is worsening", () => {
		expect(trendFor(ON_TIME, "on_time", [95, 96, 97, 90]).trend).toBe("worsening");
	});

	it("escalations taking longer is worsening, taking less time is improving", () => {
		// mean(3, 3, 3) = 3; 5 is 2 days slower
		expect(trendFor(ESCALATION, "escalation_days", [3, 3, 3, 5]).trend).toBe("worsening");
		expect(trendFor(ESCALATION, "escalation_days", [5, 4]).trend).toBe("improving");
	});

	it("a move within 1 % of the target is flat", () => {
		// 95.5 − 95 = 0.5 ≤ 0.95 (1 % of 95)
		expect(trendFor(ON_TIME, "on_time", [95, 95.5]).trend).toBe("flat");
		// 96 − 95 = 1 > 0.95
		expect(trendFor(ON_TIME, "on_time", [95, 96]).trend).toBe("improving");
	});

	it("a move of exactly 1 % of the target is still flat, whatever the float arithmetic says", () => {
		// 3.03 − 3 is 0.0299999999999998 in floating point; 1 % of 3 is 0.03
		expect(trendFor(ESCALATION, "escalation_days", [3, 3.03]).trend).toBe("flat");
		expect(trendFor(ESCALATION, "escalation_days", [3, 3.04]).trend).toBe("worsening");
	});

	it("without a target, a move within 1 % of the recent average is flat", () => {
		// mean 1000: 1 % is 10
		expect(trendFor(PIPELINE, "joint_pipeline", [1000, 1005]).trend).toBe("flat");
		expect(trendFor(PIPELINE, "joint_pipeline", [1000, 1020]).trend).toBe("improving");
	});

	it("no change at all is flat, even when the target is zero", () => {
		const incidents = "| incidents | Security incidents | count | 0 | down | ends |";
		expect(trendFor(incidents, "incidents", [0, 0]).trend).toBe("flat");
		expect(trendFor(incidents, "incidents", [0, 1]).trend).toBe("worsening");
	});

	it("only the three readings before the latest count, so an old dip no longer pulls the trend", () => {
		// mean(90, 90, 90) = 90, the 50 from January is out of the window
		expect(trendFor(ON_TIME, "on_time", [50, 90, 90, 90, 90]).trend).toBe("flat");
	});

	it("the change since the last reading reads 0.3, not 0.30000000000000004", () => {
		const trend = trendFor(PIPELINE, "joint_pipeline", [0.1, 0.4]);
		expect(trend.change).toBe(0.3);
	});

	it("a single reading has no trend yet", () => {
		expect(kpiTrendDirection([92], 95, "up")).toBe("unknown");
		expect(kpiTrendDirection([], undefined, "down")).toBe("unknown");
	});
});

describe("KPIs nobody measures any more", () => {
	const vault = (): Vault => ({
		[PROFILE]: profile(ON_TIME, ESCALATION, WORKSHOPS),
		"Meetings/2026-01-15 Acme.md": meeting("2026-01-15", { on_time: 90 }),
		"Meetings/2026-02-15 Acme.md": meeting("2026-02-15", { escalation_days: 4 }),
		"Meetings/2026-03-15 Acme.md": meeting("2026-03-15"),
		"Meetings/2026-04-15 Acme.md": meeting("2026-04-15"),
	});

	it("a KPI nobody measured in the last three meetings is stale", () => {
		const onTime = trendOf(kpiTrends(acme(vault()), OPTIONS), "on_time");
		expect(onTime).toMatchObject({ stale: true, meetingsSinceReading: 3 });
	});

	it("a KPI measured two meetings ago is not stale yet", () => {
		const escalation = trendOf(kpiTrends(acme(vault()), OPTIONS), "escalation_days");
		expect(escalation).toMatchObject({ stale: false, meetingsSinceReading: 2 });
	});

	it("a KPI never measured in four meetings is stale and has no data", () => {
		const workshops = trendOf(kpiTrends(acme(vault()), OPTIONS), "joint_workshops");
		expect(workshops).toMatchObject({ stale: true, status: "no-data", meetingsSinceReading: 4, series: [] });
	});

	it("a KPI never measured is not called stale while the alliance has had fewer than three meetings", () => {
		const group = acme({
			[PROFILE]: profile(WORKSHOPS),
			"Meetings/2026-01-15 Acme.md": meeting("2026-01-15"),
			"Meetings/2026-02-15 Acme.md": meeting("2026-02-15"),
		});
		expect(kpiTrends(group, OPTIONS)[0]).toMatchObject({ stale: false, meetingsSinceReading: 2 });
	});

	it("the number of meetings that makes a KPI stale is a setting", () => {
		const onTime = trendOf(kpiTrends(acme(vault()), withDefaults({ staleAfterMeetings: 4 })), "on_time");
		expect(onTime.stale).toBe(false);
		const escalation = trendOf(kpiTrends(acme(vault()), withDefaults({ staleAfterMeetings: 2 })), "escalation_days");
		expect(escalation.stale).toBe(true);
	});
});

describe("same-day readings are ordered by time, then modification time, then path", () => {
	/** Acme from notes with their modification times, upserted in the order given. */
	function indexed(notes: [path: string, text: string, mtime: number][]): { group: AllianceGroup; index: VaultIndex } {
		const index = new VaultIndex();
		index.upsert(PROFILE, profile(ON_TIME), 1);
		for (const [path, text, mtime] of notes) index.upsert(path, text, mtime);
		const group = index.alliances()[0];
		if (!group) throw new Error("no alliance");
		return { group, index };
	}
	const morning = (): string => NoteBuilder.meeting("Acme", "2026-11-19").field("time", '"09:00"').field("kpi_on_time", 88).build();
	const afternoon = (): string => NoteBuilder.meeting("Acme", "2026-11-19").field("time", '"15:30"').field("kpi_on_time", 87).build();

	it.each([
		["the 15:30 note sorts last by path", "Meetings/a 09.00.md", "Meetings/b 15.30.md"],
		["the 15:30 note sorts first by path", "Meetings/b 09.00.md", "Meetings/a 15.30.md"],
	])("the 15:30 reading wins over the 09:00 one whichever file comes first (%s), and the model says the time decided", (_case, morningPath, afternoonPath) => {
		for (const order of [0, 1]) {
			// Saved in either order too: the time decides before the modification time.
			const notes: [string, string, number][] = [
				[morningPath, morning(), order === 0 ? 200 : 100],
				[afternoonPath, afternoon(), order === 0 ? 100 : 200],
			];
			const { group, index } = indexed(order === 0 ? notes : [...notes].reverse());
			const onTime = trendOf(kpiTrends(group, OPTIONS, index.modifiedAt), "on_time");
			expect(onTime.latest).toMatchObject({ path: afternoonPath, value: 87, decidedBy: "time", replaced: [{ path: morningPath, value: 88 }] });
			expect(onTime.series).toHaveLength(1);
		}
	});

	it("without a time the note saved last wins, whatever its name", () => {
		const plain = (value: number): string => NoteBuilder.meeting("Acme", "2026-11-19").field("kpi_on_time", value).build();
		const { group, index } = indexed([
			["Meetings/z first.md", plain(80), 100],
			["Meetings/a second.md", plain(81), 300],
		]);
		expect(trendOf(kpiTrends(group, OPTIONS, index.modifiedAt), "on_time").latest).toMatchObject({ path: "Meetings/a second.md", value: 81, decidedBy: "modified" });
	});

	it("a note with a time comes after one without on the same day", () => {
		const { group, index } = indexed([
			["Meetings/a timed.md", morning(), 1],
			["Meetings/b untimed.md", NoteBuilder.meeting("Acme", "2026-11-19").field("kpi_on_time", 70).build(), 9],
		]);
		expect(trendOf(kpiTrends(group, OPTIONS, index.modifiedAt), "on_time").latest).toMatchObject({ path: "Meetings/a timed.md", decidedBy: "time" });
	});
});
