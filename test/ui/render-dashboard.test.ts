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
	aQuickWin,
	aStakeholder,
	aTheme,
	HOSTILE_TEXTS,
} from "./fixtures/dashboard-model";
import type { BriefingItem } from "../../src/core/analytics/dashboard-model";
import { allianceAttention } from "../../src/core/present/overview";
import { LIST_PAGE } from "../../src/ui/dom";
import { winText } from "../../src/ui/sections/quick-wins";
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
			expect(Object.values(state.shown ?? {})).toContain(12);
		});

		it("a very long list grows a page at a time, with thousands separators, and stays grown after a re-render", () => {
			const open = Array.from({ length: 1234 }, (_, index) => anAction(`Action ${index + 1}`, { line: index + 1 }));
			const model = aModel([anAlliance("Acme", { actions: { open, overdue: 0, byOwner: [] } })]);
			const { container, state } = render(model, { listLimit: 5 });
			const actionsSection = section(container, "actions");
			const more = actionsSection.querySelector<HTMLButtonElement>(".alliance-journal-show-all");
			expect(more?.textContent).toBe(`Show ${LIST_PAGE} more (1,229 left)`);
			more?.click();
			expect(actionsSection.querySelectorAll(".alliance-journal-action")).toHaveLength(5 + LIST_PAGE);
			expect(more?.textContent).toBe(`Show ${LIST_PAGE} more (${(1229 - LIST_PAGE).toLocaleString("en-GB")} left)`);
			const again = render(model, { listLimit: 5, state });
			expect(section(again.container, "actions").querySelectorAll(".alliance-journal-action")).toHaveLength(5 + LIST_PAGE);
			expect(section(again.container, "actions").querySelector(".alliance-journal-count")?.textContent).toBe("1,234");
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

	describe("triage", () => {
		const overdueItem = (action: string): BriefingItem => ({ kind: "overdue-action", priority: 1, alliance: "Acme", days: 4, action, due: "2026-11-23" });
		const contactItem: BriefingItem = { kind: "contact-overdue", priority: 8, alliance: "Acme", name: "Ann", days: 9 };
		const lateActions = Array.from({ length: 3 }, (_, index) => anAction(`Late ${index}`, { overdue: true, daysOverdue: 4, line: index + 1 }));
		const acme = anAlliance("Acme", {
			briefing: { daysSinceLastMeeting: 3, nextMeeting: "2026-12-03", daysToNextMeeting: 6, items: [...Array.from({ length: 12 }, (_, index) => overdueItem(`Late ${index}`)), contactItem] },
			actions: { open: lateActions, overdue: 3, byOwner: [] },
			conflicts: [aTheme("Scope", [aMention("2026-09-01", "Scope", { path: "a.md" }), aMention("2026-10-01", "Scope", { path: "b.md", resolved: true })])],
			quickWins: { items: [aQuickWin("2026-11-01", "Webinar #shared", { communicated: true })], uncommunicated: 0, perQuarter: [] },
			stakeholders: { people: [aStakeholder("Ann", { contactOverdueDays: 9 }), aStakeholder("Bo")], byStage: {}, byStance: {}, overdue: [] },
		});

		it("shows the one alliance's row, with a count per kind that needs attention and its next meeting, also when it is the only one", () => {
			const { container } = render(aModel([acme]));
			const rows = container.querySelectorAll(".alliance-journal-alliance");
			expect(rows).toHaveLength(1);
			const chips = [...(rows[0]?.querySelectorAll<HTMLElement>(".alliance-journal-attention") ?? [])];
			const attention = allianceAttention(acme);
			expect(chips.map((chip) => [chip.dataset.kind, Number(chip.dataset.count)])).toEqual(attention.needed.map((kind) => [kind, attention.counts[kind]]));
			expect(chips[0]?.getAttribute("title")).toBe("3 overdue actions");
			expect(rows[0]?.querySelector(".alliance-journal-next")?.getAttribute("title")).toBe("Next meeting in 6 days (3 Dec 2026)");
		});

		it("groups the briefing by kind, so twelve overdue actions do not hide an overdue contact", () => {
			const { container } = render(aModel([acme]), { state: createDashboardState("Acme") });
			const kinds = [...section(container, "briefing").querySelectorAll<HTMLElement>("[data-kind]")].map((item) => item.dataset.kind);
			expect(kinds).toEqual(["overdue-action", "overdue-action", "overdue-action", "contact-overdue"]);
		});

		it("makes the actions count red when some are overdue, and not the conflicts count for a resolved theme", () => {
			const { container } = render(aModel([acme]));
			const count = (id: string): Element | null | undefined => section(container, id).querySelector(".alliance-journal-count");
			expect(count("actions")?.classList.contains("alliance-journal-count-alert")).toBe(true);
			expect(count("conflicts")?.textContent).toBe("1");
			expect(count("conflicts")?.classList.contains("alliance-journal-count-alert")).toBe(false);
		});

		it("says how many alliances a theme spans, the names folded, when it spans many", () => {
			const names = ["A", "B", "C", "D", "E"];
			const mentions = names.map((name, index) => aMention(`2026-0${index + 1}-01`, "Pricing", { alliance: name, path: `${name}.md` }));
			const theme = aTheme("Pricing", mentions);
			const { container } = render(aModel(names.map((name) => anAlliance(name)), { conflicts: [theme] }));
			const card = section(container, "conflicts").querySelector(".alliance-journal-conflict");
			expect(card?.querySelector(".alliance-journal-disclosure-label")?.textContent).toBe("5 alliances");
			expect(card?.textContent).not.toContain("A, B, C");
		});

		it("lists an overdue stakeholder once, and does not show #shared beside the Shared badge", () => {
			const { container } = render(aModel([acme]), { state: createDashboardState("Acme") });
			const people = [...section(container, "stakeholders").querySelectorAll(".alliance-journal-person-name")].map((name) => name.textContent);
			expect(people).toEqual(["Ann", "Bo"]);
			expect(section(container, "quick-wins").querySelector(".alliance-journal-win .alliance-journal-item-text")?.textContent).toBe("Webinar");
			expect(winText({ text: "Webinar #shared", communicated: false })).toBe("Webinar #shared");
			expect(winText({ text: "#sharedness matters", communicated: true })).toBe("#sharedness matters");
		});
	});
});
