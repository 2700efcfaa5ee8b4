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
 * arrays: placing an alliance's items reads those, not the items themselves
 * (tens of thousands of objects spread over the heap at 20,000 meetings).
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

	/** Takes one alliance's items out of the merged list and puts its new items in their places. */
	private replace(source: number, run: readonly BriefingItem[], places: readonly number[]): void {
		const { items, priorities, sources } = this;
		const place = places[source] ?? 0;
		// Where each new item goes: after every merged item whose key is not greater. The
		// alliance's old items among those are left out below, so the place is the same without them.
		const at = new Int32Array(run.length);
		let low = 0;
		run.forEach((item, position) => {
			let high = items.length;
			while (low < high) {
				const middle = (low + high) >>> 1;
				const other = sources[middle] as number;
				const compared = (priorities[middle] as number) - item.priority || (places[other] as number) - place || other - source;
				if (compared <= 0) low = middle + 1;
				else high = middle;
			}
			at[position] = low;
		});
		const size = items.length - (this.runs[source]?.length ?? 0) + run.length;
		const nextItems = new Array<BriefingItem>(size);
		const nextPriorities = new Float64Array(size);
		const nextSources = new Int32Array(size);
		let out = 0;
		let from = 0;
		const take = (item: BriefingItem, priority: number, itemSource: number): void => {
			nextItems[out] = item;
			nextPriorities[out] = priority;
			nextSources[out] = itemSource;
			out++;
		};
		for (let position = 0; position < items.length; position++) {
			for (; from < run.length && (at[from] as number) <= position; from++) take(run[from] as BriefingItem, (run[from] as BriefingItem).priority, source);
			if (sources[position] !== source) take(items[position] as BriefingItem, priorities[position] as number, sources[position] as number);
		}
		for (; from < run.length; from++) take(run[from] as BriefingItem, (run[from] as BriefingItem).priority, source);
		this.items = nextItems;
		this.priorities = nextPriorities;
		this.sources = nextSources;
		this.runs[source] = run;
	}
}
