/**
 * A chart's values in words, for its accessible name.
 */

/**
 * The values of a series in words, the latest ones when there are many:
 * "… 93, 90, 88, 87".
 *
 * @example valuesInWords(["1", "2", "3"], 2) // "… 2, 3"
 */
export function valuesInWords(values: readonly string[], keep = 6): string {
	if (values.length <= keep) return values.join(", ");
	return `… ${values.slice(-keep).join(", ")}`;
}
