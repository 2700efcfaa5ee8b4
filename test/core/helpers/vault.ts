import { expect } from "vitest";
import { type AllianceGroup, VaultIndex } from "../../../src/core/index/vault-index";
import type { Problem } from "../../../src/core/model";

/** A hand-made vault: note path → note text. */
export type Vault = Record<string, string>;

/** Undated notes, which some tests write on purpose. */
export const undatedNotes = (problem: Problem): boolean => problem.field === "date";

/**
 * The alliance named `name` from a hand-made vault. Fails when a note has a
 * problem the test does not expect, so the test data stays honest.
 *
 * @param tolerated the problems the test writes on purpose (none by default)
 */
export function allianceOf(vault: Vault, name = "Acme", tolerated: (problem: Problem) => boolean = () => false): AllianceGroup {
	const index = new VaultIndex();
	for (const [path, text] of Object.entries(vault)) index.upsert(path, text, 1);
	expect(index.problems().filter((problem) => !tolerated(problem))).toEqual([]);
	const group = index.alliances().find((candidate) => candidate.profile.basename === name);
	if (!group) throw new Error(`the vault has no alliance ${name}`);
	return group;
}
