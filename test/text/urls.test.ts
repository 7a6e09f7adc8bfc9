import { readFileSync, readdirSync } from "node:fs";
import twitter from "twitter-text";
import { measure, parseConfig } from "../../src/length.js";
import { findUrls } from "../../src/text/urls.js";

// findUrls answers for twitter-text only when it can prove the answer: whenever it answers, the
// answer must be twitter-text's own, and measure() (which weighs around the links it proves)
// must be parseTweet's.
const official = (text: string) => twitter.extractUrlsWithIndices(text).map((u) => ({ url: u.url, indices: u.indices }));

function agreesWithTwitterText(text: string): boolean {
  const found = findUrls(text);
  if (found !== null) expect([text, found]).toEqual([text, official(text)]);
  for (const limit of [140, 280] as const) {
    const expected = twitter.parseTweet(text, parseConfig(limit));
    const m = measure(text, limit);
    expect([text, limit, m.weighted, m.valid, m.overflowStart]).toEqual([text, limit, expected.weightedLength, expected.valid, expected.weightedLength > limit ? expected.validRangeEnd + 1 : null]);
  }
  return found !== null;
}

const fixtureTexts = (): string[] => {
  const dir = new URL("../fixtures/", import.meta.url);
  return ["quality", "quality/blind", "cool-down"].flatMap((set) =>
    readdirSync(new URL(`${set}/`, dir))
      .filter((f) => f.endsWith(".jsonl"))
      .flatMap((f) => readFileSync(new URL(`${set}/${f}`, dir), "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text)),
  );
};

describe("findUrls gives twitter-text's links, or says it cannot", () => {
  test("on every draft of the fixtures", () => {
    const texts = fixtureTexts();
    const withLinks = texts.filter((t) => /https?:\/\//.test(t));
    expect(withLinks.length).toBeGreaterThan(100);
    let proved = 0;
    for (const text of texts) agreesWithTwitterText(text);
    for (const text of withLinks) if (findUrls(text) !== null) proved++;
    // The point of it: the usual links are read without twitter-text's pattern.
    expect(proved / withLinks.length).toBeGreaterThan(0.9);
  });

  test("reads the usual forms itself", () => {
    const cases: Array<[string, string[]]> = [
      ["Communiqué : https://www.ecb.europa.eu/press/pr/html/index.fr.html", ["https://www.ecb.europa.eu/press/pr/html/index.fr.html"]],
      ["Voir insee.fr et www.banque-france.fr/stats.", ["insee.fr", "www.banque-france.fr/stats"]],
      ["(source : https://example.com/a?b=1&c=2)", ["https://example.com/a?b=1&c=2"]],
      ["Les taux U.S. à 4.5 % en 2025. Fin.", []],
      ["Le détail 👉 https://t.co/Ab12Cd34Ef.", ["https://t.co/Ab12Cd34Ef"]],
      ["no link here, just text", []],
    ];
    for (const [text, urls] of cases) expect([text, findUrls(text)?.map((u) => u.url)]).toEqual([text, urls]);
  });

  test("leaves the rest to twitter-text", () => {
    for (const text of ["t.co/abc", "https://t.co/abc/def", "café.été", "voir xn--caf-dma.fr", "https://example.com:8080/x", "https://a.com/(x)"]) expect(findUrls(text)).toBeNull();
  });

  test("on thousands of generated look-alikes (brackets, quotes, ports, odd domains, trailing punctuation)", () => {
    const before = ["", "(", "«", "'", "l'", "@", "#", "$", "x", "-", ".", "/", "« ", "\u00a0", "\uFEFF", "é"];
    const protocols = ["", "http://", "https://", "HTTPS://", "ftp://", "https:/", "www."];
    const hosts = ["example.com", "ECB.europa.eu", "bbc.co.uk", "a-b.fr", "a-.fr", "-a.fr", "a_b.com", "insee.fr", "x.notatld", "mr.dupont", "t.co", "1.2.3.4", "e.g", "café.fr", "xn--caf-dma.fr", "example.comé", "a.b.c.d.io", "sub.example.com.", "example.c0m", "u.s", "a".repeat(64) + ".com"];
    const paths = ["", "/", "/Ab12", "/" + "b".repeat(41), "/a/b", "/a.", "/a,b", "/a)", "/(a)", "/a?b=1", "/a?b=1.", "/a#x", ":8080/x", "/a~", "/a%20b", "/l'x", "?q=1", "/a!", "/a-", "/a_", "/é"];
    const after = ["", " ", ".", ",", "!", ")", "…", "»", "x", "é", ". Fin", ":", "?", "?!", "'", "’", "\n", " et https://b.io/x", " 😀", "@x"];
    let n = 0;
    for (const b of before)
      for (const p of protocols)
        for (const h of hosts)
          for (const path of paths)
            for (const a of after) {
              // A sample of the product, spread over every part (the whole would take minutes).
              if ((n++ * 7919) % 23 !== 0) continue;
              agreesWithTwitterText(`Voir ${b}${p}${h}${path}${a}`);
            }
    expect(n).toBeGreaterThan(100_000);
  });
});
