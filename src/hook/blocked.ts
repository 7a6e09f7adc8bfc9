// The last line of a blocked commit or push, in the report's language. The installed hook sets
// TWCHECK_HOOK to its type when it runs twcheck; twcheck, which knows the configuration's locale,
// then says why git stopped and how to bypass it. The script itself only knows LANG.
import type { Lang } from "../types.js";
import { HOOK_ENV, HOOK_TYPES, bypassCommand, type HookType } from "./script.js";

/** The hook this run is for: TWCHECK_HOOK names a hook type and git's drafts are checked (--staged or --pushed). */
export function hookOfRun(env: NodeJS.ProcessEnv, argv: readonly string[]): HookType | null {
  const type = env[HOOK_ENV];
  if (!(HOOK_TYPES as readonly string[]).includes(type ?? "")) return null;
  return argv.includes("--staged") || argv.includes("--pushed") ? (type as HookType) : null;
}

/** Why git stopped (exit 1: a draft is not ready; else the drafts could not be checked), and the deliberate bypass. */
export function blockedLine(type: HookType, status: number, locale: Lang): string {
  const bypass = bypassCommand(type);
  const push = type === "pre-push";
  if (locale === "fr") {
    const why = status === 1 ? "un brouillon n'est pas prêt (voir ci-dessus)" : `les brouillons n'ont pas pu être vérifiés (code ${status}, voir ci-dessus)`;
    return `twcheck: ${push ? "push" : "commit"} bloqué : ${why}. Pour ${push ? "pousser" : "valider"} quand même, délibérément : ${bypass}`;
  }
  const what = push ? "push" : "commit";
  const why = status === 1 ? "a draft is not ready (see above)" : `the drafts could not be checked (exit ${status}, see above)`;
  return `twcheck: ${what} blocked: ${why}. To ${what} anyway, deliberately: ${bypass}`;
}
