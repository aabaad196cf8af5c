/**
 * Entity resolution across the archive: each article's people and organisations are filed under one entity
 * per real person or organisation, like a cuttings library's folders, then the librarian's overrides apply.
 *
 * One name, one kind: a name the articles give different kinds (a person in one, an organisation or a place in
 * others) is filed under the kind most of its articles give it, and the count of each is kept as the evidence
 * (a tie leaves each article's own kind). A `kind:` in the overrides file wins over both; places and others get
 * no page.
 *
 * People merge only on the same full name (two Smiths stay two folders; a surname alone never merges across
 * articles); organisations merge when any of their names or aliases meet (an acronym in one article, its long
 * form in another).
 */
import type { Article, Organisation, Person, Place } from "../article.js";
import { shortHash, slugify, slugOrHash } from "../slug.js";
import { NO_OVERRIDES, type Directive, type Overrides } from "./overrides.js";

export type EntityKind = "person" | "organisation";
/** Every kind an article files a name under; only people and organisations get pages. */
export type NameKind = EntityKind | "place";

/** How many articles give a name each kind. */
export type KindVotes = Partial<Record<NameKind, number>>;

export interface Mention {
  article: number;
  entity: Person | Organisation | Place;
}

export interface ResolvedEntity {
  kind: EntityKind;
  name: string;
  slug: string;
  aliases: string[];
  /** The librarian's one-line description, from the overrides file. */
  description?: string;
  /** Every article mention filed under this entity. */
  mentions: Mention[];
  /** How many articles give this entity's names each kind, when they disagree: why it is filed as it is. */
  kindVotes?: KindVotes;
}

export interface Resolution {
  people: ResolvedEntity[];
  organisations: ResolvedEntity[];
  /**
   * Per article (by its index in the input), the entity each of its people and organisations resolved to, by the
   * name's index in the article's list (undefined: suppressed, or filed as a place). Arrays by position, not a map
   * keyed by strings: a big archive has millions of names, and a key string for each was most of the time.
   */
  local: LocalNames[];
}

export interface LocalNames {
  person: (ResolvedEntity | undefined)[];
  organisation: (ResolvedEntity | undefined)[];
}

/**
 * Names are compared by their slug: "José Núñez" and "Jose Nunez" are one folder. Because every group's slug is
 * one of its own keys and each key belongs to one group, slugs are unique by construction and depend only on the
 * entity's names — adding a seed can merge folders but never moves an unrelated page.
 */
const nameKey = (name: string, kind: EntityKind) => {
  // A big archive names the same people a million times: each name is slugged once.
  const known = NAME_KEYS[kind].get(name);
  if (known !== undefined) return known;
  const slug = slugOrHash(name, kind);
  // The A–Z index pages itself under /people/page/2/: an entity may never take that path segment.
  const key = RESERVED.has(slug) ? `${slug}-${shortHash(name)}` : slug;
  NAME_KEYS[kind].set(name, key);
  return key;
};
const NAME_KEYS: Record<EntityKind, Map<string, string>> = { person: new Map(), organisation: new Map() };
const RESERVED = new Set(["page"]);

/** The names a mention can be merged by: a person's full name only; an organisation's every form. */
const mergeNames = (entity: Person | Organisation, kind: EntityKind) => (kind === "person" ? [entity.name] : [entity.name, ...entity.aliases]);

interface Filed {
  mention: Mention;
  originalKind: NameKind;
  /** The name's index in its article's list of that kind. */
  index: number;
  kind: EntityKind;
  /** Keys this mention joins; the first is its own. */
  keys: string[];
  /** A split directive gives the mention a new identity, cut off from its usual name. */
  directive?: { name: string; description?: string };
}

/** What filing needs of an article: its names by kind (a digest will do). */
export type Filable = Pick<Article, "file" | "slug" | "people" | "organisations"> & { places?: Place[] };

export function resolveEntities(articles: readonly Filable[], overrides: Overrides = NO_OVERRIDES): Resolution {
  const rules = indexDirectives(overrides);
  const votes = kindVotes(articles);
  // Decided once per name, not once per mention.
  const majorities = new Map<string, NameKind | undefined>();
  const majority = (key: string) => {
    if (!majorities.has(key)) majorities.set(key, majorityKind(votes.get(key)));
    return majorities.get(key);
  };
  const filed: Filed[] = [];
  articles.forEach((article, index) => {
    for (const originalKind of ["person", "organisation", "place"] as const) {
      const list = originalKind === "person" ? article.people : originalKind === "organisation" ? article.organisations : (article.places ?? []);
      list.forEach((entity, at) => {
        const mention = { article: index, entity };
        // No overrides file, no lookups: most archives have none, and this runs for every name of every article.
        const rule = rules.size ? [entity.name, ...entity.aliases].map((n) => rules.get(n.toLowerCase())).find(Boolean) : undefined;
        if (rule?.suppress) return;
        const kind = rule?.kind ?? majority(voteKey(entity.name)) ?? originalKind;
        // Places and other things are kept in the articles but get no page.
        if (kind === "place" || kind === "other") return;
        const split = rule?.split?.find((s) => s.articles.includes(article.file));
        if (split) {
          filed.push({ mention, originalKind, index: at, kind, keys: [nameKey(split.name, kind)], directive: split });
          return;
        }
        const keys = mergeNames(entity, kind).map((n) => nameKey(n, kind));
        // A directive's name and aliases are one entity: join them all, with the directive's name first.
        if (rule) keys.unshift(nameKey(rule.name, kind), ...(rule.aliases ?? []).map((a) => nameKey(a, kind)));
        filed.push({ mention, originalKind, index: at, kind, keys, ...(rule ? { directive: rule } : {}) });
      });
    }
  });

  const local: LocalNames[] = articles.map((a) => ({ person: new Array(a.people.length).fill(undefined), organisation: new Array(a.organisations.length).fill(undefined) }));
  const resolve = (kind: EntityKind) => {
    const entities = group(filed.filter((f) => f.kind === kind), kind, votes);
    for (const entity of entities) {
      // A place refiled as a person has a folder but no link in its article (the article lists it as a place).
      for (const f of entity.filed) if (f.originalKind !== "place") local[f.mention.article]![f.originalKind][f.index] = entity.resolved;
    }
    return entities.map((e) => e.resolved).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  };
  return { people: resolve("person"), organisations: resolve("organisation"), local };
}

// Slugged once per distinct name, as nameKey is: the vote reads every name of every article.
const voteKey = (name: string) => {
  let key = VOTE_KEYS.get(name);
  if (key === undefined) VOTE_KEYS.set(name, (key = slugify(name) || name.toLowerCase()));
  return key;
};
const VOTE_KEYS = new Map<string, string>();

/** For each name, how many articles file it under each kind. */
function kindVotes(articles: readonly Filable[]): Map<string, Partial<Record<NameKind, number>>> {
  const votes = new Map<string, Partial<Record<NameKind, number>>>();
  // Per article, the kinds it gives each name as bits: one small map per article, not a set per name.
  const given = new Map<string, number>();
  for (const article of articles) {
    given.clear();
    KINDS.forEach((kind, bit) => {
      for (const e of listOf(article, kind)) {
        const key = voteKey(e.name);
        given.set(key, (given.get(key) ?? 0) | (1 << bit));
      }
    });
    for (const [key, bits] of given) {
      let count = votes.get(key);
      if (!count) votes.set(key, (count = {}));
      KINDS.forEach((kind, bit) => {
        if (bits & (1 << bit)) count[kind] = (count[kind] ?? 0) + 1;
      });
    }
  }
  return votes;
}
const KINDS: readonly NameKind[] = ["person", "organisation", "place"];
const listOf = (article: Filable, kind: NameKind): readonly { name: string }[] =>
  kind === "person" ? article.people : kind === "organisation" ? article.organisations : (article.places ?? []);

/** The kind most articles give a name; none when it is never in doubt or the articles are split evenly. */
function majorityKind(count: Partial<Record<NameKind, number>> | undefined): NameKind | undefined {
  if (!count) return undefined;
  const ranked = (Object.entries(count) as [NameKind, number][]).sort((a, b) => b[1] - a[1]);
  if (ranked.length < 2 || ranked[0]![1] === ranked[1]![1]) return undefined;
  return ranked[0]![0];
}

function indexDirectives(overrides: Overrides): Map<string, Directive> {
  const rules = new Map<string, Directive>();
  for (const d of overrides.directives) for (const n of [d.name, ...(d.aliases ?? [])]) rules.set(n.toLowerCase(), d);
  return rules;
}

/** Union-find over name keys: every name a mention goes by joins its group. */
function group(filed: Filed[], kind: EntityKind, votes: Map<string, Partial<Record<NameKind, number>>>): { resolved: ResolvedEntity; filed: Filed[] }[] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  for (const f of filed) {
    for (const k of f.keys) if (!parent.has(k)) parent.set(k, k);
    for (const k of f.keys.slice(1)) {
      const [a, b] = [find(f.keys[0]!), find(k)];
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const groups = new Map<string, Filed[]>();
  for (const f of filed) {
    const root = find(f.keys[0]!);
    const members = groups.get(root);
    if (members) members.push(f);
    else groups.set(root, [f]);
  }
  return [...groups.keys()].sort().map((root) => {
    const members = groups.get(root)!;
    const directive = members.find((m) => m.directive)?.directive;
    const name = directive?.name ?? canonicalName(members.map((m) => m.mention.entity.name));
    const aliases = new Set<string>();
    for (const m of members) for (const n of [m.mention.entity.name, ...m.mention.entity.aliases]) if (n !== name) aliases.add(n);
    if (directive && "aliases" in directive) for (const a of (directive as Directive).aliases ?? []) if (a !== name) aliases.add(a);
    const resolved: ResolvedEntity = {
      kind,
      name,
      slug: nameKey(name, kind),
      aliases: [...aliases].sort(),
      ...(directive?.description ? { description: directive.description } : {}),
      mentions: members.map((m) => m.mention),
    };
    const count = votes.get(voteKey(name));
    if (count && Object.keys(count).length > 1) resolved.kindVotes = count;
    return { resolved, filed: members };
  });
}

/** The form most articles use; ties go to the longer (fuller) form, then code-point order, so it is deterministic. */
function canonicalName(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
}
