// A cheap, sound test for "twitter-text may find a URL here". Its URL pattern (every top-level
// domain, Unicode classes) is the costliest step of checking a draft, and runs over the whole
// text as soon as it holds a dot. A URL needs a domain: a dot followed by a letter (every
// top-level domain starts with one) right after a non-space character. Without that, neither
// with nor without a protocol can there be a URL.
const DOMAIN_DOT = /\S\.\p{L}/u;

export function mayHoldUrl(text: string): boolean {
  return DOMAIN_DOT.test(text);
}
