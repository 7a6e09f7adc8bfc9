// Formatters by name; each is loaded only when asked for.
import type { FormatterFactory } from "./types.js";

export const FORMATS = ["stylish", "compact", "json", "github"] as const;
export type FormatName = (typeof FORMATS)[number];

export async function loadFormatter(name: FormatName): Promise<FormatterFactory> {
  switch (name) {
    case "stylish":
      return (await import("./stylish.js")).stylish;
    case "compact":
      return (await import("./compact.js")).compact;
    case "json":
      return (await import("./json.js")).json;
    case "github":
      return (await import("./github.js")).github;
  }
}
