// The hook file twcheck installs: a POSIX sh script that runs the hook kept from before (if chained),
// then the repository's own twcheck on the staged (pre-commit) or pushed (pre-push) drafts.
export const HOOK_TYPES = ["pre-commit", "pre-push"] as const;
export type HookType = (typeof HOOK_TYPES)[number];

/** First comment line of every hook twcheck writes: how it recognises its own. */
export const MARKER = "# twcheck-hook:";
/** Suffix of the hook that was there before, kept beside ours and restored by `hook uninstall`. */
export const PREVIOUS_SUFFIX = ".twcheck-previous";

export function isTwcheckHook(text: string): boolean {
  return text.split("\n", 3).some((line) => line.startsWith(MARKER));
}

/** Whether an installed twcheck hook runs the kept hook (false when installed with --force). */
export function chainsPrevious(text: string): boolean {
  return !/^chain=0\b/m.test(text);
}

export function bypassCommand(type: HookType): string {
  return type === "pre-push" ? "git push --no-verify" : "git commit --no-verify";
}

/** Set by the installed hook for the twcheck it runs (see hook/blocked.ts); kept here so the script and the CLI agree. */
export const HOOK_ENV = "TWCHECK_HOOK";

export function hookScript(type: HookType, chain: boolean): string {
  const push = type === "pre-push";
  const what = push ? "push" : "commit";
  return `#!/bin/sh
${MARKER} ${type}
# Installed by \`twcheck hook install\`. \`twcheck hook uninstall\` removes it and puts back the
# hook that was here before, kept beside it as ${type}${PREVIOUS_SUFFIX}.
# It blocks the ${what} when a ${push ? "pushed" : "staged"} draft is not ready. To bypass it deliberately: ${bypassCommand(type)}

bypass='${bypassCommand(type)}'
# The script's own lines follow LANG (twcheck's report follows the configuration's locale, then LANG).
say() {
  case "\${LC_ALL:-\${LC_MESSAGES:-\${LANG:-}}}" in
    fr*|FR*) printf '%s\n' "$2" ;;
    *) printf '%s\n' "$1" ;;
  esac
}
# 1: the kept hook runs first and its failure fails the ${what}; 0: it was replaced (--force).
chain=${chain ? 1 : 0}
previous="$0${PREVIOUS_SUFFIX}"

${
  push
    ? `# git writes the refs being pushed on stdin; the kept hook and twcheck both need them.
input=$(cat)
replay() { if [ -n "$input" ]; then printf '%s\\n' "$input"; fi; }
`
    : ""
}
if [ "$chain" = 1 ] && [ -f "$previous" ] && [ -x "$previous" ]; then
  ${push ? `replay | "$previous" "$@"` : `"$previous" "$@"`}
  status=$?
  if [ "$status" -ne 0 ]; then
    say "twcheck: the ${type} hook kept from before ($previous) failed (exit $status): ${what} blocked." \
      "twcheck: le hook ${type} conservé d'avant ($previous) a échoué (code $status) : ${what} bloqué." >&2
    exit "$status"
  fi
fi

# The repository's own twcheck: this work tree's, the main work tree's (linked worktrees often
# have no node_modules), what npx knows without installing, then PATH.
top=$(git rev-parse --show-toplevel 2>/dev/null) || top=$(pwd)
common=$(git rev-parse --git-common-dir 2>/dev/null) && main=$(cd "$common/.." 2>/dev/null && pwd) || main=
twcheck=
for candidate in "$top/node_modules/.bin/twcheck" \${main:+"$main/node_modules/.bin/twcheck"}; do
  if [ -x "$candidate" ]; then twcheck=$candidate; break; fi
done
if [ -z "$twcheck" ]; then
  if command -v npx >/dev/null 2>&1 && npx --no-install twcheck --version >/dev/null 2>&1; then
    twcheck=npx
  elif command -v twcheck >/dev/null 2>&1; then
    twcheck=twcheck
  else
    say "twcheck: cannot find twcheck (not in node_modules/.bin, not known to npx, not on PATH): ${what} blocked." \
      "twcheck: twcheck introuvable (ni dans node_modules/.bin, ni connu de npx, ni dans le PATH) : ${what} bloqué." >&2
    say "twcheck: install it in this repository (npm install --save-dev twcheck), or bypass deliberately: $bypass" \
      "twcheck: installez-le dans ce dépôt (npm install --save-dev twcheck), ou passez outre délibérément : $bypass" >&2
    exit 1
  fi
fi
# ${HOOK_ENV} tells twcheck it runs for this hook: it then ends a blocked report with the line
# saying why and how to bypass, in the report's language (the configuration's locale).
run_twcheck() {
  if [ "$twcheck" = npx ]; then ${HOOK_ENV}=${type} npx --no-install twcheck "$@"; else ${HOOK_ENV}=${type} "$twcheck" "$@"; fi
}

${push ? "replay | run_twcheck --pushed" : "run_twcheck --staged"}
status=$?
# twcheck itself explains exit 1 and 2; any other status means it did not run to the end (no node, a signal).
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ] && [ "$status" -ne 2 ]; then
  say "twcheck: ${what} blocked: the drafts could not be checked (exit $status). To ${what} anyway, deliberately: $bypass" \
    "twcheck: ${what} bloqué : les brouillons n'ont pas pu être vérifiés (code $status). Pour ${push ? "pousser" : "valider"} quand même, délibérément : $bypass" >&2
fi
exit "$status"
`;
}
