/**
 * Stakeholders: who is overdue for contact, how many are at each stage
 * (clarity → belief → behaviour) and stance, and everyone as an item that
 * opens their note.
 */
import type { StakeholderEntry } from "../../core/analytics/dashboard-model";
import { STAKEHOLDER_STAGES, STAKEHOLDER_STANCES, type StakeholderStance } from "../../core/model";
import { capitalize } from "../../core/present/numbers";
import { overdueStakeholdersOf, stakeholderAlliances, stakeholdersOf, tallyStakeholders, type DashboardScope } from "../../core/present/scope";
import { badge, itemMeta, limitedList, sourceButton, subheading } from "../dom";
import type { RenderContext, Tone } from "../render-context";

const STANCE_TONE: Record<StakeholderStance, Tone> = {
	champion: "good",
	supporter: "good",
	neutral: "neutral",
	sceptic: "warning",
	blocker: "bad",
};

function renderPerson(entry: HTMLElement, person: StakeholderEntry, context: RenderContext, alliances?: readonly string[]): void {
	const { t, words } = context;
	const item = sourceButton(entry, person, context, ["alliance-journal-person"]);
	const head = item.createSpan({ cls: "alliance-journal-item-text" });
	head.createSpan({ cls: "alliance-journal-person-name", text: person.name });
	if (person.stance) badge(head, capitalize(words.choice("stance", person.stance)), STANCE_TONE[person.stance]);
	const overdue = person.contactOverdueDays ?? 0;
	if (overdue > 0) badge(head, capitalize(t("contact-overdue", { days: overdue })), "bad");
	const facts = [
		alliances && alliances.length > 0 ? words.list(alliances) : undefined,
		person.role,
		person.side ? words.choice("side", person.side) : undefined,
		person.stage ? words.choice("stage", person.stage) : undefined,
		person.influence ? words.choice("influence", person.influence) : undefined,
		person.lastContact ? t("contact-last", { date: words.date(person.lastContact) }) : undefined,
	].filter((fact): fact is string => fact !== undefined && fact !== "");
	// Sentence case: the line starts with a capital, the facts after it keep theirs ("Internal · clarity · high influence").
	itemMeta(item, facts.map((fact, index) => (index === 0 ? capitalize(fact) : fact)));
}

function renderTally<K extends string>(
	parent: HTMLElement,
	title: string,
	order: readonly K[],
	counts: Partial<Record<K, number>>,
	label: (key: K) => string,
	count: (value: number) => string,
): void {
	const present = order.filter((key) => (counts[key] ?? 0) > 0);
	if (present.length === 0) return;
	subheading(parent, title);
	const list = parent.createEl("ul", { cls: "alliance-journal-chips" });
	for (const key of present) {
		const chip = list.createEl("li", { cls: "alliance-journal-chip" });
		chip.createSpan({ text: label(key) });
		chip.createSpan({ cls: "alliance-journal-chip-count", text: count(counts[key] ?? 0) });
	}
}

/** Renders the stakeholders' body. */
export function renderStakeholders(body: HTMLElement, scope: DashboardScope, context: RenderContext): void {
	const { t, words } = context;
	const people = stakeholdersOf(scope);
	const key = scope.alliance?.name ?? "*";
	const overdue = overdueStakeholdersOf(people);
	// All alliances: each person says which alliances they work on.
	const alliancesOf = context.showAlliance ? stakeholderAlliances(scope) : undefined;
	const render = (entry: HTMLLIElement, person: StakeholderEntry): void => renderPerson(entry, person, context, alliancesOf?.get(person.path));
	if (overdue.length > 0) {
		subheading(body, capitalize(t("stakeholders-overdue")));
		limitedList(body, overdue, `stakeholders-overdue:${key}`, context, render);
	}
	const { byStage, byStance } = tallyStakeholders(people);
	renderTally(body, capitalize(t("stakeholders-by-stage")), STAKEHOLDER_STAGES, byStage, (stage) => capitalize(words.choice("stage", stage)), words.number);
	renderTally(body, capitalize(t("stakeholders-by-stance")), STAKEHOLDER_STANCES, byStance, (stance) => capitalize(words.choice("stance", stance)), words.number);
	// The overdue are listed once, above: the rest below them.
	const others = overdue.length > 0 ? people.filter((person) => (person.contactOverdueDays ?? 0) <= 0) : people;
	if (others.length === 0) return;
	subheading(body, capitalize(t(overdue.length > 0 ? "stakeholders-others" : "stakeholders-everyone")));
	limitedList(body, others, `stakeholders:${key}`, context, render);
}
