/**
 * Entity resolution across the archive: each article's people and organisations are filed under one entity
 * per real person or organisation, like a cuttings library's folders.
 *
 * People merge only on the same full name (two Smiths stay two folders); organisations merge when any of their
 * names or aliases meet (an acronym in one article, its long form in another).
 */
import type { Article, Organisation, Person } from "../article.js";
import { slugOrHash } from "../slug.js";

export type EntityKind = "person" | "organisation";

export interface ResolvedEntity {
  kind: EntityKind;
  name: string;
  slug: string;
  aliases: string[];
  /** Every article mention filed under this entity, as (article index, the article's own entity). */
  mentions: { article: number; entity: Person | Organisation }[];
}

export interface Resolution {
  people: ResolvedEntity[];
  organisations: ResolvedEntity[];
  /** `${articleSlug}|${kind}|${localSlug}` → the resolved entity, for linking speakers and names. */
  byLocal: Map<string, ResolvedEntity>;
}

export const localKey = (articleSlug: string, kind: EntityKind, slug: string) => `${articleSlug}|${kind}|${slug}`;

/**
 * Names are compared by their slug: "José Núñez" and "Jose Nunez" are one folder. Because every group's slug is
 * one of its own keys and each key belongs to one group, slugs are unique by construction and depend only on the
 * entity's names — adding a seed can merge folders but never moves an unrelated page.
 */
const nameKey = (name: string, kind: EntityKind) => slugOrHash(name, kind);

export function resolveEntities(articles: Article[]): Resolution {
  const byLocal = new Map<string, ResolvedEntity>();
  const people = resolveKind(articles, "person", (e) => [e.name], byLocal);
  const organisations = resolveKind(articles, "organisation", (e) => [e.name, ...e.aliases], byLocal);
  return { people, organisations, byLocal };
}

function resolveKind(
  articles: Article[],
  kind: EntityKind,
  namesOf: (e: Person | Organisation) => string[],
  byLocal: Map<string, ResolvedEntity>,
): ResolvedEntity[] {
  // Union-find over name keys: every name an entity goes by joins its group.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const all: { article: number; entity: Person | Organisation }[] = [];
  articles.forEach((article, index) => {
    for (const entity of kind === "person" ? article.people : article.organisations) {
      const keys = namesOf(entity).map((n) => nameKey(n, kind)).filter(Boolean);
      if (keys.length === 0) continue;
      for (const k of keys) if (!parent.has(k)) parent.set(k, k);
      for (const k of keys.slice(1)) union(keys[0]!, k);
      all.push({ article: index, entity });
    }
  });
  const groups = new Map<string, { article: number; entity: Person | Organisation }[]>();
  for (const mention of all) {
    const root = find(nameKey(namesOf(mention.entity)[0]!, kind));
    const group = groups.get(root) ?? [];
    group.push(mention);
    groups.set(root, group);
  }

  const resolved: ResolvedEntity[] = [];
  for (const root of [...groups.keys()].sort()) {
    const mentions = groups.get(root)!;
    const name = canonicalName(mentions.map((m) => m.entity.name));
    const aliases = new Set<string>();
    for (const m of mentions) for (const n of [m.entity.name, ...m.entity.aliases]) if (n !== name) aliases.add(n);
    resolved.push({ kind, name, slug: nameKey(name, kind), aliases: [...aliases].sort(), mentions });
  }
  for (const entity of resolved) {
    for (const m of entity.mentions) byLocal.set(localKey(articles[m.article]!.slug, kind, m.entity.slug), entity);
  }
  return resolved.sort((a, b) => a.slug.localeCompare(b.slug, "en"));
}

/** The form most articles use; ties go to the longer (fuller) form, then code-point order, so it is deterministic. */
function canonicalName(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
}
