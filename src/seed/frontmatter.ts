/**
 * Front matter of a Markdown seed: YAML only, validated at the edge so the rest of the program can trust it.
 *
 * gray-matter evaluates `---js` / `---javascript` front matter with `eval` by default; a seed is untrusted, so
 * any language but YAML is refused by name and the JavaScript engines are replaced by ones that refuse too.
 */
import matter from "gray-matter";
import yaml from "js-yaml";
import { z } from "zod";
import { NOT_TEXT } from "./decode.js";
import { fail, ok, type Result } from "./problem.js";

const isRealDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

const PublicationDate = z
  .string("a real calendar date written YYYY-MM-DD")
  .trim()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isRealDay(s), "a real calendar date written YYYY-MM-DD");

const WebUrl = z
  .string("an http(s) URL")
  .trim()
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === "https:" || u.protocol === "http:";
    } catch {
      return false;
    }
  }, "an http(s) URL");

// YAML escapes ("\0", "\ud800") can write what a text file cannot hold; refused here as in the body.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const Text = z
  .string("a string")
  .trim()
  .min(1, "a non-empty string")
  .refine((s) => !NOT_TEXT.test(s) && !LONE_SURROGATE.test(s), "text without control characters");

export const FrontMatter = z.strictObject({
  headline: Text.optional(),
  date: PublicationDate.optional(),
  byline: Text.optional(),
  source: Text.optional(),
  url: WebUrl.optional(),
});
export type FrontMatter = z.infer<typeof FrontMatter>;

const KEYS = Object.keys(FrontMatter.shape);

const refuse = (language: string) => () => {
  throw new Error(`${language} front matter is not allowed`);
};

export interface MarkdownParts {
  frontMatter: FrontMatter;
  body: string;
}

export function readFrontMatter(file: string, text: string): Result<MarkdownParts> {
  const opener = /^---([^\n]*)\n/.exec(text);
  if (!opener) return ok({ frontMatter: {}, body: text });
  const language = opener[1]!.trim().toLowerCase();
  if (language !== "" && language !== "yaml" && language !== "yml") {
    return fail(file, `front matter in "${language}" is not allowed, only YAML (code in front matter never runs)`);
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      language: "yaml",
      engines: {
        js: refuse("JavaScript"),
        javascript: refuse("JavaScript"),
        // The core schema reads no timestamps: a date stays the string written, so "2024-02-30" is refused
        // instead of silently becoming 1 March.
        yaml: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object,
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return fail(file, `malformed YAML front matter: ${reason}`);
  }
  const data: unknown = parsed.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return fail(file, "front matter must be a mapping of keys to values");
  }
  // A `__proto__` key can reach an object's prototype instead of its own keys; read own keys only.
  const own: Record<string, unknown> = Object.create(null);
  for (const key of Object.getOwnPropertyNames(data)) own[key] = (data as Record<string, unknown>)[key];
  if (Object.getPrototypeOf(data) !== Object.prototype && Object.getPrototypeOf(data) !== null) {
    return fail(file, 'front matter key "__proto__" is not allowed');
  }
  for (const key of Object.keys(own)) {
    if (!KEYS.includes(key)) {
      const near = didYouMean(key, KEYS);
      return fail(
        file,
        `front matter key "${key}" is not allowed${near ? ` (did you mean "${near}"?)` : ""}; allowed keys: ${KEYS.join(", ")}`,
      );
    }
  }
  const result = FrontMatter.safeParse({ ...own });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = String(issue.path[0] ?? "front matter");
    const got = describeValue(own[key]);
    return fail(file, `front matter key "${key}": expected ${issue.message.replace(/^Invalid input: /, "")}, got ${got}`);
  }
  return ok({ frontMatter: result.data, body: parsed.content });
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${String(value)}`;
}

function didYouMean(key: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(key.toLowerCase(), candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  if (a.length > 64) return Infinity;
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}
