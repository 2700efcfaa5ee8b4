/**
 * Stakeholders: who is overdue for contact, how many are at each stage
 * (clarity → belief → behaviour) and stance, and everyone as an item that
 * opens their note.
 */
import type { StakeholderEntry } from "../../core/analytics/dashboard-model";
import { STAKEHOLDER_STAGES, STAKEHOLDER_STANCES, type StakeholderStance } from "../../core/model";
import { badge, itemMeta, limitedList, sourceButton, subheading } from "../dom";
import { plural } from "../format";
import type { RenderContext, Tone } from "../render-context";
import { overdueStakeholdersOf, stakeholdersOf, tallyStakeholders, type DashboardScope } from "../scope";

const STANCE_TONE: Record<StakeholderStance, Tone> = {
	champion: "good",
	supporter: "good",
	neutral: "neutral",
	sceptic: "warning",
	blocker: "bad",
};

function renderPerson(entry: HTMLElement, person: StakeholderEntry, context: RenderContext): void {
	const { t } = context;
	const item = sourceButton(entry, person, context, ["alliance-journal-person"]);
	const head = item.createSpan({ cls: "alliance-journal-item-text" });
	head.createSpan({ cls: "alliance-journal-person-name", text: person.name });
	if (person.stance) badge(head, t(`stance-${person.stance}`), STANCE_TONE[person.stance]);
	const overdue = person.contactOverdueDays ?? 0;
	if (overdue > 0) badge(head, plural(t, "contact-overdue", overdue, { days: overdue }), "bad");
	itemMeta(item, [
		person.role,
		person.side ? t(`side-${person.side}`) : undefined,
		person.stage ? t(`stage-${person.stage}`) : undefined,
		person.influence ? t(`influence-${person.influence}`) : undefined,
		person.lastContact ? t("contact-last", { date: person.lastContact }) : undefined,
	]);
}

function renderTally<K extends string>(parent: HTMLElement, title: string, order: readonly K[], counts: Partial<Record<K, number>>, label: (key: K) => string): void {
	const present = order.filter((key) => (counts[key] ?? 0) > 0);
	if (present.length === 0) return;
	subheading(parent, title);
	const list = parent.createEl("ul", { cls: "alliance-journal-chips" });
	for (const key of present) {
		const chip = list.createEl("li", { cls: "alliance-journal-chip" });
		chip.createSpan({ text: label(key) });
		chip.createSpan({ cls: "alliance-journal-chip-count", text: String(counts[key] ?? 0) });
	}
}

/** Renders the stakeholders' body. */
export function renderStakeholders(body: HTMLElement, scope: DashboardScope, context: RenderContext): void {
	const { t } = context;
	const people = stakeholdersOf(scope);
	const key = scope.alliance?.name ?? "*";
	const overdue = overdueStakeholdersOf(people);
	if (overdue.length > 0) {
		subheading(body, t("stakeholders-overdue"));
		limitedList(body, overdue, `stakeholders-overdue:${key}`, context, (entry, person) => renderPerson(entry, person, context));
	}
	const { byStage, byStance } = tallyStakeholders(people);
	renderTally(body, t("stakeholders-by-stage"), STAKEHOLDER_STAGES, byStage, (stage) => t(`stage-${stage}`));
	renderTally(body, t("stakeholders-by-stance"), STAKEHOLDER_STANCES, byStance, (stance) => t(`stance-${stance}`));
	subheading(body, t("stakeholders-everyone"));
	limitedList(body, people, `stakeholders:${key}`, context, (entry, person) => renderPerson(entry, person, context));
}
