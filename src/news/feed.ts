// Headlines from an RSS 2.0, RSS 1.0 (RDF) or Atom document, parsed with fast-xml-parser.
// Only what the topical rule needs: the title, the date (ISO, when the feed gives a valid one)
// and where it came from. A document that is not a feed is an error the loader reports.
import { XMLParser } from "fast-xml-parser";
import type { Headline } from "../config/types.js";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  trimValues: true,
  removeNSPrefix: true,
  isArray: (name) => name === "item" || name === "entry",
});

type Node = Record<string, unknown>;

function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && "#text" in value) return textOf((value as Node)["#text"]);
  return "";
}

function isoDate(value: unknown): string | null {
  const text = textOf(value).trim();
  if (!text) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Titles may carry markup (Atom `type="html"`) and runs of white space. */
function cleanTitle(title: string): string {
  return title.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
}

function asList(value: unknown): Node[] {
  if (Array.isArray(value)) return value.filter((v): v is Node => typeof v === "object" && v !== null);
  return value && typeof value === "object" ? [value as Node] : [];
}

export class FeedError extends Error {}

export function parseFeed(xml: string, source: string): Headline[] {
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (error) {
    throw new FeedError(`not valid XML (${(error as Error).message.split("\n")[0]})`);
  }
  const rss = doc.rss as Node | undefined;
  const rdf = doc.RDF as Node | undefined;
  const atom = doc.feed as Node | undefined;
  let items: Node[];
  let dateKeys: string[];
  if (rss) {
    items = asList((rss.channel as Node | undefined)?.item);
    dateKeys = ["pubDate", "date", "updated"];
  } else if (rdf) {
    items = asList(rdf.item);
    dateKeys = ["date", "pubDate"];
  } else if (atom) {
    items = asList(atom.entry);
    dateKeys = ["updated", "published"];
  } else {
    throw new FeedError("not an RSS or Atom feed");
  }
  const headlines: Headline[] = [];
  for (const item of items) {
    const title = cleanTitle(textOf(item.title));
    if (!title) continue;
    const dateKey = dateKeys.find((k) => item[k] !== undefined);
    headlines.push({ title, date: dateKey ? isoDate(item[dateKey]) : null, source });
  }
  return headlines;
}
