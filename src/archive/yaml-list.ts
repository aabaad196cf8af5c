/**
 * A librarian's YAML file next to the seeds (entities.yml, corrections.yml): a list of entries, each checked
 * against a zod schema, every mistake reported as `file:LINE: reason` so it can be found and fixed in the editor.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { z } from "zod";
import type { SeedProblem } from "../seed/problem.js";

export interface YamlList<T> {
  /** The entries, or null when the file as a whole could not be read. */
  entries: T[] | null;
  problems: SeedProblem[];
  /** `file:LINE` of the entry at an index, for problems found after reading (a duplicate, an unknown seed). */
  where: (index: number, key?: string) => string;
}

export function readYamlList<S extends z.ZodObject>(file: string, text: string, schema: z.ZodArray<S>, entry: S): YamlList<z.infer<S>> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => `${file}:${offset === undefined ? 1 : lines.linePos(offset).line}`;
  const where = (index: number, key?: string) => at(nodeAt(doc.contents, key ? [index, key] : [index])?.range?.[0]);
  if (doc.errors.length) {
    return { entries: null, where, problems: doc.errors.map((e) => ({ file: at(e.pos[0]), reason: `malformed YAML: ${e.message.split("\n")[0]}` })) };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? [];
  } catch (error) {
    return { entries: null, where, problems: [{ file: at(0), reason: `malformed YAML: ${(error as Error).message}` }] };
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { entries: parsed.data, problems: [], where };
  const problems = parsed.error.issues.map((issue) => {
    const node = nodeAt(doc.contents, issue.path as (string | number)[]);
    const key = issue.path.filter((p) => typeof p === "string").at(-1);
    const message =
      issue.code === "unrecognized_keys"
        ? `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} (allowed: ${Object.keys(entry.shape).join(", ")})`
        : `${key ? `"${String(key)}" ` : ""}${issue.message}`;
    return { file: at(node?.range?.[0]), reason: message };
  });
  return { entries: null, problems, where };
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
