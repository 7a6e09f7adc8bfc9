import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadHeadlines } from "../../src/news/load.js";

const feeds = join(dirname(fileURLToPath(import.meta.url)), "feeds");
const now = new Date("2026-11-26T04:00:00Z");

describe("loadHeadlines", () => {
  it("keeps recent and undated headlines from local feeds, newest first, paths relative to baseDir", async () => {
    const { headlines, problems } = await loadHeadlines(["rss.xml", "atom.xml"], feeds, now);
    expect(problems).toEqual([]);
    expect(headlines.map((h) => h.title)).toEqual([
      "La BCE abaisse ses taux directeurs de 25 points de base",
      "Fed holds rates steady as inflation cools",
      "Insurers brace for record hurricane claims",
      "Assurance-vie : collecte record en octobre & hausse des unités de compte",
      "Titre sans date : les néobanques gagnent des clients",
    ]);
  });

  it("honours maxAgeDays", async () => {
    const { headlines } = await loadHeadlines(["rss.xml"], feeds, now, 1);
    expect(headlines.map((h) => h.title)).toEqual([
      "La BCE abaisse ses taux directeurs de 25 points de base",
      "Titre sans date : les néobanques gagnent des clients",
    ]);
  });

  it("reports unreadable and invalid feeds as problems and still loads the others", async () => {
    const { headlines, problems } = await loadHeadlines(["missing.xml", "page.html", "broken.xml", "rdf.xml", "."], feeds, now);
    expect(headlines.map((h) => h.source)).toEqual(["rdf.xml"]);
    expect(problems).toEqual(
      expect.arrayContaining([
        { source: "missing.xml", message: "cannot read: no such file" },
        { source: "page.html", message: "not a readable feed: not an RSS or Atom feed" },
        { source: ".", message: "cannot read: is a directory" },
      ]),
    );
    expect(problems.find((p) => p.source === "broken.xml")?.message).toMatch(/^not a readable feed: not valid XML/);
    expect(problems).toHaveLength(4);
  });

  it("reports an unreachable URL as a problem (no network needed: the port is closed)", async () => {
    const { headlines, problems } = await loadHeadlines(["http://127.0.0.1:9/feed.xml"], feeds, now);
    expect(headlines).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.source).toBe("http://127.0.0.1:9/feed.xml");
    expect(problems[0]!.message).toMatch(/^cannot read|^no answer/);
  });
});
