/// <reference types="node" />
// Builds the production plugin bundle with the real build options and checks
// that main.js loads the way Obsidian loads it on mobile: as the body of a
// function of (require, module, exports), in a realm with browser globals but
// without Node's (no Buffer, process, global, setImmediate), where `require`
// answers "obsidian" and nothing else.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import vm from "node:vm";
import esbuild from "esbuild";
import type { PluginManifest } from "obsidian";
import * as obsidianMocks from "obsidian-test-mocks/obsidian";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pluginBuildOptions } from "../../esbuild.config.mjs";
import manifestJson from "../../manifest.json";
import type AllianceJournalPlugin from "../../src/main";

const MAX_BUNDLE_BYTES = 300 * 1024;

/** Globals that Node has and Obsidian mobile does not. */
const NODE_ONLY_GLOBALS = ["Buffer", "process", "global", "setImmediate", "clearImmediate", "require", "module", "exports", "__dirname", "__filename"];

/** Web platform globals that Obsidian provides on every platform. */
const BROWSER_GLOBALS = [
	"document",
	"navigator",
	"location",
	"console",
	"setTimeout",
	"clearTimeout",
	"setInterval",
	"clearInterval",
	"requestAnimationFrame",
	"cancelAnimationFrame",
	"queueMicrotask",
	"structuredClone",
	"URL",
	"URLSearchParams",
	"TextEncoder",
	"TextDecoder",
	"AbortController",
	"atob",
	"btoa",
];

/** Globals that Obsidian adds (obsidian-test-mocks' setup defines them on the host). */
const OBSIDIAN_GLOBALS = [
	"activeDocument",
	"activeWindow",
	"ajax",
	"ajaxPromise",
	"createDiv",
	"createEl",
	"createFragment",
	"createSpan",
	"createSvg",
	"fish",
	"fishAll",
	"isBoolean",
	"nextFrame",
	"ready",
	"sleep",
];

type BundleBody = (require: (id: string) => unknown, module: { exports: Record<string, unknown> }, exports: Record<string, unknown>) => void;

/**
 * A realm like Obsidian's renderer on mobile: browser and Obsidian globals,
 * `window` is the global object itself, and nothing from Node. (The host's
 * `window` under vitest also carries Node's globals, so it is not passed in.)
 */
function mobileLikeSandbox(): vm.Context {
	const host = globalThis as unknown as Record<string, unknown>;
	const sandbox: Record<string, unknown> = {};
	for (const name of [...BROWSER_GLOBALS, ...OBSIDIAN_GLOBALS]) {
		if (name in host) {
			sandbox[name] = host[name];
		}
	}
	sandbox["window"] = sandbox;
	sandbox["self"] = sandbox;
	return vm.createContext(sandbox);
}

function loadBundle(code: string): { exports: Record<string, unknown>; requested: string[]; sandbox: vm.Context } {
	const sandbox = mobileLikeSandbox();
	const body = vm.runInContext(`(function (require, module, exports) {\n${code}\n})`, sandbox, { filename: "main.js" }) as BundleBody;
	const requested: string[] = [];
	const requireForPlugins = (id: string): unknown => {
		requested.push(id);
		if (id === "obsidian") {
			return obsidianMocks;
		}
		throw new Error(`main.js required "${id}", which Obsidian mobile does not provide`);
	};
	const module = { exports: {} as Record<string, unknown> };
	body(requireForPlugins, module, module.exports);
	return { exports: module.exports, requested, sandbox };
}

describe("production plugin bundle (main.js)", () => {
	let outDir = "";
	let code = "";

	beforeAll(async () => {
		outDir = await mkdtemp(path.join(tmpdir(), "alliance-journal-bundle-"));
		const outfile = path.join(outDir, "main.js");
		await esbuild.build({ ...pluginBuildOptions({ production: true, outfile, copyStyles: false }), logLevel: "silent" });
		code = await readFile(outfile, "utf8");
	}, 60_000);

	afterAll(async () => {
		if (outDir !== "") {
			await rm(outDir, { recursive: true, force: true });
		}
	});

	it(`is at most ${MAX_BUNDLE_BYTES / 1024} KB`, () => {
		expect(Buffer.byteLength(code, "utf8")).toBeLessThanOrEqual(MAX_BUNDLE_BYTES);
	});

	it('contains no require() of anything but "obsidian"', () => {
		const required = new Set([...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]));
		expect([...required]).toEqual(["obsidian"]);
	});

	it("loads without Node globals and exports the plugin class as default", () => {
		const { exports, requested, sandbox } = loadBundle(code);

		for (const name of NODE_ONLY_GLOBALS) {
			expect(vm.runInContext(`typeof ${name}`, sandbox), name).toBe("undefined");
			expect(vm.runInContext(`typeof window.${name}`, sandbox), `window.${name}`).toBe("undefined");
		}
		// Probing for a module inside try/catch is fine on mobile; a failed
		// require outside one would have thrown above.
		expect(requested).toContain("obsidian");

		const pluginClass = exports.default;
		expect(typeof pluginClass).toBe("function");
		expect(Function.prototype.toString.call(pluginClass)).toMatch(/^class\b/);
		expect((pluginClass as { prototype: unknown }).prototype).toBeInstanceOf(obsidianMocks.Plugin);
	});

	it("constructs, loads and unloads inside the sandbox", async () => {
		const PluginClass = loadBundle(code).exports.default as typeof AllianceJournalPlugin;
		const app = obsidianMocks.App.createConfigured__({ files: { "Meetings/2026-01-05 Acme.md": "# Acme" } });
		const manifest: PluginManifest = manifestJson;

		const plugin = new PluginClass(app.asOriginalType__(), manifest);
		await plugin.onload();
		app.workspace.setLayoutReady__();
		plugin.onunload();
		expect(plugin.manifest.id).toBe("alliance-journal");
	});
});
