// `twcheck hook install|uninstall`: the git hook that blocks commits (or pushes) of drafts not ready.
// The actions load git's helpers (and node:child_process) only when they run: every other
// command registers them too.
import { Option, type Command } from "commander";
import { isAbsolute, relative } from "node:path";
import { HookError } from "../../hook/errors.js";
import type { InstallResult } from "../../hook/install.js";
import { HOOK_TYPES, bypassCommand, type HookType } from "../../hook/script.js";
import type { UninstallResult } from "../../hook/uninstall.js";

const INSTALL_EXAMPLES = `
Examples:
  $ twcheck hook install                   # pre-commit: check the staged drafts of each commit
  $ twcheck hook install --type pre-push   # check the drafts in the commits being pushed
  $ twcheck hook install --force           # replace an existing hook instead of running it first

An existing hook is kept (as <hook>.twcheck-previous) and runs first; its failure still blocks.
Draft files are those matching the config's "files" globs (default: .txt, .tweet and .md files
under a drafts/ or tweets/ folder). To bypass the hook deliberately: git commit --no-verify.
See docs/git-hook.md for husky, lint-staged and the pre-commit framework.`;

const UNINSTALL_EXAMPLES = `
Examples:
  $ twcheck hook uninstall                   # remove the pre-commit hook, restore the one kept
  $ twcheck hook uninstall --type pre-push`;

export function register(program: Command): void {
  const hook = program
    .command("hook")
    .description("install or remove the git hook that blocks commits of drafts that are not ready");

  hook
    .command("install")
    .description("install the git hook (respects core.hooksPath; works from any folder and worktree)")
    .addOption(typeOption())
    .option("--force", "replace an existing hook (kept aside, restored by uninstall) instead of chaining it")
    .addHelpText("after", INSTALL_EXAMPLES)
    .action(async (options: { type: HookType; force?: boolean }) => {
      const { installHook } = await import("../../hook/install.js");
      await report(async () => describeInstall(await installHook(process.cwd(), { type: options.type, force: options.force === true }), options.type));
    });

  hook
    .command("uninstall")
    .description("remove twcheck's git hook and restore the hook that was there before")
    .addOption(typeOption())
    .addHelpText("after", UNINSTALL_EXAMPLES)
    .action(async (options: { type: HookType }) => {
      const { uninstallHook } = await import("../../hook/uninstall.js");
      await report(async () => describeUninstall(await uninstallHook(process.cwd(), options.type), options.type));
    });

  // Usage errors (a bad --type) must reach the program's handler (exit 2), not exit 1 from inside commander.
  for (const command of [hook, ...hook.commands]) command.exitOverride();
}

function typeOption(): Option {
  return new Option("--type <type>", "which hook").choices(HOOK_TYPES).default("pre-commit");
}

/** Prints the outcome; an expected failure is one line on stderr and exit code 2, never a stack. */
async function report(run: () => Promise<string[]>): Promise<void> {
  try {
    for (const line of await run()) process.stdout.write(`${line}\n`);
  } catch (error) {
    if (!(error instanceof HookError) && !isFsError(error)) throw error;
    process.stderr.write(`twcheck: ${error.message}\n`);
    process.exitCode = 2;
  }
}

function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string";
}

function describeInstall(result: InstallResult, type: HookType): string[] {
  const lines = [`twcheck: ${result.action} the ${type} hook: ${shown(result.hookPath)}`];
  if (result.previous === "chained")
    lines.push(`twcheck: the hook that was there is kept as ${shown(result.previousPath)} and runs first; its failure still blocks`);
  if (result.previous === "replaced")
    lines.push(`twcheck: the hook that was there is kept as ${shown(result.previousPath)} but no longer runs (--force)`);
  if (result.shared)
    lines.push(`twcheck: note: core.hooksPath points outside this repository; every repository using ${shown(result.hookPath)} now runs this hook`);
  lines.push(`twcheck: drafts that are not ready now block; to bypass deliberately: ${bypassCommand(type)}`);
  return lines;
}

function describeUninstall(result: UninstallResult, type: HookType): string[] {
  if (result.action === "foreign") return [`twcheck: the ${type} hook is not twcheck's (${shown(result.hookPath)}): left as it is`];
  if (result.action === "absent") return [`twcheck: no ${type} hook installed by twcheck (${shown(result.hookPath)}): nothing to do`];
  if (result.action === "restored") return [`twcheck: removed the ${type} hook and restored the one that was there: ${shown(result.hookPath)}`];
  return [`twcheck: removed the ${type} hook: ${shown(result.hookPath)}`];
}

/** A path relative to the current folder when it is below it, else absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
