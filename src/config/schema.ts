// The configuration's shape, checked at load with zod; messages name the key and what was expected.
// zod/mini: the same checks and issues as zod, in a build small enough to load on every run
// that has a configuration file.
import * as z from "zod/mini";
import { RULE_IDS } from "../types.js";

const severity = z.enum(["off", "warning", "error"]);
const ruleSetting = z.union([
  severity,
  z.tuple([severity]),
  z.tuple([severity, z.record(z.string(), z.unknown())]),
]);
const strings = z.array(z.string());
const stringOrList = z.pipe(
  z.union([z.string(), strings]),
  z.transform((v: string | string[]) => (typeof v === "string" ? [v] : v)),
);
const limit = z.literal([140, 280]);
const lang = z.enum(["auto", "fr", "en"]);
// partialRecord: zod 4 records with enum keys are exhaustive; a config names only some rules.
const rules = z.partialRecord(z.enum(RULE_IDS), ruleSetting);

export const overrideSchema = z.strictObject({
  files: stringOrList,
  lang: z.optional(lang),
  limit: z.optional(limit),
  topics: z.optional(strings),
  audience: z.optional(strings),
  allow: z.optional(strings),
  rules: z.optional(rules),
});

export const configSchema = z.strictObject({
  $schema: z.optional(z.string()),
  extends: z.optional(stringOrList),
  lang: z.optional(lang),
  limit: z.optional(limit),
  locale: z.optional(z.enum(["fr", "en"])),
  topics: z.optional(strings),
  audience: z.optional(strings),
  news: z.optional(strings),
  files: z.optional(strings),
  allow: z.optional(strings),
  packs: z.optional(strings),
  rules: z.optional(rules),
  overrides: z.optional(z.array(overrideSchema)),
});

export const presetSchema = z.strictObject({
  $schema: z.optional(z.string()),
  name: z.optional(z.string()),
  description: z.optional(z.string()),
  topics: z._default(z.partialRecord(z.enum(["fr", "en"]), strings), {}),
  moreTopics: z.optional(z.partialRecord(z.enum(["fr", "en"]), strings)),
  audience: z._default(z.partialRecord(z.enum(["fr", "en"]), strings), {}),
});

export type ConfigInput = z.input<typeof configSchema>;

const TYPE_NAMES: Record<string, string> = {
  array: "a list (e.g. [\"BCE\", \"taux\"])",
  string: "a string",
  number: "a number",
  object: "an object",
  boolean: "true or false",
};

/** One line per problem: `rules.informed: expected one of "off", "warning", "error"`. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.length ? issue.path.join(".") : "(top level)";
      return `${path}: ${issueText(issue)}`;
    })
    .join("; ");
}

function issueText(issue: z.core.$ZodIssue): string {
  const inRules = issue.path[issue.path.length - 1] === "rules";
  if (issue.code === "unrecognized_keys" && inRules) return `unknown rule${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} (rules are ${RULE_IDS.join(", ")})`;
  if (issue.code === "unrecognized_keys") return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  if (issue.code === "invalid_value") return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  if (issue.code === "invalid_key") return `unknown rule (rules are ${RULE_IDS.join(", ")})`;
  if (issue.code === "invalid_union") {
    const inRule = issue.path[issue.path.length - 2] === "rules";
    return inRule ? "expected a severity (\"off\", \"warning\", \"error\") or [severity, { options }]" : "expected a string or a list of strings";
  }
  if (issue.code === "invalid_type") return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
  return issue.message.replace(/^Invalid input: /, "");
}
