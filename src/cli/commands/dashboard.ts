/// <reference types="node" />
/**
 * `alliance-journal dashboard [vault] [--json]`: per alliance, the partner,
 * phase, how many meetings, reflections and stakeholders, the first and last
 * meeting, and the problems in its notes.
 */
import { allianceOverview, type AllianceOverview } from "../../core/analytics/alliance-overview";
import type { Problem } from "../../core/model";
import { parseArgs } from "../args";
import type { CliIo } from "../io";
import { loadVault } from "../load-vault";

export const DASHBOARD_USAGE = `Usage: alliance-journal dashboard [vault] [--json]

Shows every alliance in the vault folder (default: the current folder).
  --json   print the dashboard as JSON`;

export interface DashboardJson {
	alliances: AllianceOverview[];
	/** Problems in notes that belong to no alliance (such as a meeting whose alliance link does not resolve). */
	unattachedProblems: Problem[];
	problemCount: number;
}

function describe(overview: AllianceOverview): string[] {
	const lines = [`${overview.name}${overview.partner ? ` — ${overview.partner}` : ""}`];
	const standing = [overview.status, overview.phase ? `phase ${overview.phase}` : undefined].filter(Boolean).join(", ");
	if (standing) lines.push(`  ${standing}`);
	lines.push(`  ${overview.meetings} meetings, ${overview.reflections} reflections, ${overview.stakeholders} stakeholders`);
	if (overview.firstMeeting && overview.lastMeeting) lines.push(`  meetings from ${overview.firstMeeting} to ${overview.lastMeeting}`);
	if (overview.problems.length > 0) {
		lines.push(`  problems (${overview.problems.length}):`);
		for (const problem of overview.problems) lines.push(`    ${problem.path}:${problem.line}: ${problem.message}`);
	}
	return lines;
}

/** Runs `dashboard`; returns the exit code. */
export function runDashboard(argv: readonly string[], io: CliIo): number {
	const args = parseArgs(argv, { json: { value: false } });
	const vault = args.positionals[0] ?? ".";
	const index = loadVault(vault, { progress: io.stderr });
	const problems = index.problems();
	const alliances = index.alliances().map((group) => allianceOverview(group, problems));
	const attached = new Set(alliances.flatMap((alliance) => alliance.problems));
	const unattachedProblems = problems.filter((problem) => !attached.has(problem));
	if (args.flags.has("json")) {
		const json: DashboardJson = { alliances, unattachedProblems, problemCount: problems.length };
		io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
		return 0;
	}
	if (alliances.length === 0) io.stdout.write(`No alliances in ${vault} yet: create a note with "type: alliance".\n`);
	const blocks = alliances.map((alliance) => describe(alliance).join("\n"));
	if (unattachedProblems.length > 0) {
		blocks.push(["Other problems:", ...unattachedProblems.map((problem) => `  ${problem.path}:${problem.line}: ${problem.message}`)].join("\n"));
	}
	io.stdout.write(`${blocks.join("\n\n")}\n`);
	return 0;
}
