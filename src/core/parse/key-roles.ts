/**
 * Reading a key role from a stakeholder's `role`, which takes any text: the
 * key itself (`executive-sponsor`) or a usual wording in English or Dutch
 * (`Executive sponsor (CFO)`, `Ambassadeur`).
 */
import { STAKEHOLDER_KEY_ROLES, type StakeholderKeyRole } from "../model";
import { foldText } from "../text";

/** Wordings of each key role, besides its key; matched as whole words in the folded role text. */
const KEY_ROLE_WORDINGS: Readonly<Record<StakeholderKeyRole, readonly string[]>> = {
	"executive-sponsor": ["executive sponsor", "exec sponsor", "sponsor", "directiesponsor", "bestuurlijk sponsor", "opdrachtgever"],
	"decision-maker": ["decision maker", "decider", "beslisser", "besluitvormer", "budgethouder", "budget holder"],
	champion: ["champion", "ambassadeur", "ambassador", "trekker", "kartrekker"],
	"alliance-manager": ["alliance manager", "partner manager", "alliantiemanager", "alliantie manager", "partnermanager"],
	"operational-lead": ["operational lead", "operations lead", "operationeel leider", "operationeel lead"],
};

const FOLDED_WORDINGS: readonly (readonly [StakeholderKeyRole, readonly string[]])[] = STAKEHOLDER_KEY_ROLES.map((role) => [
	role,
	[role, ...KEY_ROLE_WORDINGS[role]].map((wording) => ` ${foldText(wording)} `),
]);

/**
 * The key role a role text names, if any (the first in the list's order).
 *
 * @example keyRoleOf("Executive sponsor (CFO)") // "executive-sponsor"
 * @example keyRoleOf("Head of Sales") // undefined
 */
export function keyRoleOf(role: string | undefined): StakeholderKeyRole | undefined {
	if (role === undefined) return undefined;
	const folded = ` ${foldText(role)} `;
	for (const [key, wordings] of FOLDED_WORDINGS) if (wordings.some((wording) => folded.includes(wording))) return key;
	return undefined;
}
