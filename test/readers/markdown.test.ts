// Markdown drafts: the front matter is skipped (and may carry twcheck options); the body is the draft.
import { readMarkdown } from "../../src/readers/markdown.js";
import { loadYaml } from "../../src/readers/front-matter.js";
import { bytesInput, readAll } from "./helpers.js";

const draft = (text: string) => {
  const [item] = readMarkdown(text, "d.md");
  if (!item || !("draft" in item)) throw new Error("no draft");
  return item.draft;
};

beforeAll(() => loadYaml());

describe("markdown reader", () => {
  test("front matter is skipped; the body's first line is the draft's line", () => {
    const d = draft("---\ntitle: Monday\ntags: [bce]\n---\n\nLa BCE maintient ses taux.\n");
    expect(d).toMatchObject({ text: "La BCE maintient ses taux.", line: 6, index: 0, options: {} });
  });

  test("twcheck: { lang, disable } in front matter become the draft's options", () => {
    const d = draft("---\ntwcheck:\n  lang: fr\n  disable: [topical, relevant]\n---\nTexte\n");
    expect(d.options).toEqual({ lang: "fr", disable: ["topical", "relevant"] });
    expect(draft("---\ntwcheck: { disable: informed, lang: auto }\n---\nx").options).toEqual({ disable: ["informed"] });
  });

  test("no front matter: the whole file is the draft (a later --- is text, not a thread)", () => {
    expect(draft("Hello\n---\nworld\n")).toMatchObject({ text: "Hello\n---\nworld", line: 1 });
  });

  test("blank lines around the body are not part of the draft", () => {
    expect(draft("\n\nBody\n\n\n")).toMatchObject({ text: "Body", line: 3 });
  });

  test("CRLF front matter is recognised (decoded to LF first)", async () => {
    const r = await readAll(bytesInput("w.md", "\uFEFF---\r\ntwcheck:\r\n  lang: en\r\n---\r\nBody\r\n"));
    expect(r.drafts.map((d) => [d.line, d.text, d.options])).toEqual([[5, "Body", { lang: "en" }]]);
  });

  test("bad front matter is a problem naming the file, not a crash", async () => {
    const bad = await readAll(bytesInput("bad.md", "---\ntwcheck: { lang: de }\n---\nBody\n"));
    expect(bad.drafts).toEqual([]);
    expect(bad.problems).toEqual([{ source: "bad.md", message: expect.stringContaining("twcheck.lang") }]);
    const yaml = await readAll(bytesInput("yaml.md", "---\nkey: [unclosed\n---\nBody\n"));
    expect(yaml.problems).toEqual([{ source: "yaml.md", message: expect.stringMatching(/^invalid front matter/) }]);
  });
});
