// `.tweet` files, as the twitter-together GitHub Action reads them.
import { readTweetFile } from "../../src/readers/tweet.js";
import { loadYaml } from "../../src/readers/front-matter.js";
import { bytesInput, readAll } from "./helpers.js";

const read = (text: string) => readTweetFile(text, "t.tweet").map((item) => ("draft" in item ? item.draft : null)!);
const summary = (text: string) => read(text).map((d) => [d.index, d.line, d.text]);

beforeAll(() => loadYaml());

describe(".tweet reader", () => {
  test("a plain tweet: the file is trimmed", () => {
    expect(summary("\n\n  Hello world  \n\n")).toEqual([[0, 3, "Hello world"]]);
  });

  test("YAML front matter at the top (reply, retweet, media, poll, schedule) is not text", () => {
    const file = "---\nreply: https://twitter.com/x/status/1\nmedia:\n  - file: a.png\n    alt: A chart\nschedule: 2026-12-01 09:00\n---\n\nThe reply text\n";
    expect(summary(file)).toEqual([[0, 9, "The reply text"]]);
  });

  test("a --- line between tweets splits a thread; each part may have its own front matter", () => {
    const file = ["---", "reply: https://twitter.com/x/status/1", "---", "", "first", "", "---", "", "---", "media:", "  - file: b.png", "---", "", "second", "---", "third", ""].join("\n");
    expect(summary(file)).toEqual([
      [0, 5, "first"],
      [1, 14, "second"],
      [2, 16, "third"],
    ]);
    expect(read(file).map((d) => d.total)).toEqual([3, 3, 3]);
  });

  test("thread-delimiter in front matter changes the separator", () => {
    expect(summary("---\nthread-delimiter: +++\n---\none\n---\nstill one\n+++\ntwo\n")).toEqual([
      [0, 4, "one\n---\nstill one"],
      [1, 8, "two"],
    ]);
  });

  test("trailing ( ) option lines are poll options, not counted text", () => {
    const d = read("Which rate will the ECB set?\n\n( ) 4.00%\n(  ) not an option\n() 4.25%\n( ) 4.50%\n");
    // From the bottom: "( ) 4.50%" and "() 4.25%" are options; "(  )" (two spaces) is not, so it stops there.
    expect(d.map((x) => x.text)).toEqual(["Which rate will the ECB set?\n\n( ) 4.00%\n(  ) not an option"]);
    expect(read("Question?\n( ) yes\n( ) no")[0]!.text).toBe("Question?");
  });

  test("poll lines in the middle are text; with a poll in front matter they are text too", () => {
    expect(read("( ) not trailing\nQuestion")[0]!.text).toBe("( ) not trailing\nQuestion");
    expect(read("---\npoll: [yes, no]\n---\nQuestion\n( ) yes\n")[0]!.text).toBe("Question\n( ) yes");
  });

  test("poll lines are removed per tweet of a thread", () => {
    expect(summary("Poll one\n( ) a\n( ) b\n\n---\n\nPoll two\n( ) c\n")).toEqual([
      [0, 1, "Poll one"],
      [1, 7, "Poll two"],
    ]);
  });

  test("twcheck options in front matter apply to that tweet", () => {
    const d = read("---\ntwcheck:\n  lang: en\n  disable: [topical]\n---\nHi\n---\nThere\n");
    expect(d.map((x) => x.options)).toEqual([{ lang: "en", disable: ["topical"] }, {}]);
  });

  test("through the decoder: CRLF and BOM", async () => {
    const r = await readAll(bytesInput("w.tweet", "\uFEFF---\r\nreply: x\r\n---\r\n\r\nHello\r\n( ) a\r\n( ) b\r\n"));
    expect(r.drafts.map((d) => [d.line, d.text])).toEqual([[5, "Hello"]]);
  });
});
