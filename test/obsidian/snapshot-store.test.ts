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

	it("is saved as JSON in the plugin's folder, created when needed, and read back", async () => {
		const { adapter, store: snapshots } = store();
		const index = new VaultIndex();
		index.upsert("Acme.md", "---\ntype: alliance\npartner: Acme\n---\n", 5);
		await snapshots.save(index.snapshot());

		expect(await adapter.exists(".obsidian/plugins/alliance-journal")).toBe(true);
		const restored = new VaultIndex();
		expect(restored.restore(await snapshots.load())).toBe(true);
		expect(restored.isCurrent("Acme.md", 5)).toBe(true);
	});

	it("is nothing when the file is not JSON, and only a debug line says why", async () => {
		const { adapter, store: snapshots } = store();
		const debug = vi.spyOn(console, "debug").mockImplementation(() => undefined);
		await adapter.write(PATH, "{ not json");
		expect(await snapshots.load()).toBeUndefined();
		expect(debug).toHaveBeenCalledTimes(1);
	});
});
