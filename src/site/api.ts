/**
 * The static JSON API: `/api/articles.json` lists the archive's months, each with its file of Articles
 * (`/api/articles/2024-08.json`: every Article of the month exactly as `npm run parse` prints it, the schema in
 * src/article.ts); `/api/people/<slug>.json` and `/api/organisations/<slug>.json` are EntityRecords, with their
 * older quotes and articles in EntityPageRecords; the zod schemas below are the documentation and the test of
 * what the site publishes.
 */
import { z } from "zod";
import { Article, Day, ParagraphId, Quote, Slug } from "../article.js";
import type { Folder } from "../archive/index.js";
import { folderPages, SHOWN_SOURCES, type ArticleReader, type FolderPageSpec } from "../archive/views.js";
import { safeJson } from "./json.js";

const EntityKind = z.enum(["person", "organisation"]);

const QuoteRecord = Quote.extend({ article: Slug });
const MentionRecord = z.object({ slug: Slug, headline: z.string().min(1), published: Day.nullable(), url: z.string().url(), paragraphs: z.array(ParagraphId) });

/**
 * A person's or organisation's folder (`/api/people/<slug>.json`): who they are, and their newest quotes and
 * articles. Like the folder's pages, the rest is cut into blocks of 50 counted from the oldest
 * (`/api/people/<slug>/page/<n>.json`, listed in `pages`), so a record never grows with the archive and a full
 * block never changes.
 */
export const EntityRecord = z.object({
  kind: EntityKind,
  name: z.string().min(1),
  slug: Slug,
  /** The folder's page on the site, absolute. */
  url: z.string().url(),
  /** Every other form the archive uses for them: surname, acronym, long form. */
  aliases: z.array(z.string().min(1)),
  /**
   * When the articles disagree on what the name is (a person in some, an organisation or a place in others): how
   * many articles give each kind. The name is filed under the kind most give it, or the one set in entities.yml.
   */
  kindVotes: z.object({ person: z.number().int().min(1), organisation: z.number().int().min(1), place: z.number().int().min(1) }).partial().optional(),
  /** Each distinct description, how many articles gave it, and the newest few of them (article and paragraph). */
  descriptors: z.array(z.object({ text: z.string().min(1), count: z.number().int().min(1), sources: z.array(z.object({ article: Slug, paragraph: ParagraphId })) })),
  quoteCount: z.number().int().min(0),
  articleCount: z.number().int().min(0),
  /** Their newest quotes, newest article first, each exactly as in its Article plus the article's slug. */
  quotes: z.array(QuoteRecord),
  /** The newest articles that name them, newest first, with the paragraphs that do. */
  articles: z.array(MentionRecord),
  /** Who is named in the same articles most often, with how many articles they share. */
  related: z.array(z.object({ kind: EntityKind, name: z.string().min(1), url: z.string().url(), count: z.number().int().min(1) })),
  /** The blocks of older quotes and articles (EntityPageRecords), oldest first; empty when these are all. */
  pages: z.array(z.string().url()),
});
/** One block of a folder's quotes and articles (block 1 the oldest fifty of each), newest first within it. */
export const EntityPageRecord = z.object({
  kind: EntityKind,
  name: z.string().min(1),
  slug: Slug,
  url: z.string().url(),
  page: z.number().int().min(1),
  quotes: z.array(QuoteRecord),
  articles: z.array(MentionRecord),
});
export type EntityPageRecord = z.infer<typeof EntityPageRecord>;
export type EntityRecord = z.infer<typeof EntityRecord>;

/** `/api/articles.json`: the archive's months, newest first, each with how many articles it has and its file. */
export const ArticleIndex = z.object({
  months: z.array(z.object({ month: z.union([z.string().regex(/^\d{4}-\d{2}$/), z.literal("undated")]), count: z.number().int().min(1), url: z.string() })),
});
export type ArticleIndex = z.infer<typeof ArticleIndex>;

export const ArticlesRecord = z.array(Article);

const absolute = (siteUrl: string, path: string) => new URL(path, siteUrl).href;

/** Where a folder's JSON for one of its pages lives: the record at its front page, a block record at each block. */
export const entityApiPath = (folder: Folder, block: number) => (block === 0 ? folder.apiUrl : folder.apiUrl.replace(/\.json$/, `/page/${block}.json`));

function items(reader: ArticleReader, spec: FolderPageSpec, siteUrl: string): Pick<EntityRecord, "quotes" | "articles"> {
  const { folder } = spec;
  const ref = (i: number) => reader.archive.articles[i]!.ref;
  return {
    quotes: folder.quotes.slice(spec.quotes.from, spec.quotes.to).map((q) => ({ ...reader.article(q.article).quotes[q.quote]!, article: ref(q.article).slug })),
    articles: folder.articles.slice(spec.articles.from, spec.articles.to).map((i, at) => ({
      slug: ref(i).slug,
      headline: ref(i).headline,
      published: ref(i).published,
      url: absolute(siteUrl, ref(i).url),
      paragraphs: folder.paragraphs[spec.articles.from + at]!,
    })),
  };
}

/** The JSON of one of a folder's pages: the EntityRecord for its front page, an EntityPageRecord for a block. */
export function entityRecord(reader: ArticleReader, folder: Folder, siteUrl: string, spec: FolderPageSpec = folderPages(folder)[0]!): EntityRecord | EntityPageRecord {
  const who = { kind: folder.kind, name: folder.name, slug: folder.slug, url: absolute(siteUrl, folder.url) };
  if (spec.pager.number > 0) return { ...who, page: spec.pager.number, ...items(reader, spec, siteUrl) };
  const ref = (i: number) => reader.archive.articles[i]!.ref;
  const blocks = folderPages(folder).length - 1;
  return {
    ...who,
    aliases: folder.aliases,
    ...(folder.kindVotes ? { kindVotes: folder.kindVotes } : {}),
    descriptors: folder.descriptors.map((d) => ({
      text: d.text,
      count: d.sources.length,
      sources: d.sources.slice(0, SHOWN_SOURCES).map((s) => ({ article: ref(s.article).slug, paragraph: s.paragraph })),
    })),
    quoteCount: folder.quotes.length,
    articleCount: folder.articles.length,
    ...items(reader, spec, siteUrl),
    related: folder.related.map((r) => ({ kind: r.kind, name: r.name, url: absolute(siteUrl, r.url), count: r.count })),
    pages: Array.from({ length: blocks }, (_, i) => absolute(siteUrl, entityApiPath(folder, i + 1))),
  };
}

export const entityJson = (reader: ArticleReader, folder: Folder, siteUrl: string, spec?: FolderPageSpec) => safeJson(entityRecord(reader, folder, siteUrl, spec), 2);
export const articlesJson = (articles: Article[]) => safeJson(articles);
export const articleIndexJson = (months: ArticleIndex["months"]) => safeJson({ months }, 2);
