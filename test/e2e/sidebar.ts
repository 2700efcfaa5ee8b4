/// <reference types="node" />
/**
 * What the end-to-end tests do with the sidebar in Chromium: screenshot it
 * whole, unfold everything, find what overflows, count its elements; and
 * the 5,000-meeting benchmark vault's model (the one `npm run bench` indexes).
 */
import type { Page } from "playwright-core";
import { buildDashboard } from "../../src/core/analytics/dashboard";
import type { DashboardModel } from "../../src/core/analytics/dashboard-model";
import { VaultIndex } from "../../src/core/index/vault-index";
import { generateSyntheticVault } from "../../tools/bench/synthetic-vault";

/** As `npm run bench`: 5,000 meeting notes over 25 alliances, seed 42 (its other notes are no alliance notes, so they change nothing here). */
export const BENCH_MEETINGS = 5000;
export const BENCH_ALLIANCES = 25;
const BENCH_SEED = 42;
/** The synthetic meetings run from 2024-01-01 to August 2025. */
const BENCH_TODAY = "2025-09-01";

/** The dashboard model of the benchmark vault. */
export function benchModel(): DashboardModel {
	const index = new VaultIndex();
	for (const file of generateSyntheticVault({ meetings: BENCH_MEETINGS, otherNotes: 0, alliances: BENCH_ALLIANCES, seed: BENCH_SEED })) index.upsert(file.path, file.text, 0);
	return buildDashboard(index, { today: BENCH_TODAY });
}

/** Waits until the browser has painted what changed. */
export function nextFrames(page: Page): Promise<unknown> {
	return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Screenshots the whole sidebar. The viewport is made as tall as the sidebar
 * first: sections off screen are not painted (`content-visibility: auto`),
 * exactly as in Obsidian until you scroll to them.
 */
export async function screenshotSidebar(page: Page, path: string): Promise<void> {
	const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
	const width = page.viewportSize()?.width ?? 1100;
	await page.setViewportSize({ width, height });
	await nextFrames(page);
	await page.locator(".alliance-journal-preview-sidebar").screenshot({ path });
}

/** Opens every folded part and every "Show all", until nothing is left folded (or `rounds` clicks on each). */
export async function expandEverything(page: Page, rounds = 10): Promise<void> {
	for (let round = 0; round < rounds; round++) {
		const clicked = await page.evaluate(() => {
			const container = window.allianceJournalPreview?.container;
			const closed = [
				...(container?.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]') ?? []),
				...(container?.querySelectorAll<HTMLButtonElement>(".alliance-journal-show-all") ?? []),
			];
			for (const button of closed) button.click();
			return closed.length;
		});
		if (clicked === 0) return;
	}
}

/**
 * Everything in the dashboard that reaches past its right edge, or scrolls
 * sideways. A name cut short with an ellipsis is meant to be, and so is the
 * text a screen reader alone reads.
 */
export function overflowing(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const container = window.allianceJournalPreview?.container;
		if (!container) return ["no container"];
		const describe = (element: Element): string => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")} "${(element.textContent ?? "").slice(0, 40)}"`;
		const clipped = (element: Element): boolean => {
			for (let at: Element | null = element; at && at !== container; at = at.parentElement) {
				const style = getComputedStyle(at);
				if (style.textOverflow === "ellipsis" || style.clipPath !== "none") return true;
			}
			return false;
		};
		const found: string[] = [];
		if (container.scrollWidth > container.clientWidth) found.push(`container scrolls: ${container.scrollWidth} > ${container.clientWidth}`);
		const right = container.getBoundingClientRect().right + 0.5;
		for (const element of container.querySelectorAll("*")) {
			if (element.closest("[hidden]") || clipped(element)) continue;
			const box = element.getBoundingClientRect();
			if (box.width === 0 && box.height === 0) continue;
			if (box.right > right) found.push(`${describe(element)} ends at ${box.right} > ${right}`);
			if (element instanceof HTMLElement && element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).display !== "inline") {
				found.push(`${describe(element)} scrolls: ${element.scrollWidth} > ${element.clientWidth}`);
			}
		}
		return found;
	});
}

/** How many elements the dashboard has now. */
export function elementCount(page: Page): Promise<number> {
	return page.evaluate(() => window.allianceJournalPreview?.container.querySelectorAll("*").length ?? 0);
}
