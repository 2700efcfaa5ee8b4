import { afterEach, describe, expect, it, vi } from "vitest";
import { NOTE_TYPES } from "../../src/core/model";
import { noteJsonSchemas } from "../../src/core/schema/json-schema";
import { exportSchemas, SCHEMAS_FOLDER } from "../../src/obsidian/schema-export";
import { fileText, startPlugin } from "./plugin-harness";

afterEach(() => {
	vi.restoreAllMocks();
});

describe("exporting the JSON schemas", () => {
	it("writes <type>.schema.json for every note type into the schemas folder, as the CLI's schema command does", async () => {
		const harness = await startPlugin({});
		const notify = vi.spyOn(harness.plugin, "notify");
		const files = await exportSchemas(harness.plugin);

		expect(files.map((file) => file.path)).toEqual(NOTE_TYPES.map((type) => `${SCHEMAS_FOLDER}/${type}.schema.json`));
		const schemas = noteJsonSchemas();
		for (const type of NOTE_TYPES) {
			expect(await fileText(harness.app, `${SCHEMAS_FOLDER}/${type}.schema.json`)).toBe(`${JSON.stringify(schemas[type], null, "\t")}\n`);
		}
		expect(notify).toHaveBeenCalledWith("5 JSON schemas written to Alliance Journal/schemas");
	});
});
