/**
 * A deterministic synthetic vault for the benchmark: alliance profiles,
 * meeting notes of about 2 KB each, and as many ordinary notes that are not
 * alliance notes. The same seed always gives the same files.
 */

/** One file of the synthetic vault. */
export interface SyntheticFile {
	path: string;
	text: string;
}

export interface SyntheticVaultOptions {
	meetings: number;
	otherNotes: number;
	alliances: number;
	seed: number;
}

/** Share of meeting notes with nested items and code under an action (the line scanner's harder cases). */
const NESTED_NOTE_SHARE = 0.1;
/** Share of meeting notes with a quote between the conflicts (the scanner passes over it). */
const QUOTE_NOTE_SHARE = 0.03;
/** Share of meeting notes with pasted code between the actions, which only remark reads. */
const REMARK_NOTE_SHARE = 0.01;
const MS_PER_DAY = 86_400_000;
const START_DAY = Date.UTC(2024, 0, 1);

/** mulberry32: a small, fast, seedable PRNG. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS =
	"partner pipeline forecast delivery roadmap pricing workshop customer escalation integration pilot contract review steering quarter launch region team budget support data security onboarding training market demo".split(
		" ",
	);
const THEMES = ["Pricing", "Pricing model", "Price discussion", "Resource allocation", "Data sharing", "Branding", "Roadmap priority", "Capacity", "Governance"];
const OWNERS = ["sanne", "james", "pieter", "maria", "li"];
const KPI_KEYS = ["joint_pipeline", "on_time_delivery", "escalation_days", "joint_workshops"];

function dayAt(offset: number): string {
	return new Date(START_DAY + offset * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Generates the synthetic vault's files.
 *
 * @example generateSyntheticVault({ meetings: 10, otherNotes: 10, alliances: 2, seed: 1 }).length // 22
 */
export function generateSyntheticVault(options: SyntheticVaultOptions): SyntheticFile[] {
	const next = random(options.seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
	const sentence = (words: number): string => {
		const parts: string[] = [];
		for (let index = 0; index < words; index++) parts.push(pick(WORDS));
		const text = parts.join(" ");
		return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
	};
	const files: SyntheticFile[] = [];
	const names: string[] = [];
	for (let index = 0; index < options.alliances; index++) {
		const name = `Alliance ${String(index + 1).padStart(3, "0")}`;
		names.push(name);
		const rows = KPI_KEYS.map((key, row) => `| ${key} | ${key.replace(/_/g, " ")} | unit | ${50 + row * 10} | ${row === 2 ? "down" : "up"} | ${row % 2 === 0 ? "ends" : "means"} |`);
		files.push({
			path: `Alliances/${name}/${name}.md`,
			text: `---\ntype: alliance\npartner: Partner ${index + 1}\nstatus: active\nphase: execution\nstarted: 2024-01-01\n---\n# ${name}\n\n${sentence(40)}\n\n## KPIs\n| key | label | unit | target | direction | kind |\n| --- | --- | --- | --- | --- | --- |\n${rows.join("\n")}\n`,
		});
	}
	for (let index = 0; index < options.meetings; index++) {
		const alliance = names[index % names.length] ?? "Alliance 001";
		const date = dayAt(Math.floor(index / names.length) * 3 + (index % 3));
		const nested = next() < NESTED_NOTE_SHARE;
		const quoted = next() < QUOTE_NOTE_SHARE;
		const pasted = next() < REMARK_NOTE_SHARE;
		const item = (checked: boolean | null, text: string): string => `- ${checked === null ? "" : checked ? "[x] " : "[ ] "}${text}`;
		const conflicts = [1, 2].map(() => item(next() < 0.5, `${pick(THEMES)}: ${sentence(8).toLowerCase()}`));
		const wins = [1, 2].map(() => item(next() < 0.5, `${sentence(7)}${next() < 0.3 ? " #shared" : ""}`));
		const actions = [1, 2, 3].map(() => item(next() < 0.6, `${sentence(6)} @${pick(OWNERS)} 📅 ${dayAt(Math.floor(next() * 1000))}`));
		if (quoted) conflicts.push("", "> They said: \"this is not what we agreed\"");
		if (pasted) actions.push("", "```", "Subject: forecast", "- 12 trucks", "```");
		if (nested) actions.push("    - a sub-point under the last action", "", "  ```", "  pasted output", "  ```");
		const kpis = KPI_KEYS.filter(() => next() < 0.7).map((key) => `kpi_${key}: ${Math.round(next() * 1000) / 10}`);
		const ratings = ["trust", "respect", "openness", "decision_clarity", "delivery"].map((key) => `${key}: ${1 + Math.floor(next() * 5)}`);
		const summary = [sentence(45), sentence(45), sentence(45)].join(" ");
		files.push({
			path: `Alliances/${alliance}/Meetings/${date} ${alliance} ${index}.md`,
			text: `---\ntype: alliance-meeting\nalliance: "[[${alliance}]]"\ndate: ${date}\ntime: "10:00"\nmeeting_type: steering\nattendees:\n  - "[[Person ${index % 40}]]"\n  - "[[Person ${(index + 7) % 40}]]"\n${kpis.join("\n")}\n${ratings.join("\n")}\ntags:\n  - meeting\n---\n# Meeting ${date}\n\n${summary}\n\n## Conflicts\n${conflicts.join("\n")}\n\n## Quick wins\n${wins.join("\n")}\n\n## Actions\n${actions.join("\n")}\n\n## Decisions\n- ${sentence(10)}\n- ${sentence(10)}\n`,
		});
	}
	for (let index = 0; index < options.otherNotes; index++) {
		const frontmatter = index % 2 === 0 ? `---\ntype: book\ntags: [reading, ${pick(WORDS)}]\ncreated: ${dayAt(index % 900)}\n---\n` : "";
		const tasks = [1, 2, 3].map(() => `- [ ] ${sentence(6)} 📅 ${dayAt(Math.floor(next() * 1000))}`).join("\n");
		files.push({
			path: `Notes/${String(Math.floor(index / 100)).padStart(3, "0")}/Note ${index}.md`,
			text: `${frontmatter}# Note ${index}\n\n${[1, 2, 3, 4].map(() => sentence(50)).join("\n\n")}\n\n## Tasks\n${tasks}\n\n## Actions\n- ${sentence(8)}\n`,
		});
	}
	return files;
}
