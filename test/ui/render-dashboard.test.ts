import { describe, expect, it } from "vitest";
import { createDashboardState, SECTION_IDS } from "../../src/ui/dashboard-state";
import { wholeScope } from "../../src/core/present/scope";
import { sectionCounts } from "../../src/ui/section-counts";
import {
	aHostileModel,
	aKpi,
	aMention,
	aModel,
	anAction,
	anAlliance,
	aProblem,
	aTheme,
	HOSTILE_TEXTS,
} from "./fixtures/dashboard-model";
import { exampleModel } from "./fixtures/example-model";
import { render, section, sectionCount, sectionToggle } from "./fixtures/render";

const sectionIds = (container: HTMLElement): string[] =>
	[...container.querySelectorAll<HTMLElement>("[data-section]")].map((element) => element.dataset.section ?? "");

describe("renderDashboard", () => {
	describe("before the vault has an alliance", () => {
		it("explains what an alliance is and offers to create the first one", () => {
			const { container, actions } = render(aModel());
			expect(container.textContent).toContain("No alliances yet");
			const create = [...container.querySelectorAll("button")].find((button) => button.textContent === "Create your first alliance");
			expect(create).toBeDefined();
			create?.click();
			expect(actions.createNote).toHaveBeenCalledWith("alliance");
			expect(container.querySelector("select")).toBeNull();
		});

		it("still lists the problems of broken alliance notes", () => {
			const missing = aProblem("Alliances/Acme.md", "", { code: "field-missing", field: "partner", allowed: { kind: "text" } });
			const { container } = render(aModel([], { problems: [missing] }));
			expect(sectionIds(container)).toEqual(["problems"]);
			expect(section(container, "problems").textContent).toContain("partner: missing; this property is required (text)");
		});
	});

	describe("the example vault", () => {
		it("shows the sections in DESIGN.md's order, each with the count of what it lists", () => {
			const model = exampleModel();
			const { container } = render(model);
			expect(sectionIds(container)).toEqual([...SECTION_IDS]);
			expect(sectionCount(container, "briefing")).toBe(model.briefing.length);
			expect(sectionCount(container, "kpis")).toBe(model.alliances.reduce((sum, alliance) => sum + alliance.kpis.length, 0));
			expect(sectionCount(container, "conflicts")).toBe(model.conflicts.filter((theme) => theme.recurring).length);
			expect(sectionCount(container, "actions")).toBe(model.alliances.reduce((sum, alliance) => sum + alliance.actions.open.length, 0));
			expect(sectionCount(container, "problems")).toBe(model.problems.length);
			for (const id of SECTION_IDS) expect(sectionCount(container, id)).toBe(sectionCounts(wholeScope(model))[id]);
		});

		it("speaks Dutch when asked", () => {
			const { container } = render(exampleModel(), { language: "nl" });
			expect(sectionToggle(container, "briefing").textContent).toContain("Voor het volgende overleg");
			expect(container.getAttribute("lang")).toBe("nl");
			expect(container.querySelector("option")?.textContent).toBe("Alle allianties");
		});

		it("states problems in the dashboard's language", () => {
			const problem = aProblem("Alliances/Acme/Meetings/2026-06-30 Acme.md", "7");
			const model = aModel([anAlliance("Acme", { problems: [problem] })]);
			expect(section(render(model).container, "problems").textContent).toContain("trust: found 7, allowed a whole number from 1 to 5");
			const dutch = section(render(model, { language: "nl" }).container, "problems").textContent ?? "";
			expect(dutch).toContain("regel 5");
			expect(dutch).toContain("trust: 7 gevonden, toegestaan is een geheel getal van 1 tot en met 5");
		});

		it("sets no inline style anywhere", () => {
			const { container } = render(exampleModel(), { state: { alliance: "Northwind", open: {}, expanded: {} } });
			expect(container.querySelectorAll("[style]")).toHaveLength(0);
		});
	});

	describe("the alliance picker", () => {
		const model = aModel([
			anAlliance("Acme", { actions: { open: [anAction("Send forecast")], overdue: 0, byOwner: [] } }),
			anAlliance("Globex", { actions: { open: [anAction("Book workshop", { alliance: "Globex" }), anAction("Share roadmap", { alliance: "Globex" })], overdue: 0, byOwner: [] } }),
		]);

		it("shows only the alliance picked, tells the host, and remembers it in the state", () => {
			const { container, actions, state } = render(model);
			expect(sectionCount(container, "actions")).toBe(3);
			const select = container.querySelector("select");
			if (!select) throw new Error("no picker");
			select.value = "Globex";
			select.dispatchEvent(new Event("change"));
			expect(actions.selectAlliance).toHaveBeenCalledWith("Globex");
			expect(state.alliance).toBe("Globex");
			expect(sectionCount(container, "actions")).toBe(2);
			expect(section(container, "actions").textContent).not.toContain("Send forecast");
		});

		it("starts from the alliance the state remembers", () => {
			const { container } = render(model, { state: createDashboardState("Acme") });
			expect(container.querySelector("select")?.value).toBe("Acme");
			expect(sectionCount(container, "actions")).toBe(1);
		});

		it("falls back to all alliances when the remembered one is gone", () => {
			const { container, state } = render(model, { state: createDashboardState("Initech") });
			expect(state.alliance).toBeNull();
			expect(sectionCount(container, "actions")).toBe(3);
		});

		it("lists the alliances when all are shown; picking one shows only that one", () => {
			const { container, actions } = render(model);
			const row = container.querySelector<HTMLButtonElement>('[data-alliance="Acme"]');
			row?.click();
			expect(actions.selectAlliance).toHaveBeenCalledWith("Acme");
			expect(container.querySelector("select")?.value).toBe("Acme");
			expect(container.querySelector(".alliance-journal-overview-title")?.textContent).toContain("Acme");
		});
	});

	describe("sections", () => {
		it("fold and unfold with their heading button, say so with aria-expanded, and stay as the user left them", () => {
			const model = exampleModel();
			const { container, state } = render(model);
			const toggle = sectionToggle(container, "kpis");
			const body = activeDocument.getElementById(toggle.getAttribute("aria-controls") ?? "");
			expect(toggle.getAttribute("aria-expanded")).toBe("true");
			toggle.click();
			expect(toggle.getAttribute("aria-expanded")).toBe("false");
			expect(body?.hidden).toBe(true);
			expect(state.open.kpis).toBe(false);

			const again = render(model, { state });
			expect(sectionToggle(again.container, "kpis").getAttribute("aria-expanded")).toBe("false");
		});

		it("build a folded section only when it is opened", () => {
			const model = exampleModel();
			const state = createDashboardState();
			state.open.conflicts = false;
			const { container } = render(model, { state });
			expect(section(container, "conflicts").querySelectorAll(".alliance-journal-mention")).toHaveLength(0);
			sectionToggle(container, "conflicts").click();
			expect(section(container, "conflicts").querySelectorAll(".alliance-journal-mention").length).toBeGreaterThan(0);
		});

		it("switched off in the settings are not rendered at all, also after picking an alliance", () => {
			const { container } = render(exampleModel(), { sections: { health: false, stakeholders: false } });
			expect(sectionIds(container)).toEqual(SECTION_IDS.filter((id) => id !== "health" && id !== "stakeholders"));
			const select = container.querySelector("select");
			if (!select) throw new Error("no picker");
			select.value = "Northwind";
			select.dispatchEvent(new Event("change"));
			expect(sectionIds(container)).not.toContain("health");
		});

		it("say clearly when there is nothing to show", () => {
			const { container } = render(aModel([anAlliance("Acme"), anAlliance("Globex")]));
			expect(section(container, "actions").textContent).toContain("No open actions.");
			expect(section(container, "kpis").textContent).toContain("No KPIs yet.");
			expect(section(container, "problems").textContent).toContain("No problems");
		});
	});

	describe("items", () => {
		it("a conflict mention opens the note it was raised in, at its line", () => {
			const mention = aMention("2026-11-01", "Pricing: discount tiers", { path: "Meetings/2026-11-01 Acme.md", line: 23 });
			const model = aModel([anAlliance("Acme", { conflicts: [aTheme("Pricing", [aMention("2026-10-01", "Pricing: tiers"), mention])] })]);
			const { container, actions } = render(model);
			const item = [...container.querySelectorAll<HTMLButtonElement>(".alliance-journal-mention")].find((button) => button.textContent?.includes("discount tiers"));
			item?.click();
			expect(actions.openNote).toHaveBeenCalledWith("Meetings/2026-11-01 Acme.md", 23);
		});

		it("an action shows its priority, status, start and recurrence compactly, in the dashboard's language", () => {
			const action = anAction("Draft the joint plan", { due: "2026-12-04", daysOverdue: -7, priority: "high", status: "/", statusType: "IN_PROGRESS", start: "2026-12-01", recurrence: "every month" });
			const model = aModel([anAlliance("Acme", { actions: { open: [action], overdue: 0, byOwner: [] } })]);
			const english = section(render(model).container, "actions").querySelector(".alliance-journal-action")?.textContent ?? "";
			for (const part of ["⏫", "in progress", "starts 1 Dec 2026", "🔁 every month", "Draft the joint plan"]) expect(english).toContain(part);
			const dutch = section(render(model, { language: "nl" }).container, "actions").querySelector(".alliance-journal-action")?.textContent ?? "";
			expect(dutch).toContain("onderhanden");
			expect(dutch).not.toContain("in progress");
		});

		it("long lists show the first entries, and all of them when asked", () => {
			const open = Array.from({ length: 12 }, (_, index) => anAction(`Action ${index + 1}`, { line: index + 1 }));
			const model = aModel([anAlliance("Acme", { actions: { open, overdue: 0, byOwner: [] } })]);
			const { container, state } = render(model, { listLimit: 5 });
			const actionsSection = section(container, "actions");
			expect(actionsSection.querySelectorAll(".alliance-journal-action")).toHaveLength(5);
			const showAll = actionsSection.querySelector<HTMLButtonElement>(".alliance-journal-show-all");
			expect(showAll?.textContent).toBe("Show all 12");
			showAll?.click();
			expect(actionsSection.querySelectorAll(".alliance-journal-action")).toHaveLength(12);
			expect(actionsSection.querySelector(".alliance-journal-show-all")).toBeNull();
			expect(Object.values(state.expanded)).toContain(true);
		});

		it("are buttons, so Tab reaches them and Enter opens them", () => {
			const { container } = render(exampleModel(), { state: createDashboardState("Northwind") });
			const items = container.querySelectorAll(".alliance-journal-item");
			expect(items.length).toBeGreaterThan(20);
			for (const item of items) {
				if (item.classList.contains("alliance-journal-item-static")) continue;
				expect(item.tagName).toBe("BUTTON");
				expect(item.getAttribute("type")).toBe("button");
			}
		});
	});

	describe("KPI trends", () => {
		it("draw the series, the target and the latest point, and say the values in words", () => {
			const model = aModel([anAlliance("Acme", { kpis: [aKpi()] })]);
			const { container } = render(model);
			const chart = section(container, "kpis").querySelector("svg");
			expect(chart?.getAttribute("role")).toBe("group");
			expect(chart?.getAttribute("aria-label")).toBe("On-time delivery: 96, 93, 87; latest 87 %, target 95 %, off track");
			expect(chart?.querySelector("desc")?.textContent).toBe("1 Sept 2026: 96 %, on track; 1 Oct 2026: 93 %, off track; 1 Nov 2026: 87 %, off track");
			expect(chart?.querySelector(".alliance-journal-chart-line")?.getAttribute("points")?.split(" ")).toHaveLength(3);
			expect(chart?.querySelector(".alliance-journal-chart-target-label")?.textContent).toBe("target 95 %");
			expect(chart?.querySelector(".alliance-journal-chart-latest")?.textContent).toBe("87 %");
			const points = [...(chart?.querySelectorAll(".alliance-journal-chart-point") ?? [])];
			expect(points.map((point) => point.classList.contains("alliance-journal-good"))).toEqual([true, false, false]);
		});

		it("judge good and bad by the KPI's direction: falling escalation days are good news", () => {
			const kpi = aKpi({ key: "escalation_days", label: "Escalation days", unit: "days", target: 3, direction: "down", status: "on-track", trend: "improving" });
			const { container } = render(aModel([anAlliance("Acme", { kpis: [kpi] })]));
			const card = section(container, "kpis");
			expect(card.querySelector(".alliance-journal-kpi")?.querySelector(".alliance-journal-badge.alliance-journal-good, .alliance-journal-good")).not.toBeNull();
			// 87 after 93: a fall, which is good for a KPI where lower is better.
			expect(card.querySelector(".alliance-journal-kpi-change")?.classList.contains("alliance-journal-good")).toBe(true);
		});

		it("list every reading as an item that opens its meeting note", () => {
			const { container, actions } = render(aModel([anAlliance("Acme", { kpis: [aKpi()] })]));
			const toggle = section(container, "kpis").querySelector<HTMLButtonElement>(".alliance-journal-disclosure-toggle");
			toggle?.click();
			const readings = section(container, "kpis").querySelectorAll<HTMLButtonElement>(".alliance-journal-reading");
			expect([...readings].map((reading) => reading.textContent)).toEqual(["1 Nov 2026: 87 %", "1 Oct 2026: 93 %", "1 Sept 2026: 96 %"]);
			readings[2]?.click();
			expect(actions.openNote).toHaveBeenCalledWith("Alliances/Acme/Meetings/2026-09-01 Acme.md", 9);
		});

		it("say when a KPI has not been read for a while", () => {
			const { container } = render(aModel([anAlliance("Acme", { kpis: [aKpi({ stale: true, meetingsSinceReading: 4 })] })]));
			expect(section(container, "kpis").textContent).toContain("No reading in the last 4 meetings");
		});
	});

	describe("safety", () => {
		it("shows what notes say as text: markup in a note is never markup on the dashboard", () => {
			const { container } = render(aHostileModel(), { state: { alliance: null, open: {}, expanded: {} } });
			expect(container.querySelectorAll("img, script, b, i, u, svg[onload]")).toHaveLength(0);
			expect(container.textContent).toContain(HOSTILE_TEXTS.img);
			expect(container.textContent).toContain(HOSTILE_TEXTS.script);
			expect(container.textContent).toContain(HOSTILE_TEXTS.svg);
		});
	});

	describe("toolbar", () => {
		it("creates meetings and reflections for the alliance shown, and rebuilds the index", () => {
			const { container, actions } = render(aModel([anAlliance("Acme"), anAlliance("Globex")]), { state: createDashboardState("Globex") });
			const buttons = [...container.querySelectorAll<HTMLButtonElement>(".alliance-journal-toolbar button")];
			buttons.find((button) => button.textContent === "New meeting")?.click();
			buttons.find((button) => button.textContent === "New reflection")?.click();
			buttons.find((button) => button.getAttribute("aria-label") === "Rebuild index")?.click();
			expect(actions.createNote.mock.calls).toEqual([
				["meeting", "Globex"],
				["reflection", "Globex"],
			]);
			expect(actions.rebuildIndex).toHaveBeenCalledOnce();
		});
	});
});
