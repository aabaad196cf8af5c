/**
 * Articles → the Archive the site renders: article pages with their quotes marked and speakers linked, and one
 * folder per person and organisation holding everything the archive says by and about them.
 * Everything the templates show is computed here; templates only lay it out.
 */
import type { Article, Quote } from "../article.js";
import { NO_OVERRIDES, type Overrides } from "./overrides.js";
import { localKey, resolveEntities, type EntityKind, type ResolvedEntity } from "./entities.js";
import { segmentParagraph, type Segment } from "./segments.js";

export interface ArticleRef {
  slug: string;
  url: string;
  headline: string;
  published: string | null;
}

export interface EntityLink {
  name: string;
  kind: EntityKind;
  url: string;
}

export interface QuoteView {
  text: string;
  kind: Quote["kind"];
  cue?: string;
  speaker: (NonNullable<Quote["speaker"]> & { url?: string }) | null;
  paragraph: string;
  /** `article url#paragraph`: the evidence. */
  url: string;
}

export interface ArticlePage extends ArticleRef {
  article: Article;
  body: { id: string; segments: Segment[] }[];
  quotes: QuoteView[];
  people: EntityLink[];
  organisations: EntityLink[];
  sources: (Article["sources"][number] & { url?: string })[];
}

export interface EntityPage {
  kind: EntityKind;
  name: string;
  slug: string;
  url: string;
  aliases: string[];
  /** The librarian's one-line description (overrides file). */
  description?: string;
  descriptors: { text: string; paragraph: string; url: string; article: ArticleRef }[];
  quotes: (QuoteView & { article: ArticleRef })[];
  articles: (ArticleRef & { paragraphs: { id: string; url: string }[] })[];
  related: (EntityLink & { count: number })[];
}

export interface Archive {
  articles: ArticlePage[];
  people: EntityPage[];
  organisations: EntityPage[];
}

export const ROUTES = {
  article: (slug: string) => `/articles/${slug}/`,
  person: (slug: string) => `/people/${slug}/`,
  organisation: (slug: string) => `/organisations/${slug}/`,
};

const entityUrl = (e: ResolvedEntity) => (e.kind === "person" ? ROUTES.person(e.slug) : ROUTES.organisation(e.slug));

/** Newest first; undated last; then by headline and slug so equal dates never reorder between builds. */
function byNewest(a: Article, b: Article): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return a.headline.localeCompare(b.headline, "en") || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

export function buildArchive(input: Article[], overrides: Overrides = NO_OVERRIDES): Archive {
  const articles = [...input].sort(byNewest);
  const resolution = resolveEntities(articles, overrides);
  const resolve = (article: Article, kind: EntityKind, slug: string | undefined) =>
    slug === undefined ? undefined : resolution.byLocal.get(localKey(article.slug, kind, slug));
  const link = (e: ResolvedEntity): EntityLink => ({ name: e.name, kind: e.kind, url: entityUrl(e) });

  const pages: ArticlePage[] = articles.map((article) => {
    const url = ROUTES.article(article.slug);
    const quotes: QuoteView[] = article.quotes.map((q) => {
      const kind = q.speaker?.kind === "organisation" ? "organisation" : "person";
      const entity = q.speaker ? resolve(article, kind, q.speaker.slug) : undefined;
      return {
        text: q.text,
        kind: q.kind,
        ...(q.cue ? { cue: q.cue } : {}),
        speaker: q.speaker ? { ...q.speaker, ...(entity ? { name: entity.name, url: entityUrl(entity) } : {}) } : null,
        paragraph: q.paragraph,
        url: `${url}#${q.paragraph}`,
      };
    });
    const orgByName = new Map(article.organisations.flatMap((o) => [o.name, ...o.aliases].map((n) => [n, o] as const)));
    return {
      slug: article.slug,
      url,
      headline: article.headline,
      published: article.published,
      article,
      body: article.paragraphs.map((p) => ({ id: p.id, segments: segmentParagraph(p.id, p.text, article.quotes) })),
      quotes,
      people: article.people.flatMap((p) => resolve(article, "person", p.slug) ?? []).map(link),
      organisations: article.organisations.flatMap((o) => resolve(article, "organisation", o.slug) ?? []).map(link),
      sources: article.sources.map((s) => {
        const org = orgByName.get(s.name);
        const entity = org ? resolve(article, "organisation", org.slug) : undefined;
        return entity ? { ...s, url: entityUrl(entity) } : s;
      }),
    };
  });

  const refOf = (page: ArticlePage): ArticleRef => ({ slug: page.slug, url: page.url, headline: page.headline, published: page.published });
  const folder = (entity: ResolvedEntity): EntityPage => {
    const url = entityUrl(entity);
    const descriptors: EntityPage["descriptors"] = [];
    const mentioned: EntityPage["articles"] = [];
    const related = new Map<string, { link: EntityLink; count: number }>();
    const seenArticles = new Set<number>();
    for (const m of entity.mentions) {
      const page = pages[m.article]!;
      const ref = refOf(page);
      for (const d of m.entity.descriptors) descriptors.push({ text: d.text, paragraph: d.paragraph, url: `${page.url}#${d.paragraph}`, article: ref });
      if (seenArticles.has(m.article)) continue;
      seenArticles.add(m.article);
      mentioned.push({ ...ref, paragraphs: m.entity.paragraphs.map((id) => ({ id, url: `${page.url}#${id}` })) });
      for (const other of [...page.people, ...page.organisations]) {
        if (other.url === url) continue;
        const r = related.get(other.url) ?? { link: other, count: 0 };
        r.count++;
        related.set(other.url, r);
      }
    }
    const quotes: EntityPage["quotes"] = [];
    for (const index of [...seenArticles].sort((a, b) => a - b)) {
      const page = pages[index]!;
      for (const q of page.quotes) if (q.speaker?.url === url) quotes.push({ ...q, article: refOf(page) });
    }
    return {
      kind: entity.kind,
      name: entity.name,
      slug: entity.slug,
      url,
      aliases: entity.aliases,
      ...(entity.description ? { description: entity.description } : {}),
      descriptors,
      quotes,
      articles: mentioned,
      related: [...related.values()]
        .sort((a, b) => b.count - a.count || a.link.name.localeCompare(b.link.name, "en"))
        .slice(0, 12)
        .map((r) => ({ ...r.link, count: r.count })),
    };
  };
  return {
    articles: pages,
    people: resolution.people.map(folder),
    organisations: resolution.organisations.map(folder),
  };
}
