// Runs of white space as one space, trimmed: how the cool-down keys and shows a draft.

// A draft whose only white space is single spaces is left as it is: `replace` would copy it
// all the same (once for the fingerprint, once for the excerpt, for every heated draft).
const TO_COLLAPSE = /\s\s|[^\S ]/;
const RUN = /\s+/g;

export function collapseSpaces(text: string): string {
  return (TO_COLLAPSE.test(text) ? text.replace(RUN, " ") : text).trim();
}
