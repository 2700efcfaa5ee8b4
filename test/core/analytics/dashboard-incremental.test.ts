/**
 * A kept DashboardBuilder reuses what did not change between builds; whatever
 * the edits, its model is the model a build from scratch gives.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildDashboard, DashboardBuilder } from "../../../src/core/analytics/dashboard";
import type { AllianceDashboard, BriefingItem } from "../../../src/core/analytics/dashboard-model";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { mergeSortedRuns } from "../../../src/core/order";
import { NoteBuilder } from "../helpers/note-builder";

const TODAY = "2026-11-27";
const ALLIANCES = ["Acme", "Globex", "Initech"] as const;
const DATES = ["2026-09-02", "2026-10-06", "2026-10-06", "2026-11-03", "2026-11-20", "2026-11-27", "2026-12-04"] as const;
const THEMES = ["Pricing: revenue share", "pricing: discounts", "[[Data sharing]] again", "Roadmap", "#conflict/staffing too few people"] as const;
const WINS = ["Pilot live at Contoso", "Joint webinar #shared", "First order from Initrode"] as const;
const DUES = ["", " 📅 2026-11-01", " 📅 2026-11-27", " 📅 2026-12-01", " 📅 2026-12-20"] as const;
const OWNERS = ["", " @sanne", " @tom"] as const;
const PRIORITIES = ["", " ⏫", " 🔽"] as const;
const STATES = ["- [ ]", "- [x]", "- [/]", "-"] as const;
const KPI_TABLE = (target: number): string[] => [
	"| key | label | unit | target | direction | kind |",
	"| --- | --- | --- | --- | --- | --- |",
	`| on_time | On-time delivery | % | ${target} | up | ends |`,
	"| joint_plans | Joint plans | | 4 | up | means |",
];

const pick = <T>(items: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...items);

const actionArb = fc
	.tuple(pick(["- [ ]", "- [x]", "- [/]", "- [-]"] as const), fc.integer({ min: 0, max: 5 }), pick(DUES), pick(OWNERS), pick(PRIORITIES))
	.map(([state, task, due, owner, priority]) => `${state} Task ${task}${owner}${priority}${due}`);
const conflictArb = fc.tuple(pick(STATES), pick(THEMES)).map(([state, theme]) => `${state} ${theme}`);
const winArb = fc.tuple(pick(STATES), pick(WINS)).map(([state, win]) => `${state} ${win}`);

/** A meeting of one alliance, as its text. */
const meetingArb = fc
	.record({
		alliance: pick(ALLIANCES),
		date: pick(DATES),
		time: fc.option(pick(["09:00", "14:30"] as const), { nil: undefined }),
		onTime: fc.option(fc.integer({ min: 80, max: 99 }), { nil: undefined }),
		plans: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
		trust: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
		delivery: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
		conflicts: fc.array(conflictArb, { maxLength: 3 }),
		wins: fc.array(winArb, { maxLength: 2 }),
		actions: fc.array(actionArb, { maxLength: 4 }),
	})
	.map((spec) => {
		const note = NoteBuilder.meeting(spec.alliance, spec.date);
		if (spec.time !== undefined) note.field("time", `"${spec.time}"`);
		if (spec.onTime !== undefined) note.field("kpi_on_time", spec.onTime);
		if (spec.plans !== undefined) note.field("kpi_joint_plans", spec.plans);
		if (spec.trust !== undefined) note.field("trust", spec.trust);
		if (spec.delivery !== undefined) note.field("delivery", spec.delivery);
		if (spec.conflicts.length > 0) note.section("Conflicts", spec.conflicts);
		if (spec.wins.length > 0) note.section("Quick wins", spec.wins);
		if (spec.actions.length > 0) note.section("Actions", spec.actions);
		return note.build();
	});

/** A reflection of one alliance, as its text. */
const reflectionArb = fc
	.record({
		alliance: pick(ALLIANCES),
		date: pick(DATES),
		relationship: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
		stage: fc.option(pick(["clarity", "belief", "behaviour"] as const), { nil: undefined }),
		conflicts: fc.array(conflictArb, { maxLength: 2 }),
		wins: fc.array(winArb, { maxLength: 2 }),
		actions: fc.array(actionArb, { maxLength: 2 }),
	})
	.map((spec) => {
		const note = NoteBuilder.reflection(spec.alliance, spec.date);
		if (spec.relationship !== undefined) note.field("relationship", spec.relationship);
		if (spec.stage !== undefined) note.field("adoption_stage", spec.stage);
		if (spec.conflicts.length > 0) note.section("Conflicts", spec.conflicts);
		if (spec.wins.length > 0) note.section("Quick wins", spec.wins);
		if (spec.actions.length > 0) note.section("Actions", spec.actions);
		return note.build();
	});

const profileArb = fc
	.record({ alliance: pick(ALLIANCES), target: fc.integer({ min: 85, max: 98 }), next: fc.option(pick(DATES), { nil: undefined }) })
	.map(({ alliance, target, next }) => {
		const note = NoteBuilder.profile(`${alliance} Corp`).section("KPIs", KPI_TABLE(target));
		if (next !== undefined) note.field("next_meeting", next);
		return { path: `Alliances/${alliance}.md`, text: note.build() };
	});

/**
 * One change to the vault: a note written (new or edited), a line added at
 * the end of a note (to its last section), the first open item of a note
 * closed, a KPI reading or rating changed, a note deleted, a profile's KPIs changed, or a build for another day.
 */
type Edit =
	| { kind: "write"; path: string; text: string }
	| { kind: "append"; path: string; line: string }
	| { kind: "close"; path: string }
	| { kind: "property"; path: string; key: string; value: number }
	| { kind: "delete"; path: string }
	| { kind: "day"; today: string };

const NOTE_PATHS = [0, 1, 2, 3, 4, 5, 6, 7].map((n) => `Journal/Note ${n}.md`);
const editArb: fc.Arbitrary<Edit> = fc.oneof(
	{ weight: 5, arbitrary: fc.tuple(pick(NOTE_PATHS), meetingArb).map(([path, text]): Edit => ({ kind: "write", path, text })) },
	{ weight: 2, arbitrary: fc.tuple(pick(NOTE_PATHS), reflectionArb).map(([path, text]): Edit => ({ kind: "write", path, text })) },
	{ weight: 2, arbitrary: pick(NOTE_PATHS).map((path): Edit => ({ kind: "delete", path })) },
	{ weight: 4, arbitrary: fc.tuple(pick(NOTE_PATHS), fc.oneof(actionArb, conflictArb, winArb)).map(([path, line]): Edit => ({ kind: "append", path, line })) },
	{ weight: 3, arbitrary: pick(NOTE_PATHS).map((path): Edit => ({ kind: "close", path })) },
	{
		weight: 3,
		arbitrary: fc
			.tuple(pick(NOTE_PATHS), pick(["kpi_on_time", "trust", "delivery", "relationship"] as const), fc.integer({ min: 1, max: 5 }))
			.map(([path, key, value]): Edit => ({ kind: "property", path, key, value: key === "kpi_on_time" ? 90 + value : value })),
	},
	{ weight: 1, arbitrary: profileArb.map(({ path, text }): Edit => ({ kind: "write", path, text })) },
	{ weight: 1, arbitrary: pick(["2026-11-27", "2026-11-28", "2026-12-02"] as const).map((today): Edit => ({ kind: "day", today })) },
);

/** The vault to start from: the three profiles, a theme note and a few notes. */
const startArb = fc.tuple(fc.array(meetingArb, { minLength: 1, maxLength: NOTE_PATHS.length }), profileArb).map(([meetings, profile]) => {
	const files = new Map<string, string>();
	for (const alliance of ALLIANCES) files.set(`Alliances/${alliance}.md`, NoteBuilder.profile(`${alliance} Corp`).section("KPIs", KPI_TABLE(95)).build());
	files.set(profile.path, profile.text);
	files.set("Themes/Data sharing.md", "---\naliases:\n  - data access\n---\n# Data sharing\n");
	meetings.forEach((text, position) => files.set(NOTE_PATHS[position] as string, text));
	return files;
});

/** The vault-wide briefing as its definition says: by priority, equal priorities in the alliances' order by name. */
function mergedBriefing(alliances: readonly AllianceDashboard[]): BriefingItem[] {
	const order = new Map(alliances.map((alliance, position) => [alliance.name, position]));
	const place = (item: BriefingItem): number => order.get(item.alliance) ?? 0;
	return mergeSortedRuns(
		alliances.map((alliance) => alliance.briefing.items),
		(a, b) => a.priority - b.priority || place(a) - place(b),
	);
}

/** A new index of the files, with the same modification times. */
function freshIndex(files: ReadonlyMap<string, string>, mtimes: ReadonlyMap<string, number>): VaultIndex {
	const index = new VaultIndex();
	for (const [path, text] of files) index.upsert(path, text, mtimes.get(path) ?? 1);
	return index;
}

describe("a dashboard kept up to date after each edit", () => {
	it("is the dashboard a build from scratch gives, whatever was added, edited or deleted", () => {
		fc.assert(
			fc.property(startArb, fc.array(editArb, { minLength: 1, maxLength: 16 }), (start, edits) => {
				const files = new Map(start);
				const mtimes = new Map([...files.keys()].map((path): [string, number] => [path, 1]));
				const index = freshIndex(files, mtimes);
				const dashboards = new DashboardBuilder(index);
				let today = TODAY;
				dashboards.build({ today });
				let clock = 1;
				for (const edit of edits) {
					if (edit.kind === "day") {
						today = edit.today;
					} else if (edit.kind === "delete") {
						files.delete(edit.path);
						mtimes.delete(edit.path);
						index.remove(edit.path);
					} else {
						const before = files.get(edit.path);
						const text =
							edit.kind === "write"
								? edit.text
								: edit.kind === "append"
									? `${before ?? ""}${edit.line}\n`
									: edit.kind === "close"
										? (before ?? "").replace("- [ ]", "- [x]")
										: (before ?? "").replace(new RegExp(`^${edit.key}: \\d+$`, "m"), `${edit.key}: ${edit.value}`);
						if (edit.kind !== "write" && before === undefined) continue;
						clock++;
						files.set(edit.path, text);
						mtimes.set(edit.path, clock);
						index.upsert(edit.path, text, clock);
					}
					const model = dashboards.build({ today });
					expect(model).toEqual(buildDashboard(freshIndex(files, mtimes), { today }));
					expect(model.briefing).toEqual(mergedBriefing(model.alliances));
				}
			}),
			{ numRuns: 150 },
		);
	});

	it("after an open action is closed, the action leaves the alliance's list and the briefing", () => {
		const profile = NoteBuilder.profile("Acme Corp").build();
		const meeting = (state: string): string => NoteBuilder.meeting("Acme", "2026-11-03").section("Actions", [`${state} Send the forecast 📅 2026-11-20`]).build();
		const index = new VaultIndex();
		index.upsert("Alliances/Acme.md", profile, 1);
		index.upsert("Meetings/2026-11-03 Acme.md", meeting("- [ ]"), 1);
		const dashboards = new DashboardBuilder(index);
		const before = dashboards.build({ today: TODAY });
		expect(before.briefing.map((item) => item.kind)).toContain("overdue-action");

		index.upsert("Meetings/2026-11-03 Acme.md", meeting("- [x]"), 2);
		const after = dashboards.build({ today: TODAY });

		expect(after.alliances[0]?.actions.open).toEqual([]);
		expect(after.briefing.map((item) => item.kind)).not.toContain("overdue-action");
		expect(before.briefing.map((item) => item.kind)).toContain("overdue-action");
	});
});
