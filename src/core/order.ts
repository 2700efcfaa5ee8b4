/**
 * Small helpers for ordering and rounding that several modules share.
 */

/**
 * Orders strings by code unit: stable across locales, and far cheaper than
 * `localeCompare` (paths and `YYYY-MM-DD` dates sort correctly this way).
 *
 * @example ["b", "a"].sort(compareText) // ["a", "b"]
 */
export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Rounds to a number of decimals, dropping float noise such as 0.30000000000000004.
 *
 * @example roundTo(0.1 + 0.2, 10) // 0.3
 */
export function roundTo(value: number, decimals: number): number {
	const rounded = Number(value.toFixed(decimals));
	// -0 reads badly in JSON and text: it is 0.
	return rounded === 0 ? 0 : rounded;
}

/**
 * Merges lists that are each in order into one list in order.
 *
 * @example mergeSortedRuns([[1, 4], [2, 3]], (a, b) => a - b) // [1, 2, 3, 4]
 */
export function mergeSortedRuns<T>(runs: readonly (readonly T[])[], compare: (a: T, b: T) => number): T[] {
	let lists = runs.filter((run) => run.length > 0);
	while (lists.length > 1) {
		const next: (readonly T[])[] = [];
		for (let position = 0; position < lists.length; position += 2) {
			const a = lists[position] ?? [];
			const b = lists[position + 1];
			if (!b) {
				next.push(a);
				continue;
			}
			const merged: T[] = [];
			let i = 0;
			let j = 0;
			while (i < a.length && j < b.length) {
				const left = a[i] as T;
				const right = b[j] as T;
				if (compare(left, right) <= 0) {
					merged.push(left);
					i++;
				} else {
					merged.push(right);
					j++;
				}
			}
			for (; i < a.length; i++) merged.push(a[i] as T);
			for (; j < b.length; j++) merged.push(b[j] as T);
			next.push(merged);
		}
		lists = next;
	}
	return [...(lists[0] ?? [])];
}
