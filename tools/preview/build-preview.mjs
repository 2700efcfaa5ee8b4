/// <reference types="node" />
// Builds the dashboard preview: a static page that renders the real src/ui on
// the example vault's dashboard model, in Obsidian's light or dark palette.
//
//   npm run preview       builds dist/preview/ and prints the page's path
//
//   dist/preview/index.html    the page (opens from disk: no server, no fetch)
//   dist/preview/model.js      the models, in English and Dutch, as a global
//   dist/preview/preview.js    tools/preview/preview-page.ts and src/ui, bundled
//   dist/preview/styles.css    the plugin's stylesheet, as shipped
//   dist/preview/preview.css   the page's frame and the Obsidian variables
//
// The models are built in Node at build time: loadVault (src/cli) indexes
// examples/vault and buildDashboard (src/core) analyses it, for a fixed day so
// the page is the same on every build. The e2e tests call buildPreview().
import console from "node:console";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";
import esbuild from "esbuild";
import { cliBuildOptions, rootDir } from "../../esbuild.config.mjs";

/** The day the example vault's dashboard is built for (the vault's notes run to November 2026). */
export const PREVIEW_TODAY = "2026-11-27";
export const defaultPreviewDir = path.join(rootDir, "dist/preview");
export const exampleVaultDir = path.join(rootDir, "examples/vault");

/**
 * @typedef {import("../../src/core/analytics/dashboard-model").DashboardModel} DashboardModel
 * @typedef {import("../../src/core/i18n/language").Language} Language
 * @typedef {import("../../src/core/index/vault-index").VaultIndex} VaultIndex
 * @typedef {{
 *   loadVault: (dir: string) => VaultIndex,
 *   buildDashboard: (index: VaultIndex, request: { today: string }) => DashboardModel,
 * }} ModelBuilders
 */

/**
 * Bundles the Node-side model builders (TypeScript) into a temporary module
 * and loads it.
 * @returns {Promise<ModelBuilders>}
 */
async function loadModelBuilders() {
	const dir = await mkdtemp(path.join(tmpdir(), "alliance-journal-preview-"));
	const outfile = path.join(dir, "model-builders.mjs");
	try {
		await esbuild.build({
			...cliBuildOptions({ outfile }),
			entryPoints: undefined,
			stdin: {
				contents: [
					'export { loadVault } from "./src/cli/load-vault";',
					'export { buildDashboard } from "./src/core/analytics/dashboard";',
				].join("\n"),
				resolveDir: rootDir,
				loader: "ts",
			},
			logLevel: "warning",
		});
		/** @type {unknown} */
		const builders = await import(pathToFileURL(outfile).href);
		return /** @type {ModelBuilders} */ (builders);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

/**
 * The example vault's dashboard model, in English and in Dutch.
 * @param {{ vaultDir?: string, today?: string }} [options]
 * @returns {Promise<Record<Language, DashboardModel>>}
 */
export async function buildExampleModels({ vaultDir = exampleVaultDir, today = PREVIEW_TODAY } = {}) {
	const { loadVault, buildDashboard } = await loadModelBuilders();
	// The model holds facts only: one model, rendered in either language.
	const model = buildDashboard(loadVault(vaultDir), { today });
	return { en: model, nl: model };
}

/**
 * Options for the page's bundle: the preview page and src/ui, with
 * `obsidian` resolved to the preview's shim.
 * @param {{ outfile: string }} options
 * @returns {esbuild.BuildOptions}
 */
export function previewBuildOptions({ outfile }) {
	return {
		absWorkingDir: rootDir,
		entryPoints: ["tools/preview/preview-page.ts"],
		outfile,
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2020",
		alias: { obsidian: "./tools/preview/obsidian-shim.ts" },
		sourcemap: false,
		legalComments: "none",
		logLevel: "warning",
	};
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Alliance Journal: dashboard preview</title>
<link rel="stylesheet" href="preview.css">
<link rel="stylesheet" href="styles.css">
</head>
<body class="theme-light">
<script src="model.js"></script>
<script src="preview.js"></script>
</body>
</html>
`;

/**
 * Builds the preview page.
 * @param {{ outDir?: string, vaultDir?: string, today?: string }} [options]
 * @returns {Promise<{ indexPath: string, models: Record<Language, DashboardModel> }>}
 */
export async function buildPreview({ outDir = defaultPreviewDir, vaultDir = exampleVaultDir, today = PREVIEW_TODAY } = {}) {
	await mkdir(outDir, { recursive: true });
	const models = await buildExampleModels({ vaultDir, today });
	// JSON is a JavaScript expression; a file of its own needs no escaping for <script>.
	await writeFile(path.join(outDir, "model.js"), `window.allianceJournalModels = ${JSON.stringify(models)};\n`);
	await esbuild.build(previewBuildOptions({ outfile: path.join(outDir, "preview.js") }));
	await copyFile(path.join(rootDir, "styles/styles.css"), path.join(outDir, "styles.css"));
	await copyFile(path.join(rootDir, "tools/preview/preview.css"), path.join(outDir, "preview.css"));
	const indexPath = path.join(outDir, "index.html");
	await writeFile(indexPath, PAGE);
	return { indexPath, models };
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
	buildPreview()
		.then(({ indexPath }) => console.log(`Preview: ${pathToFileURL(indexPath).href}`))
		.catch((/** @type {unknown} */ error) => {
			console.error(error);
			process.exit(1);
		});
}
