/**
 * Folding text to the form in which wordings are compared.
 */

/**
 * Lower case, no accents, apostrophes dropped, and every run of other
 * punctuation, symbols or emoji turned into one space.
 *
 * @example foldText("Prijs-afspraken (Q3)!") // "prijs afspraken q3"
 */
export function foldText(text: string): string {
	return text
		.normalize("NFKD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/['’`]/g, "")
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}
