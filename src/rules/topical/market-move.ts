// A market's own move, as investors tweet it: an index, a commodity, a crypto-asset or a company
// named, and right after it what it did (`Nasdaq en ATH`, `Le CAC vient de casser les 7200`,
// `Dow crosses 40,000`, `L'or à 2700$`, `Worldline prend -15%`). The move is the sector's news
// even when the author adds an aside of their own (`…Mon portefeuille ? Non. 🙃`): the market
// moved, not the author's life. A company's name counts only before a signed percentage
// (`Worldline prend -15%`): `Apple drops…` may be a product, `Renault à 2000 €` a car's price, and
// `Netflix… quel massacre` a season's finale.
import { PhraseMatcher, type PhraseMatch } from "../../text/phrases.js";
import { SIGNS, type Token } from "../../text/tokenize.js";

/** Tokens after a name within which its move is read (`Le CAC vient de casser…`: three). */
const WINDOW = 3;
/** Words that put a market at a price (`L'or à 2700$`, `Gold at $2,700`, `BTC @ 100k`), as written. */
const AT_PRICE = new Set(["à", "at", "@"]);

export interface MarketMoves {
  /** Indices, commodities, crypto-assets and central banks (pack key `marketNames`), matched with their capitals as listed. */
  names: PhraseMatcher<boolean>;
  /** An investor's words for a market's move (pack key `marketEvents`: `ATH`, `casse`, `crosses`, `massacre`). */
  events: PhraseMatcher<boolean>;
}

/** The matchers for the packs' lists; a name listed with a capital must be written with one (`Dow`, not `dow`). */
export function compileMarketMoves(names: readonly string[], events: readonly string[]): MarketMoves {
  return {
    names: new PhraseMatcher(names.map((n) => [n, /^\p{Lu}/u.test(n.replace(/^l['’]/i, ""))] as const)),
    events: new PhraseMatcher(events.map((e) => [e, true] as const)),
  };
}

/** The markets and central banks the draft names, with their capitals where they are listed with one (`Dow`, not `dow`). */
export function namedMarkets(tokens: readonly Token[], markets: MarketMoves): PhraseMatch<boolean>[] {
  return markets.names.match(tokens).filter((m) => !m.data || /^\p{Lu}/u.test(tokens[m.first]!.text));
}

/** Whether token j puts a market at a price: `à`, `at` or `@`, then a number. */
function atPrice(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  // As written: folded, French `à` is `a`, the English article (`One can of oil and a 3-minute video`).
  return t !== undefined && (t.kind === "word" || t.kind === "punct") && AT_PRICE.has(t.text.toLowerCase()) && tokens[j + 1]?.kind === "number";
}

/** Whether the number at token j carries a sign written right before it and a percentage after (`-15%`, `+3,4 %`). */
function signedPercent(tokens: readonly Token[], j: number, text: string, percentUnits: ReadonlySet<string>): boolean {
  const t = tokens[j];
  if (t?.kind !== "number" || t.start === 0) return false;
  const unit = tokens[j + 1];
  const key = unit === undefined ? "" : unit.kind === "punct" ? unit.text : (unit.key ?? "");
  return SIGNS.has(text[t.start - 1]!) && percentUnits.has(key);
}

/**
 * Whether the draft reports a market's move (see the file's head). `companies` are the draft's
 * company names the lists matched; `moves` its matched market moves (`en hausse`, `highest since`),
 * which back a market's name as its events do; a $cashtag counts as a market's name.
 */
export function reportsMarketMove(
  text: string,
  tokens: readonly Token[],
  markets: MarketMoves,
  companies: readonly PhraseMatch<unknown>[],
  moves: readonly PhraseMatch<unknown>[],
  percentUnits: ReadonlySet<string>,
): boolean {
  const names = namedMarkets(tokens, markets);
  const cashtag = tokens.some((t) => t.kind === "cashtag");
  // Most drafts name no market, company or ticker: their events are never matched.
  if (names.length === 0 && companies.length === 0 && !cashtag) return false;
  const events = markets.events.match(tokens);
  const eventAt = (from: number, to: number) => events.some((e) => e.first >= from && e.first <= to) || moves.some((e) => e.first >= from && e.first <= to);
  const signedWithin = (from: number, to: number) => {
    for (let j = from; j <= to; j++) if (signedPercent(tokens, j, text, percentUnits)) return true;
    return false;
  };
  for (const m of names) {
    const to = m.last + WINDOW;
    if (eventAt(m.last + 1, to) || signedWithin(m.last + 1, to)) return true;
    // At a price, right after the name or one word on (`BTC @ 100k`, `my BTC off at 71k`).
    for (let j = m.last + 1; j <= m.last + 2; j++) if (atPrice(tokens, j)) return true;
  }
  for (const m of companies) if (signedWithin(m.last + 1, m.last + WINDOW)) return true;
  if (cashtag) for (let i = 0; i < tokens.length; i++) if (tokens[i]!.kind === "cashtag" && (events.some((e) => e.first > i && e.first <= i + WINDOW) || signedWithin(i + 1, i + WINDOW))) return true;
  return false;
}
