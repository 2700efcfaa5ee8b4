// Stand-in for Node built-ins in the plugin bundle (see esbuild.config.mjs).
// gray-matter calls require("fs") when it loads but only uses it in
// matter.read(), which the plugin never calls; Obsidian mobile has no "fs".
export {};
