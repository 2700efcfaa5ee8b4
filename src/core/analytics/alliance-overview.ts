/**
 * The headline facts per alliance: who the partner is, where the alliance
 * stands, how much has been written about it, and what is wrong in its notes.
 */
import type { AllianceGroup } from "../index/vault-index";
import type { AlliancePhase, AllianceStatus, CalendarDate, Problem } from "../model";

export interface AllianceOverview {
	/** The alliance's name: its profile's file name. */
	name: string;
	path: string;
	partner?: string;
	status?: AllianceStatus;
	phase?: AlliancePhase;
	meetings: number;
	reflections: number;
	stakeholders: number;
	firstMeeting?: CalendarDate;
	lastMeeting?: CalendarDate;
	/** Problems in the profile and in the notes that belong to this alliance. */
	problems: Problem[];
}

/**
 * Summarises one alliance.
 *
 * @param group the alliance and its notes, from the index
 * @param problems every problem in the vault; those of this alliance's notes are kept
 */
export function allianceOverview(group: AllianceGroup, problems: readonly Problem[]): AllianceOverview {
	const paths = new Set<string>([
		group.profile.path,
		...group.meetings.map((note) => note.path),
		...group.reflections.map((note) => note.path),
	]);
	const dates = group.meetings.map((meeting) => meeting.date).filter((date): date is string => date !== undefined);
	const overview: AllianceOverview = {
		name: group.profile.basename,
		path: group.profile.path,
		meetings: group.meetings.length,
		reflections: group.reflections.length,
		stakeholders: group.stakeholders.length,
		problems: problems.filter((problem) => paths.has(problem.path)),
	};
	if (group.profile.partner !== undefined) overview.partner = group.profile.partner;
	if (group.profile.status !== undefined) overview.status = group.profile.status;
	if (group.profile.phase !== undefined) overview.phase = group.profile.phase;
	if (dates.length > 0) {
		overview.firstMeeting = dates.reduce((a, b) => (a < b ? a : b));
		overview.lastMeeting = dates.reduce((a, b) => (a > b ? a : b));
	}
	return overview;
}
