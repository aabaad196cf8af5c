/**
 * Name compatibility and per-article scoring for the entities evaluation (see entities.ts for the conventions).
 * Pure functions, no file system, so they can be tested and reused by scratch analyses.
 *
 * Name compatibility (documented choice):
 * - people: same surname (last token, case and accents folded), and given names that agree where both are given,
 *   an initial agreeing with a full given name ("P. Simmons" ~ "Phil Simmons"). A lone surname is compatible with
 *   the full name ("Simmons" ~ "Phil Simmons"): the article itself uses both forms for one person, and an extractor
 *   that keeps two entities for them is still penalised (the second one is a false positive).
 * - organisations: equal after folding case, accents, dots and a leading "the", or one is the acronym of the other
 *   ("UN" ~ "United Nations").
 * - any alias of a predicted entity may make the match (the extractor's job is to put the forms together).
 */
export type EntityKind = "people" | "organisations" | "places";

export interface Predicted {
  name: string;
  aliases: string[];
}

export interface Tally {
  tp: number;
  predicted: number;
  gold: number;
}

export function foldName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']s$/, "")
    .replace(/[.’'`]/g, (c) => (c === "." ? ". " : ""))
    .replace(/[^a-z0-9&. ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function tokens(name: string): string[] {
  return foldName(name)
    .replace(/\./g, " ")
    .split(" ")
    .filter((t) => t !== "");
}

function givenCompatible(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

export function samePerson(a: string, b: string): boolean {
  const x = tokens(a);
  const y = tokens(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.length === 1 || y.length === 1) {
    const [one, many] = x.length === 1 ? [x[0]!, y] : [y[0]!, x];
    // A lone name matches the surname, or the family name written first (East Asian order).
    return one === many[many.length - 1] || (many.length > 1 && one === many[0]);
  }
  if (x[x.length - 1] !== y[y.length - 1]) return false;
  return givenCompatible(x[0]!, y[0]!);
}

const MINOR = new Set(["of", "the", "and", "for", "&", "de", "du", "des", "la", "le"]);

function acronymOf(long: string[]): string {
  return long
    .filter((t) => !MINOR.has(t))
    .map((t) => t[0])
    .join("");
}

export function sameOrganisation(a: string, b: string): boolean {
  const x = tokens(a).filter((t, i) => !(i === 0 && t === "the"));
  const y = tokens(b).filter((t, i) => !(i === 0 && t === "the"));
  if (x.length === 0 || y.length === 0) return false;
  if (x.join(" ") === y.join(" ")) return true;
  // "U.N." folds to ["u", "n"]; compare its letters with the other's initials.
  const compact = (t: string[]) => (t.every((w) => w.length === 1) || t.length === 1 ? t.join("") : null);
  const cx = compact(x);
  const cy = compact(y);
  if (cx && cy && cx === cy) return true;
  if (cx && y.length > 1 && cx === acronymOf(y)) return true;
  if (cy && x.length > 1 && cy === acronymOf(x)) return true;
  return false;
}

// A place matches as an organisation does: the same name, or an acronym of it ("U.S.", "United States").
const SAME: Record<EntityKind, (a: string, b: string) => boolean> = { people: samePerson, organisations: sameOrganisation, places: sameOrganisation };

/** Gold surface forms → gold entities: longest forms first, so a surname joins its full name. */
export function clusterGold(forms: string[], kind: EntityKind): string[][] {
  const same = SAME[kind];
  const sorted = [...new Set(forms)].sort((a, b) => tokens(b).length - tokens(a).length || b.length - a.length || a.localeCompare(b));
  const clusters: string[][] = [];
  for (const form of sorted) {
    const home = clusters.find((c) => c.some((f) => same(f, form)));
    if (home) home.push(form);
    else clusters.push([form]);
  }
  return clusters;
}

/** One article's tally: each predicted entity matches at most one gold entity, in reading order. */
export function scoreArticle(predicted: Predicted[], goldForms: string[], kind: EntityKind): Tally & { misses: string[]; extras: string[] } {
  const same = SAME[kind];
  const clusters = clusterGold(goldForms, kind);
  const taken = new Set<number>();
  const extras: string[] = [];
  let tp = 0;
  for (const entity of predicted) {
    const forms = [entity.name, ...entity.aliases];
    const hit = clusters.findIndex((c, i) => !taken.has(i) && c.some((g) => forms.some((f) => same(f, g))));
    if (hit >= 0) {
      taken.add(hit);
      tp++;
    } else extras.push(entity.name);
  }
  const misses = clusters.filter((_, i) => !taken.has(i)).map((c) => c[0]!);
  return { tp, predicted: predicted.length, gold: clusters.length, misses, extras };
}

