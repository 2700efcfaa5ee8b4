/**
 * What the dashboard asks its host to do. The plugin's view passes callbacks
 * that talk to Obsidian; the browser preview passes callbacks that record the
 * calls. The renderer itself never opens, creates or indexes anything.
 */

/** The kinds of note the dashboard can ask to create. */
export type NoteKind = "alliance" | "meeting" | "reflection" | "stakeholder";

export interface DashboardActions {
	/** Opens a note at a 1-based line. */
	openNote(path: string, line: number): void;
	/**
	 * The user picked an alliance (`null`: all alliances). The dashboard has
	 * already re-rendered itself and updated its state; the host may persist it.
	 */
	selectAlliance(name: string | null): void;
	/** Creates a note from its template; `alliance` is the alliance shown, if one is. */
	createNote(kind: NoteKind, alliance?: string): void;
	/** Indexes the whole vault again. */
	rebuildIndex(): void;
}
