/// <reference types="node" />
/**
 * Starting Debian's Chromium for the end-to-end tests, and opening the
 * dashboard preview in it. CI installs the browser (`.ci/run`); locally,
 * `apt-get install chromium` does.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import type { DashboardModel } from "../../src/core/analytics/dashboard-model";
import type { Language } from "../../src/core/i18n/language";
import { buildPreview } from "../../tools/preview/build-preview.mjs";

export const CHROMIUM_PATH = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

export async function launchChromium(): Promise<Browser> {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" (CI does this in .ci/run).`);
	}
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface BuiltPreview {
	url: string;
	models: Record<Language, DashboardModel>;
	/** Deletes the temporary folder. */
	remove(): Promise<void>;
}

/** Builds the preview page (the real `npm run preview` build) into a fresh temporary folder. */
export async function buildPreviewPage(): Promise<BuiltPreview> {
	const outDir = await mkdtemp(join(tmpdir(), "alliance-journal-e2e-"));
	const { indexPath, models } = await buildPreview({ outDir });
	return { url: pathToFileURL(indexPath).href, models, remove: () => rm(outDir, { recursive: true, force: true }) };
}

/**
 * Opens the preview; errors the page throws are collected in `errors`.
 */
export async function openPreview(browser: Browser, url: string, viewport = { width: 1100, height: 900 }): Promise<{ page: Page; errors: string[] }> {
	const page = await browser.newPage({ viewport });
	const errors: string[] = [];
	page.on("pageerror", (error) => errors.push(error.message));
	page.on("console", (message) => {
		if (message.type() === "error") errors.push(message.text());
	});
	await page.goto(url);
	await page.waitForFunction(() => window.allianceJournalPreview !== undefined);
	return { page, errors };
}
