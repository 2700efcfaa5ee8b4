import { describe, expect, it } from "vitest";
import { NOTE_TYPES } from "../../../src/core/model";
import { NOTE_SCHEMAS } from "../../../src/core/schema/definitions";

describe("the note type definitions follow the design", () => {
	it("there is one definition per note type", () => {
		expect(Object.keys(NOTE_SCHEMAS).sort()).toEqual([...NOTE_TYPES].sort());
		for (const type of NOTE_TYPES) expect(NOTE_SCHEMAS[type].type).toBe(type);
	});

	it("the required properties are those of the design table", () => {
		const required = Object.fromEntries(
			NOTE_TYPES.map((type) => [type, NOTE_SCHEMAS[type].fields.filter((field) => field.required).map((field) => field.key)]),
		);
		expect(required).toEqual({
			alliance: ["partner"],
			"alliance-meeting": ["alliance", "date"],
			"alliance-reflection": ["alliance", "date"],
			"alliance-stakeholder": ["alliances"],
			"alliance-health-check": ["alliance", "date"],
		});
	});

	it("each property is defined once, and enums list their values", () => {
		for (const schema of Object.values(NOTE_SCHEMAS)) {
			const keys = schema.fields.map((field) => field.key);
			expect(new Set(keys).size, schema.type).toBe(keys.length);
			for (const field of schema.fields) if (field.kind === "enum") expect(field.values?.length, field.key).toBeGreaterThan(0);
		}
	});

	it("ratings are whole numbers from 1 to 5", () => {
		const ratings = NOTE_SCHEMAS["alliance-meeting"].fields.filter((field) => ["trust", "respect", "openness", "decision_clarity", "delivery"].includes(field.key));
		expect(ratings).toHaveLength(5);
		for (const rating of ratings) expect(rating).toMatchObject({ kind: "integer", min: 1, max: 5 });
	});

	it("each note type reads the body sections the design names", () => {
		expect(NOTE_SCHEMAS.alliance.sections).toEqual(["kpis"]);
		expect(NOTE_SCHEMAS["alliance-meeting"].sections).toEqual(["conflicts", "quickWins", "actions", "decisions"]);
		expect([...NOTE_SCHEMAS["alliance-reflection"].sections].sort()).toEqual(
			["wentWell", "ourContribution", "theirContribution", "differenceUsed", "tryNext", "lessons", "conflicts", "quickWins", "actions"].sort(),
		);
		expect(NOTE_SCHEMAS["alliance-stakeholder"].sections).toEqual([]);
	});
});
