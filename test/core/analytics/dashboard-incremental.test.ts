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

/** A stakeholder of one alliance, last contacted on some day, to be contacted every so many days. */
const stakeholderArb = fc
	.record({ alliance: pick(ALLIANCES), name: pick(["Sanne", "Tom", "Pieter"] as const), last: pick(DATES), every: pick([7, 30, 90] as const) })
	.map(({ alliance, name, last, every }): Edit => ({
		kind: "write",
		path: `Stakeholders/${name}.md`,
		text: NoteBuilder.stakeholder(alliance).field("side", "internal").field("last_contact", last).field("contact_every_days", every).build(),
	}));

/** A health check of one alliance on some day. */
const healthCheckArb = fc.tuple(pick(ALLIANCES), pick(DATES), fc.integer({ min: 1, max: 5 })).map(
	([alliance, date, trust]): Edit => ({
		kind: "write",
		path: `Health checks/${alliance}.md`,
		text: NoteBuilder.healthCheck(alliance, date).field("ours_trust", trust).field("theirs_trust", 3).build(),
	}),
);

/** Lines that change no action, conflict or quick win: a decision, a paragraph. */
const quietLineArb = pick(["", "## Decisions", "- Go ahead with the pilot", "The partner asked for more time.", "## Notes"] as const);
const editArb: fc.Arbitrary<Edit> = fc.oneof(
	{ weight: 5, arbitrary: fc.tuple(pick(NOTE_PATHS), meetingArb).map(([path, text]): Edit => ({ kind: "write", path, text })) },
	{ weight: 2, arbitrary: fc.tuple(pick(NOTE_PATHS), reflectionArb).map(([path, text]): Edit => ({ kind: "write", path, text })) },
	{ weight: 2, arbitrary: pick(NOTE_PATHS).map((path): Edit => ({ kind: "delete", path })) },
	{ weight: 4, arbitrary: fc.tuple(pick(NOTE_PATHS), fc.oneof(actionArb, conflictArb, winArb)).map(([path, line]): Edit => ({ kind: "append", path, line })) },
	{ weight: 3, arbitrary: fc.tuple(pick(NOTE_PATHS), quietLineArb).map(([path, line]): Edit => ({ kind: "append", path, line })) },
	{ weight: 1, arbitrary: stakeholderArb },
	{ weight: 1, arbitrary: healthCheckArb },
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

	it("an edit that changes none of the briefing's facts keeps the briefing; one that does makes it again", () => {
		const meeting = (extra: string[]): string =>
			NoteBuilder.meeting("Acme", "2026-11-03")
				.section("Actions", ["- [ ] Send the forecast 📅 2026-11-20"])
				.section("Decisions", ["- Go ahead with the pilot", ...extra])
				.build();
		const index = new VaultIndex();
		index.upsert("Alliances/Acme.md", NoteBuilder.profile("Acme Corp").build(), 1);
		index.upsert("Alliances/Globex.md", NoteBuilder.profile("Globex Corp").build(), 1);
		index.upsert("Meetings/2026-11-03 Acme.md", meeting([]), 1);
		index.upsert("Meetings/2026-11-03 Globex.md", NoteBuilder.meeting("Globex", "2026-11-03").section("Actions", ["- [ ] Book the venue 📅 2026-11-01"]).build(), 1);
		const dashboards = new DashboardBuilder(index);
		const before = dashboards.build({ today: TODAY });

		// A decision added: the same items, and the same vault-wide list.
		index.upsert("Meetings/2026-11-03 Acme.md", meeting(["- Share the roadmap"]), 2);
		const decided = dashboards.build({ today: TODAY });
		expect(decided.alliances[0]?.briefing.items).toBe(before.alliances[0]?.briefing.items);
		expect(decided.briefing).toBe(before.briefing);
		expect(decided).toEqual(buildDashboard(index, { today: TODAY }));

		// An action added: the items are made again, and the new one is among them.
		index.upsert("Meetings/2026-11-03 Acme.md", `${meeting(["- Share the roadmap"])}`.replace("## Decisions", "- [ ] Call Globex 📅 2026-11-10\n\n## Decisions"), 3);
		const acted = dashboards.build({ today: TODAY });
		expect(acted.briefing).not.toBe(decided.briefing);
		expect(acted.briefing.filter((item) => item.kind === "overdue-action").map((item) => (item.kind === "overdue-action" ? item.action : ""))).toContain("Call Globex");
		expect(acted).toEqual(buildDashboard(index, { today: TODAY }));

		// Another day: the items are made again for it.
		const tomorrow = dashboards.build({ today: "2026-11-28" });
		expect(tomorrow.alliances[0]?.briefing.items).not.toBe(acted.alliances[0]?.briefing.items);
		expect(tomorrow).toEqual(buildDashboard(index, { today: "2026-11-28" }));
	});

	it("a stakeholder contacted on another day, or a health check held on another, changes the briefing though nothing else did", () => {
		const stakeholder = (last: string): string => NoteBuilder.stakeholder("Acme").field("side", "internal").field("last_contact", last).field("contact_every_days", 7).build();
		const check = (date: string): string => NoteBuilder.healthCheck("Acme", date).field("ours_trust", 3).field("theirs_trust", 3).build();
		const index = new VaultIndex();
		index.upsert("Alliances/Acme.md", NoteBuilder.profile("Acme Corp").field("started", "2025-01-06").build(), 1);
		index.upsert("Stakeholders/Sanne.md", stakeholder("2026-10-06"), 1);
		index.upsert("Health checks/2025-03-03 Acme.md", check("2025-03-03"), 1);
		const dashboards = new DashboardBuilder(index);
		const first = dashboards.build({ today: TODAY });
		const kinds = (model: typeof first): string[] => model.briefing.map((item) => item.kind);
		expect(kinds(first)).toEqual(expect.arrayContaining(["contact-overdue", "health-check-due"]));

		index.upsert("Stakeholders/Sanne.md", stakeholder("2026-11-06"), 2);
		const contacted = dashboards.build({ today: TODAY });
		expect(contacted).toEqual(buildDashboard(index, { today: TODAY }));
		expect(contacted.briefing).not.toEqual(first.briefing);

		index.upsert("Health checks/2025-03-03 Acme.md", check("2025-04-07"), 3);
		const checked = dashboards.build({ today: TODAY });
		expect(checked).toEqual(buildDashboard(index, { today: TODAY }));
		expect(checked.briefing).not.toEqual(contacted.briefing);
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
