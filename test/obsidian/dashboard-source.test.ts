import { describe, expect, it, vi } from "vitest";
import { VaultIndex } from "../../src/core/index/vault-index";
import { DashboardSource, type DashboardInputs } from "../../src/obsidian/dashboard-source";

const PROFILE = "---\ntype: alliance\npartner: Acme Corp\n---\n";
const MEETING = '---\ntype: alliance-meeting\nalliance: "[[Acme]]"\ndate: 2026-11-20\n---\n';

function source() {
	const inputs: DashboardInputs = { index: new VaultIndex(), request: { today: "2026-11-27" } };
	inputs.index.upsert("Acme.md", PROFILE, 1);
	return { inputs, source: new DashboardSource(() => inputs) };
}

describe("the dashboard's model", () => {
	it("is built from the index for the day and settings given", () => {
		const { source: dashboards } = source();
		const model = dashboards.model();
		expect(model.today).toBe("2026-11-27");
		expect(model.alliances.map((alliance) => alliance.name)).toEqual(["Acme"]);
	});

	it("is built again only when the index, the day or a setting changed", () => {
		const { inputs, source: dashboards } = source();
		const first = dashboards.model();
		expect(dashboards.model()).toBe(first);

		inputs.index.upsert("Meeting.md", MEETING, 1);
		const second = dashboards.model();
		expect(second).not.toBe(first);
		expect(second.alliances[0]?.counts.meetings).toBe(1);

		inputs.request = { ...inputs.request, options: { minMeetings: 4 } };
		expect(dashboards.model().options.minMeetings).toBe(4);
		inputs.request = { ...inputs.request, today: "2026-11-28" };
		expect(dashboards.model().today).toBe("2026-11-28");
	});

	it("starts over with a rebuilt index", () => {
		const { inputs, source: dashboards } = source();
		dashboards.model();
		inputs.index = new VaultIndex();
		expect(dashboards.model().alliances).toEqual([]);
	});

	it("tells its listeners when it is out of date and when indexing moved on", () => {
		const { source: dashboards } = source();
		const changed = vi.fn();
		const status = vi.fn();
		const ref = dashboards.onChanged(changed);
		dashboards.onStatusChanged(status);
		dashboards.changed();
		dashboards.statusChanged();
		dashboards.offref(ref);
		dashboards.changed();
		expect(changed).toHaveBeenCalledTimes(1);
		expect(status).toHaveBeenCalledTimes(1);
	});
});
