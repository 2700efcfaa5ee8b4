/**
 * The plugin's Obsidian command line commands answer from the live index
 * with exactly what the Node command line prints for the same vault.
 */
import type { Plugin } from "obsidian";
import { Plugin as MockPlugin } from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../../src/cli/run";
import { EXAMPLE_VAULT, startPlugin, TODAY } from "./plugin-harness";

/** Runs the Node command line in-process (test/cli/cli-harness.ts builds its paths from a file: URL, which happy-dom does not give). */
function cli(...argv: string[]): { stdout: string; stderr: string } {
	let stdout = "";
	let stderr = "";
	runCli(argv, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env: {} });
	return { stdout, stderr };
}

afterEach(() => {
	vi.restoreAllMocks();
});

/** The arguments of each `registerCliHandler` call, typed by the API's own signature. */
type Registration = Parameters<Plugin["registerCliHandler"]>;

/** Starts the plugin and records its command line registrations as Obsidian receives them. */
async function startRecording(settings?: Record<string, unknown>) {
	// A spy that calls through: obsidian-test-mocks records the handler, the spy records the call.
	const spy = vi.spyOn(MockPlugin.prototype, "registerCliHandler");
	const calls: Registration[] = spy.mock.calls;
	const harness = await startPlugin(undefined, settings ? { settings } : {});
	/** Runs a registered handler as Obsidian's command line does. */
	const run = async (command: string, params: Record<string, string> = {}): Promise<string> => {
		const handler = MockPlugin.fromOriginalType2__(harness.plugin).cliHandlers__.get(command);
		if (!handler) throw new Error(`no handler ${command}`);
		return handler(params);
	};
	return { harness, calls, run };
}

describe("the Obsidian command line", () => {
	it("registers dashboard, lint and briefing, each with a description and its flags", async () => {
		const { calls } = await startRecording();
		expect(calls.map(([command]) => command)).toEqual(["alliance-journal:dashboard", "alliance-journal:lint", "alliance-journal:briefing"]);
		for (const [, description, flags] of calls) {
			expect(description).toMatch(/^Alliance Journal: /);
			expect(flags?.format).toEqual({ value: "text|json", description: "text (the default) or json" });
		}
		expect(calls[2]?.[2]?.alliance).toMatchObject({ value: "<name>", required: true });
	});

	it("dashboard prints what `alliance-journal dashboard` prints, as text and as JSON", async () => {
		const { run } = await startRecording();
		expect(await run("alliance-journal:dashboard")).toBe(cli("dashboard", EXAMPLE_VAULT, "--today", TODAY).stdout);
		expect(await run("alliance-journal:dashboard", { format: "json" })).toBe(cli("dashboard", EXAMPLE_VAULT, "--today", TODAY, "--json").stdout);
		expect(await run("alliance-journal:dashboard", { alliance: "zuiderzee", format: "json" })).toBe(cli("dashboard", EXAMPLE_VAULT, "--today", TODAY, "--json", "--alliance", "Zuiderzee").stdout);
	});

	it("lint prints the lines and the summary `alliance-journal lint` prints, and the problems as JSON", async () => {
		const { run } = await startRecording();
		const node = cli("lint", EXAMPLE_VAULT);
		expect(await run("alliance-journal:lint")).toBe(`${node.stdout}${node.stderr}`);
		const json = JSON.parse(await run("alliance-journal:lint", { format: "json" })) as { notes: number; problems: { path: string; line: number; message: string }[] };
		expect(json.notes).toBe(Number(/^\d+/.exec(node.stderr)?.[0]));
		expect(json.problems.map((problem) => `${problem.path}:${problem.line}: ${problem.message}\n`).join("")).toBe(node.stdout);
	});

	it("briefing prints the alliance's briefing as `dashboard --alliance NAME --markdown` does, or its JSON", async () => {
		const { run } = await startRecording();
		expect(await run("alliance-journal:briefing", { alliance: "NWL" })).toBe(cli("dashboard", EXAMPLE_VAULT, "--today", TODAY, "--markdown", "--alliance", "Northwind").stdout);
		expect(await run("alliance-journal:briefing", { alliance: "Northwind", format: "json" })).toBe(cli("dashboard", EXAMPLE_VAULT, "--today", TODAY, "--json", "--alliance", "Northwind").stdout);
	});

	it("speaks the plugin's language: Dutch as `--lang nl`", async () => {
		const { run } = await startRecording({ language: "nl" });
		expect(await run("alliance-journal:dashboard")).toBe(cli("dashboard", EXAMPLE_VAULT, "--today", TODAY, "--lang", "nl").stdout);
		expect(await run("alliance-journal:dashboard", { format: "json" })).toBe(cli("dashboard", EXAMPLE_VAULT, "--today", TODAY, "--json", "--lang", "nl").stdout);
		const node = cli("lint", EXAMPLE_VAULT, "--lang", "nl");
		expect(await run("alliance-journal:lint")).toBe(`${node.stdout}${node.stderr}`);
		expect(await run("alliance-journal:briefing", { alliance: "Zuiderzee" })).toBe(cli("dashboard", EXAMPLE_VAULT, "--today", TODAY, "--markdown", "--alliance", "Zuiderzee", "--lang", "nl").stdout);
	});

	it("says what is wrong with a call instead of failing", async () => {
		const { run } = await startRecording();
		expect(await run("alliance-journal:briefing")).toBe("say which alliance: alliance=<name>");
		expect(await run("alliance-journal:briefing", { alliance: "Nope" })).toBe("There is no alliance named Nope.");
		expect(await run("alliance-journal:dashboard", { alliance: "Nope" })).toBe("There is no alliance named Nope.");
		expect(await run("alliance-journal:lint", { format: "yaml" })).toBe("format must be text or json, not yaml");
	});

	it("answers from the live index: a note changed in Obsidian shows at once", async () => {
		const { harness, run } = await startRecording();
		await harness.app.vault.create("Alliances/Northwind/Meetings/bad.md", "---\ntype: alliance-meeting\nalliance: \"[[Northwind]]\"\n---\n");
		expect(await run("alliance-journal:lint")).toContain("Alliances/Northwind/Meetings/bad.md:");
	});
});
