// The configuration's shape, checked at load with zod; messages name the key and what was expected.
import { z } from "zod";
import { RULE_IDS } from "../types.js";

const severity = z.enum(["off", "warning", "error"]);
const ruleSetting = z.union([
  severity,
  z.tuple([severity]),
  z.tuple([severity, z.record(z.string(), z.unknown())]),
]);
const strings = z.array(z.string());
const limit = z.literal([140, 280]);
const lang = z.enum(["auto", "fr", "en"]);
// partialRecord: zod 4 records with enum keys are exhaustive; a config names only some rules.
const rules = z.partialRecord(z.enum(RULE_IDS), ruleSetting);

export const overrideSchema = z.strictObject({
  files: z.union([z.string(), strings]).transform((v) => (typeof v === "string" ? [v] : v)),
  lang: lang.optional(),
  limit: limit.optional(),
  topics: strings.optional(),
  audience: strings.optional(),
  allow: strings.optional(),
  rules: rules.optional(),
});

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  extends: z.union([z.string(), strings]).transform((v) => (typeof v === "string" ? [v] : v)).optional(),
  lang: lang.optional(),
  limit: limit.optional(),
  locale: z.enum(["fr", "en"]).optional(),
  topics: strings.optional(),
  audience: strings.optional(),
  news: strings.optional(),
  files: strings.optional(),
  allow: strings.optional(),
  packs: strings.optional(),
  rules: rules.optional(),
  overrides: z.array(overrideSchema).optional(),
});

export const presetSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  topics: z.partialRecord(z.enum(["fr", "en"]), strings).default({}),
  audience: z.partialRecord(z.enum(["fr", "en"]), strings).default({}),
});

export type ConfigInput = z.input<typeof configSchema>;

/** One line per problem: `rules.informed: expected one of "off", "warning", "error"`. */
export function describeIssues(error: z.ZodError): string {
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
  return issue.message.replace(/^Invalid input: /, "");
}
