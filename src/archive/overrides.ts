/**
 * Editorial overrides: the librarian's corrections to the machine's entity filing, kept in a YAML file next to
 * the seeds (seeds/entities.yml) and applied on every rebuild without reparsing any article.
 *
 * ```yaml
 * - name: Foreign, Commonwealth and Development Office   # canonical name for the page
 *   kind: organisation          # person | organisation | place | other: refile an entity of the wrong kind
 *                               # (places and others get no page: "Union Station", "Coronation Street")
 *   aliases: [FCDO, Foreign Office]   # other names of the same entity: their pages merge into this one
 *   description: UK government department for foreign affairs   # one line shown on the page
 * - name: Second Secretary
 *   suppress: true              # not an entity at all: dropped everywhere
 * - name: John Smith
 *   split:                      # mentions in these seeds are a different person
 *     - name: John Smith (footballer)
 *       articles: [sport/2024-05-01-derby.txt]
 * ```
 * Errors name the file and line: `entities.yml:7: "kind" must be one of person, organisation, place, other`.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { z } from "zod";
import type { SeedProblem } from "../seed/problem.js";

const Name = z.string().trim().min(1, "must be a non-empty name").max(200, "must be at most 200 characters");
const Kind = z.enum(["person", "organisation", "place", "other"], "must be one of person, organisation, place, other");

export const SplitDirective = z.strictObject({
  name: Name,
  articles: z.array(z.string().trim().min(1), "must be a list of seed file names").min(1, "must name at least one seed file"),
  description: z.string().trim().min(1).max(300).optional(),
});

export const Directive = z.strictObject({
  name: Name,
  kind: Kind.optional(),
  aliases: z.array(Name, "must be a list of names").optional(),
  description: z.string("must be one line of text").trim().min(1).max(300, "must be one line of at most 300 characters").optional(),
  suppress: z.boolean("must be true or false").optional(),
  split: z.array(SplitDirective, "must be a list of {name, articles}").optional(),
});
export type Directive = z.infer<typeof Directive>;

export const OverridesFile = z.array(Directive, "the file must be a list of entries, each starting with '- name:'");

export interface Overrides {
  directives: Directive[];
}

export const NO_OVERRIDES: Overrides = { directives: [] };

export function readOverrides(file: string, text: string): { overrides: Overrides; problems: SeedProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => `${file}:${offset === undefined ? 1 : lines.linePos(offset).line}`;
  if (doc.errors.length) {
    return { overrides: NO_OVERRIDES, problems: doc.errors.map((e) => ({ file: at(e.pos[0]), reason: `malformed YAML: ${e.message.split("\n")[0]}` })) };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? [];
  } catch (error) {
    return { overrides: NO_OVERRIDES, problems: [{ file: at(0), reason: `malformed YAML: ${(error as Error).message}` }] };
  }
  const parsed = OverridesFile.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const node = nodeAt(doc.contents, issue.path as (string | number)[]);
      const key = issue.path.filter((p) => typeof p === "string").at(-1);
      const message = issue.code === "unrecognized_keys" ? `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} (allowed: ${Object.keys(Directive.shape).join(", ")})` : `${key ? `"${String(key)}" ` : ""}${issue.message}`;
      return { file: at(node?.range?.[0]), reason: message };
    });
    return { overrides: NO_OVERRIDES, problems };
  }
  const problems: SeedProblem[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((directive, index) => {
    const key = directive.name.toLowerCase();
    if (seen.has(key)) {
      problems.push({ file: at(nodeAt(doc.contents, [index])?.range?.[0]), reason: `"${directive.name}" is already declared by the entry at index ${seen.get(key)}` });
    }
    seen.set(key, index);
  });
  return { overrides: problems.length ? NO_OVERRIDES : { directives: parsed.data }, problems };
}

/** The YAML node at a zod issue's path, for its line number; the nearest existing ancestor when the key is missing. */
function nodeAt(root: unknown, path: (string | number)[]): (Node & { range?: [number, number, number] }) | undefined {
  let node = root as Node | undefined;
  for (const step of path) {
    let next: unknown;
    if (isSeq(node) && typeof step === "number") next = node.items[step];
    else if (isMap(node)) next = node.items.find((pair) => String((pair.key as { value?: unknown })?.value) === String(step))?.value;
    if (!next) break;
    node = next as Node;
  }
  return node as (Node & { range?: [number, number, number] }) | undefined;
}
