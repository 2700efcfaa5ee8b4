/// <reference types="node" />
/**
 * Finding and starting a Chromium for the end-to-end tests, and opening the
 * dashboard preview in it. No browser needs installing by hand: `npm ci`
 * brings one (`@sparticuz/chromium`, a devDependency). The browser is, in
 * this order:
 *
 *  1. `CHROMIUM_PATH`, if set: exactly that one, no fallback;
 *  2. a system Chromium (`SYSTEM_CHROMIUMS`) that actually starts: each one
 *     present is launched once and closed, and one that fails (a broken
 *     package, a snap wrapper without snapd) is passed over;
 *  3. the Chromium packed inside `@sparticuz/chromium`, unpacked once into
 *     `node_modules/.cache/alliance-journal/` (see `packagedChromium`).
 *
 * The choice is made once per process. Both kinds of browser run with the
 * same `CHROMIUM_ARGS`; the package's own serverless flags (`--single-process`,
 * `--disable-web-security`, `--no-zygote`…) are made for AWS Lambda and not
 * needed here, so a page behaves the same in either browser.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { chromium, type Browser, type Page } from "playwright-core";
import type { DashboardModel } from "../../src/core/analytics/dashboard-model";
import type { Language } from "../../src/core/i18n/language";
import { buildPreview } from "../../tools/preview/build-preview.mjs";

/** The environment variable that names the browser to use, overriding every other choice. */
export const CHROMIUM_PATH_VARIABLE = "CHROMIUM_PATH";
/** Where Debian, Ubuntu (apt and snap) and Fedora put Chromium. */
export const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];
/** Headless, as root in a container, nothing fetched from the network; the same for every browser. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"];
const PACKAGED_CHROMIUM = "@sparticuz/chromium";
/** A probe launch that takes longer than this counts as a failure. */
const PROBE_TIMEOUT_MS = 30_000;
/** Unpacking takes 3–10 s; on a busy machine, more. */
const UNPACK_TIMEOUT_MS = 120_000;

const rootDir = join(dirname(fileURLToPath(import.meta.url)), "../..");
/** Our own folder, not the shared `/tmp`: nobody else can plant a binary in it, and `npm ci` clears it with the package. */
const cacheRoot = join(rootDir, "node_modules/.cache/alliance-journal");

/** The browser the tests will start, and how it was found. */
export interface ChromiumChoice {
	executablePath: string;
	/** Said in errors and logs: which rule picked it. */
	source: string;
	/** The system browsers that were found but did not start, with the reason. */
	passedOver: string[];
}

/** Where to look; the defaults are this process's environment and `SYSTEM_CHROMIUMS`. */
export interface ChromiumSearch {
	environment?: Record<string, string | undefined>;
	systemChromiums?: readonly string[];
}

let choice: Promise<ChromiumChoice> | undefined;

/** The Chromium the tests use: chosen on the first call, the same for the rest of the process. */
export function chooseChromium(): Promise<ChromiumChoice> {
	choice ??= findChromium();
	return choice;
}

/** Starts the chosen Chromium (see the top of this file). */
export async function launchChromium(): Promise<Browser> {
	const chosen = await chooseChromium();
	try {
		return await chromium.launch({ executablePath: chosen.executablePath, args: CHROMIUM_ARGS });
	} catch (error) {
		throw new Error(`Chromium (${chosen.source}, ${chosen.executablePath}) did not start. ${launchHint(chosen)}\n${launchReason(error)}`);
	}
}

/** Looks for a Chromium in the order at the top of this file (each call looks afresh). */
export async function findChromium({ environment = process.env, systemChromiums = SYSTEM_CHROMIUMS }: ChromiumSearch = {}): Promise<ChromiumChoice> {
	const fromEnvironment = environment[CHROMIUM_PATH_VARIABLE];
	if (fromEnvironment) {
		if (!existsSync(fromEnvironment)) throw new Error(`${CHROMIUM_PATH_VARIABLE} is ${fromEnvironment}, which does not exist.`);
		return { executablePath: fromEnvironment, source: CHROMIUM_PATH_VARIABLE, passedOver: [] };
	}
	const passedOver: string[] = [];
	for (const candidate of systemChromiums) {
		if (!existsSync(candidate)) continue;
		const failure = await launchFailure(candidate);
		if (failure === null) return { executablePath: candidate, source: "system", passedOver };
		passedOver.push(`${candidate}: ${failure}`);
	}
	return { executablePath: await packagedChromium(), source: PACKAGED_CHROMIUM, passedOver };
}

/** Why the browser at `executablePath` does not start, or `null` when it does. */
async function launchFailure(executablePath: string): Promise<string | null> {
	try {
		const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: PROBE_TIMEOUT_MS });
		await browser.close();
		return null;
	} catch (error) {
		return launchReason(error);
	}
}

/**
 * The path of the Chromium inside `@sparticuz/chromium`, unpacked.
 *
 * The package's `executablePath()` unpacks into `os.tmpdir()`, shared by
 * every user, and returns `/tmp/chromium` as soon as that file exists, even
 * while another process is still writing it, and whatever version wrote it.
 * So it is called in a child process whose `TMPDIR` is a fresh staging folder
 * in `cacheRoot`, and the finished folder is renamed, atomically, to one named
 * after the package's version. Test workers that start together may both
 * unpack; the first rename wins and the other copy is deleted. Later runs
 * find the folder and start at once.
 */
async function packagedChromium(): Promise<string> {
	const cacheDir = join(cacheRoot, `chromium-${packagedChromiumVersion()}`);
	const executablePath = join(cacheDir, "chromium");
	if (existsSync(executablePath)) return executablePath;
	await mkdir(cacheRoot, { recursive: true });
	const staging = await mkdtemp(join(cacheRoot, "unpacking-"));
	try {
		const script = `const { default: chromium } = await import(${JSON.stringify(PACKAGED_CHROMIUM)}); process.stdout.write(await chromium.executablePath());`;
		const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "--eval", script], {
			cwd: rootDir,
			env: { ...process.env, TMPDIR: staging },
			timeout: UNPACK_TIMEOUT_MS,
		});
		if (stdout !== join(staging, "chromium")) throw new Error(`${PACKAGED_CHROMIUM} unpacked to ${stdout}, not into ${staging}.`);
		await rename(staging, cacheDir).catch((error: NodeJS.ErrnoException) => {
			// Another process finished first: its copy is as good as ours.
			if (!existsSync(executablePath)) throw error;
		});
	} finally {
		await rm(staging, { recursive: true, force: true });
	}
	return executablePath;
}

/** The installed version of `@sparticuz/chromium` (its Chromium changes with it). */
function packagedChromiumVersion(): string {
	const entry = createRequire(import.meta.url).resolve(PACKAGED_CHROMIUM);
	const manifest = JSON.parse(readFileSync(join(dirname(entry), "../package.json"), "utf8")) as { version: string };
	return manifest.version;
}

/** What to try when the chosen browser does not start. */
function launchHint(chosen: ChromiumChoice): string {
	if (chosen.source === CHROMIUM_PATH_VARIABLE) return `Unset ${CHROMIUM_PATH_VARIABLE} to use a system or the packaged Chromium.`;
	const passedOver = chosen.passedOver.length > 0 ? ` System browsers passed over: ${chosen.passedOver.join("; ")}.` : "";
	if (chosen.source === PACKAGED_CHROMIUM) {
		return `It needs the NSS and Expat libraries (Debian: apt-get install libnss3 libexpat1), or set ${CHROMIUM_PATH_VARIABLE} to a Chromium that works.${passedOver}`;
	}
	return `It started a moment ago, when it was chosen; set ${CHROMIUM_PATH_VARIABLE} to choose another.${passedOver}`;
}

/** Lines the browser wrote to stderr before it died, kept from Playwright's launch log; at most this many. */
const MAX_BROWSER_ERROR_LINES = 3;

/**
 * Why a launch failed, in one line: Playwright's own first line and what
 * the browser wrote to stderr (e.g. "error while loading shared libraries").
 */
function launchReason(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const [first = "", ...rest] = message.split("\n");
	const callLog = rest.indexOf("Call log:");
	const browserLog = callLog === -1 ? rest : rest.slice(0, callLog);
	const stderr = browserLog.filter((line) => line.includes("][err] ")).slice(0, MAX_BROWSER_ERROR_LINES);
	return [first, ...stderr].join(" ");
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
