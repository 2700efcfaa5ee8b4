/**
 * Stakeholders: who matters to the alliance on both sides, how far they have
 * come, where they stand, and who is overdue for a conversation.
 */
import type { AllianceGroup } from "../index/vault-index";
import {
	type CalendarDate,
	type InfluenceLevel,
	type StakeholderNote,
	type StakeholderSide,
	STAKEHOLDER_STAGES,
	STAKEHOLDER_STANCES,
} from "../model";
import { addDays, daysBetween } from "./calendar";
import type { StakeholderEntry, StakeholderSummary } from "./dashboard-model";
import { compareText } from "../order";

/** A stakeholder links to the top of their note. */
const NOTE_TOP = 1;
/** Where people without a side or influence sort: after those with one. */
const UNKNOWN_RANK = Number.MAX_SAFE_INTEGER;
/** Internal people first: the own organisation is the one to bring along. */
const SIDE_RANK: Record<StakeholderSide, number> = { internal: 0, partner: 1 };
const INFLUENCE_RANK: Record<InfluenceLevel, number> = { high: 0, medium: 1, low: 2 };

/** By name, ignoring case first, so "de Vries" sits among the D's. */
function compareNames(a: string, b: string): number {
	return compareText(a.toLowerCase(), b.toLowerCase()) || compareText(a, b);
}

/** Internal first, then high influence first, then by name. */
function byPeopleOrder(a: StakeholderEntry, b: StakeholderEntry): number {
	const side = (entry: StakeholderEntry) => (entry.side === undefined ? UNKNOWN_RANK : SIDE_RANK[entry.side]);
	const influence = (entry: StakeholderEntry) => (entry.influence === undefined ? UNKNOWN_RANK : INFLUENCE_RANK[entry.influence]);
	return side(a) - side(b) || influence(a) - influence(b) || compareNames(a.name, b.name) || compareText(a.path, b.path);
}

/**
 * One stakeholder as the dashboard shows them, with their next contact date.
 *
 * @example toEntry(sanne, "2026-11-27").contactOverdueDays // 12, when last_contact + contact_every_days was 2026-11-15
 */
function toEntry(person: StakeholderNote, today: CalendarDate): StakeholderEntry {
	const entry: StakeholderEntry = { path: person.path, line: NOTE_TOP, name: person.basename };
	if (person.side !== undefined) entry.side = person.side;
	if (person.role !== undefined) entry.role = person.role;
	if (person.stance !== undefined) entry.stance = person.stance;
	if (person.influence !== undefined) entry.influence = person.influence;
	if (person.stage !== undefined) entry.stage = person.stage;
	if (person.lastContact !== undefined) entry.lastContact = person.lastContact;
	if (person.contactEveryDays !== undefined) entry.contactEveryDays = person.contactEveryDays;
	if (person.lastContact !== undefined && person.contactEveryDays !== undefined) {
		entry.nextContact = addDays(person.lastContact, person.contactEveryDays);
		const overdueDays = daysBetween(entry.nextContact, today);
		if (overdueDays > 0) entry.contactOverdueDays = overdueDays;
	}
	return entry;
}

/**
 * Counts how often each value occurs, keyed in the order of `known` and
 * holding only the values that occur.
 */
function countOf<K extends string>(values: readonly (K | undefined)[], known: readonly K[]): Partial<Record<K, number>> {
	const counts = new Map<K, number>();
	for (const value of values) if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
	const result: Partial<Record<K, number>> = {};
	for (const key of known) {
		const count = counts.get(key);
		if (count !== undefined) result[key] = count;
	}
	return result;
}

/**
 * The stakeholders of one alliance.
 *
 * @param group the alliance and its stakeholders
 * @param today the date contact is judged against
 * @returns people (internal first, high influence first, then by name), counts per stage and stance, and who is overdue for contact (most overdue first)
 * @example stakeholderSummary(group, "2026-11-27").byStage // { clarity: 2, belief: 1 }
 */
export function stakeholderSummary(group: AllianceGroup, today: CalendarDate): StakeholderSummary {
	const people = group.stakeholders.map((person) => toEntry(person, today)).sort(byPeopleOrder);
	const overdue = people
		.filter((entry) => (entry.contactOverdueDays ?? 0) > 0)
		.sort((a, b) => (b.contactOverdueDays ?? 0) - (a.contactOverdueDays ?? 0));
	return {
		people,
		byStage: countOf(
			people.map((entry) => entry.stage),
			STAKEHOLDER_STAGES,
		),
		byStance: countOf(
			people.map((entry) => entry.stance),
			STAKEHOLDER_STANCES,
		),
		overdue,
	};
}
