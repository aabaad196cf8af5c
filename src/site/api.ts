/**
 * The static JSON API: `/api/articles.json` lists the archive's months, each with its file of Articles
 * (`/api/articles/2024-08.json`: every Article of the month exactly as `npm run parse` prints it, the schema in
 * src/article.ts); `/api/people/<slug>.json` and `/api/organisations/<slug>.json` are EntityRecords, whose shape
 * is the zod schema below — the documentation and the test of what the site publishes.
 */
import { z } from "zod";
import { Article, Day, ParagraphId, Quote, Slug } from "../article.js";
import type { Folder } from "../archive/index.js";
import type { ArticleReader } from "../archive/views.js";
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

/** `/api/articles.json`: the archive's months, newest first, each with how many articles it has and its file. */
export const ArticleIndex = z.object({
  months: z.array(z.object({ month: z.union([z.string().regex(/^\d{4}-\d{2}$/), z.literal("undated")]), count: z.number().int().min(1), url: z.string() })),
});
export type ArticleIndex = z.infer<typeof ArticleIndex>;

export const ArticlesRecord = z.array(Article);

const absolute = (siteUrl: string, path: string) => new URL(path, siteUrl).href;

export function entityRecord(reader: ArticleReader, folder: Folder, siteUrl: string): EntityRecord {
  const ref = (i: number) => reader.archive.articles[i]!.ref;
  return {
    kind: folder.kind,
    name: folder.name,
    slug: folder.slug,
    url: absolute(siteUrl, folder.url),
    aliases: folder.aliases,
    descriptors: folder.descriptors.map((d) => ({ text: d.text, sources: d.sources.map((s) => ({ article: ref(s.article).slug, paragraph: s.paragraph })) })),
    quotes: folder.quotes.map((q) => ({ ...reader.article(q.article).quotes[q.quote]!, article: ref(q.article).slug })),
    articles: folder.articles.map((i, at) => ({
      slug: ref(i).slug,
      headline: ref(i).headline,
      published: ref(i).published,
      url: absolute(siteUrl, ref(i).url),
      paragraphs: folder.paragraphs[at]!,
    })),
    related: folder.related.map((r) => ({ kind: r.kind, name: r.name, url: absolute(siteUrl, r.url), count: r.count })),
  };
}

export const entityJson = (reader: ArticleReader, folder: Folder, siteUrl: string) => safeJson(entityRecord(reader, folder, siteUrl), 2);
export const articlesJson = (articles: Article[]) => safeJson(articles);
export const articleIndexJson = (months: ArticleIndex["months"]) => safeJson({ months }, 2);
