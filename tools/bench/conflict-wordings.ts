/**
 * A deterministic vault for measuring conflict grouping: meetings whose
 * conflicts use a given number of distinct wordings, many of them sharing a
 * word (the case that made grouping quadratic), spread over a few alliances.
 */
import type { SyntheticFile } from "./synthetic-vault";

/** Conflicts per meeting note. */
const CONFLICTS_PER_MEETING = 4;
/** Alliances the meetings are spread over. */
const ALLIANCES = 8;
/** The theme every meeting raises as well: a quarter of the wordings narrow it down ("Pricing bakex"). */
const COMMON_THEME = "Pricing";
const MS_PER_DAY = 86_400_000;
const START_DAY = Date.UTC(2025, 0, 1);
const DAYS = 700;

/** A made-up word per number, never a stop word: "bakido", "kelumar". */
function wordOf(number: number): string {
	const syllables = ["ba", "ke", "lu", "mo", "ri", "sa", "to", "vi", "do", "mar", "nel", "pos"];
	let word = "";
	let rest = number;
	do {
		word += syllables[rest % syllables.length] ?? "";
		rest = Math.floor(rest / syllables.length);
	} while (rest > 0);
	return `${word}x`;
}

/**
 * The `index`-th distinct wording: one made-up word, alone, after the common
 * theme, with a second made-up word, or with a generic word.
 *
 * @example wordingOf(0) // "Bax"
 */
export function wordingOf(index: number): string {
	const own = wordOf(index);
	const kind = index % 4;
	const text =
		kind === 0 ? own : kind === 1 ? `${COMMON_THEME} ${own}` : kind === 2 ? `${own} ${wordOf(index >> 2)}` : `${own} discussion`;
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Generates alliance profiles and meetings that together use `wordings`
 * distinct conflict wordings, besides the common theme every meeting raises.
 *
 * @example conflictWordingVault(8).filter((file) => file.path.startsWith("Meetings/")).length // 2
 */
export function conflictWordingVault(wordings: number): SyntheticFile[] {
	const files: SyntheticFile[] = [];
	for (let alliance = 0; alliance < ALLIANCES; alliance++) {
		files.push({ path: `Alliances/Partner ${alliance}.md`, text: `---\ntype: alliance\npartner: Partner ${alliance} Inc\nstatus: active\nphase: execution\nstarted: 2024-01-01\n---\n# Partner ${alliance}\n` });
	}
	const meetings = Math.ceil(wordings / CONFLICTS_PER_MEETING);
	for (let meeting = 0; meeting < meetings; meeting++) {
		const alliance = meeting % ALLIANCES;
		const date = new Date(START_DAY + (meeting % DAYS) * MS_PER_DAY).toISOString().slice(0, 10);
		const conflicts = [`- [ ] ${COMMON_THEME}: still open`];
		for (let slot = 0; slot < CONFLICTS_PER_MEETING; slot++) {
			const index = meeting * CONFLICTS_PER_MEETING + slot;
			if (index < wordings) conflicts.push(`- [ ] ${wordingOf(index)}: raised again`);
		}
		files.push({
			path: `Meetings/${date} Partner ${alliance} ${meeting}.md`,
			text: `---\ntype: alliance-meeting\nalliance: "[[Partner ${alliance}]]"\ndate: ${date}\n---\n# Meeting\n\n## Conflicts\n${conflicts.join("\n")}\n`,
		});
	}
	return files;
}
