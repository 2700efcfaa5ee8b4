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

	it("says how many notes could not be read, in both languages with real plurals", () => {
		expect(indexStatusText({ phase: "ready" }, pluginTranslator("en"), 1)).toBe("Alliance index: ready; 1 note could not be read");
		expect(indexStatusText({ phase: "ready" }, pluginTranslator("en"), 3)).toBe("Alliance index: ready; 3 notes could not be read");
		expect(indexStatusText({ phase: "ready" }, pluginTranslator("nl"), 1)).toBe("Alliantie-index: klaar; 1 notitie kon niet worden gelezen");
		expect(indexStatusText({ phase: "ready" }, pluginTranslator("nl"), 3)).toBe("Alliantie-index: klaar; 3 notities konden niet worden gelezen");
		expect(indexStatusText({ phase: "indexing", done: 1, total: 2 }, pluginTranslator("en"), 3)).toBe("Alliance index: indexing… 1/2");
	});

	it("shows it in an element, with a label for screen readers and the phase for styling", () => {
		const el = activeDocument.body.createDiv();
		showIndexStatus(el, { phase: "indexing", done: 1, total: 2 }, pluginTranslator("en"));
		expect(el.textContent).toBe("Alliance index: indexing… 1/2");
		expect(el.getAttribute("aria-label")).toBe("The state of the alliance index");
		expect(el.dataset.phase).toBe("indexing");
	});
});
