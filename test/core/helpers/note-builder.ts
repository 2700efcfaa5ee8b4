/**
 * Builds note text the way an alliance manager writes it, so each test shows
 * only the lines that matter:
 *
 *   new NoteBuilder("alliance-meeting")
 *     .field("alliance", '"[[Acme]]"')
 *     .section("Conflicts", ["- [ ] Pricing: too high"])
 *     .build();
 *
 * Property values are written exactly as given (raw YAML), so a test can say
 * `'"[[Acme]]"'` (quoted) or `"[[Acme]]"` (unquoted) and mean it.
 */

type Line = string;

export class NoteBuilder {
	private readonly frontmatter: Line[] = [];
	private readonly body: Line[] = [];
	private lineEnding = "\n";
	private byteOrderMark = false;
	private withFrontmatter = true;

	/** @param type the `type` property, or `null` for a note without one */
	constructor(type: string | null = null) {
		if (type !== null) this.frontmatter.push(`type: ${type}`);
	}

	/** A meeting with a quoted alliance link and a date, the usual starting point. */
	static meeting(alliance = "Acme", date = "2026-11-27"): NoteBuilder {
		return new NoteBuilder("alliance-meeting").field("alliance", `"[[${alliance}]]"`).field("date", date);
	}

	/** An alliance profile with its partner. */
	static profile(partner = "Acme Corp"): NoteBuilder {
		return new NoteBuilder("alliance").field("partner", partner);
	}

	/** A reflection on an alliance. */
	static reflection(alliance = "Acme", date = "2026-11-27"): NoteBuilder {
		return new NoteBuilder("alliance-reflection").field("alliance", `"[[${alliance}]]"`).field("date", date);
	}

	/** A joint health check of an alliance. */
	static healthCheck(alliance = "Acme", date = "2026-11-27"): NoteBuilder {
		return new NoteBuilder("alliance-health-check").field("alliance", `"[[${alliance}]]"`).field("date", date);
	}

	/** A stakeholder of one or more alliances. */
	static stakeholder(...alliances: string[]): NoteBuilder {
		const builder = new NoteBuilder("alliance-stakeholder");
		return builder.field("alliances", "").yaml(...alliances.map((name) => `  - "[[${name}]]"`));
	}

	/**
	 * A property, its value written as raw YAML (`""` writes `key:` with
	 * nothing after it). Writing a property again replaces it in place.
	 */
	field(key: string, rawYaml: string | number): this {
		const value = String(rawYaml);
		const line = value === "" ? `${key}:` : `${key}: ${value}`;
		const existing = this.frontmatter.findIndex((written) => written.startsWith(`${key}:`));
		if (existing >= 0) this.frontmatter[existing] = line;
		else this.frontmatter.push(line);
		return this;
	}

	/** Leaves a property out. */
	without(key: string): this {
		const existing = this.frontmatter.findIndex((written) => written.startsWith(`${key}:`));
		if (existing >= 0) this.frontmatter.splice(existing, 1);
		return this;
	}

	/** Raw frontmatter lines, as written. */
	yaml(...lines: Line[]): this {
		this.frontmatter.push(...lines);
		return this;
	}

	/** A heading (`## Conflicts` by default) with the lines under it, then a blank line. */
	section(heading: string, lines: Line[], level = 2): this {
		this.body.push(`${"#".repeat(level)} ${heading}`, ...lines, "");
		return this;
	}

	/** Raw body lines, as written. */
	text(...lines: Line[]): this {
		this.body.push(...lines);
		return this;
	}

	/** Writes Windows line endings (`\r\n`). */
	crlf(): this {
		this.lineEnding = "\r\n";
		return this;
	}

	/** Starts the file with a byte order mark. */
	bom(): this {
		this.byteOrderMark = true;
		return this;
	}

	/** Leaves the frontmatter out altogether (the properties are not written). */
	noFrontmatter(): this {
		this.withFrontmatter = false;
		return this;
	}

	/** The lines of the file, without line endings. */
	lines(): Line[] {
		const head = this.withFrontmatter ? ["---", ...this.frontmatter, "---"] : [];
		return [...head, ...this.body];
	}

	build(): string {
		const text = this.lines().join(this.lineEnding) + this.lineEnding;
		return this.byteOrderMark ? `\uFEFF${text}` : text;
	}
}

/**
 * The 1-based line of the first line of `text` that contains `needle`, so a
 * test can say where something is written without counting by hand.
 */
export function lineOf(text: string, needle: string, occurrence = 1): number {
	const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
	let seen = 0;
	for (let index = 0; index < lines.length; index++) {
		if ((lines[index] ?? "").includes(needle) && ++seen === occurrence) return index + 1;
	}
	throw new Error(`"${needle}" is not in the note:\n${text}`);
}
