import { describe, expect, it } from "vitest";
import { LinkResolver } from "../../../src/core/index/link-resolver";

function resolverOf(...paths: string[]): LinkResolver {
	const resolver = new LinkResolver();
	for (const path of paths) resolver.add(path);
	return resolver;
}

describe("resolving [[links]] as Obsidian does", () => {
	it("by file name, ignoring case and .md", () => {
		const resolver = resolverOf("Alliances/Acme.md", "Meetings/2026-11-27.md");
		expect(resolver.resolve({ target: "Acme" }, "Meetings/2026-11-27.md")).toBe("Alliances/Acme.md");
		expect(resolver.resolve({ target: "acme" }, "x.md")).toBe("Alliances/Acme.md");
		expect(resolver.resolve({ target: "ACME.md" }, "x.md")).toBe("Alliances/Acme.md");
		expect(resolver.resolve({ target: " Acme " }, "x.md")).toBe("Alliances/Acme.md");
	});

	it("a display text does not matter", () => {
		expect(resolverOf("Acme.md").resolve({ target: "Acme", display: "the partner" }, "x.md")).toBe("Acme.md");
	});

	it("no note of that name: unresolved", () => {
		const resolver = resolverOf("Alliances/Acme.md");
		expect(resolver.resolve({ target: "Globex" }, "x.md")).toBeUndefined();
		expect(resolver.resolve({ target: "" }, "x.md")).toBeUndefined();
		expect(resolver.resolve({ target: "Acm" }, "x.md")).toBeUndefined();
	});

	it("a path in the link wins over the file name alone", () => {
		const resolver = resolverOf("Old/Acme.md", "Partners/Acme.md");
		expect(resolver.resolve({ target: "Partners/Acme" }, "Old/Meeting.md")).toBe("Partners/Acme.md");
		expect(resolver.resolve({ target: "Old/Acme" }, "Partners/Meeting.md")).toBe("Old/Acme.md");
		expect(resolver.resolve({ target: "/partners/acme.md" }, "x.md")).toBe("Partners/Acme.md");
	});

	it("a path matches the end of a longer path, and a wrong path does not resolve", () => {
		const resolver = resolverOf("Work/Partners/Acme.md");
		expect(resolver.resolve({ target: "Partners/Acme" }, "x.md")).toBe("Work/Partners/Acme.md");
		expect(resolver.resolve({ target: "Clients/Acme" }, "x.md")).toBeUndefined();
		expect(resolver.resolve({ target: "ners/Acme" }, "x.md")).toBeUndefined();
	});

	it("among notes sharing a name, the one in the linking note's folder wins", () => {
		const resolver = resolverOf("A/Acme.md", "B/Acme.md", "Acme.md");
		expect(resolver.resolve({ target: "Acme" }, "B/Meeting.md")).toBe("B/Acme.md");
		expect(resolver.resolve({ target: "Acme" }, "A/Meeting.md")).toBe("A/Acme.md");
	});

	it("then the shortest path, then alphabetical order", () => {
		expect(resolverOf("A/B/Acme.md", "C/Acme.md", "Acme.md").resolve({ target: "Acme" }, "Z/Meeting.md")).toBe("Acme.md");
		expect(resolverOf("Z/Acme.md", "A/Acme.md").resolve({ target: "Acme" }, "M/Meeting.md")).toBe("A/Acme.md");
	});

	it("follows additions and deletions", () => {
		const resolver = resolverOf("A/Acme.md");
		expect(resolver.resolve({ target: "Acme" }, "B/Meeting.md")).toBe("A/Acme.md");
		resolver.add("B/Acme.md");
		expect(resolver.resolve({ target: "Acme" }, "B/Meeting.md")).toBe("B/Acme.md");
		resolver.delete("B/Acme.md");
		expect(resolver.resolve({ target: "Acme" }, "B/Meeting.md")).toBe("A/Acme.md");
		resolver.delete("A/Acme.md");
		expect(resolver.resolve({ target: "Acme" }, "B/Meeting.md")).toBeUndefined();
		resolver.delete("never/added.md");
		resolver.add("A/Acme.md");
		resolver.clear();
		expect(resolver.resolve({ target: "Acme" }, "B/Meeting.md")).toBeUndefined();
	});
});
