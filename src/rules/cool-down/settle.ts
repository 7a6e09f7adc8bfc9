// The waiting period: a heated draft is remembered (fingerprint, first time seen heated) and
// stays an error until `minutes` have passed; then it is a warning and may go. An edit is a new
// fingerprint, so a still-heated edit starts a new wait; a calm edit has no finding at all.
import { fingerprint } from "../../cooldown/fingerprint.js";
import { stateFile } from "../../cooldown/location.js";
import { CooldownStore, makeEntry } from "../../cooldown/state.js";
import type { Lang, RawFinding } from "../../types.js";
import type { RuleContext, RuleOutcome, RunEnv, SettledOutcome } from "../types.js";
import { knowledgeFor } from "./knowledge.js";
import { elapsedMessage, waitingMessage } from "./messages.js";
import { readOptions } from "./options.js";
import { mapPacked } from "../../text/packed.js";

const SESSION_KEY = "cool-down:state";

/** The run's store: read once, flushed once when all drafts are checked. */
export function runStore(run: RunEnv): CooldownStore {
  return run.session(SESSION_KEY, () => {
    const file = stateFile(run.env, run.cwd);
    const store = new CooldownStore(file, (reason) =>
      run.warn({ source: file, message: `cool-down state was unreadable (${reason}); it has been rebuilt` }),
    );
    run.atEnd(async () => {
      try {
        await store.flush(run.now);
      } catch (error) {
        run.warn({ source: file, message: `cannot save the cool-down state: ${(error as Error).message}` });
      }
    });
    return store;
  });
}

export function settle(outcome: RuleOutcome, ctx: RuleContext, run: RunEnv): SettledOutcome {
  // A calm draft (most of them) has nothing to wait for.
  if (outcome.findings.length === 0) return { score: outcome.score, findings: outcome.findings, cooldown: null };
  const { threshold, minutes } = readOptions(ctx.options, knowledgeFor(ctx.packs, ctx.lang).weights.threshold);
  const score = outcome.score ?? 0;
  if (score < threshold || outcome.findings.length === 0) return { ...outcome, cooldown: null };

  const store = runStore(run);
  const fp = fingerprint(ctx.text);
  let entry = store.get(fp);
  if (!entry) {
    entry = makeEntry(ctx.text, ctx.draft.source, score, run.now, minutes);
    store.set(fp, entry);
  }
  const { since, until, elapsed, note } = clockOf(entry.since, minutes, ctx.locale, run.now);
  const findings: RawFinding[] = mapPacked(outcome.findings, (f, i) => {
    const out: RawFinding = { ...f };
    if (i === 0) out.message = `${f.message} ${note}`;
    if (elapsed) out.severity = "warning";
    return out;
  });
  return { ...outcome, findings, cooldown: { since, until, elapsed } };
}

interface Clock {
  since: string;
  until: string;
  elapsed: boolean;
  note: string;
}

// Most heated drafts of a run were first seen at the same time (this run's): their times and
// note are worked out once, not parsed and formatted again for each draft.
let last: { since: string; minutes: number; locale: Lang; now: number; clock: Clock } | null = null;

function clockOf(sinceText: string, minutes: number, locale: Lang, now: Date): Clock {
  if (last !== null && last.since === sinceText && last.minutes === minutes && last.locale === locale && last.now === now.getTime()) return last.clock;
  const since = new Date(sinceText);
  // The wait follows the current `minutes`, whatever it was when the draft was first seen.
  const until = new Date(since.getTime() + minutes * 60_000);
  const elapsed = now.getTime() >= until.getTime();
  const note = elapsed ? elapsedMessage(since, locale) : waitingMessage(until, now, locale);
  const clock: Clock = { since: since.toISOString(), until: until.toISOString(), elapsed, note };
  last = { since: sinceText, minutes, locale, now: now.getTime(), clock };
  return clock;
}
