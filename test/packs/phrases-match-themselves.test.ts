// Every phrase of the built-in packs can match: a draft that is the phrase holds it. A phrase the
// compiler splits otherwise than the tokenizer splits a draft (`25bp`, `buy now, pay later`,
// `members' money`) never matched, with no error anywhere: this test finds such entries.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { tokensOf } from "../../src/lang/analyze.js";
import { joinInitialisms } from "../../src/text/initialisms.js";
import { PhraseMatcher } from "../../src/text/phrases.js";

const RULES = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "rules");

/** Keys whose entries are regular expressions, not phrases. */
const PATTERN_KEYS = /patterns?$|^companyActions$/i;
/** A word ending on an elision (`qu'`, `l'`) needs the word it is elided before. */
const ELISION_END = /(?:^|\s)(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]$/i;
/** An ending read on a word (`'s`), not a phrase. */
const ENDING = /^['’]/;
/** A list's note to its readers, kept as its first entry (`Slurs: heated by definition…`). */
const NOTE = /^[^\s]+(?:\s[^\s]+){4,}\.$/;
/**
 * Entries the tokenizer cannot give back as the words listed, left as written: names that are web
 * addresses (a draft holds `Booking.com` as a link), or written with a `+` or `€` inside
 * (`Kuehne+Nagel`, `OAT€i`, `T+1`) or a full stop inside a name after a word (`T. Rowe Price`,
 * `Bros.`, `Sat.1`, `n°4`, `no. 4`), and abbreviations read as sets (`N.V.`, `S.A.`).
 */
const KNOWN = new Set([
  "Checkout.com", "Booking.com", "JD.com", "Takeaway.com", "Character.AI", "ProSiebenSat.1", "E.ON", "E.Leclerc",
  "Warner Bros. Discovery", "Kuehne+Nagel", "Kühne + Nagel", "Landis+Gyr", "OAT€i", "T+1 settlement", "N.V.", "S.A.", "no. 4", "le n°4", "T. Rowe Price",
]);

function packFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? packFiles(p) : f.endsWith(".json") ? [p] : [];
  });
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("built-in packs", () => {
  it.each(packFiles(RULES).map((f) => [f.slice(RULES.length + 1), f] as const))("%s: every phrase matches a draft that is itself", (_name, file) => {
    const pack = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    // topical and the presets read a draft with its initialisms joined (`U.S.` as `US`) and its handles, as the rule does.
    const topical = /(?:^|[/\\])(?:topical|presets)[/\\]/.test(file);
    const dead: string[] = [];
    for (const [key, value] of Object.entries(pack)) {
      if (PATTERN_KEYS.test(key) || key === "name" || key === "description") continue;
      for (const phrase of strings(value)) {
        if (!/[\p{L}\p{N}]/u.test(phrase) || ELISION_END.test(phrase) || ENDING.test(phrase) || NOTE.test(phrase) || KNOWN.has(phrase)) continue;
        const tokens = topical ? joinInitialisms(tokensOf(phrase)) : tokensOf(phrase);
        const matcher = new PhraseMatcher([phrase]);
        if ((topical ? matcher.matchWithJoinedTags(tokens, true) : matcher.match(tokens)).length === 0) dead.push(`${key}: ${phrase}`);
      }
    }
    expect(dead).toEqual([]);
  });
});
