/**
 * One alliance's entries of some kind (open actions, quick wins), made per
 * note and kept in order between builds. The index keeps the object of every
 * note that did not change, so after an edit only the notes that came or went
 * are read again, and their entries are taken out of or placed into the list
 * kept from the build before; no other note is read, no other entry made.
 */

/** The first position in `items` (sorted by `compare`) from `low` on whose item comes after `item`. */
function upperBound<T>(items: readonly T[], item: T, compare: (a: T, b: T) => number, low: number): number {
	let high = items.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (compare(items[middle] as T, item) <= 0) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * Merges entries into a sorted list: a new list, the old one left as it was.
 *
 * @param sorted in order by `compare`
 * @param added in order by `compare`
 */
function mergeInto<E>(sorted: readonly E[], added: readonly E[], compare: (a: E, b: E) => number): E[] {
	const result: E[] = [];
	let from = 0;
	let low = 0;
	for (const entry of added) {
		low = upperBound(sorted, entry, compare, low);
		for (; from < low; from++) result.push(sorted[from] as E);
		result.push(entry);
	}
	for (; from < sorted.length; from++) result.push(sorted[from] as E);
	return result;
}

/**
 * The notes that went and came between two lists of distinct notes. The
 * index keeps the order of the notes that did not change, so the lists are
 * compared from both ends by identity, and only the part between is hashed.
 *
 * @example changedNotes([a, b, c], [a, b2, c]) // { removed: [b], added: [b2] }
 */
export function changedNotes<N>(before: readonly N[], after: readonly N[]): { removed: N[]; added: N[] } {
	let start = 0;
	while (start < before.length && start < after.length && before[start] === after[start]) start++;
	let endBefore = before.length;
	let endAfter = after.length;
	while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
		endBefore--;
		endAfter--;
	}
	const middleBefore = new Set(before.slice(start, endBefore));
	const middleAfter = new Set(after.slice(start, endAfter));
	return {
		removed: [...middleBefore].filter((note) => !middleAfter.has(note)),
		added: [...middleAfter].filter((note) => !middleBefore.has(note)),
	};
}

/**
 * The entries of a list of notes, in order, updated from the last list by
 * the notes that came and went. `compare` must be a total order on the
 * entries (no two entries equal), so the list is the one sorting them all
 * gives, however it was made. When the notes that changed have the very
 * entries they had (a decision or a paragraph edited, not an action), the
 * list is the same list as last time, so what is made from it can be kept too.
 *
 * @example
 * const actions = new NoteEntries(byDue);
 * actions.of(group.meetings, [today, statusTypes], (note) => openActionsOf(note)) // sorted
 */
export class NoteEntries<N extends object, E> {
	private context: readonly unknown[] | undefined;
	private notes: readonly N[] = [];
	private sorted: E[] = [];

	/** @param compare a total order on the entries */
	constructor(private readonly compare: (a: E, b: E) => number) {}

	/**
	 * Every entry of the notes, in order. The same list as last time when no
	 * note came or went; a list returned before is never changed.
	 *
	 * @param notes the notes now
	 * @param context what entries depend on besides their note (the day, the settings): compared item by item, by identity; when it changes every note is read again
	 * @param entriesOf the entries of one note (the same note in the same context gives equal entries)
	 */
	of(notes: readonly N[], context: readonly unknown[], entriesOf: (note: N) => readonly E[]): E[] {
		if (this.context === undefined || context.length !== this.context.length || context.some((value, position) => value !== this.context?.[position])) {
			this.context = context;
			this.notes = [];
			this.sorted = [];
		}
		const { removed, added: came } = changedNotes(this.notes, notes);
		this.notes = notes;
		// The entries of the notes that went are made again (the same day and settings make equal entries)
		// and found by binary search: the order is total, so the one equal entry in the list is the old one.
		const gone = new Set<number>();
		for (const note of removed) {
			for (const entry of entriesOf(note)) {
				const at = upperBound(this.sorted, entry, this.compare, 0) - 1;
				if (at >= 0 && this.compare(this.sorted[at] as E, entry) === 0) gone.add(at);
			}
		}
		const added: E[] = [];
		for (const note of came) for (const entry of entriesOf(note)) added.push(entry);
		if (gone.size === added.length && this.holdsAll(added, gone)) return this.sorted;
		const kept = gone.size === 0 ? this.sorted : this.sorted.filter((_, position) => !gone.has(position));
		this.sorted = added.length === 0 ? kept : mergeInto(kept, added.sort(this.compare), this.compare);
		return this.sorted;
	}

	/** Whether each entry is one the list holds at one of the given positions, saying the same (so the list stays as it is). */
	private holdsAll(entries: readonly E[], positions: ReadonlySet<number>): boolean {
		for (const entry of entries) {
			const at = upperBound(this.sorted, entry, this.compare, 0) - 1;
			// Entries are records of plain values, written by one function: the same JSON is the same entry.
			if (!positions.has(at) || JSON.stringify(this.sorted[at]) !== JSON.stringify(entry)) return false;
		}
		return true;
	}
}

/**
 * The notes replaced in place between two lists of the same length: each
 * pair of the note before and the note after at one position. Undefined when
 * a note came, went or moved (the lists differ in length, or more than
 * `limit` positions changed).
 *
 * @example replacedInPlace([a, b, c], [a, b2, c]) // [[b, b2, 1]]
 */
export function replacedInPlace<N>(before: readonly N[], after: readonly N[], limit = REPLACED_LIMIT): [N, N, number][] | undefined {
	if (before.length !== after.length) return undefined;
	const pairs: [N, N, number][] = [];
	for (let position = 0; position < after.length; position++) {
		if (before[position] === after[position]) continue;
		if (pairs.length === limit) return undefined;
		pairs.push([before[position] as N, after[position] as N, position]);
	}
	return pairs;
}

/** More notes replaced than this at once: analysing the alliance again costs no more than comparing them. */
const REPLACED_LIMIT = 8;
