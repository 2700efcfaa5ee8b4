/// <reference types="node" />
/**
 * How the end-to-end tests find their browser: `CHROMIUM_PATH` first, then a
 * system Chromium that starts, then the one `npm ci` brought.
 */
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_PATH_VARIABLE, findChromium, launchChromium } from "./chromium";

describe("finding a Chromium", () => {
	let dir: string;
	let broken: string;
	let missing: string;
	/** Found with no CHROMIUM_PATH and no system browser: the packaged one. */
	let packaged: string;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), "alliance-journal-chromium-test-"));
		broken = join(dir, "chromium-that-crashes");
		writeFileSync(broken, "#!/bin/sh\necho 'error while loading shared libraries: libnss3.so' >&2\nexit 127\n");
		chmodSync(broken, 0o755);
		missing = join(dir, "no-chromium-here");
		({ executablePath: packaged } = await findChromium({ environment: {}, systemChromiums: [] }));
	});

	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it("unpacks the Chromium of @sparticuz/chromium when there is no other, and it starts", async () => {
		expect(packaged).toMatch(/node_modules\/\.cache\/alliance-journal\/chromium-[\d.]+\/chromium$/);
		expect(existsSync(packaged)).toBe(true);
		const again = await findChromium({ environment: {}, systemChromiums: [missing] });
		expect(again).toEqual({ executablePath: packaged, source: "@sparticuz/chromium", passedOver: [] });
		const browser = await launchChromium();
		expect(browser.version()).toMatch(/^\d+\./);
		await browser.close();
	});

	it("passes over a system Chromium that does not start, and says why", async () => {
		const choice = await findChromium({ environment: {}, systemChromiums: [missing, broken, packaged] });
		expect(choice.executablePath).toBe(packaged);
		expect(choice.source).toBe("system");
		expect(choice.passedOver).toHaveLength(1);
		expect(choice.passedOver[0]).toContain(broken);
		expect(choice.passedOver[0]).toContain("error while loading shared libraries: libnss3.so");
	});

	it("falls back to the packaged Chromium when no system Chromium starts", async () => {
		const choice = await findChromium({ environment: {}, systemChromiums: [broken] });
		expect(choice.executablePath).toBe(packaged);
		expect(choice.source).toBe("@sparticuz/chromium");
		expect(choice.passedOver).toEqual([expect.stringContaining(broken)]);
	});

	it("takes CHROMIUM_PATH as it is, before any system Chromium", async () => {
		const choice = await findChromium({ environment: { [CHROMIUM_PATH_VARIABLE]: broken }, systemChromiums: [packaged] });
		expect(choice).toEqual({ executablePath: broken, source: CHROMIUM_PATH_VARIABLE, passedOver: [] });
		await expect(findChromium({ environment: { [CHROMIUM_PATH_VARIABLE]: missing } })).rejects.toThrow(`${CHROMIUM_PATH_VARIABLE} is ${missing}, which does not exist.`);
	});
});
