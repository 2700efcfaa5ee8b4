/// <reference types="node" />
// Builds Alliance Journal.
//
//   node esbuild.config.mjs production   one-off build:
//       main.js      Obsidian plugin bundle (repo root, next to manifest.json)
//       styles.css   copy of styles/styles.css (repo root)
//       dist/cli.mjs Node CLI bundle (bin/alliance-journal.js loads it)
//   node esbuild.config.mjs              watch mode for the plugin bundle
//                                        (inline source maps, not minified)
//
// The option builders are exported so tests can build the same bundles into a
// temporary folder (see test/build/bundle.test.ts).
import { watch } from "node:fs";
import { copyFile } from "node:fs/promises";
import path from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";
import esbuild from "esbuild";

export const rootDir = path.dirname(fileURLToPath(import.meta.url));

/**
 * Modules that Obsidian provides at run time. Everything else is bundled into
 * main.js, because Obsidian (desktop and mobile) loads a single file.
 */
export const pluginExternals = ["obsidian", "electron", "@codemirror/*", "@lezer/*"];

/**
 * Node built-ins that bundled libraries require when they load but that the
 * plugin never calls (gray-matter requires "fs" for matter.read() only). They
 * resolve to an empty module, so main.js also loads on Obsidian mobile.
 *
 * Nothing else is swapped or rewritten here: main.js bundles the libraries as
 * published. Where only part of a library belongs in it, src/core/libraries/
 * imports that library's own smaller packages (remark's parser, not remark).
 */
const emptyModule = "./src/shims/empty.ts";
export const pluginAliases = { fs: emptyModule, "node:fs": emptyModule };

const stylesSource = path.join(rootDir, "styles/styles.css");
const copyStylesToRoot = () => copyFile(stylesSource, path.join(rootDir, "styles.css"));

/** Copies styles/styles.css to ./styles.css after every plugin build. */
/** @type {esbuild.Plugin} */
const copyStylesPlugin = {
	name: "copy-styles",
	setup(build) {
		build.onEnd(async (result) => {
			if (result.errors.length === 0) {
				await copyStylesToRoot();
			}
		});
	},
};

/**
 * Options for the plugin bundle (main.js).
 * @param {{ production: boolean, outfile?: string, copyStyles?: boolean }} options
 * @returns {esbuild.BuildOptions}
 */
export function pluginBuildOptions({ production, outfile = path.join(rootDir, "main.js"), copyStyles = true }) {
	return {
		absWorkingDir: rootDir,
		entryPoints: ["src/main.ts"],
		outfile,
		bundle: true,
		format: "cjs",
		platform: "browser",
		target: "es2020",
		external: pluginExternals,
		alias: pluginAliases,
		define: { "process.env.NODE_ENV": '"production"' },
		minify: production,
		sourcemap: production ? false : "inline",
		treeShaking: true,
		legalComments: "none",
		logLevel: "info",
		plugins: copyStyles ? [copyStylesPlugin] : [],
	};
}

/**
 * Options for the Node CLI bundle (dist/cli.mjs). All dependencies are
 * bundled; the banner defines `require` so bundled CommonJS code (e.g.
 * gray-matter) can still load Node built-ins from an ES module.
 * @param {{ outfile?: string }} [options]
 * @returns {esbuild.BuildOptions}
 */
export function cliBuildOptions({ outfile = path.join(rootDir, "dist/cli.mjs") } = {}) {
	return {
		absWorkingDir: rootDir,
		entryPoints: ["src/cli/main.ts"],
		outfile,
		bundle: true,
		format: "esm",
		platform: "node",
		target: "node20",
		banner: {
			js: [
				'import { createRequire as __allianceJournalCreateRequire } from "node:module";',
				"const require = __allianceJournalCreateRequire(import.meta.url);",
			].join("\n"),
		},
		sourcemap: false,
		treeShaking: true,
		legalComments: "none",
		logLevel: "info",
	};
}

/** @param {string | undefined} mode */
async function main(mode) {
	if (mode === "production") {
		await esbuild.build(pluginBuildOptions({ production: true }));
		await esbuild.build(cliBuildOptions());
		return;
	}
	if (mode !== undefined && mode !== "dev") {
		throw new Error(`Unknown mode "${mode}": use "production", "dev" or nothing.`);
	}
	const context = await esbuild.context(pluginBuildOptions({ production: false }));
	await context.watch();
	// esbuild only watches files in the bundle graph; the stylesheet is not one.
	watch(stylesSource, () => {
		copyStylesToRoot().catch((/** @type {unknown} */ error) => console.error(error));
	});
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
	main(process.argv[2]).catch((/** @type {unknown} */ error) => {
		// esbuild already printed its own errors (logLevel "info").
		if (!(error instanceof Error && "errors" in error)) {
			console.error(error);
		}
		process.exit(1);
	});
}
