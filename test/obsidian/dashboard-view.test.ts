import { afterEach, describe, expect, it, vi } from "vitest";
import { DASHBOARD_VIEW_TYPE, REFRESH_DELAY_MS } from "../../src/obsidian/dashboard-view";
import { closeDashboard, fileText, openDashboard, setShown, startPlugin, type Harness } from "./plugin-harness";

const LAST_MEETING = "Alliances/Northwind/Meetings/2026-11-19 Northwind.md";

function meetingFile(harness: Harness) {
	const file = harness.app.vault.getFileByPath(LAST_MEETING);
	if (!file) throw new Error("no meeting");
	return file;
}

function sectionIds(view: { contentEl: HTMLElement }): string[] {
	return Array.from(view.contentEl.querySelectorAll<HTMLElement>("[data-section]")).map((section) => section.dataset.section ?? "");
}

function picker(view: { contentEl: HTMLElement }): HTMLSelectElement {
	const select = view.contentEl.querySelector("select");
	if (!select) throw new Error("no alliance picker");
	return select;
}

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe("the dashboard view", () => {
	it("opens once in the right sidebar, from the ribbon icon or the command", async () => {
		const harness = await startPlugin();
		const rightLeaf = vi.spyOn(harness.app.workspace, "getRightLeaf");
		await harness.plugin.activateView();
		await harness.plugin.activateView();

		expect(rightLeaf).toHaveBeenCalledTimes(1);
		expect(rightLeaf).toHaveBeenCalledWith(false);
		const leaves = harness.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE);
		expect(leaves).toHaveLength(1);
		expect(harness.app.workspace.activeLeaf).toBe(leaves[0]);
	});

	it("is called the alliance dashboard, with an icon, and says the index is ready", async () => {
		const view = await openDashboard(await startPlugin());

		expect(view.getViewType()).toBe("alliance-journal-dashboard");
		expect(view.getDisplayText()).toBe("Alliance dashboard");
		expect(view.getIcon()).toBe("handshake");
		expect(view.contentEl.querySelector(".alliance-journal-index-status")?.textContent).toBe("Alliance index: ready");
	});

	it("draws items as dense as the settings say: compact only in a narrow pane, unless chosen", async () => {
		const auto = await openDashboard(await startPlugin());
		expect(auto.contentEl.querySelector(".alliance-journal-view")?.classList.contains("alliance-journal-density-auto")).toBe(true);
		const compact = await openDashboard(await startPlugin(undefined, { settings: { density: "compact" } }));
		const classes = compact.contentEl.querySelector(".alliance-journal-view")?.classList;
		expect(classes?.contains("alliance-journal-density-compact")).toBe(true);
		expect(classes?.contains("alliance-journal-density-auto")).toBe(false);
	});

	it("shows the sections the settings switch on", async () => {
		const harness = await startPlugin(undefined, { settings: { sections: { kpis: false, health: false } } });
		const view = await openDashboard(harness);
		expect(sectionIds(view)).toEqual(["briefing", "conflicts", "quick-wins", "actions", "stakeholders", "engagement", "problems"]);

		// Picking an alliance draws its sections again: still without the hidden ones.
		picker(view).value = "Northwind";
		picker(view).dispatchEvent(new Event("change"));
		expect(sectionIds(view)).toEqual(["briefing", "conflicts", "quick-wins", "actions", "stakeholders", "engagement", "problems"]);
	});

	it("renders once for a burst of 100 edits, a moment after the last one", async () => {
		const harness = await startPlugin();
		const view = await openDashboard(harness);
		const refresh = vi.spyOn(view, "refresh");
		vi.useFakeTimers();
		const meeting = meetingFile(harness);
		for (let edit = 1; edit <= 100; edit++) {
			await harness.app.vault.process(meeting, (text) => text.replace(/kpi_on_time_delivery: [\d.]+/, `kpi_on_time_delivery: ${edit}`));
		}
		await harness.plugin.sync.whenIdle();
		await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS - 1);
		expect(refresh).not.toHaveBeenCalled();

		await vi.advanceTimersByTimeAsync(1);
		expect(refresh).toHaveBeenCalledTimes(1);
		expect(view.model?.alliances[0]?.kpis.find((kpi) => kpi.key === "on_time_delivery")?.latest?.value).toBe(100);
	});

	it("does not render while hidden, and catches up when it is shown again", async () => {
		const harness = await startPlugin();
		const view = await openDashboard(harness);
		const render = vi.spyOn(harness.plugin.dashboard, "model");
		setShown(view, false);
		vi.useFakeTimers();
		await harness.app.vault.process(meetingFile(harness), (text) => text.replace("kpi_on_time_delivery: 87.2", "kpi_on_time_delivery: 94"));
		await harness.plugin.sync.whenIdle();
		await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS * 2);
		expect(render).not.toHaveBeenCalled();

		setShown(view, true);
		harness.app.workspace.trigger("layout-change");
		expect(render).toHaveBeenCalledTimes(1);
		expect(view.model?.alliances[0]?.kpis.find((kpi) => kpi.key === "on_time_delivery")?.latest?.value).toBe(94);

		// Shown again with nothing new: no render.
		harness.app.workspace.trigger("layout-change");
		view.onResize();
		expect(render).toHaveBeenCalledTimes(1);
	});

	it("opens a note at the line of the item clicked", async () => {
		const harness = await startPlugin();
		const view = await openDashboard(harness);
		const openLinkText = vi.spyOn(harness.app.workspace, "openLinkText");
		const item = view.contentEl.querySelector<HTMLButtonElement>("button[data-path][data-line]");
		if (!item) throw new Error("no item to click");
		const path = item.dataset.path ?? "";
		const line = Number(item.dataset.line);
		item.click();
		await vi.waitFor(() => expect(harness.app.workspace.getActiveFile()?.path).toBe(path));

		expect(openLinkText).toHaveBeenCalledWith(path, "", false, { eState: { line: line - 1 } });
	});

	it("remembers the alliance picked, for the next time it opens", async () => {
		const harness = await startPlugin();
		const view = await openDashboard(harness);
		picker(view).value = "Zuiderzee";
		picker(view).dispatchEvent(new Event("change"));
		await vi.waitFor(async () => expect(await harness.plugin.loadData()).toMatchObject({ selectedAlliance: "Zuiderzee" }));
		await closeDashboard(view);

		const reopened = await openDashboard(harness);
		expect(picker(reopened).value).toBe("Zuiderzee");
		expect(reopened.contentEl.querySelector(".alliance-journal-body")?.textContent).toContain("Zuiderzee");
	});

	it("creates a meeting note for the alliance shown from its toolbar", async () => {
		const harness = await startPlugin();
		const view = await openDashboard(harness);
		picker(view).value = "Northwind";
		picker(view).dispatchEvent(new Event("change"));
		const newMeeting = Array.from(view.contentEl.querySelectorAll("button")).find((button) => button.textContent === "New meeting");
		newMeeting?.click();

		const path = "Alliances/Northwind/Meetings/2026-11-27 Northwind.md";
		await vi.waitFor(() => expect(harness.app.workspace.getActiveFile()?.path).toBe(path));
		expect(await fileText(harness.app, path)).toContain('alliance: "[[Northwind]]"');
	});

	it("rebuilds the index from its toolbar", async () => {
		const harness = await startPlugin();
		const view = await openDashboard(harness);
		const old = harness.plugin.sync.index;
		view.contentEl.querySelector<HTMLButtonElement>(".alliance-journal-icon-button")?.click();
		await vi.waitFor(() => expect(harness.plugin.sync.index).not.toBe(old));
		await harness.plugin.sync.whenIdle();
		expect(harness.plugin.sync.index.notes()).toHaveLength(old.notes().length);
	});

	it("follows a setting at once: a changed threshold, a section switched off, another language", async () => {
		const harness = await startPlugin();
		const view = await openDashboard(harness);
		vi.useFakeTimers();

		harness.plugin.settings.minMeetings = 5;
		harness.plugin.settings.sections.problems = false;
		harness.plugin.settings.language = "nl";
		await harness.plugin.saveSettings();
		await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS);

		expect(view.model?.options.minMeetings).toBe(5);
		expect(sectionIds(view)).not.toContain("problems");
		expect(picker(view).options[0]?.textContent).toBe("Alle allianties");
		expect(view.contentEl.querySelector(".alliance-journal-index-status")?.textContent).toBe("Alliantie-index: klaar");
	});
});

describe("the dashboard view before the vault is indexed", () => {
	it("says the index is being built instead of claiming there are no alliances, then shows them", async () => {
		const harness = await startPlugin(undefined, { beforeLayoutReady: true });
		const view = await openDashboard(harness);
		expect(view.contentEl.querySelector(".alliance-journal-index-status")?.textContent).toBe("Alliance index: waiting for the vault");
		expect(view.contentEl.querySelector(".alliance-journal-dashboard")).toBeNull();

		vi.useFakeTimers();
		harness.app.workspace.setLayoutReady__();
		await harness.plugin.sync.whenIdle();
		await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
		expect(view.contentEl.querySelector(".alliance-journal-index-status")?.textContent).toBe("Alliance index: ready");
		expect(picker(view).options).toHaveLength(3);
	});

	it("shows the empty vault's invitation once indexing found no alliance", async () => {
		const harness = await startPlugin({}, { beforeLayoutReady: true });
		const view = await openDashboard(harness);
		vi.useFakeTimers();
		harness.app.workspace.setLayoutReady__();
		await harness.plugin.sync.whenIdle();
		await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
		expect(view.contentEl.querySelector(".alliance-journal-dashboard")?.textContent).toContain("No alliances yet");
	});
});
