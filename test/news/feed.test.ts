import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FeedError, parseFeed } from "../../src/news/feed.js";

const feeds = join(dirname(fileURLToPath(import.meta.url)), "feeds");
const read = (name: string) => readFileSync(join(feeds, name), "utf8");

describe("parseFeed", () => {
  it("reads RSS 2.0 titles (CDATA, entities) and dates, skipping items without a title", () => {
    const headlines = parseFeed(read("rss.xml"), "rss.xml");
    expect(headlines.map((h) => h.title)).toEqual([
      "La BCE abaisse ses taux directeurs de 25 points de base",
      "Assurance-vie : collecte record en octobre & hausse des unités de compte",
      "Vieux titre sur le Livret A",
      "Titre sans date : les néobanques gagnent des clients",
    ]);
    expect(headlines[0]).toEqual({
      title: "La BCE abaisse ses taux directeurs de 25 points de base",
      date: "2026-11-25T13:15:00.000Z",
      source: "rss.xml",
    });
    expect(headlines[1]!.date).toBe("2026-11-23T07:00:00.000Z");
    expect(headlines[3]!.date).toBeNull();
  });

  it("reads Atom entries (updated or published; HTML titles lose their markup)", () => {
    expect(parseFeed(read("atom.xml"), "atom")).toEqual([
      { title: "Fed holds rates steady as inflation cools", date: "2026-11-25T12:00:00.000Z", source: "atom" },
      { title: "Insurers brace for record hurricane claims", date: "2026-11-24T09:30:00.000Z", source: "atom" },
    ]);
  });

  it("reads RSS 1.0 (RDF) items", () => {
    expect(parseFeed(read("rdf.xml"), "rdf")).toEqual([
      { title: "Bund yields climb after German PMI data", date: "2026-11-25T07:00:00.000Z", source: "rdf" },
    ]);
  });

  it.each([
    ["page.html", /not an RSS or Atom feed/],
    ["broken.xml", /not valid XML/],
  ])("rejects %s with a FeedError", (name, message) => {
    expect(() => parseFeed(read(name), name)).toThrow(FeedError);
    expect(() => parseFeed(read(name), name)).toThrow(message);
  });
});
