// Advice to the reader: a draft that opens a clause on an instruction (`Rentrez les meubles de
// jardin`, `Secure bins and garden furniture`, `ne prenez jamais la route`). Its everyday words
// are what the reader is told to look after, not the author's day: an insurer's storm warning or
// a bank's fraud alert, not personal trivia.
import { fold } from "../../text/normalize.js";
import type { Token } from "../../text/tokenize.js";

export interface AdviceWords {
  /** Instructions as the packs list them, folded, each as its words (`make sure` → [`make`, `sure`]). */
  imperatives: ReadonlyArray<readonly string[]>;
  /** Endings of an instruction's verb (French `-ez`: `rentrez`, `débranchez`), folded. */
  endings: readonly string[];
  /** Words with such an ending that are no instruction (`assez`, `allez`). */
  notImperatives: ReadonlySet<string>;
  /** Words an instruction may follow at a clause's start (`ne`, `et`, `please`, `always`). */
  before: ReadonlySet<string>;
}

/** What ends a clause before an instruction (a list's bullet or number counts too, see opensClause). */
const CLAUSE_ENDS = new Set([".", "!", "?", ":", ";", "…", "—", "–", "-", "•", "(", ")", "/", ","]);
/** The shortest verb read by its ending alone: `rez` is no verb, `allez` and `payez` are. */
const MIN_ENDED_VERB = 5;

export function adviceWords(packs: ReadonlyArray<{ imperatives?: string[]; imperativeEndings?: string[]; notImperatives?: string[]; beforeImperative?: string[] }>): AdviceWords {
  const words = (key: "imperatives" | "imperativeEndings" | "notImperatives" | "beforeImperative") => packs.flatMap((p) => p[key] ?? []).map((w) => fold(w.trim()));
  return {
    imperatives: words("imperatives").map((p) => p.split(/\s+/)),
    endings: words("imperativeEndings"),
    notImperatives: new Set(words("notImperatives")),
    before: new Set(words("beforeImperative")),
  };
}

/** Whether token i opens a clause: the draft's start, after a clause's end, an emoji, a list's number, or a word of `before` that does. */
function opensClause(tokens: readonly Token[], i: number, words: AdviceWords): boolean {
  for (let k = i - 1; ; k--) {
    const prev = tokens[k];
    if (prev === undefined || prev.kind === "emoji" || prev.kind === "number" || (prev.kind === "punct" && CLAUSE_ENDS.has(prev.text))) return true;
    if (prev.kind !== "word" || !words.before.has(prev.norm)) return false;
  }
}

/** Whether the draft tells its reader what to do, in a clause of its own (see the file's head). */
export function advisesReader(tokens: readonly Token[], words: AdviceWords): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    const n = t.norm;
    // (`never` opens an instruction and may come before one: `Never share your code`, `never drive through it`.)
    const listed = words.imperatives.some((p) => p.every((w, j) => tokens[i + j]?.norm === w));
    const ended = !listed && n.length >= MIN_ENDED_VERB && words.endings.some((e) => n.endsWith(e)) && !words.notImperatives.has(n);
    if ((listed || ended) && opensClause(tokens, i, words)) return true;
  }
  return false;
}
