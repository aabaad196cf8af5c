/**
 * The static JSON API: `/api/articles.json` is every Article exactly as `npm run parse` prints it (the schema
 * in src/article.ts); `/api/people/<slug>.json` and `/api/organisations/<slug>.json` are EntityRecords, whose
 * shape is the zod schema below — the documentation and the test of what the site publishes.
 */
import { z } from "zod";
import { Article, Day, ParagraphId, Quote, Slug } from "../article.js";
import type { EntityPage } from "../archive/index.js";
import { safeJson } from "./json.js";

const EntityKind = z.enum(["person", "organisation"]);

export const EntityRecord = z.object({
  kind: EntityKind,
  name: z.string().min(1),
  slug: Slug,
  /** The folder's page on the site, absolute. */
  url: z.string().url(),
  /** Every other form the archive uses for them: surname, acronym, long form. */
  aliases: z.array(z.string().min(1)),
  /** Each distinct description, with the article and paragraph that gave it. */
  descriptors: z.array(z.object({ text: z.string().min(1), sources: z.array(z.object({ article: Slug, paragraph: ParagraphId })) })),
  /** Their quotes, newest article first, each exactly as in its Article plus the article's slug. */
  quotes: z.array(Quote.extend({ article: Slug })),
  /** Articles that name them, newest first, with the paragraphs that do. */
  articles: z.array(z.object({ slug: Slug, headline: z.string().min(1), published: Day.nullable(), url: z.string().url(), paragraphs: z.array(ParagraphId) })),
  /** Who is named in the same articles most often, with how many articles they share. */
  related: z.array(z.object({ kind: EntityKind, name: z.string().min(1), url: z.string().url(), count: z.number().int().min(1) })),
});
export type EntityRecord = z.infer<typeof EntityRecord>;

export const ArticlesRecord = z.array(Article);

const absolute = (siteUrl: string, path: string) => new URL(path, siteUrl).href;

export function entityRecord(entity: EntityPage, siteUrl: string): EntityRecord {
  return {
    kind: entity.kind,
    name: entity.name,
    slug: entity.slug,
    url: absolute(siteUrl, entity.url),
    aliases: entity.aliases,
    descriptors: entity.descriptors.map((d) => ({ text: d.text, sources: d.sources.map((s) => ({ article: s.article.slug, paragraph: s.paragraph })) })),
    quotes: entity.quotes.map((q) => ({ ...q.record, article: q.article.slug })),
    articles: entity.articles.map((m) => ({
      slug: m.article.slug,
      headline: m.article.headline,
      published: m.article.published,
      url: absolute(siteUrl, m.article.url),
      paragraphs: m.paragraphs.map((p) => p.id),
    })),
    related: entity.related.map((r) => ({ kind: r.kind, name: r.name, url: absolute(siteUrl, r.url), count: r.count })),
  };
}

export const entityJson = (entity: EntityPage, siteUrl: string) => safeJson(entityRecord(entity, siteUrl), 2);
export const articlesJson = (articles: { article: Article }[]) => safeJson(articles.map((a) => a.article));
