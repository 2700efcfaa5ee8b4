import { describe, expect, it } from "vitest";
import { withDefaults } from "../../../src/core/analytics/options";
import { relationshipHealth } from "../../../src/core/analytics/relationship-health";
import type { RatingTrend } from "../../../src/core/analytics/dashboard-model";
import type { AllianceGroup } from "../../../src/core/index/vault-index";
import type { RatingKey } from "../../../src/core/model";
import { lineOf, NoteBuilder } from "../helpers/note-builder";
import { allianceOf, undatedNotes, type Vault } from "../helpers/vault";

const PROFILE = "Alliances/Acme.md";
const OPTIONS = withDefaults();

function acme(vault: Vault): AllianceGroup {
	return allianceOf(vault, "Acme", undatedNotes);
}

/** A meeting rated on some of the five ratings. */
function meeting(date: string | undefined, ratings: Partial<Record<RatingKey, number>>): string {
	const note = NoteBuilder.meeting("Acme", date);
	if (date === undefined) note.without("date");
	for (const [key, value] of Object.entries(ratings)) note.field(key, value);
	return note.build();
}

function reflection(date: string | undefined, relationship?: number): string {
	const note = NoteBuilder.reflection("Acme", date).field("trigger", "periodic");
	if (date === undefined) note.without("date");
	if (relationship !== undefined) note.field("relationship", relationship);
	return note.build();
}

function ratingOf(ratings: RatingTrend[], key: RatingKey): RatingTrend {
	const rating = ratings.find((candidate) => candidate.key === key);
	if (!rating) throw new Error(`no rating ${key}`);
	return rating;
}

/**
 * Five months of steering meetings:
 *
 * | date       | trust | respect | openness | decision_clarity |
 * | 2026-01-15 | 2     | 4       |          | 4                |
 * | 2026-02-15 | 3     | 4       |          | 3                |
 * | 2026-03-15 | 4     | 4       | 3        | 3                |
 * | 2026-04-15 | 4     | 4       |          | 2                |
 * | 2026-05-15 | 3     | 4       | 3        | 2                |
 *
 * Delivery is never rated.
 */
const FIVE_MONTHS: Record<string, string> = {
	"Meetings/2026-01-15 Acme.md": meeting("2026-01-15", { trust: 2, respect: 4, decision_clarity: 4 }),
	"Meetings/2026-02-15 Acme.md": meeting("2026-02-15", { trust: 3, respect: 4, decision_clarity: 3 }),
	"Meetings/2026-03-15 Acme.md": meeting("2026-03-15", { trust: 4, respect: 4, openness: 3, decision_clarity: 3 }),
	"Meetings/2026-04-15 Acme.md": meeting("2026-04-15", { trust: 4, respect: 4, decision_clarity: 2 }),
	"Meetings/2026-05-15 Acme.md": meeting("2026-05-15", { trust: 3, respect: 4, openness: 3, decision_clarity: 2 }),
};

const fiveMonths = (): AllianceGroup => acme({ [PROFILE]: NoteBuilder.profile().build(), ...FIVE_MONTHS });

describe("the five ratings over time", () => {
	it("lists the five ratings in a fixed order, each with its meetings oldest first", () => {
		const health = relationshipHealth(fiveMonths(), OPTIONS);

		expect(health.ratings.map((rating) => rating.key)).toEqual(["trust", "respect", "openness", "decision_clarity", "delivery"]);
		const march = FIVE_MONTHS["Meetings/2026-03-15 Acme.md"] ?? "";
		const may = FIVE_MONTHS["Meetings/2026-05-15 Acme.md"] ?? "";
		expect(ratingOf(health.ratings, "openness").series).toEqual([
			{ path: "Meetings/2026-03-15 Acme.md", line: lineOf(march, "openness:"), date: "2026-03-15", value: 3 },
			{ path: "Meetings/2026-05-15 Acme.md", line: lineOf(may, "openness:"), date: "2026-05-15", value: 3 },
		]);
		expect(ratingOf(health.ratings, "trust").series.map((point) => point.value)).toEqual([2, 3, 4, 4, 3]);
	});

	it("trust's recent average over the last three meetings is compared with the meetings before", () => {
		const trust = ratingOf(relationshipHealth(fiveMonths(), OPTIONS).ratings, "trust");
		// recent: (4 + 4 + 3) / 3 = 3.67; earlier: (2 + 3) / 2 = 2.5; change 3.667 − 2.5 = 1.17
		expect(trust).toMatchObject({ recentAverage: 3.67, earlierAverage: 2.5, change: 1.17 });
	});

	it("decision clarity slipping shows as a negative change", () => {
		const clarity = ratingOf(relationshipHealth(fiveMonths(), OPTIONS).ratings, "decision_clarity");
		// recent: (3 + 2 + 2) / 3 = 2.33; earlier: (4 + 3) / 2 = 3.5; change 2.333 − 3.5 = −1.17
		expect(clarity).toMatchObject({ recentAverage: 2.33, earlierAverage: 3.5, change: -1.17 });
	});

	it("a rating given in fewer meetings than the recent window has a recent average but nothing to compare with", () => {
		const openness = ratingOf(relationshipHealth(fiveMonths(), OPTIONS).ratings, "openness");
		expect(openness.recentAverage).toBe(3);
		expect(openness.earlierAverage).toBeUndefined();
		expect(openness.change).toBeUndefined();
	});

	it("a rating nobody gave stays empty", () => {
		expect(ratingOf(relationshipHealth(fiveMonths(), OPTIONS).ratings, "delivery")).toEqual({ key: "delivery", series: [] });
	});

	it("the overall averages are the mean of the ratings' averages that exist", () => {
		const health = relationshipHealth(fiveMonths(), OPTIONS);
		// recent: (11/3 + 4 + 3 + 7/3) / 4 = 13 / 4 = 3.25
		expect(health.recentAverage).toBe(3.25);
		// earlier: (2.5 + 4 + 3.5) / 3 = 3.33 (openness has no earlier average)
		expect(health.earlierAverage).toBe(3.33);
	});

	it("when trust rose as much as decision clarity fell, the first in the list (trust) is named as moved most", () => {
		expect(relationshipHealth(fiveMonths(), OPTIONS).mostMoved).toEqual({ key: "trust", change: 1.17 });
	});

	it("how many meetings count as recent is a setting", () => {
		const health = relationshipHealth(fiveMonths(), withDefaults({ recentMeetings: 1 }));
		// trust: 3 against (2 + 3 + 4 + 4) / 4 = 3.25
		expect(ratingOf(health.ratings, "trust")).toMatchObject({ recentAverage: 3, earlierAverage: 3.25, change: -0.25 });
		// decision clarity: 2 against (4 + 3 + 3 + 2) / 4 = 3, the largest move
		expect(health.mostMoved).toEqual({ key: "decision_clarity", change: -1 });
	});

	it("a meeting without a date is left out", () => {
		const health = relationshipHealth(
			acme({ [PROFILE]: NoteBuilder.profile().build(), ...FIVE_MONTHS, "Meetings/Undated.md": meeting(undefined, { trust: 1 }) }),
			OPTIONS,
		);
		expect(ratingOf(health.ratings, "trust").series).toHaveLength(5);
	});
});

describe("alliances with little history", () => {
	it("an alliance with only a profile has empty ratings and no averages", () => {
		const health = relationshipHealth(acme({ [PROFILE]: NoteBuilder.profile().build() }), OPTIONS);

		expect(health).toEqual({
			ratings: [
				{ key: "trust", series: [] },
				{ key: "respect", series: [] },
				{ key: "openness", series: [] },
				{ key: "decision_clarity", series: [] },
				{ key: "delivery", series: [] },
			],
			reflections: [],
		});
	});

	it("after exactly one meeting the ratings are its ratings, and nothing has moved yet", () => {
		const health = relationshipHealth(
			acme({ [PROFILE]: NoteBuilder.profile().build(), "Meetings/2026-05-19 Acme.md": meeting("2026-05-19", { trust: 2, respect: 3 }) }),
			OPTIONS,
		);

		expect(ratingOf(health.ratings, "trust")).toMatchObject({ recentAverage: 2 });
		expect(ratingOf(health.ratings, "trust").change).toBeUndefined();
		expect(health.recentAverage).toBe(2.5);
		expect(health.earlierAverage).toBeUndefined();
		expect(health.mostMoved).toBeUndefined();
	});

	it("ratings that did not move name no rating as moved most", () => {
		const health = relationshipHealth(
			acme({
				[PROFILE]: NoteBuilder.profile().build(),
				"Meetings/2026-04-15 Acme.md": meeting("2026-04-15", { trust: 4 }),
				"Meetings/2026-05-15 Acme.md": meeting("2026-05-15", { trust: 4 }),
			}),
			withDefaults({ recentMeetings: 1 }),
		);
		expect(ratingOf(health.ratings, "trust").change).toBe(0);
		expect(health.mostMoved).toBeUndefined();
	});
});

describe("the reflections' relationship rating", () => {
	it("lists each dated reflection's rating oldest first, linked to the property's line", () => {
		const january = reflection("2026-01-08", 4);
		const health = relationshipHealth(
			acme({
				[PROFILE]: NoteBuilder.profile().build(),
				"Reflections/2026-05-21 Acme.md": reflection("2026-05-21", 2),
				"Reflections/2026-01-08 Acme.md": january,
				"Reflections/2026-08-04 Acme.md": reflection("2026-08-04"),
				"Reflections/Undated Acme.md": reflection(undefined, 5),
			}),
			OPTIONS,
		);

		const line = lineOf(january, "relationship:");
		expect(health.reflections).toEqual([
			{ path: "Reflections/2026-01-08 Acme.md", line, date: "2026-01-08", value: 4 },
			{ path: "Reflections/2026-05-21 Acme.md", line, date: "2026-05-21", value: 2 },
		]);
	});
});
