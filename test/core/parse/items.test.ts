import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RawListItem } from "../../../src/core/parse/block-types";
import { isSharedWin, linksIn, tagsIn, toAction, toBodyItem, toConflict, toQuickWin } from "../../../src/core/parse/items";
import type { BodyItem } from "../../../src/core/model";
import { DEFAULT_STATUS_TYPES, isDoneItem, isOpenItem, isResolvedItem } from "../../../src/core/task-status";
import { lineOf, NoteBuilder } from "../helpers/note-builder";
import { parseMeeting, parseReflection } from "../helpers/parse";

function raw(text: string, checked: boolean | null = null, line = 20): RawListItem {
	return { text, line, checked };
}

/** Resolved as the dashboard judges it, with the Tasks plugin's default statuses. */
const resolved = (item: BodyItem): boolean => isResolvedItem(item, DEFAULT_STATUS_TYPES);
/** Communicated as the dashboard judges it: done, or tagged #shared. */
const communicated = (item: BodyItem): boolean => isSharedWin(item) || isDoneItem(item, DEFAULT_STATUS_TYPES);
/** Done as the dashboard judges it. */
const done = (item: BodyItem): boolean => isDoneItem(item, DEFAULT_STATUS_TYPES);

describe("conflicts", () => {
	it("the theme is a link at the start", () => {
		expect(toConflict(raw("[[Pricing model]]: discounts again"))).toMatchObject({ theme: "Pricing model", themeSource: "link" });
		expect(toConflict(raw("[[Topics/Pricing|pricing]] again"))).toMatchObject({ theme: "pricing", themeSource: "link" });
		expect(toConflict(raw("[[Topics/Pricing]] again"))).toMatchObject({ theme: "Pricing", themeSource: "link" });
	});

	it("a link after the colon is not the theme", () => {
		expect(toConflict(raw("Scope: see [[Contract]]"))).toMatchObject({ theme: "Scope", themeSource: "prefix" });
	});

	it("else a #conflict/<theme> tag", () => {
		expect(toConflict(raw("They reopened the discount #conflict/pricing-model"))).toMatchObject({ theme: "pricing model", themeSource: "tag" });
		expect(toConflict(raw("Again: #conflict/data_sharing"))).toMatchObject({ theme: "data sharing", themeSource: "tag" });
	});

	it("else the text before the first ':'", () => {
		expect(toConflict(raw("Pricing: too high"))).toMatchObject({ theme: "Pricing", themeSource: "prefix" });
		expect(toConflict(raw("**Resourcing**: not enough engineers"))).toMatchObject({ theme: "Resourcing", themeSource: "prefix" });
	});

	it("a colon inside a word or a time is not a theme separator", () => {
		expect(toConflict(raw("Call at 10:30 was cancelled"))).toMatchObject({ theme: "Call at 10:30 was cancelled", themeSource: "text" });
	});

	it("a sentence before a far-away colon is not a theme: the whole text is", () => {
		const long = `${"word ".repeat(15)}: and more`;
		expect(toConflict(raw(long))).toMatchObject({ themeSource: "text" });
	});

	it("else the whole text, without tags and emphasis", () => {
		expect(toConflict(raw("Late deliveries #urgent"))).toMatchObject({ theme: "Late deliveries", themeSource: "text" });
		expect(toConflict(raw("_Late_ deliveries"))).toMatchObject({ theme: "Late deliveries", themeSource: "text" });
	});

	it("a conflict ticked as done is resolved; an open box or a plain item is open", () => {
		expect(resolved(toConflict(raw("Pricing: agreed", true)))).toBe(true);
		expect(resolved(toConflict(raw("Pricing: open", false)))).toBe(false);
		expect(resolved(toConflict(raw("Pricing: open", null)))).toBe(false);
	});

	it("keeps the item's text, line, links and tags", () => {
		expect(toConflict(raw("[[Pricing]]: again #q4", false, 33))).toEqual({
			text: "[[Pricing]]: again #q4",
			line: 33,
			checked: false,
			links: [{ target: "Pricing" }],
			tags: ["q4"],
			status: " ",
			theme: "Pricing",
			themeSource: "link",
		});
	});

	it("in a meeting note, each conflict with its theme, state and line in the file", () => {
		const note = NoteBuilder.meeting().section("Conflicts", [
			"- [ ] Pricing: too high",
			"- [x] [[Scope]]: settled",
			"- Data sharing is slow #conflict/data-sharing",
			"- Nobody owns the roadmap",
		]);
		const text = note.build();
		expect(parseMeeting(text).conflicts.map((conflict) => ({ theme: conflict.theme, themeSource: conflict.themeSource, resolved: resolved(conflict), line: conflict.line }))).toEqual([
			{ theme: "Pricing", themeSource: "prefix", resolved: false, line: lineOf(text, "Pricing") },
			{ theme: "Scope", themeSource: "link", resolved: true, line: lineOf(text, "[[Scope]]") },
			{ theme: "data sharing", themeSource: "tag", resolved: false, line: lineOf(text, "Data sharing") },
			{ theme: "Nobody owns the roadmap", themeSource: "text", resolved: false, line: lineOf(text, "Nobody") },
		]);
	});

	it("a reflection reads conflicts, quick wins and actions too", () => {
		const reflection = parseReflection(
			NoteBuilder.reflection()
				.section("Conflicten", ["- [x] Prijs: opgelost"])
				.section("Quick wins", ["- Eerste klant #shared"])
				.section("Acties", ["- [ ] Evaluatie plannen 📅 2026-12-10"]),
		);
		expect(reflection.conflicts.map((conflict) => [conflict.theme, resolved(conflict)])).toEqual([["Prijs", true]]);
		expect(reflection.quickWins.map(communicated)).toEqual([true]);
		expect(reflection.actions).toEqual([expect.objectContaining({ description: "Evaluatie plannen", due: "2026-12-10" })]);
	});
});

describe("quick wins", () => {
	it("a ticked quick win was communicated inside the own organisation", () => {
		expect(communicated(toQuickWin(raw("First joint customer", true)))).toBe(true);
	});

	it("a quick win tagged #shared was communicated", () => {
		expect(communicated(toQuickWin(raw("First joint customer #shared")))).toBe(true);
		expect(communicated(toQuickWin(raw("First joint customer #Shared", false)))).toBe(true);
	});

	it("an unticked or plain quick win was not yet communicated", () => {
		expect(communicated(toQuickWin(raw("First joint customer", false)))).toBe(false);
		expect(communicated(toQuickWin(raw("First joint customer #sharedservices")))).toBe(false);
	});

	it("in a meeting note", () => {
		const meeting = parseMeeting(NoteBuilder.meeting().section("Quick wins", ["- [x] Joint webinar", "- [ ] Case study", "- Press release #shared"]));
		expect(meeting.quickWins.map((win) => [win.text, communicated(win)])).toEqual([
			["Joint webinar", true],
			["Case study", false],
			["Press release #shared", true],
		]);
	});
});

describe("actions", () => {
	it("a due date 📅, an owner @ and a description without them", () => {
		expect(toAction(raw("Send forecast @sanne 📅 2026-12-01", false))).toMatchObject({
			description: "Send forecast",
			due: "2026-12-01",
			owner: "sanne",
			status: " ",
		});
	});

	it("a done action with its ✅ date", () => {
		const action = toAction(raw("Send forecast 📅 2026-12-01 ✅ 2026-11-30", true));
		expect(action).toMatchObject({ description: "Send forecast", due: "2026-12-01", doneOn: "2026-11-30", status: "x" });
		expect(done(action)).toBe(true);
	});

	it("an open action without any dates or owner is just its text", () => {
		const action = toAction(raw("Call John", false));
		expect(action).toEqual({ text: "Call John", line: 20, checked: false, status: " ", links: [], tags: [], description: "Call John" });
		expect(isOpenItem(action, DEFAULT_STATUS_TYPES)).toBe(true);
	});

	it("an owner after a recurrence rule is still the owner", () => {
		expect(toAction(raw("Review pricing 🔁 every month @sanne 📅 2026-12-01", false))).toMatchObject({
			description: "Review pricing",
			owner: "sanne",
			due: "2026-12-01",
		});
	});

	it("other Tasks-plugin signifiers are not part of the description", () => {
		const action = toAction(raw("Review contract ⏫ 🔁 every week ⏳ 2026-11-30 🛫 2026-11-28 ➕ 2026-11-01 📅 2026-12-01", false));
		expect(action.description).toBe("Review contract");
		expect(action.due).toBe("2026-12-01");
	});

	it("Dataview-style due:: and completion:: fields", () => {
		expect(toAction(raw("Send deck [due:: 2026-12-01] [completion:: 2026-11-29]", true))).toMatchObject({
			description: "Send deck",
			due: "2026-12-01",
			doneOn: "2026-11-29",
		});
	});

	it("a due date that does not exist is no due date", () => {
		expect(toAction(raw("Send deck 📅 2026-02-30", false)).due).toBeUndefined();
	});

	it("an e-mail address is no owner, a trailing dot is not part of the owner", () => {
		expect(toAction(raw("Mail john@acme.com", false)).owner).toBeUndefined();
		expect(toAction(raw("Ask @piet.", false)).owner).toBe("piet");
	});

	it("links and tags stay in the description", () => {
		expect(toAction(raw("Update [[Forecast]] #finance 📅 2026-12-01", false)).description).toBe("Update [[Forecast]] #finance");
	});

	it("in a meeting note, each action with its line in the file", () => {
		const note = NoteBuilder.meeting().section("Actions", ["- [ ] Send forecast @sanne 📅 2026-12-01", "- [x] Book venue ✅ 2026-11-20"]);
		const text = note.build();
		expect(parseMeeting(text).actions).toEqual([
			expect.objectContaining({ description: "Send forecast", owner: "sanne", due: "2026-12-01", status: " ", line: lineOf(text, "Send forecast") }),
			expect.objectContaining({ description: "Book venue", doneOn: "2026-11-20", status: "x", line: lineOf(text, "Book venue") }),
		]);
	});
});

describe("decisions", () => {
	it("each decision is a list item, with its links and tags", () => {
		const note = NoteBuilder.meeting().section("Decisions", ["1. Go for the [[Pilot]] #q1", "2. Stop the webinar series"]);
		const text = note.build();
		expect(parseMeeting(text).decisions).toEqual([
			{ text: "Go for the [[Pilot]] #q1", line: lineOf(text, "Pilot"), checked: null, links: [{ target: "Pilot" }], tags: ["q1"] },
			{ text: "Stop the webinar series", line: lineOf(text, "webinar"), checked: null, links: [], tags: [] },
		]);
	});
});

describe("links and tags in item text", () => {
	it("finds every [[link]] in order, embeds included", () => {
		expect(linksIn("See [[Acme|the partner]] and ![[Chart.png]] and [[ ]]")).toEqual([{ target: "Acme", display: "the partner" }, { target: "Chart.png" }]);
	});

	it("finds #tags, lower-cased, not numbers, headings inside words or trailing slashes", () => {
		expect(tagsIn("#Q4 #conflict/Pricing/ #2026 issue#1 #a-b")).toEqual(["q4", "conflict/pricing", "a-b"]);
	});

	it("a plain body item", () => {
		expect(toBodyItem(raw("Text", null, 7))).toEqual({ text: "Text", line: 7, checked: null, links: [], tags: [] });
	});
});

describe("actions, against a plain regular-expression reading of the Tasks-plugin format", () => {
	// The reference: every signifier removed by one regular expression, the first of each date taken.
	// A recurrence rule runs to the next signifier; an @owner is never part of it.
	const SIGNIFIERS =
		/(?:📅|📆|🗓|✅|⏳|⌛|🛫|➕|❌)\uFE0F? *\d{4}-\d{2}-\d{2}|[[(]?(?:due|completion|cancelled|scheduled|start|created):: *\d{4}-\d{2}-\d{2}[\])]?|\[(?:priority:: *(?:highest|high|medium|low|lowest) *|repeat::[^\][()]*)\]|\((?:priority:: *(?:highest|high|medium|low|lowest) *|repeat::[^\][()]*)\)|🔁\uFE0F?(?:(?!\s@)[^📅📆🗓✅⏳⌛🛫➕❌⏫🔼🔽🔺⏬[(])*|[⏫🔼🔽🔺⏬]\uFE0F?|(?:^|\s)@[A-Za-z0-9_][A-Za-z0-9_.-]*/gu;
	const DUE = /(?:📅|📆|🗓)\uFE0F? *(\d{4}-\d{2}-\d{2})|[[(]?due:: *(\d{4}-\d{2}-\d{2})[\])]?/u;
	const DONE_ON = /✅ *(\d{4}-\d{2}-\d{2})|[[(]?completion:: *(\d{4}-\d{2}-\d{2})[\])]?/u;
	const OWNER = /(?:^|\s)@([A-Za-z0-9_][A-Za-z0-9_.-]*)/u;

	function reference(text: string) {
		const due = DUE.exec(text);
		const doneOn = DONE_ON.exec(text);
		const owner = OWNER.exec(text)?.[1]?.replace(/[.-]+$/, "");
		return {
			description: text.replace(SIGNIFIERS, " ").replace(/\s+/g, " ").trim(),
			due: due?.[1] ?? due?.[2],
			doneOn: doneOn?.[1] ?? doneOn?.[2],
			owner: owner || undefined,
		};
	}

	const tokenArb = fc.oneof(
		{ weight: 6, arbitrary: fc.constantFrom("Send", "forecast", "to", "Acme", "[[Deck]]", "#finance", "v1.2", "a:b", "-", "e-mail", "x@y.com") },
		{ weight: 2, arbitrary: fc.constantFrom("@sanne", "@piet.", "@jan-", "@a_b", "@Anne.Marie") },
		{
			weight: 3,
			arbitrary: fc
				.tuple(fc.constantFrom("📅", "📆", "🗓", "🗓️", "✅", "⏳", "🛫", "➕", "❌"), fc.constantFrom("", " "), fc.constantFrom("2026-12-01", "2026-11-20", "2027-01-31"))
				.map(([emoji, space, date]) => `${emoji}${space}${date}`),
		},
		{
			weight: 1,
			arbitrary: fc.constantFrom("⏫", "🔼", "🔽", "🔺", "⏬", "🔁 every week", "🔁 every day when done", "[priority:: high]", "(priority:: lowest)", "[repeat:: every month]"),
		},
		{
			weight: 1,
			arbitrary: fc
				.tuple(fc.constantFrom("due", "completion", "cancelled", "scheduled", "start", "created"), fc.constantFrom("[]", "()", ""), fc.constantFrom("2026-12-01", "2026-10-10"))
				.map(([field, brackets, date]) => `${brackets.charAt(0)}${field}:: ${date}${brackets.charAt(1)}`),
		},
	);

	it("description, due date, done date and owner agree", () => {
		fc.assert(
			fc.property(fc.array(tokenArb, { minLength: 1, maxLength: 8 }), (tokens) => {
				const text = tokens.join(" ");
				// Which of two kinds of due (or done) date wins, an emoji or a Dataview field, is not specified.
				fc.pre(!(/[📅📆🗓]/u.test(text) && text.includes("due::")) && !(text.includes("✅") && text.includes("completion::")));
				const action = toAction(raw(text, false));
				const expected = reference(text);
				expect({ description: action.description, due: action.due, doneOn: action.doneOn, owner: action.owner }).toEqual(expected);
			}),
			{ numRuns: 1000 },
		);
	});
});
