/**
 * Articles → the Archive the site renders: article pages with their quotes marked, speakers and names linked,
 * and one folder per person and organisation holding everything the archive says by and about them.
 * Everything the templates show is computed here (and in ./folders.ts, ./indexes.ts); templates only lay it out.
 *
 * Memory: each article's text is held once, in its Article. Body runs are slices of it, and every list that
 * shows an article (quotes, folders, indexes, feeds) points at one shared ArticleRef rather than a copy.
 */
import type { Article, Quote, Source } from "../article.js";
import { NO_OVERRIDES, type Overrides } from "./overrides.js";
import { localKey, resolveEntities, type EntityKind, type ResolvedEntity } from "./entities.js";
import { buildFolders, type EntityPage, type FolderChunk } from "./folders.js";
import { buildIndexes, type Indexes } from "./indexes.js";
import { nameMatcher, segmentParagraph, type NameTarget, type Run, type Segment } from "./segments.js";

import { paragraphLabel, ROUTES } from "./routes.js";

export { ROUTES } from "./routes.js";
export type { EntityPage, FolderChunk } from "./folders.js";
export type { Indexes } from "./indexes.js";

export interface ArticleRef {
  slug: string;
  url: string;
  headline: string;
  published: string | null;
  /** The lede, cut at a word near 200 characters: for descriptions, feeds and search results. */
  summary: string;
  byline?: string;
  outlet?: string;
}

export interface EntityLink {
  name: string;
  kind: EntityKind;
  url: string;
}

export interface QuoteView {
  text: string;
  kind: Quote["kind"];
  /** Filed on its speaker's page (and listed in the quotes index); otherwise shown on its article as unconfirmed. */
  filed: boolean;
  cue?: string;
  speaker: (NonNullable<Quote["speaker"]> & { url?: string }) | null;
  paragraph: string;
  /** `article url#paragraph`: the evidence. */
  url: string;
  article: ArticleRef;
  /** The Quote as the parser gave it (spans and all), for the JSON API. */
  record: Quote;
}

export interface SourceGroup {
  kind: Source["kind"];
  label: string;
  /** `url`: the organisation's folder when the source is one; `where`: "paragraph 3" or "caption", for the link to it. */
  items: (Source & { url?: string; where?: string })[];
}

export interface ArticlePage extends ArticleRef {
  ref: ArticleRef;
  /** The parsed Article, exactly as `npm run parse` prints it: the JSON API's record. */
  article: Article;
  /** The caption's words with names linked (a caption holds no quotes). */
  caption?: Run[];
  body: { id: string; number: number; segments: Segment[] }[];
  quotes: QuoteView[];
  people: EntityLink[];
  organisations: EntityLink[];
  sources: SourceGroup[];
}

export interface Archive {
  articles: ArticlePage[];
  people: EntityPage[];
  organisations: EntityPage[];
  /** One item per page of each person's and organisation's folder (a long folder spans several pages). */
  personPages: FolderChunk[];
  organisationPages: FolderChunk[];
  indexes: Indexes;
  /** The newest publication date in the archive: the whole-site feed's `updated`, never the build time. */
  updated: string | null;
}


const SOURCE_LABELS: Record<Source["kind"], string> = {
  agency: "News agencies",
  outlet: "Outlets",
  reporter: "Reporters",
  social: "Social posts",
  statement: "Statements",
  document: "Documents",
  photo: "Photographs",
};

/** Newest first; undated last; then by headline and slug so equal dates never reorder between builds. */
function byNewest(a: Article, b: Article): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return a.headline.localeCompare(b.headline, "en") || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** The first paragraph, cut at a word boundary so a description never ends mid-word. */
export function summarise(article: Article, max = 200): string {
  const text = (article.paragraphs[0]?.text ?? article.headline).replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, "")}…`;
}

export function buildArchive(input: Article[], overrides: Overrides = NO_OVERRIDES): Archive {
  const articles = [...input].sort(byNewest);
  const resolution = resolveEntities(articles, overrides);
  const resolve = (article: Article, kind: EntityKind, slug: string | undefined) =>
    slug === undefined ? undefined : resolution.byLocal.get(localKey(article.slug, kind, slug));
  const links = new Map<ResolvedEntity, EntityLink>();
  const link = (e: ResolvedEntity): EntityLink => {
    let l = links.get(e);
    if (!l) links.set(e, (l = { name: e.name, kind: e.kind, url: ROUTES.entity(e.kind, e.slug) }));
    return l;
  };

  const pages: ArticlePage[] = articles.map((article) => {
    const url = ROUTES.article(article.slug);
    const ref: ArticleRef = {
      slug: article.slug,
      url,
      headline: article.headline,
      published: article.published,
      summary: summarise(article),
      ...(article.byline ? { byline: article.byline } : {}),
      ...(article.outlet ? { outlet: article.outlet } : {}),
    };
    const quotes: QuoteView[] = article.quotes.map((q) => {
      const kind = q.speaker?.kind === "organisation" ? "organisation" : "person";
      // Only a filed quote links its speaker: an unconfirmed one is shown on its article and filed nowhere.
      const entity = q.speaker && q.filed ? resolve(article, kind, q.speaker.slug) : undefined;
      return {
        text: q.text,
        kind: q.kind,
        filed: !!entity,
        ...(q.cue ? { cue: q.cue } : {}),
        speaker: q.speaker ? { ...q.speaker, ...(entity ? { name: entity.name, url: link(entity).url } : {}) } : null,
        paragraph: q.paragraph,
        url: `${url}#${q.paragraph}`,
        article: ref,
        record: q,
      };
    });

    // The overrides file can refile a "person" as an organisation: list each entity under the kind it resolved to.
    const targets: NameTarget[] = [];
    const named: EntityLink[] = [];
    for (const [kind, list] of [["person", article.people], ["organisation", article.organisations]] as const) {
      for (const e of list) {
        const entity = resolve(article, kind, e.slug);
        if (!entity) continue;
        targets.push({ names: [e.name, ...e.aliases], url: link(entity).url, paragraphs: new Set(e.paragraphs) });
        named.push(link(entity));
      }
    }
    const people = unique(named.filter((l) => l.kind === "person"));
    const organisations = unique(named.filter((l) => l.kind === "organisation"));
    const findNames = nameMatcher(targets);

    const orgByName = new Map(article.organisations.flatMap((o) => [o.name, ...o.aliases].map((n) => [n, o] as const)));
    const groups = new Map<Source["kind"], SourceGroup>();
    for (const s of article.sources) {
      const org = orgByName.get(s.name);
      const entity = org ? resolve(article, "organisation", org.slug) : undefined;
      const group = groups.get(s.kind) ?? { kind: s.kind, label: SOURCE_LABELS[s.kind], items: [] };
      group.items.push({ ...s, ...(entity ? { url: link(entity).url } : {}), ...(s.paragraph ? { where: paragraphLabel(s.paragraph) } : {}) });
      groups.set(s.kind, group);
    }
    const order = Object.keys(SOURCE_LABELS);
    const sources = [...groups.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));

    return {
      ...ref,
      ref,
      article,
      ...(article.caption
        ? { caption: segmentParagraph("caption", article.caption.text, [], findNames("caption", article.caption.text)).flatMap((s) => s.runs) }
        : {}),
      body: article.paragraphs.map((p, i) => ({
        id: p.id,
        number: i + 1,
        segments: segmentParagraph(p.id, p.text, article.quotes, findNames(p.id, p.text)),
      })),
      quotes,
      people,
      organisations,
      sources,
    };
  });

  const folders = buildFolders(pages, resolution, link);
  const archive: Archive = {
    articles: pages,
    people: folders.people,
    organisations: folders.organisations,
    personPages: folders.personPages,
    organisationPages: folders.organisationPages,
    indexes: buildIndexes(pages, folders.people, folders.organisations),
    updated: pages.find((p) => p.published)?.published ?? null,
  };
  // Eleventy deep-copies plain-object global data into every template's data, and every paginated page's
  // data, unless the object is frozen: freezing the root keeps one Archive in memory however many pages.
  return Object.freeze(archive);
}


/** An article naming two local entities that resolve to one folder (an acronym and its long form) lists it once. */
function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}
