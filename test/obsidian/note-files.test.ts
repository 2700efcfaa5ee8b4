import { App } from "obsidian-test-mocks/obsidian";
import { describe, expect, it, vi } from "vitest";
import { createNewFile, ensureFolder, openNoteAt, parentFolder, pathExists, writeGeneratedFile } from "../../src/obsidian/note-files";
import { fileText } from "./plugin-harness";

function vault(files: Record<string, string> = {}) {
	const app = App.createConfigured__({ files });
	return { app, original: app.asOriginalType__() };
}

describe("writing notes", () => {
	it("creates a note and the folders it needs", async () => {
		const { app, original } = vault();
		const result = await createNewFile(original, "Alliances/Acme/Meetings/2026-11-27 Acme.md", "# Meeting");

		expect("created" in result && result.created.path).toBe("Alliances/Acme/Meetings/2026-11-27 Acme.md");
		expect(app.vault.getFolderByPath("Alliances/Acme/Meetings")).not.toBeNull();
		expect(await fileText(app, "Alliances/Acme/Meetings/2026-11-27 Acme.md")).toBe("# Meeting");
	});

	it("never replaces a file that is already there", async () => {
		const { app, original } = vault({ "Notes/Acme.md": "Mine" });
		const create = vi.spyOn(app.vault, "create");

		expect(await createNewFile(original, "Notes/Acme.md", "Theirs")).toEqual({ refused: "exists" });
		expect(await fileText(app, "Notes/Acme.md")).toBe("Mine");
		expect(create).not.toHaveBeenCalled();
	});

	it("also sees files Obsidian does not list, such as hidden ones", async () => {
		const { app, original } = vault();
		await app.vault.adapter.write(".hidden/Acme.md", "hidden");
		expect(await pathExists(original, ".hidden/Acme.md")).toBe(true);
		expect(await createNewFile(original, ".hidden/Acme.md", "x")).toEqual({ refused: "exists" });
	});

	it.each(["../outside.md", "Alliances/../../outside.md", "/etc/outside.md", "\\\\server\\share\\x.md", "C:outside.md", "./x.md"])(
		"refuses %j: not a path inside the vault",
		async (path) => {
			const { app, original } = vault();
			const create = vi.spyOn(app.vault, "create");
			expect(await createNewFile(original, path, "x")).toEqual({ refused: "outside" });
			expect(create).not.toHaveBeenCalled();
		},
	);

	it("a file that appears while the note is being created: a taken name, not a failure", async () => {
		const { app, original } = vault();
		vi.spyOn(app.vault, "create").mockImplementationOnce(async (path) => {
			// Another device's note lands first; Obsidian then refuses to create over it.
			await app.vault.adapter.write(path, "theirs");
			throw new Error("File already exists.");
		});
		expect(await createNewFile(original, "Notes/Acme.md", "mine")).toEqual({ refused: "exists" });
		expect(await app.vault.adapter.read("Notes/Acme.md")).toBe("theirs");
	});

	it("two creations at the same path in flight at once: the second sees it taken", async () => {
		const { app, original } = vault();
		const results = await Promise.all([createNewFile(original, "Notes/Acme.md", "first"), createNewFile(original, "Notes/Acme.md", "second")]);
		expect(results.map((result) => ("created" in result ? "created" : result.refused))).toEqual(["created", "exists"]);
		expect(await fileText(app, "Notes/Acme.md")).toBe("first");
	});

	it("says why a note could not be written: Obsidian's reason for refusing a folder where a file is", async () => {
		const { app, original } = vault({ "Alliances/Acme": "a file where a folder should be" });
		// Obsidian refuses a folder where something already is (the test vault would make it).
		const createFolder = vi.spyOn(app.vault, "createFolder").mockRejectedValueOnce(new Error("Folder already exists."));
		const result = await createNewFile(original, "Alliances/Acme/Acme.md", "x");
		expect(createFolder.mock.calls).toEqual([["Alliances/Acme"]]);
		expect(result).toEqual({ refused: "failed", error: "Folder already exists." });
		expect(await fileText(app, "Alliances/Acme")).toBe("a file where a folder should be");
	});

	it("a folder made while the note is being created (another note in it, a sync): the note is still created", async () => {
		const { app, original } = vault();
		const createFolder = app.vault.createFolder.bind(app.vault);
		vi.spyOn(app.vault, "createFolder").mockImplementationOnce(async (path) => {
			// Another creation makes the folder first; Obsidian then refuses to make it again.
			await createFolder(path);
			throw new Error("Folder already exists.");
		});
		const result = await createNewFile(original, "Alliances/Acme/Meetings/2026-11-27 Acme.md", "# Meeting");
		expect("created" in result && result.created.path).toBe("Alliances/Acme/Meetings/2026-11-27 Acme.md");
		expect(await fileText(app, "Alliances/Acme/Meetings/2026-11-27 Acme.md")).toBe("# Meeting");
	});

	it("replaces the content of a generated file through the vault", async () => {
		const { app, original } = vault({ "Out/a.json": "{}" });
		const process = vi.spyOn(app.vault, "process");
		await writeGeneratedFile(original, "Out/a.json", '{"a":1}');
		await writeGeneratedFile(original, "Out/b.json", '{"b":2}');

		expect(process).toHaveBeenCalledTimes(1);
		expect(await fileText(app, "Out/a.json")).toBe('{"a":1}');
		expect(await fileText(app, "Out/b.json")).toBe('{"b":2}');
	});

	it("creates nested folders once", async () => {
		const { app, original } = vault({ "A/keep.md": "" });
		const createFolder = vi.spyOn(app.vault, "createFolder");
		await ensureFolder(original, "A/B/C/");
		await ensureFolder(original, "A/B/C");
		expect(createFolder.mock.calls.map(([path]) => path)).toEqual(["A/B", "A/B/C"]);
		expect(parentFolder("A/B/C.md")).toBe("A/B");
		expect(parentFolder("C.md")).toBe("");
	});
});

describe("opening notes", () => {
	it("opens a note at a 1-based line, as Obsidian's 0-based ephemeral state wants it", async () => {
		const { app, original } = vault({ "Notes/Acme.md": "a\nb\nc" });
		const openLinkText = vi.spyOn(app.workspace, "openLinkText");
		await openNoteAt(original, "Notes/Acme.md", 3);
		await openNoteAt(original, "Notes/Acme.md");

		expect(openLinkText.mock.calls).toEqual([
			["Notes/Acme.md", "", false, { eState: { line: 2 } }],
			["Notes/Acme.md", "", false, undefined],
		]);
		expect(app.workspace.getActiveFile()?.path).toBe("Notes/Acme.md");
	});
});
