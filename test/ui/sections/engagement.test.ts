import { describe, expect, it } from "vitest";
import { exampleModel } from "../fixtures/example-model";
import { render, section } from "../fixtures/render";

describe("the engagement model in the sidebar", () => {
	it("shows Northwind's latest check as a spider chart of both sides, the gaps largest first, and five verdicts", () => {
		const { container, actions } = render(exampleModel(), { state: { alliance: "Northwind", open: {}, expanded: {} } });
		const body = section(container, "engagement");
		const svg = body.querySelector("svg.alliance-journal-radar-svg");
		expect(svg?.getAttribute("aria-label")).toMatch(/^Perception gap, health check of 15 Sept 2026: .*Openness on decisions and resources: us 4, partner 2/);
		expect(svg?.querySelectorAll(".alliance-journal-radar-series")).toHaveLength(2);
		expect([...body.querySelectorAll("figcaption .alliance-journal-radar-key")].map((key) => key.textContent)).toEqual(["Us", "Partner"]);
		const gaps = [...body.querySelectorAll<HTMLButtonElement>(".alliance-journal-gap")];
		expect(gaps).toHaveLength(8);
		expect(gaps[0]?.textContent).toContain("Openness on decisions and resources");
		expect(gaps[0]?.textContent).toContain("Gap +2");
		gaps[0]?.click();
		expect(actions.openNote).toHaveBeenCalledWith("Alliances/Northwind/Health checks/2026-09-15 Health check Northwind.md", 16);
		const practices = [...body.querySelectorAll(".alliance-journal-practice")];
		expect(practices.map((practice) => practice.querySelector(".alliance-journal-badge")?.textContent)).toEqual(["Needs attention", "Needs attention", "On track", "Needs attention", "On track"]);
		// Evidence: one link per note, three until asked for all.
		const evidence = [...(practices[0]?.querySelectorAll<HTMLButtonElement>(".alliance-journal-evidence") ?? [])].map((button) => button.textContent);
		expect(evidence.slice(0, 2)).toEqual(["Northwind", "2026-11-19 Northwind"]);
		expect(evidence.length).toBeLessThanOrEqual(3);
		expect(new Set(evidence).size).toBe(evidence.length);
		expect(body.querySelector(".alliance-journal-count")?.textContent).toBe("3");
	});

	it("says so when an alliance has no health check yet, and still shows the scorecard", () => {
		const model = exampleModel();
		const alliance = model.alliances.find((candidate) => candidate.name === "Zuiderzee");
		if (alliance) delete alliance.healthChecks.latest;
		const { container } = render(model, { language: "nl", state: { alliance: "Zuiderzee", open: {}, expanded: {} } });
		const body = section(container, "engagement");
		expect(body.querySelector("svg")).toBeNull();
		expect(body.textContent).toContain("Nog geen gezamenlijke gezondheidscheck");
		expect(body.querySelectorAll(".alliance-journal-practice")).toHaveLength(5);
	});

	it("with all alliances shown, one group per alliance, marked with the practices that need attention", () => {
		const { container } = render(exampleModel());
		const groups = [...section(container, "engagement").querySelectorAll(".alliance-journal-disclosure-toggle")];
		expect(groups.map((toggle) => toggle.textContent)).toEqual(["Northwind3", "Zuiderzee2"]);
	});
});
