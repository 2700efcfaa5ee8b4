/// <reference types="node" />
import { configDefaults, defineConfig } from "vitest/config";

// Two projects, one `vitest run`:
//  - "node": the pure core and the CLI (test/core/**, test/cli/**). Plain Node,
//    no DOM and no `obsidian` module, so core code that reaches for the DOM or
//    the Obsidian API fails here, as it would in the CLI.
//  - "obsidian": everything else under test/ (plugin, views, bundle). Runs in
//    happy-dom because obsidian-test-mocks patches DOM prototypes (it throws
//    "document is not defined" under the node environment), with `obsidian`
//    resolved to obsidian-test-mocks (the real package ships only types).
const nodeTests = ["test/core/**/*.test.ts", "test/cli/**/*.test.ts"];

export default defineConfig({
	test: {
		// Together the two projects run every test/**/*.test.ts file.
		projects: [
			{
				extends: true,
				test: {
					name: "node",
					include: nodeTests,
					environment: "node",
				},
			},
			{
				extends: true,
				resolve: {
					alias: [{ find: /^obsidian$/, replacement: "obsidian-test-mocks/obsidian" }],
				},
				test: {
					name: "obsidian",
					include: ["test/**/*.test.ts"],
					exclude: [...configDefaults.exclude, ...nodeTests],
					environment: "happy-dom",
					setupFiles: ["obsidian-test-mocks/vitest-setup"],
				},
			},
		],
	},
});
