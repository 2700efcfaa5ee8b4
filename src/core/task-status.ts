/**
 * Task statuses as the Tasks plugin has them: the symbol between a task's
 * brackets (`- [/] …`) has a status type, and the type decides whether the
 * task is open, done, cancelled or not a task at all. The parser keeps the
 * symbol as written; the analytics apply a {@link StatusTypes} map, so a
 * change of the user's Tasks settings needs no note parsed again.
 */

/** The status types of the Tasks plugin (`ON_HOLD` since Tasks 7.23). */
export const STATUS_TYPES = ["TODO", "IN_PROGRESS", "ON_HOLD", "DONE", "CANCELLED", "NON_TASK"] as const;
export type StatusType = (typeof STATUS_TYPES)[number];

/** Each known status symbol's type, e.g. `{ " ": "TODO", "/": "IN_PROGRESS" }`. */
export type StatusTypes = Readonly<Record<string, StatusType>>;

/**
 * The statuses Tasks registers before any setting: its two core statuses
 * (` ` Todo, `x` Done) and its two default custom ones (`/` In Progress,
 * `-` Cancelled). `X` is not registered, but is conventionally done.
 */
export const DEFAULT_STATUS_TYPES: StatusTypes = { " ": "TODO", x: "DONE", "/": "IN_PROGRESS", "-": "CANCELLED" };

/**
 * The type of a symbol no status setting names: the conventional one for
 * `x`/`X`, `/` and `-` (Tasks' "conventional type"), else TODO, as Tasks
 * treats an unknown symbol.
 */
function conventionalType(symbol: string): StatusType {
	if (symbol === "x" || symbol === "X") return "DONE";
	if (symbol === "/") return "IN_PROGRESS";
	if (symbol === "-") return "CANCELLED";
	return "TODO";
}

/**
 * The status type of a symbol.
 *
 * @param symbol the character between the brackets; `undefined` for a list item without brackets (a TODO)
 * @param types the user's status settings, or {@link DEFAULT_STATUS_TYPES}
 * @example statusTypeOf("-", DEFAULT_STATUS_TYPES) // "CANCELLED"
 * @example statusTypeOf("?", DEFAULT_STATUS_TYPES) // "TODO"
 */
export function statusTypeOf(symbol: string | undefined, types: StatusTypes): StatusType {
	if (symbol === undefined) return "TODO";
	return Object.prototype.hasOwnProperty.call(types, symbol) ? (types[symbol] ?? "TODO") : conventionalType(symbol);
}

/**
 * Whether a task of this type still needs work: TODO, IN_PROGRESS and
 * ON_HOLD (Tasks' `not done`). DONE, CANCELLED and NON_TASK never are.
 */
export function isOpenStatus(type: StatusType): boolean {
	return type === "TODO" || type === "IN_PROGRESS" || type === "ON_HOLD";
}

/** Whether the type closes a conflict: DONE or CANCELLED (a cancelled conflict is no longer open). */
export function isClosedStatus(type: StatusType): boolean {
	return type === "DONE" || type === "CANCELLED";
}

function isStatusType(value: unknown): value is StatusType {
	return typeof value === "string" && (STATUS_TYPES as readonly string[]).includes(value);
}

/** The statuses of one list of Tasks' settings, first symbol first. */
function addStatuses(types: Record<string, StatusType>, list: unknown): void {
	if (!Array.isArray(list)) return;
	for (const entry of list as unknown[]) {
		if (typeof entry !== "object" || entry === null) continue;
		const { symbol, type } = entry as { symbol?: unknown; type?: unknown };
		// One character (a letter outside the Basic Multilingual Plane is two code units).
		if (typeof symbol !== "string" || symbol === "" || [...symbol].length !== 1) continue;
		if (Object.prototype.hasOwnProperty.call(types, symbol)) continue;
		// Tasks reads a type it does not know as TODO.
		types[symbol] = isStatusType(type) ? type : "TODO";
	}
}

/**
 * The status types of the Tasks plugin's saved settings (its `data.json`,
 * already parsed): `statusSettings.coreStatuses`, then
 * `statusSettings.customStatuses`, each `{ symbol, name, nextStatusSymbol,
 * type }`. The first status with a symbol wins, as in Tasks' registry; the
 * defaults fill in a symbol the settings leave out. Anything else in the file
 * is ignored; settings of another shape give the defaults.
 *
 * @param settings the parsed `data.json`
 * @example statusTypesFromTasksSettings({ statusSettings: { coreStatuses: [], customStatuses: [{ symbol: "d", type: "DONE" }] } }).d // "DONE"
 */
export function statusTypesFromTasksSettings(settings: unknown): StatusTypes {
	const types: Record<string, StatusType> = {};
	if (typeof settings === "object" && settings !== null) {
		const statusSettings = (settings as { statusSettings?: unknown }).statusSettings;
		if (typeof statusSettings === "object" && statusSettings !== null) {
			const { coreStatuses, customStatuses } = statusSettings as { coreStatuses?: unknown; customStatuses?: unknown };
			addStatuses(types, coreStatuses);
			addStatuses(types, customStatuses);
		}
	}
	for (const [symbol, type] of Object.entries(DEFAULT_STATUS_TYPES)) if (!Object.prototype.hasOwnProperty.call(types, symbol)) types[symbol] = type;
	return types;
}

/**
 * The status types of the text of Tasks' `data.json`; the defaults when the
 * text is not JSON (a half-written file is not the user's intent).
 *
 * @param text the file's content
 */
export function statusTypesFromTasksSettingsText(text: string): StatusTypes {
	try {
		return statusTypesFromTasksSettings(JSON.parse(text) as unknown);
	} catch {
		return DEFAULT_STATUS_TYPES;
	}
}

/** Where Tasks keeps its settings, inside the vault's configuration folder. */
export const TASKS_SETTINGS_PATH = "plugins/obsidian-tasks-plugin/data.json";

/** Anything with a status symbol (a body item). */
interface WithStatus {
	status?: string;
}

/**
 * Whether an action still needs work (its type is TODO, IN_PROGRESS or ON_HOLD).
 *
 * @example isOpenItem({ status: "-" }, DEFAULT_STATUS_TYPES) // false
 */
export function isOpenItem(item: WithStatus, types: StatusTypes): boolean {
	return isOpenStatus(statusTypeOf(item.status, types));
}

/**
 * Whether an action is done (its type is DONE; a cancelled action is not done, and not open either).
 *
 * @example isDoneItem({ status: "X" }, DEFAULT_STATUS_TYPES) // true
 */
export function isDoneItem(item: WithStatus, types: StatusTypes): boolean {
	return statusTypeOf(item.status, types) === "DONE";
}

/**
 * Whether a conflict is resolved: its status is DONE or CANCELLED (a
 * cancelled conflict is no longer open).
 *
 * @example isResolvedItem({ status: "-" }, DEFAULT_STATUS_TYPES) // true
 */
export function isResolvedItem(item: WithStatus, types: StatusTypes): boolean {
	return isClosedStatus(statusTypeOf(item.status, types));
}
