// twcheck's length is twitter-text's parseTweet, exactly: version 1 (140) and version 3 (280),
// through measure() and through every input form of the CLI.
import twitter from "twitter-text";
import { measure } from "../src/length.js";
import type { Report } from "../src/types.js";
import { FOUNDATION_ONLY, parseReport, removeDir, runCli, runCliAsync, tempDir, writeFiles } from "./helpers/cli.js";

const configs = (twitter as unknown as { configs: Record<"version1" | "version3", twitter.ParseTweetOptions> }).configs;
const parse = (text: string, limit: 140 | 280) => twitter.parseTweet(text, limit === 280 ? configs.version3 : configs.version1);

const TRICKY: Array<[string, string]> = [
  ["plain ascii", "Taux directeurs : la BCE maintient ses taux."],
  ["precomposed accents", "Épargne réglementée : hausse du Livret A à 3 %, décidée à Bercy."],
  ["combining accents (NFC-normalised by twitter-text)", "Cafe\u0301 cre\u0300me, e\u0301pargne"],
  ["family emoji (ZWJ sequence)", "Famille 👨‍👩‍👧‍👦 et assurance"],
  ["skin tone and flag", "Bravo 👍🏽 à l'équipe 🇫🇷"],
  ["keycap and variation selector", "1️⃣ ❤️ ☺ fin"],
  ["astral non-emoji (math letters)", "𝐁𝐨𝐥𝐝 𝔣𝔯𝔞𝔨𝔱𝔲𝔯"],
  ["CJK", "日本銀行は金利を据え置いた。"],
  ["Korean and Japanese kana", "한국은행 기준금리 カタカナ"],
  ["URL with protocol", "Lire https://www.example.com/un/tres/long/chemin/vers/un/article?avec=des&parametres=1 ce matin"],
  ["URL without protocol", "Voir example.com/rapport-annuel et www.banque-de-france.fr"],
  ["short URL", "http://t.co"],
  ["mentions, hashtags, cashtags", "@BCE #assurance $BNP #Épargne @user_42"],
  ["newlines", "Ligne un\nligne deux\n\nligne quatre"],
  ["tabs and trailing space", "a\tb  c "],
  ["140 x", "x".repeat(140)],
  ["141 x", "x".repeat(141)],
  ["280 x", "x".repeat(280)],
  ["281 x", "x".repeat(281)],
  ["139 x + emoji", "x".repeat(139) + "😀"],
  ["140 CJK (280 weighted)", "字".repeat(140)],
  ["141 CJK", "字".repeat(141)],
  ["140 emoji", "😀".repeat(140)],
  ["URL pushing over 280", "y".repeat(257) + " https://example.com"],
  ["URL at exactly 280", "y".repeat(256) + " https://example.com/a/very/long/path/that/counts/as/twenty-three"],
  // Dots with no URL possible (measure skips twitter-text's URL pattern for these) and look-alikes.
  ["dots, decimals, abbreviations", "U.S. rates at 5.25%... The end. Fin. ...", ],
  ["dots beside emoji and marks", "Top.😀 .\u0301a x.\u0338 ..é 1.x"],
  ["dot before a letter that is a domain", "rapport.pdf et banque.fr"],
  ["full-width and ideographic dots", "example．com 例え。jp"],
  ["200 dots over the limit", ". ".repeat(150)],
];

describe("measure() is parseTweet", () => {
  test("on every labelled draft of the fixtures, both limits", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = new URL("./fixtures/", import.meta.url);
    const texts = ["quality", "cool-down"].flatMap((set) =>
      readdirSync(new URL(`${set}/`, dir))
        .filter((f) => f.endsWith(".jsonl"))
        .flatMap((f) => readFileSync(new URL(`${set}/${f}`, dir), "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text)),
    );
    expect(texts.length).toBeGreaterThan(500);
    for (const text of texts)
      for (const limit of [140, 280] as const) {
        const expected = parse(text, limit);
        const m = measure(text, limit);
        expect([text, m.weighted, m.valid, m.overflowStart]).toEqual([text, expected.weightedLength, expected.valid, expected.weightedLength > limit ? expected.validRangeEnd + 1 : null]);
      }
  });

  test.each(TRICKY)("%s", (_name, text) => {
    for (const limit of [140, 280] as const) {
      const expected = parse(text, limit);
      const m = measure(text, limit);
      expect({ weighted: m.weighted, valid: m.valid }).toEqual({ weighted: expected.weightedLength, valid: expected.valid });
      expect(m.limit).toBe(limit);
      expect(m.remaining).toBe(limit - expected.weightedLength);
    }
  });

  test("on 9,000 generated strings mixing every kind of character, both limits", () => {
    // Link-free texts are weighed without parseTweet where that provably agrees (src/length.ts).
    // Three families, at lengths around both limits: characters weighed directly only; the same
    // with no dot (no link possible) and a few characters of every other kind (emoji and their
    // joiners, ©/® with U+FE0F, combining marks that NFC composes, CJK, invalid characters, lone
    // surrogates); and anything. A fixed seed keeps the run reproducible.
    const plain = ["a", "Z", "e", "o", " ", " ", ".", ",", "5", "#", "*", "=", "\n", "\t", "é", "É", "ß", "ÿ", "«", "»", "°", "©", "®", "\u00a0", "\u00ad", "ł", "ő", "ǅ", "\u024f"];
    const hard = ["\u0250", "\u0301", "\u0338", "\u0300", "😀", "❤", "\ufe0f", "\u200d", "\u20e3", "字", "…", "€", "’", "™", "。", "\ufeff", "\ufffe", "\uffff", "\ud83d", "\ude00", "👍🏽", "🇫🇷"];
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = (list: string[]) => list[Math.floor(random() * list.length)]!;
    const wrong: unknown[] = [];
    for (let n = 0; n < 9_000; n++) {
      const family = n % 3;
      const size = [5, 60, 139, 141, 279, 281][Math.floor(n / 3) % 6]!;
      let text = "";
      while (text.length < size) {
        if (family === 0) text += pick(plain);
        else if (family === 1) text += random() < 0.04 ? pick(hard) : pick(plain).replace(".", "-");
        else text += pick(random() < 0.5 ? plain : hard);
      }
      for (const limit of [140, 280] as const) {
        const expected = parse(text, limit);
        const m = measure(text, limit);
        const want = [expected.weightedLength, expected.valid, expected.weightedLength > limit ? expected.validRangeEnd + 1 : null];
        if (m.weighted !== want[0] || m.valid !== want[1] || m.overflowStart !== want[2]) wrong.push({ text, limit, got: [m.weighted, m.valid, m.overflowStart], want });
      }
    }
    expect(wrong).toEqual([]);
  });

  test("the boundaries are where the spec puts them", () => {
    expect(measure("x".repeat(140), 140)).toMatchObject({ weighted: 140, valid: true, overflowStart: null });
    expect(measure("x".repeat(141), 140)).toMatchObject({ weighted: 141, valid: false, overflowStart: 140 });
    expect(measure("x".repeat(280), 280)).toMatchObject({ weighted: 280, valid: true, overflowStart: null });
    expect(measure("x".repeat(281), 280)).toMatchObject({ weighted: 281, valid: false, overflowStart: 280 });
    // v3 weights: CJK and emoji count 2, URLs 23; v1 counts every code point as 1.
    expect(measure("字".repeat(140), 280)).toMatchObject({ weighted: 280, valid: true });
    expect(measure("字".repeat(141), 280)).toMatchObject({ weighted: 282, valid: false });
    expect(measure("😀", 280).weighted).toBe(2);
    expect(measure("https://example.com/" + "a".repeat(60), 280).weighted).toBe(23);
  });

  test("the part past the limit starts after the last character that fits (emoji are not split)", () => {
    const text = "x".repeat(139) + "😀😀";
    const m = measure(text, 280);
    expect(m.overflowStart).toBeNull();
    const v1 = measure(text, 140);
    expect(v1.weighted).toBe(141);
    expect(v1.overflowStart).toBe(141); // after the first emoji (two UTF-16 units)
    expect(text.slice(v1.overflowStart!)).toBe("😀");
  });
});

describe("the CLI reports parseTweet's figures for every input form", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => removeDir(dir));

  const expectSame = (report: Report, limit: 140 | 280, texts: string[]) => {
    expect(report.drafts).toHaveLength(texts.length);
    report.drafts.forEach((d, i) => {
      const expected = parse(texts[i]!, limit);
      expect({ i, text: d.text, weighted: d.length.weighted, valid: d.length.valid, limit: d.length.limit }).toEqual({
        i,
        text: texts[i],
        weighted: expected.weightedLength,
        valid: expected.valid,
        limit,
      });
    });
  };
  const texts = TRICKY.map(([, text]) => text);

  test.each([140, 280] as const)("files (one per string, final newline) at %i", (limit) => {
    const names = texts.map((_, i) => `f${String(i).padStart(2, "0")}.txt`);
    writeFiles(dir, Object.fromEntries(names.map((n, i) => [n, `${texts[i]}\n`])));
    const r = runCli(["--format", "json", "--limit", String(limit), ...FOUNDATION_ONLY, ...names], { cwd: dir });
    const report = parseReport(r);
    expectSame(report, limit, texts);
    expect(r.status).toBe(1); // the 141/281 drafts are errors
    for (const d of report.drafts) expect(d.ready).toBe(d.length.valid);
  });

  test.each([140, 280] as const)("a jsonl batch at %i", (limit) => {
    writeFiles(dir, { "batch.jsonl": texts.map((text, i) => JSON.stringify({ id: `t${i}`, text })).join("\n") + "\n" });
    const report = parseReport(runCli(["--format", "json", "--limit", String(limit), ...FOUNDATION_ONLY, "batch.jsonl"], { cwd: dir }));
    expectSame(report, limit, texts);
    expect(report.drafts.map((d) => d.id)).toEqual(texts.map((_, i) => `t${i}`));
  });

  test("stdin, piped and as -", async () => {
    // A subset (each run is a process): accents, emoji, CJK, URL, newlines and both boundaries.
    const some = ["precomposed accents", "family emoji (ZWJ sequence)", "CJK", "URL without protocol", "newlines", "141 x", "280 x", "141 CJK"].map(
      (name) => TRICKY.find(([n]) => n === name)![1],
    );
    const runs = await Promise.all(
      some.map((text, i) =>
        runCliAsync(["--format", "json", "--limit", i % 2 ? "280" : "140", ...FOUNDATION_ONLY, ...(i % 3 ? ["-"] : [])], { cwd: dir, input: `${text}\n` }),
      ),
    );
    runs.forEach((r, i) => {
      const report = parseReport(r);
      expect(report.drafts[0]!.source).toBe("<stdin>");
      expectSame(report, i % 2 ? 280 : 140, [some[i]!]);
    });
  });
});
