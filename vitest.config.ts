/// <reference types="node" />
import { configDefaults, defineConfig } from "vitest/config";

// Three projects, one `vitest run`:
//  - "node": the pure core and the CLI (test/core/**, test/cli/**). Plain Node,
//    no DOM and no `obsidian` module, so core code that reaches for the DOM or
//    the Obsidian API fails here, as it would in the CLI.
//  - "obsidian": everything else under test/ (plugin, views, bundle, the
//    renderer in test/ui). Runs in happy-dom because obsidian-test-mocks
//    patches DOM prototypes (it throws "document is not defined" under the
//    node environment), with `obsidian` resolved to obsidian-test-mocks (the
//    real package ships only types).
//  - "e2e": test/e2e/**, the dashboard preview in a real Chromium driven by
//    playwright-core: CHROMIUM_PATH, else a system Chromium that starts, else
//    the one inside @sparticuz/chromium (test/e2e/chromium.ts). Plain Node:
//    the browser is the DOM. Slow (it builds the preview and a 5,000-meeting model), so
//    its timeouts are generous; `npm run test:e2e` runs it alone.
const nodeTests = ["test/core/**/*.test.ts", "test/cli/**/*.test.ts"];
const e2eTests = ["test/e2e/**/*.test.ts"];
/** Building the preview and the benchmark's model, and starting Chromium, take seconds, not milliseconds. */
const E2E_TIMEOUT_MS = 120_000;
/**
 * Property tests run thousands of cases; on a loaded 2-core CI machine a few
 * take longer than vitest's 5 s default. Speed is measured by `npm run bench`,
 * never by a test's timeout, so the timeout only has to catch a hang.
 */
const TEST_TIMEOUT_MS = 60_000;

export default defineConfig({
	test: {
		testTimeout: TEST_TIMEOUT_MS,
		// Together the three projects run every test/**/*.test.ts file.
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
					exclude: [...configDefaults.exclude, ...nodeTests, ...e2eTests],
					environment: "happy-dom",
					setupFiles: ["obsidian-test-mocks/vitest-setup"],
				},
			},
			{
				extends: true,
				test: {
					name: "e2e",
					include: e2eTests,
					environment: "node",
					testTimeout: E2E_TIMEOUT_MS,
					hookTimeout: E2E_TIMEOUT_MS,
				},
			},
		],
	},
});
