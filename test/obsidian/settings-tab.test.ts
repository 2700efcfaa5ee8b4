import { Plugin as MockPlugin, Setting, SettingGroup } from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AllianceJournalSettingTab, parseCount } from "../../src/obsidian/settings-tab";
import { startPlugin, type Harness } from "./plugin-harness";

/** A control of the tab, by its setting's name: what the user types into, picks or switches. */
interface Control {
	setValue(value: unknown): unknown;
	getValue(): unknown;
}

/** Lets the test reach each control by its setting's name, as a user finds it on screen. */
function catchControls(): Map<string, Control> {
	const controls = new Map<string, Control>();
	type AddControl = (this: Setting, callback: (component: Control) => unknown) => Setting;
	const prototype = Setting.prototype as unknown as Record<string, AddControl>;
	for (const method of ["addText", "addTextArea", "addToggle", "addDropdown"]) {
		const original = prototype[method];
		if (!original) throw new Error(`no Setting.${method}`);
		vi.spyOn(prototype, method).mockImplementation(function (this: Setting, callback) {
			return original.call(this, (component) => {
				controls.set(this.nameEl.textContent ?? "", component);
				return callback(component);
			});
		});
	}
	return controls;
}

function settingTab(harness: Harness): AllianceJournalSettingTab {
	const tab = MockPlugin.fromOriginalType2__(harness.plugin).settingTabs__[0];
	if (!(tab instanceof AllianceJournalSettingTab)) throw new Error("no settings tab");
	return tab;
}

const EXPECTED = [
	["New notes", ["Alliances folder", "Alliance profile path", "Meeting note path", "Reflection path", "Stakeholder path", "Health check path", "Templates folder", "Health check dimensions"]],
	["Dashboard", ["Language", "Density", "Recurring conflict: meetings", "Recurring conflict: window in days", "Conflict aliases", "Stale KPI after meetings", "Health check every days"]],
	["Dashboard sections", ["Before the next meeting", "KPI trends", "Relationship health", "Recurring conflicts", "Quick wins", "Open actions", "Stakeholders", "Engagement model", "Problems"]],
] as const;

afterEach(() => {
	vi.restoreAllMocks();
});

describe("the settings tab", () => {
	it("describes every setting for Obsidian's settings search (1.13 and later)", async () => {
		const tab = settingTab(await startPlugin({}));
		const groups = tab.getSettingDefinitions();
		expect(groups.map((group) => ("heading" in group ? [group.heading, (group.items ?? []).map((item) => item.name)] : []))).toEqual(EXPECTED);
	});

	it("renders the same settings on older Obsidian versions", async () => {
		const tab = settingTab(await startPlugin({}));
		const headings = vi.spyOn(Setting.prototype, "setHeading");
		const named = vi.spyOn(Setting.prototype, "setName");
		tab.display();
		expect(headings).toHaveBeenCalledTimes(3);
		expect(named.mock.calls.map(([name]) => name)).toEqual(EXPECTED.flatMap(([heading, rows]) => [heading, ...rows]));
		expect(tab.containerEl.querySelectorAll(".setting-item-heading")).toHaveLength(3);
	});

	it("renders declaratively through the definitions' render functions", async () => {
		const harness = await startPlugin({});
		const controls = catchControls();
		const tab = settingTab(harness);
		tab.update();
		(tab as unknown as { renderTab__(): void }).renderTab__();
		expect([...controls.keys()]).toEqual(EXPECTED.flatMap(([, rows]) => rows));
		expect(controls.get("Recurring conflict: window in days")?.getValue()).toBe("180");
	});

	it("saves a change at once and refreshes the dashboard", async () => {
		const harness = await startPlugin();
		const controls = catchControls();
		const changed = vi.spyOn(harness.plugin.dashboard, "changed");
		settingTab(harness).display();

		controls.get("Recurring conflict: meetings")?.setValue("3");
		controls.get("Recurring conflict: window in days")?.setValue("9x");
		controls.get("Conflict aliases")?.setValue("levering = delivery");
		controls.get("KPI trends")?.setValue(false);
		controls.get("Meeting note path")?.setValue("Journal/{{date}}.md");
		controls.get("Alliances folder")?.setValue("Partners");
		controls.get("Templates folder")?.setValue("Tpl");
		controls.get("Stale KPI after meetings")?.setValue("0");
		controls.get("Health check every days")?.setValue("365");
		controls.get("Health check dimensions")?.setValue("trust, value, market access");
		await vi.waitFor(async () => expect(await harness.plugin.loadData()).toMatchObject({ templatesFolder: "Tpl" }));

		expect(await harness.plugin.loadData()).toMatchObject({
			minMeetings: 3,
			windowDays: 180,
			staleAfterMeetings: 3,
			conflictAliases: "levering = delivery",
			alliancesFolder: "Partners",
			pathPatterns: { "alliance-meeting": "Journal/{{date}}.md" },
			sections: { kpis: false },
			healthCheckEveryDays: 365,
			healthCheckDimensions: "trust, value, market access",
		});
		expect(changed).toHaveBeenCalled();
		expect(harness.plugin.dashboard.model().options).toMatchObject({ minMeetings: 3, conflictAliases: { levering: "delivery" }, healthCheckEveryDays: 365 });
	});

	it("speaks the language chosen, and draws itself again when it changes", async () => {
		const harness = await startPlugin({});
		const controls = catchControls();
		const tab = settingTab(harness);
		tab.display();
		const update = vi.spyOn(tab, "update");
		controls.get("Language")?.setValue("nl");

		expect(harness.plugin.settings.language).toBe("nl");
		expect(update).toHaveBeenCalled();
		expect(tab.getSettingDefinitions().map((group) => ("heading" in group ? group.heading : ""))).toEqual(["Nieuwe notities", "Dashboard", "Onderdelen van het dashboard"]);
	});

	it("shows a path pattern's default for the alliances folder as it is when drawn", async () => {
		const harness = await startPlugin({});
		const controls = catchControls();
		const tab = settingTab(harness);
		// Obsidian 1.13 may keep the definitions and render them again later.
		const meetingPath = tab
			.getSettingDefinitions()
			.flatMap((group) => ("items" in group ? (group.items ?? []) : []))
			.find((item) => "name" in item && item.name === "Meeting note path");
		const placeholder = (): string => {
			if (!meetingPath || !("render" in meetingPath) || !meetingPath.render) throw new Error("no meeting path setting");
			const setting = new Setting(tab.containerEl).setName("Meeting note path");
			meetingPath.render(setting.asOriginalType__(), new SettingGroup(tab.containerEl).asOriginalType__());
			return (controls.get("Meeting note path") as unknown as { inputEl: HTMLInputElement }).inputEl.placeholder;
		};
		expect(placeholder()).toBe("Alliances/{{alliance}}/Meetings/{{date}} {{alliance}}.md");
		harness.plugin.settings.alliancesFolder = "Work/Partners";
		expect(placeholder()).toBe("Work/Partners/{{alliance}}/Meetings/{{date}} {{alliance}}.md");
	});

	it("takes only whole numbers of at least the minimum", () => {
		expect(parseCount(" 3 ", 1)).toBe(3);
		expect(parseCount("0", 1)).toBeUndefined();
		expect(parseCount("2.5", 1)).toBeUndefined();
		expect(parseCount("", 1)).toBeUndefined();
	});
});
