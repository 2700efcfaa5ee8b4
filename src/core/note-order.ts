/**
 * The order of an alliance's notes, which decides "the latest": by date, then
 * on one date by `time`, then by the file's modification time, then by path.
 * A note without a time comes before one with a time on the same date (it
 * says less about when it happened); an undated note comes after every dated one.
 */
import { compareText } from "./order";

/** What orders a note: its date and time, and where it is. */
export interface OrderedNote {
	date?: string;
	time?: string;
	path: string;
}

/** The file's modification time of a path (milliseconds), when known. */
export type ModifiedAt = (path: string) => number | undefined;

/** What decided which of two notes on one date is the later: a code the presentation layer words. */
export type SameDayReason = "time" | "modified" | "path";

/** Sorts after every real date. */
const UNDATED = "9999-99-99";

/**
 * Which key decides between two notes of one date.
 *
 * @example sameDayReason({ date: "2026-11-19", time: "09:00", path: "b.md" }, { date: "2026-11-19", time: "15:30", path: "a.md" }, () => 1) // "time"
 */
export function sameDayReason(a: OrderedNote, b: OrderedNote, modifiedAt: ModifiedAt): SameDayReason {
	if ((a.time ?? "") !== (b.time ?? "")) return "time";
	if ((modifiedAt(a.path) ?? 0) !== (modifiedAt(b.path) ?? 0)) return "modified";
	return "path";
}

/**
 * Orders notes oldest first: by date, then time, then modification time, then path.
 *
 * @param modifiedAt each path's modification time (unknown counts as 0)
 * @example [later, earlier].sort(byNoteOrder(() => 0)) // [earlier, later]
 */
export function byNoteOrder(modifiedAt: ModifiedAt): (a: OrderedNote, b: OrderedNote) => number {
	return (a, b) =>
		compareText(a.date ?? UNDATED, b.date ?? UNDATED) ||
		compareText(a.time ?? "", b.time ?? "") ||
		(modifiedAt(a.path) ?? 0) - (modifiedAt(b.path) ?? 0) ||
		compareText(a.path, b.path);
}
