#!/usr/bin/env node
// Entry point of the `alliance-journal` command. The CLI itself is bundled by
// `npm run build` into dist/cli.mjs (see esbuild.config.mjs).
import "../dist/cli.mjs";
