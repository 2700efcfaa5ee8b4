/**
 * The language the command line speaks (its output, help and errors):
 * `--lang en|nl` when given; else (`--lang auto`, the default) the
 * environment's locale — the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that
 * is set, as for every POSIX program — when it is Dutch or English; else
 * English (also for `C` and `POSIX`).
 */
import { LANGUAGES, type Language, type LanguageSetting, resolveLanguage } from "../core/i18n/language";
import { type OptionSpecs, UsageError, VALUE } from "./args";

/** The option every command knows. */
export const LANG_OPTION: OptionSpecs = { lang: VALUE };

/** The locale variables, the one that wins first (POSIX). */
export const LOCALE_VARIABLES = ["LC_ALL", "LC_MESSAGES", "LANG"] as const;

function isSetting(value: string): value is LanguageSetting {
	return value === "auto" || (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The environment's language: that of the first locale variable that is set.
 *
 * @example environmentLanguage({ LC_ALL: "nl_BE.UTF-8", LANG: "en_US.UTF-8" }) // "nl"
 * @example environmentLanguage({ LC_MESSAGES: "de_DE.UTF-8", LANG: "nl_NL.UTF-8" }) // "en": German is asked for, and we speak English instead
 */
export function environmentLanguage(env: Readonly<Record<string, string | undefined>>): Language {
	const locale = LOCALE_VARIABLES.map((name) => env[name]).find((value) => value !== undefined && value !== "");
	return resolveLanguage("auto", [locale]);
}

/**
 * The language a command speaks.
 *
 * @param asked the value of `--lang`, if given
 * @param env the environment variables
 * @throws UsageError when `--lang` names a language we do not speak
 * @example commandLanguage("nl", {}) // "nl"
 * @example commandLanguage(undefined, { LANG: "nl_NL.UTF-8" }) // "nl"
 */
export function commandLanguage(asked: string | undefined, env: Readonly<Record<string, string | undefined>>): Language {
	const setting = asked?.trim().toLowerCase();
	if (setting !== undefined && !isSetting(setting)) throw new UsageError("lang.invalid", { value: asked ?? "" });
	return setting === undefined || setting === "auto" ? environmentLanguage(env) : resolveLanguage(setting);
}
