/**
 * Keeps the VaultIndex in step with the vault. Once the layout is ready it
 * restores the saved index, then walks the Markdown files in chunks (so the
 * interface stays responsive) and reads only what changed since; after that
 * it follows the vault's create, modify, delete and rename events.
 *
 * A note that Obsidian's metadata cache says is not an alliance note is
 * recorded without being read, so link resolution still knows its path.
 */
import { type App, Component, debounce, type TAbstractFile, TFile, TFolder } from "obsidian";
import { isMarkdownPath } from "../core/index/markdown-path";
import { VaultIndex } from "../core/index/vault-index";
import type { SnapshotStore } from "./snapshot-store";

/** How far indexing has come. */
export type IndexState = { phase: "idle" } | { phase: "indexing"; done: number; total: number } | { phase: "ready" };

export interface VaultSyncHooks {
	/** The index changed (or was replaced): its dashboards are out of date. */
	onChange(): void;
	/** Indexing started, progressed or finished. */
	onState(state: IndexState): void;
	/**
	 * Notes that are never read as alliance notes, such as the templates
	 * folder: a template's blanks are meant to be empty, not problems.
	 */
	isIgnored?(path: string): boolean;
}

/** Files handled before giving the interface a turn. */
export const CHUNK_SIZE = 200;
/** Restored notes decoded (parsed from the saved text and checked) before giving the interface a turn. */
export const DECODE_CHUNK_SIZE = 1000;
/** The index is saved this long after the last change (a burst of edits saves once). */
export const SNAPSHOT_SAVE_DELAY_MS = 2000;

/** What a file held when it was read, or `""` for a note that is not an alliance note. */
interface FileRead {
	file: TFile;
	mtime: number;
	text: string;
}

/** Lets the event loop run (rendering, input) before the next chunk. */
function yieldToEventLoop(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

function isMarkdownFile(file: TAbstractFile | null): file is TFile {
	return file instanceof TFile && isMarkdownPath(file.path);
}

/** Every path the index knows, alliance notes or not. */
function indexedPaths(index: VaultIndex): string[] {
	return index.paths();
}

export class VaultSync extends Component {
	private current = new VaultIndex();
	private currentState: IndexState = { phase: "idle" };
	/** Grows with every indexing pass; a pass that is no longer the latest stops. */
	private passNumber = 0;
	private pass: Promise<void> = Promise.resolve();
	private readonly inFlight = new Set<Promise<unknown>>();
	private started = false;
	private stopped = false;
	private unsaved = false;
	private readonly requestSave = debounce(() => void this.saveSnapshot(), SNAPSHOT_SAVE_DELAY_MS, true);

	constructor(
		private readonly app: App,
		private readonly store: SnapshotStore,
		private readonly hooks: VaultSyncHooks,
	) {
		super();
	}

	/** The index (a new one after a rebuild). */
	get index(): VaultIndex {
		return this.current;
	}

	get state(): IndexState {
		return this.currentState;
	}

	/**
	 * Starts following the vault: restores the saved index, brings it up to
	 * date and listens for changes. Call it once the layout is ready (vault
	 * `create` events fire for every file while Obsidian loads).
	 */
	start(): Promise<void> {
		if (this.started) return this.whenIdle();
		this.started = true;
		this.registerVaultEvents();
		this.pass = this.runPass(true);
		return this.whenIdle();
	}

	/** Throws the index away and reads every alliance note again. */
	rebuild(): Promise<void> {
		if (!this.started) return this.start();
		this.current = new VaultIndex();
		this.hooks.onChange();
		this.pass = this.runPass(false);
		return this.whenIdle();
	}

	/**
	 * Reads the chosen notes again, after a setting changed which of them are
	 * read (the templates folder): the index then holds what a full index
	 * with the new setting would.
	 *
	 * @param affected picks the vault paths to read again
	 */
	reread(affected: (path: string) => boolean): Promise<void> {
		if (!this.started) return Promise.resolve();
		for (const file of this.markdownFiles()) if (affected(file.path)) this.track(this.refreshFile(file));
		return this.whenIdle();
	}

	/** Resolves once indexing and every change seen so far are done. */
	async whenIdle(): Promise<void> {
		let pending: Promise<unknown>[];
		do {
			pending = [this.pass, ...this.inFlight];
			await Promise.all(pending);
		} while (this.inFlight.size > 0 || pending[0] !== this.pass);
	}

	/**
	 * Reads one note again and updates the index, even when its modification
	 * time did not change.
	 *
	 * @returns true when the index changed
	 */
	async refreshFile(file: TFile): Promise<boolean> {
		const index = this.current;
		const mtime = file.stat.mtime;
		const text = this.hooks.isIgnored?.(file.path) ? "" : await this.app.vault.cachedRead(file);
		// A newer event or a rebuild has taken over.
		if (index !== this.current || !this.isLive(file, mtime)) return false;
		// Same modification time, new content (a sync tool that keeps times): forget the old version first.
		if (index.isCurrent(file.path, mtime)) index.remove(file.path);
		const changed = index.upsert(file.path, text, mtime);
		if (changed) this.changed();
		return changed;
	}

	override onunload(): void {
		this.stopped = true;
		this.passNumber++;
		this.requestSave.cancel();
		if (this.unsaved) void this.saveSnapshot();
	}

	private registerVaultEvents(): void {
		const { vault } = this.app;
		this.registerEvent(vault.on("create", (file) => this.onCreateOrModify(file)));
		this.registerEvent(vault.on("modify", (file) => this.onCreateOrModify(file)));
		this.registerEvent(vault.on("delete", (file) => this.onDelete(file)));
		this.registerEvent(vault.on("rename", (file, oldPath) => this.onRename(file, oldPath)));
	}

	private onCreateOrModify(file: TAbstractFile): void {
		if (isMarkdownFile(file)) this.track(this.refreshFile(file));
	}

	private onDelete(file: TAbstractFile): void {
		const index = this.current;
		let changed = false;
		if (file instanceof TFolder) {
			const prefix = `${file.path}/`;
			for (const path of indexedPaths(index)) if (path.startsWith(prefix)) changed = index.remove(path) || changed;
		} else {
			changed = index.remove(file.path);
		}
		if (changed) this.changed();
	}

	private onRename(file: TAbstractFile, oldPath: string): void {
		const index = this.current;
		if (file instanceof TFolder) {
			// Obsidian may also report each file inside; those then find their old path gone.
			const prefix = `${oldPath}/`;
			let changed = false;
			for (const path of indexedPaths(index)) {
				if (path.startsWith(prefix)) changed = index.rename(path, `${file.path}/${path.slice(prefix.length)}`) || changed;
			}
			if (changed) this.changed();
			return;
		}
		// Moved without parsing again; links to it resolve by its new name.
		if (index.rename(oldPath, file.path)) {
			if (!isMarkdownFile(file)) index.remove(file.path);
			this.changed();
		} else if (isMarkdownFile(file) && !index.isCurrent(file.path, file.stat.mtime)) {
			this.track(this.refreshFile(file));
		}
	}

	/** One indexing pass; a failure is logged and leaves the index as far as it got. */
	private runPass(restore: boolean): Promise<void> {
		return this.indexVault(restore).catch((error: unknown) => {
			console.error("Alliance Journal: indexing the vault failed.", error);
			this.setState({ phase: "ready" });
		});
	}

	/** Walks every Markdown file, reading only those the index does not hold in this version. */
	private async indexVault(restore: boolean): Promise<void> {
		const passNumber = ++this.passNumber;
		const index = this.current;
		const isLatest = (): boolean => passNumber === this.passNumber && index === this.current;
		this.setState({ phase: "indexing", done: 0, total: this.markdownFiles().length });
		let changed = false;
		if (restore) {
			const snapshot = await this.store.load();
			if (!isLatest()) return;
			if (snapshot !== undefined && index.restore(snapshot)) {
				// Show the saved dashboard straight away; what changed since follows (and the notes whose entries were damaged).
				if (index.droppedOnRestore > 0) console.debug(`Alliance Journal: ${index.droppedOnRestore} lines of the saved index were damaged; those notes are read again.`);
				this.hooks.onChange();
			} else if (snapshot !== undefined) {
				console.debug("Alliance Journal: the saved index is from another version or damaged; indexing the vault again.");
			}
		}
		const files = this.markdownFiles();
		const present = new Set(files.map((file) => file.path));
		for (const path of indexedPaths(index)) if (!present.has(path)) changed = index.remove(path) || changed;
		for (let start = 0; start < files.length; start += CHUNK_SIZE) {
			if (start > 0) {
				await yieldToEventLoop();
				if (!isLatest()) return;
			}
			const reads = await Promise.all(files.slice(start, start + CHUNK_SIZE).map((file) => this.readIfNeeded(index, file)));
			if (!isLatest()) return;
			let chunkChanged = false;
			for (const read of reads) {
				// A file changed or went away while it was read: its own event brings it up to date.
				if (read && this.isLive(read.file, read.mtime)) chunkChanged = index.upsert(read.file.path, read.text, read.mtime) || chunkChanged;
			}
			this.setState({ phase: "indexing", done: Math.min(start + CHUNK_SIZE, files.length), total: files.length });
			if (chunkChanged) {
				changed = true;
				this.hooks.onChange();
			}
		}
		changed = (await this.checkRestored(index, isLatest)) || changed;
		if (!isLatest()) return;
		this.setState({ phase: "ready" });
		if (changed) {
			this.hooks.onChange();
			this.unsaved = true;
			await this.saveSnapshot();
		}
	}

	/**
	 * Decodes, in idle moments, the restored notes no dashboard has needed
	 * yet (so every saved line is checked and the saved text is freed), and
	 * reads again each note whose saved line turned out damaged.
	 *
	 * @returns true when the index changed
	 */
	private async checkRestored(index: VaultIndex, isLatest: () => boolean): Promise<boolean> {
		while (index.waiting > 0) {
			await yieldToEventLoop();
			if (!isLatest()) return false;
			index.decodeWaiting(DECODE_CHUNK_SIZE);
		}
		const damaged = index.takeDamaged();
		if (damaged.length === 0) return false;
		console.debug(`Alliance Journal: ${damaged.length} notes of the saved index were damaged; they are read again.`);
		let changed = false;
		for (const path of damaged) {
			const file = this.app.vault.getAbstractFileByPath(path);
			// Read already by the pass (found damaged before its turn came).
			if (isMarkdownFile(file) && !index.isCurrent(path, file.stat.mtime)) changed = (await this.refreshFile(file)) || changed;
		}
		return changed;
	}

	/** Every note of the vault, `.md` in any case (Obsidian's own list takes only lower case). */
	private markdownFiles(): TFile[] {
		return this.app.vault.getFiles().filter(isMarkdownFile);
	}

	/** The file's text, `""` for a note that is not an alliance note, or nothing when the index is current. */
	private async readIfNeeded(index: VaultIndex, file: TFile): Promise<FileRead | undefined> {
		const mtime = file.stat.mtime;
		if (index.isCurrent(file.path, mtime)) return undefined;
		if (!this.mayBeAllianceNote(file)) return { file, mtime, text: "" };
		try {
			return { file, mtime, text: await this.app.vault.cachedRead(file) };
		} catch (error) {
			// Gone or unreadable between listing and reading: its event (if any) brings it up to date.
			console.debug(`Alliance Journal: could not read ${file.path}.`, error);
			return undefined;
		}
	}

	/**
	 * False only when Obsidian's metadata cache knows the note and its `type`
	 * does not start with "alliance". A note the cache does not know yet, or
	 * whose frontmatter Obsidian could not read, is read (the index reports
	 * broken YAML in an alliance note as a problem). A note with `aliases` is
	 * read too: a conflict linked to it takes its aliases as the theme's names.
	 */
	private mayBeAllianceNote(file: TFile): boolean {
		if (this.hooks.isIgnored?.(file.path)) return false;
		const cache = this.app.metadataCache.getFileCache(file);
		if (!cache) return true;
		const frontmatter: unknown = cache.frontmatter;
		if (typeof frontmatter !== "object" || frontmatter === null) return cache.frontmatterPosition !== undefined;
		const type = (frontmatter as Record<string, unknown>).type;
		if ((frontmatter as Record<string, unknown>).aliases != null) return true;
		if (typeof type === "string") return type.trim().toLowerCase().startsWith("alliance");
		return type !== undefined && type !== null;
	}

	/** The file is still in the vault at its path, unchanged since `mtime`. */
	private isLive(file: TFile, mtime: number): boolean {
		return !this.stopped && file.stat.mtime === mtime && this.app.vault.getAbstractFileByPath(file.path) === file;
	}

	private changed(): void {
		if (this.stopped) return;
		this.unsaved = true;
		this.hooks.onChange();
		this.requestSave();
	}

	private setState(state: IndexState): void {
		this.currentState = state;
		this.hooks.onState(state);
	}

	private track(work: Promise<unknown>): void {
		const tracked = work.catch((error: unknown) => console.error("Alliance Journal: could not index a note.", error));
		this.inFlight.add(tracked);
		void tracked.finally(() => this.inFlight.delete(tracked));
	}

	private async saveSnapshot(): Promise<void> {
		if (!this.unsaved) return;
		this.unsaved = false;
		try {
			await this.store.save(this.current.snapshot());
		} catch (error) {
			this.unsaved = true;
			console.warn("Alliance Journal: could not save the index; it is rebuilt at the next start.", error);
		}
	}
}
