/**
 * Where the index is kept between sessions: a file in the plugin's own folder
 * (`index.json` next to `data.json`, one JSON line per note; see
 * `core/index/saved-index.ts`), written through the vault's adapter so it
 * never shows up as a note and never bloats the settings.
 */
import type { DataAdapter } from "obsidian";

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
	 * The saved index's text, or `undefined` when there is none or it cannot
	 * be read (the caller then indexes everything, as on a first start). The
	 * index checks the text itself, line by line.
	 */
	async load(): Promise<string | undefined> {
		try {
			if (!(await this.adapter.exists(this.path))) return undefined;
			return await this.adapter.read(this.path);
		} catch (error) {
			console.debug("Alliance Journal: the saved index could not be read; indexing the vault again.", error);
			return undefined;
		}
	}

	/** Saves the index's text, creating the plugin's folder when needed. */
	async save(snapshot: string): Promise<void> {
		const slash = this.path.lastIndexOf("/");
		const folder = slash < 0 ? "" : this.path.slice(0, slash);
		if (folder !== "" && !(await this.adapter.exists(folder))) await this.adapter.mkdir(folder);
		await this.adapter.write(this.path, snapshot);
	}
}
