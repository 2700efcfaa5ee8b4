// ESLint flat config.
//
// 1. Every TypeScript/JavaScript file (src/, test/, the config files): ESLint's
//    recommended rules plus typescript-eslint's recommendedTypeChecked, typed
//    through the project service (tsconfig.json).
// 2. src/** (all of it, src/cli included): eslint-plugin-obsidianmd's
//    `recommended` config, exactly as exported, with no rule turned off or
//    down. It is scoped to src/ with `files` (defineConfig intersects that
//    with each block's own `files`), because it describes code that ships in
//    the plugin: applied to test/ or the build scripts it would flag Node
//    built-ins, bare timers and similar things that are right there.
//    Its package.json block (depend/ban-dependencies) runs on the root
//    package.json as shipped. Its manifest check (validate-manifest) is only
//    wired to *.ts/*.js files upstream, so it is wired to manifest.json here.
// 3. Environments: Node globals for the CLI, tests and build scripts.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import tseslint from "typescript-eslint";

const recommended = obsidianmd.configs.recommended;

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
		files: ["src/**"],
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
	},
	{
		// bin/ holds a one-line wrapper around the built CLI (dist/, which is
		// not part of the TypeScript project), so it is linted without types.
		name: "alliance-journal/bin",
		files: ["bin/**"],
		extends: [tseslint.configs.disableTypeChecked],
	},
]);
