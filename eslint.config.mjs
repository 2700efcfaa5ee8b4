// ESLint flat config.
//
// 1. Every TypeScript/JavaScript file (src/, test/, tools/, the config files):
//    ESLint's recommended rules plus typescript-eslint's recommendedTypeChecked,
//    typed through the project service (tsconfig.json).
// 2. The code that ships in main.js (PLUGIN_FILES): eslint-plugin-obsidianmd's
//    `recommended` config, exactly as exported, with no rule turned off or
//    down. It is scoped with `files` (defineConfig intersects that with each
//    block's own `files`), because it describes code that runs inside
//    Obsidian, on desktop and mobile: applied to the Node CLI, the tests or
//    the build scripts it would flag Node built-ins, bare timers and similar
//    things that are right there. test/build/lint-scope.test.ts checks that
//    every source file esbuild puts into main.js is in this scope.
//    Its package.json block (depend/ban-dependencies) runs on the root
//    package.json as shipped. Its manifest check (validate-manifest) is only
//    wired to *.ts/*.js files upstream, so it is wired to manifest.json here.
// 3. The Node CLI (NODE_CLI_FILES) gets Node's rules instead: an ES module
//    with no DOM and no CommonJS globals, output only through its injected
//    streams (src/cli/io.ts), an exit code instead of process.exit(), no
//    deprecated Node API, and the same bans on eval as the plugin.
// 4. Everything that runs on Node (the CLI, tests, tools, build scripts)
//    imports built-ins by their `node:` name and sees Node's globals.
import { builtinModules } from "node:module";
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import tseslint from "typescript-eslint";

const recommended = obsidianmd.configs.recommended;

/**
 * The source that esbuild bundles into main.js. What the plugin shares with
 * the command line (its words, the dashboard as text) is in src/core/present/.
 */
const PLUGIN_FILES = ["src/main.ts", "src/core/**", "src/ui/**", "src/obsidian/**", "src/shims/**"];

/** The Node command line, none of which main.js carries. */
const NODE_CLI_FILES = ["src/cli/**"];

/** Node's built-in modules by their bare names (`fs`, `fs/promises`, …), each to be imported as `node:<name>`. */
const bareBuiltins = builtinModules.filter((name) => !name.startsWith("_") && !name.startsWith("node:"));

/** Browser globals the CLI must not reach for: TypeScript's DOM types are in scope for the whole repository, Node has none of these. */
const DOM_GLOBALS = ["window", "document", "navigator", "location", "localStorage", "sessionStorage", "alert", "confirm", "prompt", "activeDocument", "activeWindow"];

/** CommonJS globals, which an ES module does not have. */
const COMMONJS_GLOBALS = ["require", "module", "exports", "__dirname", "__filename"];

/** @param {import("eslint").Linter.Config} block */
const isPackageJsonBlock = (block) => Array.isArray(block.files) && block.files.includes("package.json");

export default defineConfig([
	globalIgnores(["main.js", "styles.css", "dist/", "node_modules/", "coverage/", "examples/"]),

	{
		name: "alliance-journal/typescript",
		files: ["**/*.{ts,mts,cts,js,mjs,cjs}"],
		extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
			},
		},
		linterOptions: {
			reportUnusedDisableDirectives: "error",
			reportUnusedInlineConfigs: "error",
		},
	},

	{
		name: "alliance-journal/obsidianmd-recommended",
		files: PLUGIN_FILES,
		extends: [recommended.filter((block) => !isPackageJsonBlock(block))],
	},
	...recommended.filter(isPackageJsonBlock),
	{
		name: "alliance-journal/obsidianmd-manifest",
		files: ["manifest.json"],
		plugins: { obsidianmd },
		languageOptions: {
			parser: tseslint.parser,
			parserOptions: { extraFileExtensions: [".json"] },
		},
		rules: {
			"obsidianmd/validate-manifest": "error",
		},
	},

	{
		name: "alliance-journal/node-environment",
		files: ["src/cli/**", "test/**", "tools/**", "bin/**", "*.config.{ts,mjs}", "version-bump.mjs"],
		languageOptions: {
			globals: { ...globals.node },
		},
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: bareBuiltins.map((name) => ({
						name,
						message: `Import Node's built-in as "node:${name}", so it can never be mistaken for (or shadowed by) an npm package.`,
					})),
				},
			],
		},
	},
	{
		name: "alliance-journal/node-cli",
		files: NODE_CLI_FILES,
		rules: {
			"no-restricted-globals": [
				"error",
				...DOM_GLOBALS.map((name) => ({ name, message: "The CLI runs on Node, which has no DOM." })),
				...COMMONJS_GLOBALS.map((name) => ({ name, message: "The CLI is an ES module: use import and import.meta." })),
			],
			"no-restricted-properties": [
				"error",
				{
					object: "process",
					property: "exit",
					message: "Return an exit code (process.exitCode) instead: process.exit() can cut off output still being written.",
				},
			],
			"no-console": ["error"],
			"@typescript-eslint/no-deprecated": "error",
			"no-eval": "error",
			"no-new-func": "error",
			"no-self-compare": "error",
		},
	},
	{
		// bin/ holds a one-line wrapper around the built CLI (dist/, which is
		// not part of the TypeScript project), so it is linted without types.
		name: "alliance-journal/bin",
		files: ["bin/**"],
		extends: [tseslint.configs.disableTypeChecked],
	},
]);
