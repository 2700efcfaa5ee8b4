/// <reference types="node" />
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	keepWrittenDays,
	locateFrontmatter,
	mentionsAllianceType,
	propertyLines,
	readFrontmatterYaml,
} from "../../../src/core/parse/frontmatter";

function block(text: string) {
	const found = locateFrontmatter(text);
	if (!found) throw new Error(`no frontmatter in ${JSON.stringify(text)}`);
	return found;
}

describe("finding the frontmatter the way Obsidian does", () => {
	it("opens with --- on line 1 and closes with the next line that is exactly ---", () => {
		expect(locateFrontmatter("---\ntype: alliance\npartner: Acme\n---\n# Acme\n")).toEqual({
			yaml: "type: alliance\npartner: Acme\n",
			yamlFirstLine: 2,
			body: "# Acme\n",
			bodyFirstLine: 5,
		});
	});

	it("allows trailing spaces on the fences", () => {
		expect(locateFrontmatter("---  \ntype: alliance\n--- \t\nBody")).toMatchObject({ yaml: "type: alliance\n", body: "Body" });
	});

	it("is empty YAML when the fences follow each other, and an empty body at the end of the file", () => {
		expect(locateFrontmatter("---\n---")).toEqual({ yaml: "", yamlFirstLine: 2, body: "", bodyFirstLine: 3 });
	});

	it("is no frontmatter when --- is not on line 1", () => {
		expect(locateFrontmatter("\n---\ntype: alliance\n---\n")).toBeNull();
		expect(locateFrontmatter("# Title\n---\ntype: alliance\n---\n")).toBeNull();
		expect(locateFrontmatter(" ---\ntype: alliance\n---\n")).toBeNull();
	});

	it("is no frontmatter when closed with ... (YAML's end marker, which Obsidian does not accept)", () => {
		expect(locateFrontmatter("---\ntype: alliance\n...\nBody\n")).toBeNull();
	});

	it("is no frontmatter when it is never closed, or the file is one line", () => {
		expect(locateFrontmatter("---\ntype: alliance\n")).toBeNull();
		expect(locateFrontmatter("---")).toBeNull();
		expect(locateFrontmatter("")).toBeNull();
	});

	it("does not take ---- or --- with text after it as a fence", () => {
		expect(locateFrontmatter("----\ntype: alliance\n---\n")).toBeNull();
		expect(locateFrontmatter("---\ntype: alliance\n---- \n--- x\n---\nBody")).toMatchObject({ yaml: "type: alliance\n---- \n--- x\n", bodyFirstLine: 6 });
	});

	it("reads past a byte order mark and Windows line endings", () => {
		const found = locateFrontmatter("\uFEFF---\r\ntype: alliance\r\n---\r\nBody\r\n");
		expect(found).toMatchObject({ yamlFirstLine: 2, bodyFirstLine: 4, body: "Body\r\n" });
		expect(found?.yaml).toBe("type: alliance\r\n");
	});
});

describe("the cheap check for alliance notes", () => {
	it("looks for a type: alliance… line, quoted or not, in any case", () => {
		expect(mentionsAllianceType("type: alliance-meeting\n")).toBe(true);
		expect(mentionsAllianceType('title: x\ntype: "alliance"\n')).toBe(true);
		expect(mentionsAllianceType("Type:Alliance\n")).toBe(true);
	});

	it("ignores other types and indented or commented type lines", () => {
		expect(mentionsAllianceType("type: book\n")).toBe(false);
		expect(mentionsAllianceType("meta:\n  type: alliance\n")).toBe(false);
		expect(mentionsAllianceType("# type: alliance\n")).toBe(false);
		expect(mentionsAllianceType("subtype: alliance\n")).toBe(false);
	});
});

describe("reading the YAML", () => {
	it("returns the properties", () => {
		expect(readFrontmatterYaml(block("---\ntype: alliance\npartner: Acme\n---\n"))).toEqual({ ok: true, data: { type: "alliance", partner: "Acme" } });
	});

	it("returns fresh objects for identical files (gray-matter's cache is not used)", () => {
		const text = "---\ntype: alliance\ntags: [a]\n---\n";
		const first = readFrontmatterYaml(block(text));
		const second = readFrontmatterYaml(block(text));
		expect(first).toEqual(second);
		if (!first.ok || !second.ok) throw new Error("unreadable");
		expect(first.data).not.toBe(second.data);
	});

	it("reads empty frontmatter and comment-only frontmatter as no properties", () => {
		expect(readFrontmatterYaml(block("---\n---\n"))).toEqual({ ok: true, data: {} });
		expect(readFrontmatterYaml(block("---\n# just a comment\n---\n"))).toEqual({ ok: true, data: {} });
	});

	it.each([
		["a duplicated property", "type: alliance\ndate: 2026-11-27\ndate: 2026-11-28\n", 4, "duplicated mapping key"],
		["a badly indented property", "type: alliance\npartner: Acme\n  status: active\n", 4, "bad indentation of a mapping entry"],
		["a list item among properties", "type: alliance\npartner: Acme\n- a\n", 4, ""],
		["an error on the first YAML line", "type: alliance: meeting\npartner: Acme\n", 2, "mapping pair"],
		["comments before the error", "# made by a template\n# another comment\ntype: alliance\ntype: x\n", 5, "duplicated mapping key"],
	])("names the line of %s", (_, yaml, line, reason) => {
		const result = readFrontmatterYaml(block(`---\n${yaml}---\n`));
		expect(result).toMatchObject({ ok: false, line });
		if (!result.ok) expect(result.reason).toContain(reason);
	});

	it("refuses an alias, defined or not, before YAML resolves it, naming its line and property", () => {
		expect(readFrontmatterYaml(block("---\ntype: alliance\npartner: *acme\n---\n"))).toMatchObject({ ok: false, line: 3, alias: "*acme", key: "partner" });
		expect(readFrontmatterYaml(block("---\ntype: alliance\ntags: &x [*x]\n---\n"))).toMatchObject({ ok: false, line: 3, alias: "&x", key: "tags" });
	});

	it("puts an error at the end of the YAML on its last line, never on the closing fence", () => {
		const result = readFrontmatterYaml(block('---\ntype: alliance\npartner: "Acme\n---\n'));
		expect(result).toMatchObject({ ok: false, line: 3 });
	});

	it("reads without Node's Buffer being needed for the input", () => {
		const found = block("---\ntype: alliance\n---\n");
		const saved = globalThis.Buffer;
		try {
			Reflect.deleteProperty(globalThis, "Buffer");
			expect(readFrontmatterYaml(found)).toEqual({ ok: true, data: { type: "alliance" } });
		} finally {
			globalThis.Buffer = saved;
		}
	});
});

describe("the line each property is written on", () => {
	it("finds top-level properties, quoted or not, and ignores nested ones", () => {
		const lineOf = propertyLines(block('---\ntype: alliance\n"partner": Acme\nmeta:\n  owner: x\nowner : Sanne\n---\n'));
		expect(lineOf("type")).toBe(2);
		expect(lineOf("partner")).toBe(3);
		expect(lineOf("owner")).toBe(6);
	});

	it("says the first YAML line for a property that is not written", () => {
		expect(propertyLines(block("---\ntype: alliance\n---\n"))("partner")).toBe(2);
	});
});

describe("keeping the day a date was written as", () => {
	it("replaces YAML's Date for a bare date by the written day", () => {
		const found = block("---\ndate: 2026-02-30\nnext: 2026-11-27T23:30:00-08:00 # late\nquoted: '2026-11-27'\n---\n");
		const data: Record<string, unknown> = { date: new Date(Date.UTC(2026, 2, 2)), next: new Date(Date.UTC(2026, 10, 28, 7, 30)), quoted: "2026-11-27" };
		keepWrittenDays(found, data, propertyLines(found));
		expect(data).toEqual({ date: "2026-02-30", next: "2026-11-27", quoted: "2026-11-27" });
	});

	it("leaves values that YAML did not make into a Date alone", () => {
		const found = block("---\ndate: 2026-11-27\n---\n");
		const data: Record<string, unknown> = { date: "already text" };
		keepWrittenDays(found, data, propertyLines(found));
		expect(data).toEqual({ date: "already text" });
	});
});

describe("finding the fences, read in place", () => {
	/** The reference: every line cut out, one `\r` dropped, and matched against `/^---[ \t]*$/`. */
	function byPattern(text: string): ReturnType<typeof locateFrontmatter> {
		const fence = /^---[ \t]*$/;
		const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
		const firstBreak = source.indexOf("\n");
		if (firstBreak < 0 || !fence.test(source.slice(0, firstBreak).replace(/\r$/, ""))) return null;
		let lineStart = firstBreak + 1;
		for (let line = 2; lineStart <= source.length; line++) {
			const next = source.indexOf("\n", lineStart);
			const lineEnd = next < 0 ? source.length : next;
			if (fence.test(source.slice(lineStart, lineEnd).replace(/\r$/, ""))) {
				return { yaml: source.slice(firstBreak + 1, lineStart), yamlFirstLine: 2, body: next < 0 ? "" : source.slice(next + 1), bodyFirstLine: line + 1 };
			}
			if (next < 0) break;
			lineStart = next + 1;
		}
		return null;
	}

	it("agrees with the pattern on lines made of fence-like pieces", () => {
		const piece = fc.constantFrom("---", "--", "-", "----", " ", "\t", "\r", "\n", "\r\n", "a: 1", "\ufeff", "\u00a0", "#");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
				const text = pieces.join("");
				expect(locateFrontmatter(text)).toEqual(byPattern(text));
			}),
			{ numRuns: 5000 },
		);
	});
});
