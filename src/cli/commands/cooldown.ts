// `twcheck cooldown list|clear`: the drafts waiting in the cool-down, and a way to forget them.
import type { Command } from "commander";
import { localeOption } from "../../config/defaults.js";
import { stateFile } from "../../cooldown/location.js";
import { CooldownStore, type CooldownEntry } from "../../cooldown/state.js";
import { clockFrom } from "../../engine/run-env.js";
import { pluralForm } from "../../lang/messages.js";
import { formatTime } from "../../rules/cool-down/messages.js";
import type { Lang } from "../../types.js";

interface ListOptions {
  format: string;
  all?: boolean;
  locale?: string;
}

export interface ListedDraft extends CooldownEntry {
  fingerprint: string;
  waiting: boolean;
  minutesLeft: number;
}

const LIST_EXAMPLES = `
Examples:
  $ twcheck cooldown list                 drafts still waiting, and when each may go
  $ twcheck cooldown list --all           also the drafts whose wait is over
  $ twcheck cooldown list --format json   for scripts

The state file is $TWCHECK_STATE_DIR/cooldown.json, else <git-dir>/twcheck/cooldown.json inside a
repository, else $XDG_STATE_HOME/twcheck (or ~/.local/state/twcheck).`;

const CLEAR_EXAMPLES = `
Examples:
  $ twcheck cooldown clear                forget every waiting draft (their clocks restart next check)`;

export function register(program: Command): void {
  const cooldown = program
    .command("cooldown")
    .description("show or clear the drafts waiting in the cool-down (drafts written in anger rest before they may go)")
    .addHelpText("after", `${LIST_EXAMPLES}\n${CLEAR_EXAMPLES}\n`);

  cooldown
    .command("list")
    .description("list the drafts waiting in the cool-down and when each may go")
    .option("--format <text|json>", "output format", "text")
    .option("--all", "include drafts whose wait is over")
    .option("--locale <fr|en>", "language of the output")
    .addHelpText("after", LIST_EXAMPLES)
    .action((opts: ListOptions) => {
      const now = clockFrom(process.env);
      const file = stateFile(process.env, process.cwd());
      const store = new CooldownStore(file, (reason) => process.stderr.write(`twcheck: ${file}: unreadable cool-down state (${reason})\n`));
      const drafts = listDrafts(store, now).filter((d) => opts.all || d.waiting);
      const locale = localeOption(opts.locale);
      if (opts.format === "json") process.stdout.write(`${JSON.stringify({ file, now: now.toISOString(), drafts }, null, 2)}\n`);
      else process.stdout.write(renderList(drafts, file, locale));
    });

  cooldown
    .command("clear")
    .description("forget every draft in the cool-down")
    .option("--locale <fr|en>", "language of the output")
    .addHelpText("after", CLEAR_EXAMPLES)
    .action(async (opts: { locale?: string }) => {
      const now = clockFrom(process.env);
      const file = stateFile(process.env, process.cwd());
      const store = new CooldownStore(file, () => {}); // a corrupt file is about to be replaced anyway
      const count = store.entries().length;
      store.clear();
      await store.flush(now);
      const locale = localeOption(opts.locale);
      const cleared =
        locale === "fr"
          ? `${count} ${pluralForm(locale, count, "brouillon retiré", "brouillons retirés")} de ${file}`
          : `Cleared ${count} ${pluralForm(locale, count, "draft", "drafts")} from ${file}`;
      process.stdout.write(`${cleared}\n`);
    });
}

export function listDrafts(store: CooldownStore, now: Date): ListedDraft[] {
  return store
    .entries()
    .map(([fingerprint, e]) => {
      const left = Date.parse(e.until) - now.getTime();
      return { fingerprint, ...e, waiting: left > 0, minutesLeft: Math.max(0, Math.ceil(left / 60_000)) };
    })
    .sort((a, b) => a.until.localeCompare(b.until));
}

function renderList(drafts: readonly ListedDraft[], file: string, locale: Lang): string {
  const fr = locale === "fr";
  if (drafts.length === 0) return fr ? `Aucun brouillon en attente (${file}).\n` : `No draft is waiting (${file}).\n`;
  const lines = drafts.map((d) => {
    const status = d.waiting
      ? fr
        ? `peut partir après ${formatTime(new Date(d.until))} (dans ${d.minutesLeft} min)`
        : `may go after ${formatTime(new Date(d.until))} (in ${d.minutesLeft} min)`
      : fr
        ? `peut partir (depuis ${formatTime(new Date(d.until))})`
        : `may go (since ${formatTime(new Date(d.until))})`;
    const since = fr ? `à chaud depuis ${formatTime(new Date(d.since))}` : `heated since ${formatTime(new Date(d.since))}`;
    return `${d.fingerprint.slice(0, 8)}  ${d.source}\n  "${d.excerpt}"\n  ${since}; ${status}\n`;
  });
  return `${lines.join("\n")}\n${drafts.length} ${pluralForm(locale, drafts.length, fr ? "brouillon" : "draft", fr ? "brouillons" : "drafts")} — ${file}\n`;
}
