import { it } from "vitest";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { NoteBuilder } from "../helpers/note-builder";
import { kpiTrends } from "../../../src/core/analytics/kpi-trends";
import { relationshipHealth } from "../../../src/core/analytics/relationship-health";
import { quickWinSummary } from "../../../src/core/analytics/quick-wins";
import { actionSummary } from "../../../src/core/analytics/actions";
import { stakeholderSummary } from "../../../src/core/analytics/stakeholders";
import { withDefaults } from "../../../src/core/analytics/options";
it("bench", () => {
	const index = new VaultIndex();
	index.upsert("A/Acme.md", NoteBuilder.profile().section("KPIs", ["| key | label | target | direction |", "| --- | --- | --- | --- |", "| a | A | 5 | up |", "| b | B | 3 | down |"]).build(), 1);
	for (let i = 0; i < 5000; i++) {
		const d = new Date(Date.UTC(2010, 0, 1 + Math.floor(i / 2))).toISOString().slice(0, 10);
		index.upsert(`M/${d} ${i}.md`, NoteBuilder.meeting("Acme", d).field("kpi_a", i % 10).field("kpi_b", i % 7).field("kpi_x", i).field("trust", 1 + (i % 5)).field("delivery", 3)
			.section("Quick wins", ["- [x] win", "- another"]).section("Actions", [`- [ ] do it @p${i % 20} 📅 ${d}`, "- [ ] undated"]).build(), 1);
	}
	for (let i = 0; i < 50; i++) index.upsert(`P/${i}.md`, NoteBuilder.stakeholder("Acme").field("side", "internal").field("stage", "belief").field("last_contact", "2026-01-01").field("contact_every_days", 30).build(), 1);
	const groups = index.alliances();
	const g = groups[0]!;
	const o = withDefaults();
	for (let r = 0; r < 30; r++) {
		const t0 = performance.now();
		kpiTrends(g, o); const t1 = performance.now();
		relationshipHealth(g, o); const t2 = performance.now();
		quickWinSummary(g); const t3 = performance.now();
		actionSummary(groups, "2026-11-27"); const t4 = performance.now();
		stakeholderSummary(g, "2026-11-27"); const t5 = performance.now();
		console.log(`kpi ${(t1-t0).toFixed(1)} health ${(t2-t1).toFixed(1)} wins ${(t3-t2).toFixed(1)} actions ${(t4-t3).toFixed(1)} people ${(t5-t4).toFixed(1)} total ${(t5-t0).toFixed(1)}`);
	}
}, 120000);
