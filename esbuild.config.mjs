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
 * plugin never calls (gray-matter requires "fs" for matter.read() only; main.js
 * now carries only gray-matter's reading half, see readingHalves, so this is a
 * safety net). They resolve to an empty module, so main.js also loads on
 * Obsidian mobile.
 */
const emptyModule = "./src/shims/empty.ts";
export const pluginAliases = { fs: emptyModule, "node:fs": emptyModule };

/**
 * The plugin reads Markdown and YAML; it never writes them from a syntax tree
 * or an object. Its libraries carry both directions (remark's stringifier
 * alone is about 30 KB), so in main.js a few of them are replaced by their
 * reading half, built from the same packages' own parts (each module is
 * resolved from the package it replaces, so it uses that package's own
 * dependencies). What they read, and how, is unchanged: the CLI and the tests
 * run the full packages, and the bundle test indexes a vault with main.js.
 * This keeps main.js within its 300 KB budget.
 *
 * @type {Record<string, { resolveDir: string, contents: string }>}
 */
const readingHalves = {
	// remark = unified + remark-parse + remark-stringify; remark-parse's parser is
	// exactly fromMarkdown with the extensions plugins register. This is that
	// parser, behind the part of unified's processor that plugins and
	// `.parse()` use (`data`, `use`, `parse`), without unified and vfile.
	remark: {
		resolveDir: "node_modules/remark-parse",
		contents: `import { fromMarkdown } from "mdast-util-from-markdown";
export function remark() {
	const data = {};
	const processor = {
		data(key) { return key === undefined ? data : data[key]; },
		use(plugin, ...options) { plugin.call(processor, ...options); return processor; },
		parse(document) {
			return fromMarkdown(String(document), { ...data.settings, extensions: data.micromarkExtensions || [], mdastExtensions: data.fromMarkdownExtensions || [] });
		},
	};
	return processor;
}
`,
	},
	// remark-gfm registers GFM for micromark, for mdast-util-from-markdown and
	// for mdast-util-to-markdown; the last is left out.
	"remark-gfm": {
		resolveDir: "node_modules/remark-gfm",
		contents: `import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
export default function remarkGfm(options) {
	const data = this.data();
	(data.micromarkExtensions || (data.micromarkExtensions = [])).push(gfm(options || {}));
	(data.fromMarkdownExtensions || (data.fromMarkdownExtensions = [])).push(gfmFromMarkdown());
}
`,
	},
	// GFM without autolink literals (bare URLs and e-mail addresses becoming
	// links). They are inline: they never change which blocks, list items or
	// table cells a note has, nor where those start and end, which is all
	// the plugin reads from the tree (src/core/parse/markdown.ts).
	"micromark-extension-gfm": {
		resolveDir: "node_modules/micromark-extension-gfm",
		contents: `import { combineExtensions } from "micromark-util-combine-extensions";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
export function gfm(options) {
	return combineExtensions([gfmFootnote(), gfmStrikethrough(options), gfmTable(), gfmTaskListItem()]);
}
`,
	},
	"mdast-util-gfm": {
		resolveDir: "node_modules/mdast-util-gfm",
		contents: `import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
export function gfmFromMarkdown() {
	return [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()];
}
`,
	},
	// gray-matter's parse path, as in its index.js (parseMatter, language,
	// excerpt with excerpt off), with its own js-yaml's loader (safeLoad)
	// and no dumper, stringify, sections or file reading.
	"gray-matter": {
		resolveDir: "node_modules/gray-matter",
		contents: `const { safeLoad } = require("js-yaml/lib/js-yaml/loader.js");
const engines = { yaml: { parse: safeLoad }, json: { parse: JSON.parse.bind(JSON) } };
const aliases = { yml: "yaml" };
function stripBom(text) { return text.charAt(0) === "\\ufeff" ? text.slice(1) : text; }
function textOf(input) {
	if (typeof input === "string") return stripBom(input);
	if (input && input.constructor && typeof input.constructor.isBuffer === "function" && input.constructor.isBuffer(input)) return stripBom(String(input));
	throw new TypeError("expected input to be a string or buffer");
}
function engine(name) {
	const found = engines[name] || engines[aliases[name.toLowerCase()] || name.toLowerCase()];
	if (found === undefined) throw new Error('gray-matter engine "' + name + '" is not registered');
	return found;
}
function matter(input, options) {
	if (input === "") return { data: {}, content: input, excerpt: "" };
	const opts = Object.assign({}, options);
	const delimiters = [].concat(opts.delims || opts.delimiters || "---");
	if (delimiters.length === 1) delimiters.push(delimiters[0]);
	const file = { content: textOf(input), data: {}, excerpt: "", language: (opts.language || opts.lang || "yaml").toLowerCase() };
	const open = delimiters[0];
	const close = "\\n" + delimiters[1];
	let str = file.content;
	if (str.slice(0, open.length) !== open) return file;
	if (str.charAt(open.length) === open.slice(-1)) return file;
	str = str.slice(open.length);
	const length = str.length;
	const language = str.slice(0, str.search(/\\r?\\n/));
	if (language && language.trim()) {
		file.language = language.trim();
		str = str.slice(language.length);
	}
	let closeIndex = str.indexOf(close);
	if (closeIndex === -1) closeIndex = length;
	const block = str.slice(0, closeIndex);
	file.data = block.replace(/^\\s*#[^\\n]+/gm, "").trim() === "" ? {} : engine(file.language).parse(block, opts);
	if (file.data == null) file.data = {};
	file.content = closeIndex === length ? "" : str.slice(closeIndex + close.length).replace(/^\\r/, "").replace(/^\\n/, "");
	return file;
}
module.exports = matter;
`,
	},
	// date-fns locales carry parsing (match) and relative wording
	// (formatDistance, formatRelative) beside what format() uses.
	"date-fns/locale/en-US": {
		resolveDir: "node_modules/date-fns/locale",
		contents: `import { formatLong } from "./en-US/_lib/formatLong.js";
import { localize } from "./en-US/_lib/localize.js";
export const enUS = { code: "en-US", formatLong, localize, options: { weekStartsOn: 0, firstWeekContainsDate: 1 } };
export default enUS;
`,
	},
	"date-fns/locale/nl": {
		resolveDir: "node_modules/date-fns/locale",
		contents: `import { formatLong } from "./nl/_lib/formatLong.js";
import { localize } from "./nl/_lib/localize.js";
export const nl = { code: "nl", formatLong, localize, options: { weekStartsOn: 1, firstWeekContainsDate: 4 } };
export default nl;
`,
	},
};

/** js-yaml's loader reads the unsafe full schema (JavaScript functions and regular expressions) only for `load`; gray-matter calls `safeLoad`. */
const JS_YAML_LOADER = /gray-matter[\\/]node_modules[\\/]js-yaml[\\/]lib[\\/]js-yaml[\\/]loader\.js$/;

/**
 * Resolves the modules of {@link readingHalves} to their reading half, and
 * gives js-yaml's loader only the safe schema.
 * @type {esbuild.Plugin}
 */
const readingHalvesPlugin = {
	name: "reading-halves",
	setup(build) {
		const names = Object.keys(readingHalves).map((name) => name.replace(/[-/]/g, "\\$&"));
		build.onResolve({ filter: new RegExp(`^(?:${names.join("|")})$`) }, (args) => ({ path: args.path, namespace: "reading-halves" }));
		build.onResolve({ filter: /^\.\/schema\/default_full$/ }, (args) =>
			JS_YAML_LOADER.test(args.importer) ? { path: path.join(path.dirname(args.importer), "schema/default_safe.js") } : undefined,
		);
		build.onLoad({ filter: /.*/, namespace: "reading-halves" }, (args) => {
			const half = readingHalves[args.path];
			return half ? { contents: half.contents, resolveDir: path.join(rootDir, half.resolveDir), loader: "js" } : undefined;
		});
	},
};

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
		plugins: copyStyles ? [readingHalvesPlugin, copyStylesPlugin] : [readingHalvesPlugin],
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
