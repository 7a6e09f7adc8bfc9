// The matching key of a folded word: without a final plural s/x (words over 3 letters), so that
// `rate`/`rates` and `taux` match. Shared by the tokenizer (each token's key) and phrase lists.
export function keyOfFolded(f: string): string {
  const last = f.charCodeAt(f.length - 1);
  // 's' = 115, 'x' = 120
  return f.length > 3 && (last === 115 || last === 120) && !f.endsWith("ss") ? f.slice(0, -1) : f;
}
