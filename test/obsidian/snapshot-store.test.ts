import { App } from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { VaultIndex } from "../../src/core/index/vault-index";
import { SnapshotStore } from "../../src/obsidian/snapshot-store";

const PATH = ".obsidian/plugins/alliance-journal/index.json";

function store() {
	const app = App.createConfigured__();
	return { adapter: app.vault.adapter, store: new SnapshotStore(app.asOriginalType__().vault.adapter, PATH) };
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe("the saved index", () => {
	it("is nothing before the first save", async () => {
		expect(await store().store.load()).toBeUndefined();
	});

	it("is saved as one JSON line per note in the plugin's folder, created when needed, and read back", async () => {
		const { adapter, store: snapshots } = store();
		const index = new VaultIndex();
		index.upsert("Acme.md", "---\ntype: alliance\npartner: Acme\n---\n", 5);
		await snapshots.save(index.snapshot());

		expect(await adapter.exists(".obsidian/plugins/alliance-journal")).toBe(true);
		const restored = new VaultIndex();
		expect(restored.restore(await snapshots.load())).toBe(true);
		expect(restored.isCurrent("Acme.md", 5)).toBe(true);
	});

	it("hands the index the file's text, and the index refuses what is not a saved index", async () => {
		const { adapter, store: snapshots } = store();
		await adapter.write(PATH, "{ not json");
		expect(await snapshots.load()).toBe("{ not json");
		expect(new VaultIndex().restore(await snapshots.load())).toBe(false);
	});

	it("is nothing when the file cannot be read, and only a debug line says why", async () => {
		const { adapter, store: snapshots } = store();
		await adapter.write(PATH, "x");
		const debug = vi.spyOn(console, "debug").mockImplementation(() => undefined);
		vi.spyOn(adapter, "read").mockRejectedValue(new Error("EIO"));
		expect(await snapshots.load()).toBeUndefined();
		expect(debug).toHaveBeenCalledTimes(1);
	});
});
