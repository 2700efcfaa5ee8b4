import { expect } from "vitest";
import { type AllianceGroup, VaultIndex } from "../../../src/core/index/vault-index";

/** A hand-made vault: note path → note text. */
export type Vault = Record<string, string>;

/**
 * The alliance named `name` from a hand-made vault. Fails when a note has a
 * problem (other than a missing date, which some tests leave out on purpose),
 * so the test data stays honest.
 */
export function allianceOf(vault: Vault, name = "Acme"): AllianceGroup {
	const index = new VaultIndex();
	for (const [path, text] of Object.entries(vault)) index.upsert(path, text, 1);
	expect(index.problems().filter((problem) => problem.field !== "date")).toEqual([]);
	const group = index.alliances().find((candidate) => candidate.profile.basename === name);
	if (!group) throw new Error(`the vault has no alliance ${name}`);
	return group;
}
