import { describe, expect, it } from "vitest";
import { indexStatusText, showIndexStatus } from "../../src/obsidian/index-status";
import { pluginTranslator } from "../../src/obsidian/language";

describe("the index's state in words", () => {
	it("says whether it waits, indexes or is ready", () => {
		const t = pluginTranslator("en");
		expect(indexStatusText({ phase: "idle" }, t)).toBe("Alliance index: waiting for the vault");
		expect(indexStatusText({ phase: "indexing", done: 200, total: 5000 }, t)).toBe("Alliance index: indexing… 200/5,000");
		expect(indexStatusText({ phase: "ready" }, t)).toBe("Alliance index: ready");
		expect(indexStatusText({ phase: "ready" }, pluginTranslator("nl"))).toBe("Alliantie-index: klaar");
	});

	it("shows it in an element, with a label for screen readers and the phase for styling", () => {
		const el = activeDocument.body.createDiv();
		showIndexStatus(el, { phase: "indexing", done: 1, total: 2 }, pluginTranslator("en"));
		expect(el.textContent).toBe("Alliance index: indexing… 1/2");
		expect(el.getAttribute("aria-label")).toBe("The state of the alliance index");
		expect(el.dataset.phase).toBe("indexing");
	});
});
