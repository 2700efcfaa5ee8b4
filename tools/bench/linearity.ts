/**
 * The linearity figures: for each hostile kind of note, how much longer
 * reading it takes when its pathological part grows tenfold (10 KB → 100 KB).
 * A linear reader takes about 10× as long; a quadratic one 100×. Also the time
 * one note of 200 KB takes, the size of the hostile test vault's notes.
 */
import { VaultIndex } from "../../src/core/index/vault-index";
import { HOSTILE_KINDS, type HostileKind } from "./hostile-notes";

const SMALL = 10 * 1024;
const LARGE = 100 * 1024;
const VAULT_NOTE = 200 * 1024;
/** Each figure is the best of this many runs: the least disturbed by other work on the machine. */
const RUNS = 3;

/** The figures for one hostile kind. */
export interface LinearityRow {
	name: string;
	smallMs: number;
	largeMs: number;
	/** largeMs / smallMs: about 10 when linear. */
	growth: number;
	/** One note with a 200 KB pathological part, indexed. */
	noteMs: number;
}

/** The best of {@link RUNS} times of indexing one note made at a size. */
function bestIndexTime(kind: HostileKind, size: number): number {
	const text = kind.make(size);
	let best = Number.POSITIVE_INFINITY;
	for (let run = 0; run < RUNS; run++) {
		const index = new VaultIndex();
		const started = performance.now();
		index.upsert(`Hostile/${kind.name}.md`, text, 1);
		index.problems();
		best = Math.min(best, performance.now() - started);
	}
	return best;
}

/**
 * Measures every hostile kind that grows with its size.
 *
 * @returns one row per kind, in the kinds' order
 */
export function measureLinearity(): LinearityRow[] {
	// One pass first, so the code is compiled before anything is timed.
	for (const kind of HOSTILE_KINDS) bestIndexTime(kind, SMALL);
	return HOSTILE_KINDS.filter((kind) => kind.scales).map((kind) => {
		const smallMs = bestIndexTime(kind, SMALL);
		const largeMs = bestIndexTime(kind, LARGE);
		return { name: kind.name, smallMs, largeMs, growth: largeMs / Math.max(smallMs, 0.001), noteMs: bestIndexTime(kind, VAULT_NOTE) };
	});
}
