/**
 * Hostile notes: one per kind of input that has made a Markdown or YAML
 * reader crash or hang (aliases that refer to themselves or expand
 * exponentially, nesting thousands of levels deep, long runs of spaces, `[[`
 * or `-`, escape sequences). Made on demand, at any size, for the
 * benchmark's linearity figures and for the tests' hostile vault; never kept
 * as files.
 */

/** One kind of hostile note. */
export interface HostileKind {
	/** A short name, also the note's file name. */
	name: string;
	/** The note's text with a pathological part of about `size` characters. */
	make(size: number): string;
	/** Grows with its size (a pathological run), rather than being small and fixed. */
	scales: boolean;
}

const MEETING_HEAD = '---\ntype: alliance-meeting\nalliance: "[[Acme]]"\ndate: 2026-11-20\n';

function meeting(yaml: string, body: string): string {
	return `${MEETING_HEAD}${yaml}---\n${body}`;
}

/** A run of `unit` about `size` characters long. */
function run(unit: string, size: number): string {
	return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}

const LETTERS = "abcdefghij";
const LAUGHS_PER_LEVEL = 9;

/** The "billion laughs": each anchor is nine aliases of the one before, ten levels deep. */
function exponentialAliases(): string {
	const lines = [`a: &a [${Array<string>(LAUGHS_PER_LEVEL).fill('"lol"').join(", ")}]`];
	for (let level = 1; level < LETTERS.length; level++) {
		const name = LETTERS.charAt(level);
		const previous = LETTERS.charAt(level - 1);
		lines.push(`${name}: &${name} [${Array<string>(LAUGHS_PER_LEVEL).fill(`*${previous}`).join(", ")}]`);
	}
	return `${lines.join("\n")}\nattendees: *j\n`;
}

/** Every hostile kind, in a fixed order. */
export const HOSTILE_KINDS: readonly HostileKind[] = [
	{ name: "self-referencing alias", scales: false, make: () => meeting("attendees: &x [*x]\ntags: &t [*t, *t]\n", "## Conflicts\n- Pricing\n") },
	{ name: "exponential aliases", scales: false, make: () => meeting(exponentialAliases(), "## Conflicts\n- Pricing\n") },
	{ name: "list nested deep", scales: true, make: (size) => meeting("", `## Conflicts\n${run("- ", size)}deep\n- Pricing\n`) },
	{ name: "quotes nested deep", scales: true, make: (size) => meeting("", `## Conflicts\n${run("> ", size)}deep\n- Pricing\n`) },
	{ name: "lists and quotes nested deep", scales: true, make: (size) => meeting("", `## Actions\n${run("> - ", size)}deep\n`) },
	{ name: "spaces in a heading", scales: true, make: (size) => meeting("", `## Conflicts${run(" ", size)}x\n- Pricing\n`) },
	{ name: "spaces in a YAML line", scales: true, make: (size) => meeting(`partner: a${run(" ", size)}b\n`, "") },
	{ name: "spaces in a YAML list item", scales: true, make: (size) => meeting(`attendees:\n  - a${run(" ", size)}b\n`, "") },
	{ name: "runs of [[ in a list item", scales: true, make: (size) => meeting("", `## Conflicts\n- ${run("[[", size)}\n`) },
	{ name: "runs of - in a list item", scales: true, make: (size) => meeting("", `## Conflicts\n- a\n  ${run("-", size)}x\n- ${run("- ", size)}\n`) },
	{ name: "runs of {{ in a property", scales: true, make: (size) => meeting(`time: "${run("{{", size)}"\n`, "") },
	{ name: "runs of - in a tag", scales: true, make: (size) => meeting("", `## Conflicts\n- #conflict/a${run("-", size)}b\n`) },
	{ name: "runs of . in an owner", scales: true, make: (size) => meeting("", `## Actions\n- [ ] Send @sanne${run(".", size)}x 📅 2026-12-01\n`) },
	{ name: "runs of Dataview fields in an action", scales: true, make: (size) => meeting("", `## Actions\n- [ ] Send ${run("[due:: (priority:: due:: 2026-1", size)}\n`) },
	{ name: "spaces in a recurrence", scales: true, make: (size) => meeting("", `## Actions\n- [/] Review 🔁 every${run(" ", size)}week @${run("🔁 ", size)}\n`) },
	{ name: "emphasis for remark", scales: true, make: (size) => meeting("", `## Decisions\n- ${run("a_ *b ", size)}\n  > quoted\n`) },
	{
		name: "escape sequences",
		scales: false,
		make: () => meeting("partner: \"\\e[31mred\\e[0m\"\n", "## Conflicts\n- \u001b[2J\u001b[31mPricing\u001b[0m: cleared the screen\n- \u0007bell\r\n"),
	},
];

/** The name of a file for a hostile kind (spaces kept, as a person would name it). */
export function hostileFileName(kind: HostileKind): string {
	return `Hostile/${kind.name}.md`;
}
