/**
 * The built-in templates, one per note type and language. The frontmatter
 * comes from the note type's definition and the parsed sections from its list
 * of sections, with the headings the parser recognises, so a note made from a
 * built-in template always passes the schema.
 */
import type { Language } from "../i18n/language";
import { TEMPLATE_TEXTS, type TemplateTextKey } from "../i18n/messages/templates";
import { translator } from "../i18n/translate";
import type { NoteType } from "../model";
import { SECTION_HEADINGS } from "../parse/headings";
import { NOTE_SCHEMAS } from "../schema/definitions";
import type { SectionKey } from "../schema/field-spec";
import { frontmatterLines } from "./frontmatter";

type Translate = (key: TemplateTextKey) => string;

/** The question a reflection section asks, shown under its heading. */
const SECTION_PROMPTS: Partial<Record<SectionKey, TemplateTextKey>> = {
	wentWell: "prompt.wentWell",
	ourContribution: "prompt.ourContribution",
	theirContribution: "prompt.theirContribution",
	differenceUsed: "prompt.differenceUsed",
	tryNext: "prompt.tryNext",
	lessons: "prompt.lessons",
};

/** Sections whose items are tasks (`- [ ]`): resolved, communicated, done. */
const TASK_SECTIONS: ReadonlySet<SectionKey> = new Set(["conflicts", "quickWins", "actions"]);

/**
 * The canonical heading of a section in a language: the one templates write.
 *
 * @example sectionHeading("actions", "nl") // "Acties"
 */
export function sectionHeading(key: SectionKey, language: Language): string {
	return SECTION_HEADINGS[key][language][0] ?? key;
}

/** A parsed section: its heading, the question it asks (if any) and an empty item to start from. */
function sectionLines(key: SectionKey, language: Language, t: Translate, type: NoteType): string[] {
	const lines = [`## ${sectionHeading(key, language)}`];
	const prompt = SECTION_PROMPTS[key] ?? (key === "conflicts" && type === "alliance-reflection" ? "prompt.conflicts" : undefined);
	if (prompt !== undefined) lines.push(`_${t(prompt)}_`);
	if (key === "kpis") {
		const header = t("alliance.kpiHeader");
		const columns = header.split("|").length - 2;
		lines.push(t("alliance.kpiHint"), "", header, `|${" --- |".repeat(columns)}`);
	} else {
		lines.push(TASK_SECTIONS.has(key) ? "- [ ] " : "- ");
	}
	return lines;
}

/** Parts of a note that are not parsed: headings the parser does not read, with what goes under them. */
function freeSection(heading: string, level: 2 | 3, ...content: string[]): string[] {
	return [`${"#".repeat(level)} ${heading}`, ...content];
}

function bodyParts(type: NoteType, language: Language): string[][] {
	const t = translator(TEMPLATE_TEXTS, language);
	const parsed = NOTE_SCHEMAS[type].sections.map((key) => sectionLines(key, language, t, type));
	const title = ["# {{title}}"];
	switch (type) {
		case "alliance":
			return [
				[...title, "", t("alliance.intro")],
				freeSection(t("alliance.goals"), 2, "- "),
				...parsed,
				freeSection(t("alliance.whoBringsWhat"), 2, "- "),
				freeSection(t("alliance.workingTogether"), 2, "- "),
			];
		case "alliance-meeting":
			return [
				title,
				[
					...freeSection(t("meeting.agenda"), 2),
					...freeSection(t("meeting.openActions"), 3, "{{open_actions}}"),
					"",
					...freeSection(t("meeting.openConflicts"), 3, "{{open_conflicts}}"),
				],
				freeSection(t("meeting.notes"), 2),
				...parsed,
			];
		case "alliance-reflection":
			return [title, freeSection(t("reflection.openConflicts"), 2, "{{open_conflicts}}"), ...parsed];
		case "alliance-stakeholder":
			return [
				[...title, "", t("stakeholder.intro")],
				freeSection(t("stakeholder.matters"), 2, "- "),
				freeSection(t("stakeholder.contactLog"), 2, "- {{date}}: "),
			];
		case "alliance-health-check":
			// One heading per dimension, from the dimensions the note is made with.
			return [[...title, "", t("healthCheck.intro")], ["{{dimension_sections}}"]];
	}
}

/**
 * The built-in template of a note type in a language, with its placeholders
 * still in it (see `renderTemplate`).
 *
 * @example builtInTemplate("alliance-meeting", "nl") // "---\ntype: alliance-meeting\nalliance: \"{{alliance_link}}\"\n…## Conflicten\n- [ ] \n…"
 */
export function builtInTemplate(type: NoteType, language: Language): string {
	const frontmatter = ["---", ...frontmatterLines(NOTE_SCHEMAS[type]), "---"].join("\n");
	const body = bodyParts(type, language)
		.map((part) => part.join("\n"))
		.join("\n\n");
	return `${frontmatter}\n${body}\n`;
}
