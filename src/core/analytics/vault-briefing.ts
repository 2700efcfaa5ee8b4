/**
 * The vault-wide briefing: every alliance's briefing merged in the order of
 * attention, kept between builds so an edit merges only the alliance whose
 * briefing changed. The order is the one a merge of all briefings gives: by
 * priority, then by the alliance's place (an alliance name used twice takes
 * the last place of that name for both), then by the alliance's position.
 */
import type { AllianceDashboard, BriefingItem } from "./dashboard-model";

/**
 * The merged briefing with each item's sort key beside it, in plain number
 * arrays: placing an alliance's items reads those, in order, not the items
 * themselves (tens of thousands of objects spread over the heap at 20,000 meetings).
 *
 * @example
 * const briefing = new VaultBriefing();
 * briefing.merge(model.alliances) // every alliance's items, most urgent first
 */
export class VaultBriefing {
	private items: BriefingItem[] = [];
	/** Each item's priority. */
	private priorities = new Float64Array(0);
	/** Each item's alliance (its position in the list of alliances). */
	private sources = new Int32Array(0);
	/** Key arrays to write the next merge into (longer than the list: only the first `items.length` count). */
	private spare = { priorities: new Float64Array(0), sources: new Int32Array(0) };
	/** Each alliance's items as last merged. */
	private runs: (readonly BriefingItem[])[] = [];
	private names: readonly string[] = [];

	/**
	 * Every alliance's briefing items in one list, in order. A new list when
	 * an alliance's items changed; a list returned before is never changed.
	 *
	 * @param alliances the alliances in the dashboard's order
	 */
	merge(alliances: readonly AllianceDashboard[]): BriefingItem[] {
		const names = alliances.map((alliance) => alliance.name);
		if (names.length !== this.names.length || names.some((name, position) => name !== this.names[position])) {
			this.items = [];
			this.priorities = new Float64Array(0);
			this.sources = new Int32Array(0);
			this.spare = { priorities: new Float64Array(0), sources: new Int32Array(0) };
			this.runs = names.map(() => []);
			this.names = names;
		}
		// Equal priorities keep the alliances' order by name.
		const placeOf = new Map(names.map((name, position) => [name, position]));
		const places = names.map((name) => placeOf.get(name) ?? 0);
		alliances.forEach((alliance, position) => {
			const run = alliance.briefing.items;
			if (run !== this.runs[position]) this.replace(position, run, places);
		});
		return this.items;
	}

	/**
	 * Takes one alliance's items out of the merged list and puts its new items
	 * in their places, in one pass over the merged keys: a new item goes just
	 * before the first merged item whose key is greater than its own.
	 */
	private replace(source: number, run: readonly BriefingItem[], places: readonly number[]): void {
		const { items, priorities, sources } = this;
		const place = places[source] ?? 0;
		const runPriorities = new Float64Array(run.length);
		run.forEach((item, position) => {
			runPriorities[position] = item.priority;
		});
		const size = items.length - (this.runs[source]?.length ?? 0) + run.length;
		const nextItems = new Array<BriefingItem>(size);
		// The key arrays of the build before are not in any model: this merge writes into them.
		if (this.spare.priorities.length < size) this.spare = { priorities: new Float64Array(size + (size >> 2)), sources: new Int32Array(size + (size >> 2)) };
		const { priorities: nextPriorities, sources: nextSources } = this.spare;
		let out = 0;
		let from = 0;
		for (let position = 0; position < items.length; position++) {
			const itemSource = sources[position] as number;
			const priority = priorities[position] as number;
			// Equal keys are the alliance's own old items, which are left out: the new item goes after them.
			for (; from < run.length; from++) {
				const compared = priority - (runPriorities[from] as number) || (places[itemSource] as number) - place || itemSource - source;
				if (compared <= 0) break;
				nextItems[out] = run[from] as BriefingItem;
				nextPriorities[out] = runPriorities[from] as number;
				nextSources[out] = source;
				out++;
			}
			if (itemSource === source) continue;
			nextItems[out] = items[position] as BriefingItem;
			nextPriorities[out] = priority;
			nextSources[out] = itemSource;
			out++;
		}
		for (; from < run.length; from++) {
			nextItems[out] = run[from] as BriefingItem;
			nextPriorities[out] = runPriorities[from] as number;
			nextSources[out] = source;
			out++;
		}
		this.spare = { priorities, sources };
		this.items = nextItems;
		this.priorities = nextPriorities;
		this.sources = nextSources;
		this.runs[source] = run;
	}
}
