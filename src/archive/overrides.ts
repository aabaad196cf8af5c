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
import { z } from "zod";
import type { SeedProblem } from "../seed/problem.js";
import { readYamlList } from "./yaml-list.js";

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
  const list = readYamlList(file, text, OverridesFile, Directive);
  if (!list.entries) return { overrides: NO_OVERRIDES, problems: list.problems };
  const problems: SeedProblem[] = [];
  const seen = new Map<string, number>();
  list.entries.forEach((directive, index) => {
    const key = directive.name.toLowerCase();
    if (seen.has(key)) problems.push({ file: list.where(index), reason: `"${directive.name}" is already declared by the entry at index ${seen.get(key)}` });
    seen.set(key, index);
  });
  return { overrides: problems.length ? NO_OVERRIDES : { directives: list.entries }, problems };
}
