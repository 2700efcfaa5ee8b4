/**
 * The plugin on a vault that also holds one hostile note of every kind, placed
 * first in the vault: every other note is still indexed, the dashboard is the
 * one the example vault has on its own, and the hostile notes become problems
 * on themselves, never a blank dashboard.
 */
import { describe, expect, it } from "vitest";
import { HOSTILE_KINDS, hostileFileName } from "../../tools/bench/hostile-notes";
import { cliModel, readVaultFiles, startPlugin } from "./plugin-harness";

/**
 * The size of each pathological part. The CLI's hostile-vault test reads them
 * at 200 KB; here obsidian-test-mocks' own metadata cache reads every file
 * too, and its link scanner is quadratic in a run of `[[` (about 1 s at 20 KB,
 * minutes at 200 KB), so the in-memory vault gets 20 KB ones.
 */
const PATHOLOGICAL_BYTES = 20 * 1024;
/** A folder name that sorts before every folder of the example vault. */
const FIRST_FOLDER = "000 Pasted";

/**
 * obsidian-test-mocks builds its metadata cache with the `yaml` package, which
 * refuses the "billion laughs" by throwing while the in-memory App is made, so
 * that one kind cannot be put in the in-memory vault (Obsidian itself reads
 * it); the CLI's hostile-vault test (test/cli/hostile) covers it.
 */
const NOT_IN_THE_MOCK = new Set(["exponential aliases"]);

function hostileFiles(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const kind of HOSTILE_KINDS.filter((candidate) => !NOT_IN_THE_MOCK.has(candidate.name))) files[`${FIRST_FOLDER}/${hostileFileName(kind)}`] = kind.make(PATHOLOGICAL_BYTES);
	files[`${FIRST_FOLDER}/Escapes.md`] = '---\ntype: alliance-meeting\nalliance: "[[Acme]]"\ndate: 2026-11-03\n---\n## Conflicts\n- \u001b[31mRed\u001b[0m \u001b]0;title\u0007 pricing\n';
	return files;
}

/** What a person sees per alliance: its name and how many notes it has. */
function allianceCounts(model: ReturnType<typeof cliModel>) {
	return model.alliances.map((alliance) => ({ name: alliance.name, counts: alliance.counts, kpis: alliance.kpis.length }));
}

describe("the plugin on a vault with a hostile note of every kind first", () => {
	it("indexes every other note: each alliance of the example vault is there, whole", async () => {
		const harness = await startPlugin({ ...hostileFiles(), ...readVaultFiles() });
		const model = harness.plugin.dashboard.model();
		expect(allianceCounts(model)).toEqual(allianceCounts(cliModel()));
		expect(model.alliances.length).toBeGreaterThan(0);
	});

	it("turns the hostile notes into problems on those notes, not on the rest", async () => {
		const harness = await startPlugin({ ...hostileFiles(), ...readVaultFiles() });
		const problems = harness.plugin.dashboard.model().problems;
		const onHostile = problems.filter((problem) => problem.path.startsWith(`${FIRST_FOLDER}/`));
		expect(onHostile.map((problem) => problem.code)).toEqual(expect.arrayContaining(["yaml-alias", "section-read-line-by-line"]));
		const exampleProblems = cliModel().problems.map((problem) => `${problem.path}:${problem.line}:${problem.code}`);
		const otherProblems = problems.filter((problem) => !problem.path.startsWith(`${FIRST_FOLDER}/`)).map((problem) => `${problem.path}:${problem.line}:${problem.code}`);
		expect(otherProblems).toEqual(exampleProblems);
	});
});
