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
