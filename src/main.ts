import { Plugin } from "obsidian";

export default class AllianceJournalPlugin extends Plugin {
	override async onload(): Promise<void> {
		this.app.workspace.onLayoutReady(() => {
			// Nothing to do yet: indexing the vault lands in a later issue.
			// It will start here, after the layout is ready, so that loading
			// the plugin never slows down Obsidian's startup.
		});
	}

	override onunload(): void {
		// Everything registered through this.register*() is cleaned up by
		// Obsidian; there is nothing else to release yet.
	}
}
