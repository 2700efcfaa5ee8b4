import { afterEach, describe, expect, it, vi } from "vitest";
import { problemLine, ProblemsModal } from "../../src/obsidian/problems-modal";
import { validateNote } from "../../src/obsidian/validate-note";
import { readVaultFiles, startPlugin } from "./plugin-harness";

const BROKEN = "Alliances/Northwind/Meetings/2026-11-25 Northwind.md";
const files = {
	...readVaultFiles(),
	[BROKEN]: '---\ntype: alliance-meeting\nalliance: "[[Northwind]]"\ndate: 2026-11-25\ntrust: 7\nmeeting_type: lunch\n---\n',
};

afterEach(() => {
	vi.restoreAllMocks();
});

describe("validating a note", () => {
	it("lists its problems, one line each, with their line numbers", async () => {
		const harness = await startPlugin(files);
		const file = harness.plugin.app.vault.getFileByPath(BROKEN);
		if (!file) throw new Error("no note");
		const open = vi.spyOn(ProblemsModal.prototype, "open");
		const problems = await validateNote(harness.plugin, file);

		expect(problems.map((problem) => problem.field)).toEqual(["trust", "meeting_type"]);
		const modal = open.mock.contexts[0] as ProblemsModal | undefined;
		expect(modal?.titleEl.textContent).toBe("Problems in 2026-11-25 Northwind");
		expect(Array.from(modal?.contentEl.querySelectorAll("li") ?? []).map((item) => item.textContent)).toEqual([
			"Line 5: trust: found 7, allowed a whole number from 1 to 5",
			expect.stringMatching(/^Line 6: meeting_type: found lunch, allowed /),
		]);
		expect(modal?.contentEl.querySelector("p")?.textContent).toBe("2 problems found.");
	});

	it("checks the note as it is now, not as it was indexed", async () => {
		const harness = await startPlugin(files);
		const file = harness.plugin.app.vault.getFileByPath(BROKEN);
		if (!file) throw new Error("no note");
		await harness.plugin.app.vault.modify(file, (await harness.plugin.app.vault.read(file)).replace("trust: 7", "trust: 4").replace("meeting_type: lunch", "meeting_type: informal"));
		const notify = vi.spyOn(harness.plugin, "notify");

		expect(await validateNote(harness.plugin, file)).toEqual([]);
		expect(notify).toHaveBeenCalledWith(`No problems in ${BROKEN}.`);
	});

	it("says when a note is not an alliance note", async () => {
		const harness = await startPlugin(files);
		const file = harness.plugin.app.vault.getFileByPath("Welcome.md");
		if (!file) throw new Error("no note");
		const notify = vi.spyOn(harness.plugin, "notify");
		await validateNote(harness.plugin, file);
		expect(notify).toHaveBeenCalledWith("Welcome.md is not an alliance note: it has no type property starting with “alliance”.");
	});

	it("writes problems in Dutch, and marks warnings", () => {
		const problem = { path: "A.md", line: 3, severity: "warning", code: "link-unquoted", field: "alliance", found: "[[Acme]]", message: "" } as const;
		expect(problemLine(problem, "en")).toMatch(/^Line 3: warning: /);
		expect(problemLine(problem, "nl")).toMatch(/^Regel 3: waarschuwing: /);
	});
});
