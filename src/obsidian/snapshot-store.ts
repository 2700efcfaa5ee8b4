/**
 * Where the index is kept between sessions: a JSON file in the plugin's own
 * folder (`index.json` next to `data.json`), written through the vault's
 * adapter so it never shows up as a note and never bloats the settings.
 */
import type { DataAdapter } from "obsidian";
import type { IndexSnapshot } from "../core/index/vault-index";

export const SNAPSHOT_FILE_NAME = "index.json";

export class SnapshotStore {
	/**
	 * @param adapter the vault's adapter
	 * @param path the snapshot file's vault path, e.g. `.obsidian/plugins/alliance-journal/index.json`
	 */
	constructor(
		private readonly adapter: DataAdapter,
		readonly path: string,
	) {}

	/**
	 * The saved snapshot, or `undefined` when there is none or it is not
	 * readable JSON (the caller then indexes everything, as on a first start).
	 */
	async load(): Promise<unknown> {
		try {
			if (!(await this.adapter.exists(this.path))) return undefined;
			return JSON.parse(await this.adapter.read(this.path)) as unknown;
		} catch (error) {
			console.debug("Alliance Journal: the saved index could not be read; indexing the vault again.", error);
			return undefined;
		}
	}

	/** Saves a snapshot, creating the plugin's folder when needed. */
	async save(snapshot: IndexSnapshot): Promise<void> {
		const slash = this.path.lastIndexOf("/");
		const folder = slash < 0 ? "" : this.path.slice(0, slash);
		if (folder !== "" && !(await this.adapter.exists(folder))) await this.adapter.mkdir(folder);
		await this.adapter.write(this.path, JSON.stringify(snapshot));
	}
}
