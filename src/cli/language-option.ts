/**
 * The `--lang en|nl` option of the commands: the language asked for, else
 * the one of the environment (LC_ALL, LC_MESSAGES, LANG), else English.
 */
import { LANGUAGES, type Language, type LanguageSetting, resolveLanguage } from "../core/i18n/language";
import { CLI_MESSAGES } from "../core/i18n/messages/cli";
import { translator } from "../core/i18n/translate";
import { type FlagSpec, type ParsedArgs, stringFlag, UsageError } from "./args";

/** The flag to add to a command's known flags. */
export const LANG_FLAG: Readonly<Record<"lang", FlagSpec>> = { lang: { value: true } };

function isSetting(value: string): value is LanguageSetting {
	return value === "auto" || (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language a command speaks.
 *
 * @param args the parsed arguments (with {@link LANG_FLAG} among the known flags)
 * @param env the environment variables
 * @throws UsageError when `--lang` names a language we do not speak
 * @example commandLanguage(parseArgs(["--lang", "nl"], LANG_FLAG), {}) // "nl"
 */
export function commandLanguage(args: ParsedArgs, env: Readonly<Record<string, string | undefined>>): Language {
	const locales = [env.LC_ALL, env.LC_MESSAGES, env.LANG].filter((locale) => locale !== undefined && locale !== "");
	const asked = stringFlag(args, "lang")?.trim().toLowerCase();
	if (asked !== undefined && !isSetting(asked)) {
		const t = translator(CLI_MESSAGES, resolveLanguage("auto", locales));
		throw new UsageError(t("lang.invalid", { value: asked }));
	}
	return resolveLanguage(asked ?? "auto", locales);
}
