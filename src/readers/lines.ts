// Line arithmetic shared by readers: where a piece of a file starts.

/** 1-based line number of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** Drops blank lines at both ends; returns the kept text and how many characters were cut in front. */
export function trimBlankLines(text: string): { text: string; cut: number } {
  const lead = /^(?:[ \t]*\n)+/.exec(text);
  const cut = lead ? lead[0].length : 0;
  return { text: text.slice(cut).replace(/(?:\n[ \t]*)+$/, ""), cut };
}
