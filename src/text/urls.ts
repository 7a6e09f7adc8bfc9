// Links as twitter-text finds them, without running its URL pattern when the answer is plain.
// That pattern (every top-level domain, Unicode classes) is the costliest step of checking a
// draft: V8 compiles it at its first use, about 12 ms, more than all the rest of a one-draft run.
// `findUrls` proves the answer for the usual cases (no link; `https://site.tld/path` or
// `site.tld` between spaces, perhaps in brackets or before a full stop) and says null for anything
// else, which then goes to twitter-text. test/text/urls.test.ts checks it gives twitter-text's
// own answer on every fixture and on thousands of generated look-alikes.
import twitter from "twitter-text";

export interface UrlEntity {
  url: string;
  indices: [number, number];
}

// A URL needs a domain: a dot followed by a letter (every top-level domain starts with one)
// right after a non-space character. Without that there is no URL, with or without a protocol.
const DOMAIN_DOT = /\S\.\p{L}/u;

export function mayHoldUrl(text: string): boolean {
  return DOMAIN_DOT.test(text);
}

// twitter-text's top-level domains (ASCII ones; a draft with another kind goes to twitter-text),
// read from its own patterns so that the two can never disagree on a new domain.
let asciiTlds: Set<string> | null = null;
function topLevelDomains(): Set<string> {
  if (asciiTlds) return asciiTlds;
  const set = new Set<string>();
  for (const pattern of [twitter.regexen.validGTLD, twitter.regexen.validCCTLD]) {
    const list = /^\(\?:\(\?:(.*)\)\(\?=/.exec(pattern.source)?.[1];
    if (!list) throw new Error("twitter-text: unexpected top-level domain pattern");
    for (const tld of list.split("|")) if (/^[a-z0-9-]+$/.test(tld)) set.add(tld);
  }
  return (asciiTlds = set);
}

// Characters after which twitter-text's patterns behave differently (byte-order marks and
// non-characters are not URL boundaries for it, though JavaScript counts \uFEFF as a space).
const hasSpecial = (text: string): boolean => text.includes("\uFEFF") || text.includes("\uFFFE") || text.includes("\uFFFF");
const SPACE = /\s/;
// What may stand before a link in the same word: opening brackets and quotes.
const BEFORE = /^[("'’«“[]*/;
// What may follow it: closing punctuation, which twitter-text leaves out of a link ending there.
const AFTER = /[.,;:!?)\]'"’”»…]*$/;
// A plain link: optional protocol, ASCII labels (no leading or trailing hyphen, at most 63
// characters), a path and query of common characters that ends on a letter, a digit or `/`.
const PLAIN_LINK = /^(https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]+))((?:[/?][a-z0-9\-._~/%=&+#?]*[a-z0-9/])?)$/i;
// A t.co link as the platform writes it (a longer slug or anything after it has its own rule).
const TCO_SLUG = /^\/[a-z0-9]{1,40}$/i;
// The run of characters twitter-text's domain lookahead reads after a top-level domain.
const TLD_RUN = /[0-9A-Za-z@+-]*/y;
const NON_ASCII_LETTER = /[^\x00-\x7F]/;

/**
 * The links twitter-text's `extractUrlsWithIndices` finds in `text`, or null when this cannot
 * be sure (then ask twitter-text).
 */
export function findUrls(text: string): UrlEntity[] | null {
  if (!DOMAIN_DOT.test(text)) return [];
  if (hasSpecial(text)) return null;
  const out: UrlEntity[] = [];
  let done = -1; // end of the last word read as a link
  for (let p = text.indexOf("."); p !== -1; p = text.indexOf(".", p + 1)) {
    if (p === 0 || p < done || SPACE.test(text[p - 1]!)) continue;
    const next = text.codePointAt(p + 1);
    if (next === undefined || !/\p{L}/u.test(String.fromCodePoint(next))) continue;
    // The word after the dot, as the domain lookahead reads it: a top-level domain must be all of it.
    TLD_RUN.lastIndex = p + 1;
    const run = TLD_RUN.exec(text)![0];
    const after = text[p + 1 + run.length];
    if (run === "" || (after !== undefined && NON_ASCII_LETTER.test(after))) return null;
    const tld = run.toLowerCase();
    if (tld.startsWith("xn--")) return null;
    if (!topLevelDomains().has(tld)) continue;
    // This dot may end a domain: the whole word must then be a plain link.
    let start = p;
    while (start > 0 && !SPACE.test(text[start - 1]!)) start--;
    let end = p;
    while (end < text.length && !SPACE.test(text[end]!)) end++;
    const word = text.slice(start, end);
    const lead = BEFORE.exec(word)![0].length;
    const trail = AFTER.exec(word.slice(lead))![0].length;
    const core = word.slice(lead, word.length - trail);
    const link = PLAIN_LINK.exec(core);
    if (!link || !topLevelDomains().has(link[3]!.toLowerCase()) || link[0].length > 4000) return null;
    const host = link[2]!.toLowerCase();
    // t.co links and punycode labels have their own rules in twitter-text, and it keeps a query
    // right after a domain without protocol out of the link.
    if ((host === "t.co" && !(link[1] && TCO_SLUG.test(link[4]!))) || host.endsWith(".t.co") || host.startsWith("xn--") || host.includes(".xn--")) return null;
    if (!link[1] && link[4]!.startsWith("?")) return null;
    out.push({ url: core, indices: [start + lead, start + lead + core.length] });
    done = end;
  }
  return out;
}

/** twitter-text's links in `text`: proved by `findUrls` when it can, else found by twitter-text. */
export function extractUrls(text: string): UrlEntity[] {
  return findUrls(text) ?? (twitter.extractUrlsWithIndices(text) as UrlEntity[]);
}
