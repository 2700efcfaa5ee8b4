import { describe, expect, it } from "vitest";
import { radarPoint, renderRadarChart } from "../../../src/ui/charts/radar-chart";

describe("the spider chart", () => {
	it("puts the first spoke straight up and the others clockwise", () => {
		expect(radarPoint(0, 4, 50)).toEqual([0, -50]);
		expect(radarPoint(1, 4, 50)).toEqual([50, 0]);
		expect(radarPoint(2, 4, 50)).toEqual([0, 50]);
		expect(radarPoint(3, 4, 50)).toEqual([-50, 0]);
	});

	it("draws one shape per series, leaving out the spokes a series has no value on, and names itself", () => {
		const parent = activeDocument.body.createDiv();
		const svg = renderRadarChart(
			parent,
			{
				axes: [
					{ label: "1", title: "Trust: us 4, partner 2", values: [4, 2] },
					{ label: "2", title: "Respect: us 5, partner –", values: [5, undefined] },
					{ label: "3", title: "Value: us 1, partner 3", values: [1, 3] },
				],
				seriesClasses: ["ours", "theirs"],
				min: 1,
				max: 5,
			},
			"Perception gap: Trust: us 4, partner 2; …",
		);
		expect(svg.getAttribute("role")).toBe("img");
		expect(svg.getAttribute("aria-label")).toBe("Perception gap: Trust: us 4, partner 2; …");
		expect(svg.querySelectorAll(".alliance-journal-radar-ring")).toHaveLength(5);
		expect([...svg.querySelectorAll(".alliance-journal-radar-axis-label")].map((label) => label.firstChild?.textContent)).toEqual(["1", "2", "3"]);
		const shapes = [...svg.querySelectorAll(".alliance-journal-radar-series")].map((group) => group.querySelector("polygon")?.getAttribute("points"));
		// Radius 78 on a scale to 5: a 4 sits at 62.4 up the first spoke.
		expect(shapes[0]?.split(" ")).toHaveLength(3);
		expect(shapes[0]?.startsWith("0,-62.4 ")).toBe(true);
		expect(shapes[1]?.split(" ")).toHaveLength(2);
		expect(svg.querySelectorAll(".theirs circle")).toHaveLength(2);
	});
});
