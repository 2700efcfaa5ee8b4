/// <reference types="node" />
// Runs from the "version" npm script, i.e. inside `npm version <new-version>`
// after package.json has been bumped and before npm commits. It copies the new
// version into manifest.json and records it in versions.json, which maps each
// plugin version to the oldest Obsidian version (minAppVersion) it supports.
import { readFileSync, writeFileSync } from "node:fs";
import process from "node:process";

const version = process.env.npm_package_version;
if (!version) {
	console.error("version-bump.mjs: npm_package_version is not set; run it through `npm version <new-version>`.");
	process.exit(1);
}

/**
 * @param {string} file
 * @returns {Record<string, unknown>}
 */
function readJson(file) {
	/** @type {unknown} */
	const value = JSON.parse(readFileSync(file, "utf8"));
	if (typeof value !== "object" || value === null || Array.isArray(value)) {
		throw new Error(`version-bump.mjs: ${file} does not hold a JSON object.`);
	}
	return /** @type {Record<string, unknown>} */ (value);
}

/**
 * @param {string} file
 * @param {unknown} value
 */
function writeJson(file, value) {
	writeFileSync(file, `${JSON.stringify(value, null, "\t")}\n`);
}

const manifest = readJson("manifest.json");
const minAppVersion = manifest.minAppVersion;
if (typeof minAppVersion !== "string") {
	console.error("version-bump.mjs: manifest.json has no string minAppVersion.");
	process.exit(1);
}
writeJson("manifest.json", { ...manifest, version });

const versions = readJson("versions.json");
if (versions[version] !== minAppVersion) {
	writeJson("versions.json", { ...versions, [version]: minAppVersion });
}
console.log(`version-bump.mjs: manifest.json and versions.json now at ${version} (minAppVersion ${minAppVersion}).`);
