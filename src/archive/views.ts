/**
 * The pages' data, made one page at a time from the compact Archive: an article page with its quotes marked and
 * names linked, a folder's front page or one of its blocks, a month, a page of quotes. Only here are Articles
 * read back from the store, and only those a page prints.
 */
import type { Article, Quote, Source } from "../article.js";
import { blocks, type Block, type BlockPager } from "./blocks.js";
import { FEED_SIZE, type Folder, type MonthCount } from "./folders.js";
import type { Archive, ArticleRef, EntityLink } from "./index.js";
import type { MonthList } from "./indexes.js";
import { paragraphLabel } from "./routes.js";
import { nameMatcher, segmentParagraph, type NameTarget, type Run, type Segment } from "./segments.js";

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
  /** The parsed Article, filed, exactly as the JSON API publishes it. */
  article: Article;
  /** The caption's words with names linked (a caption holds no quotes). */
  caption?: Run[];
  body: { id: string; number: number; segments: Segment[] }[];
  quotes: QuoteView[];
  people: EntityLink[];
  organisations: EntityLink[];
  sources: SourceGroup[];
}

export interface Evidence {
  paragraph: string;
  url: string;
  article: ArticleRef;
}

export interface Mention {
  article: ArticleRef;
  /** The paragraphs that name the entity, each linked ("paragraph 3"). */
  paragraphs: { id: string; url: string; label: string }[];
}

/** What a folder's front page says about them: bounded, however many articles name them. */
export interface EntityHead extends EntityLink {
  slug: string;
  feedUrl: string;
  apiUrl: string;
  aliases: string[];
  description?: string;
  /** How many articles give the name each kind, when they disagree (the page says why it is filed as it is). */
  kindVotes?: { kind: string; articles: number }[];
  /** Each distinct description once, with the newest few places it was used (`more`: how many others). */
  descriptors: { text: string; shown: Evidence[]; more: number }[];
  articleCount: number;
  quoteCount: number;
  related: (EntityLink & { count: number })[];
  timeline: MonthCount[];
  undated: number;
  searchable: boolean;
  /** The newest articles naming them (their feed's): the JSON-LD's `subjectOf`. */
  feed: ArticleRef[];
}

/** The few facts every page of a folder shows (a block page shows no counts: they would change it every time). */
export type FolderName = Pick<EntityHead, "name" | "kind" | "url" | "slug" | "feedUrl" | "apiUrl">;

/** One page of a folder: the front page carries the whole head; a block continues the quotes and articles. */
export interface FolderChunk {
  entity: FolderName | EntityHead;
  url: string;
  pager: BlockPager;
  quotes: QuoteView[];
  articles: Mention[];
}

export interface MonthPage {
  /** "2024-08", or "undated" for articles without a publication date. */
  month: string;
  url: string;
  pager: BlockPager;
  articles: ArticleRef[];
  /** On the front page only: how many articles the month has. */
  count?: number;
}

export interface QuotePage {
  url: string;
  pager: BlockPager;
  items: QuoteView[];
  /** On the front page only: how many quotes the archive files. */
  count?: number;
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
const SOURCE_ORDER = Object.keys(SOURCE_LABELS);

/** A description used in hundreds of articles lists the newest few, on the page and in the JSON record. */
export const SHOWN_SOURCES = 3;

/**
 * Reads Articles for a run of pages, keeping the last few: a folder's pages and the quotes index read the same
 * articles again and again, and the store is a disk away.
 */
export class ArticleReader {
  private readonly kept = new Map<number, Article>();

  constructor(
    readonly archive: Archive,
    private readonly keep = 512,
  ) {}

  article(position: number): Article {
    let article = this.kept.get(position);
    if (article) {
      this.kept.delete(position);
    } else {
      const entry = this.archive.articles[position]!;
      article = this.archive.source.article({ key: entry.key, slug: entry.ref.slug });
      if (this.kept.size >= this.keep) this.kept.delete(this.kept.keys().next().value!);
    }
    this.kept.set(position, article);
    return article;
  }
}

export function quoteView(reader: ArticleReader, position: number, index: number): QuoteView {
  const entry = reader.archive.articles[position]!;
  const q = reader.article(position).quotes[index]!;
  const entity = entry.speakers[index];
  return {
    text: q.text,
    kind: q.kind,
    filed: !!entity,
    ...(q.cue ? { cue: q.cue } : {}),
    speaker: q.speaker ? { ...q.speaker, ...(entity ? { name: entity.name, url: entity.url } : {}) } : null,
    paragraph: q.paragraph,
    url: `${entry.ref.url}#${q.paragraph}`,
    article: entry.ref,
    record: q,
  };
}

export function articlePage(reader: ArticleReader, position: number): ArticlePage {
  const entry = reader.archive.articles[position]!;
  const article = reader.article(position);
  const { ref } = entry;
  const quotes = article.quotes.map((_, i) => quoteView(reader, position, i));

  // The Article's people and organisations are the digest's, in the same order: each links where its digest's did.
  const targets: NameTarget[] = [];
  for (const [kind, list] of [["person", article.people], ["organisation", article.organisations]] as const) {
    list.forEach((e, i) => {
      const entity = entry.named[kind][i];
      if (entity) targets.push({ names: [e.name, ...e.aliases], url: entity.url, paragraphs: new Set(e.paragraphs) });
    });
  }
  const findNames = nameMatcher(targets);

  const orgByName = new Map(article.organisations.flatMap((o, i) => [o.name, ...o.aliases].map((n) => [n, i] as const)));
  const groups = new Map<Source["kind"], SourceGroup>();
  for (const s of article.sources) {
    const org = orgByName.get(s.name);
    const entity = org === undefined ? undefined : entry.named.organisation[org];
    const group = groups.get(s.kind) ?? { kind: s.kind, label: SOURCE_LABELS[s.kind], items: [] };
    group.items.push({ ...s, ...(entity ? { url: entity.url } : {}), ...(s.paragraph ? { where: paragraphLabel(s.paragraph) } : {}) });
    groups.set(s.kind, group);
  }
  const sources = [...groups.values()].sort((a, b) => SOURCE_ORDER.indexOf(a.kind) - SOURCE_ORDER.indexOf(b.kind));

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
    people: entry.people,
    organisations: entry.organisations,
    sources,
  };
}

/** The kinds articles gave a name, most articles first (ties in a fixed order), for the page's line of evidence. */
const KIND_ORDER = ["person", "organisation", "place"] as const;
function votesShown(votes: NonNullable<Folder["kindVotes"]>): { kind: string; articles: number }[] {
  return KIND_ORDER.filter((k) => votes[k]).map((kind) => ({ kind, articles: votes[kind]! })).sort((a, b) => b.articles - a.articles);
}

export function entityHead(archive: Archive, folder: Folder): EntityHead {
  const ref = (i: number) => archive.articles[i]!.ref;
  return {
    ...folderName(folder),
    aliases: folder.aliases,
    ...(folder.description ? { description: folder.description } : {}),
    ...(folder.kindVotes ? { kindVotes: votesShown(folder.kindVotes) } : {}),
    descriptors: folder.descriptors.map((d) => ({
      text: d.text,
      shown: d.sources.slice(0, SHOWN_SOURCES).map((s) => ({ paragraph: s.paragraph, url: `${ref(s.article).url}#${s.paragraph}`, article: ref(s.article) })),
      more: Math.max(0, d.sources.length - SHOWN_SOURCES),
    })),
    articleCount: folder.articles.length,
    quoteCount: folder.quotes.length,
    related: folder.related,
    timeline: folder.timeline,
    undated: folder.undated,
    searchable: folder.searchable,
    feed: folder.articles.slice(0, FEED_SIZE).map(ref),
  };
}

export const folderName = (folder: Folder): FolderName => ({
  name: folder.name,
  kind: folder.kind,
  url: folder.url,
  slug: folder.slug,
  feedUrl: folder.feedUrl,
  apiUrl: folder.apiUrl,
});

export function mention(archive: Archive, folder: Folder, at: number): Mention {
  const ref = archive.articles[folder.articles[at]!]!.ref;
  return { article: ref, paragraphs: folder.paragraphs[at]!.map((id) => ({ id, url: `${ref.url}#${id}`, label: paragraphLabel(id) })) };
}

/** A folder's pages: its front page, then blocks of quotes and articles side by side (block n holds the n-th oldest fifty of each). */
export interface FolderPageSpec {
  folder: Folder;
  url: string;
  pager: BlockPager;
  quotes: { from: number; to: number };
  articles: { from: number; to: number };
}

const NONE = { from: 0, to: 0 };

export function folderPages(folder: Folder): FolderPageSpec[] {
  const quotes = blocks(folder.quotes.length, folder.url);
  const articles = blocks(folder.articles.length, folder.url);
  const longest = quotes.length >= articles.length ? quotes : articles;
  const at = (list: Block[], i: number) => (list[i] ? { from: list[i].from, to: list[i].to } : NONE);
  return longest.map((page, i) => ({ folder, url: page.url, pager: page.pager, quotes: at(quotes, i), articles: at(articles, i) }));
}

export function folderChunk(reader: ArticleReader, spec: FolderPageSpec): FolderChunk {
  const { folder } = spec;
  const front = spec.pager.number === 0;
  return {
    entity: front ? entityHead(reader.archive, folder) : folderName(folder),
    url: spec.url,
    pager: spec.pager,
    quotes: folder.quotes.slice(spec.quotes.from, spec.quotes.to).map((q) => quoteView(reader, q.article, q.quote)),
    articles: range(spec.articles).map((at) => mention(reader.archive, folder, at)),
  };
}

export interface MonthPageSpec {
  list: MonthList;
  url: string;
  pager: BlockPager;
  from: number;
  to: number;
}

export const monthPages = (list: MonthList): MonthPageSpec[] => blocks(list.articles.length, list.url).map((b) => ({ list, ...b }));

export function monthPage(archive: Archive, spec: MonthPageSpec): MonthPage {
  return {
    month: spec.list.month,
    url: spec.url,
    pager: spec.pager,
    articles: spec.list.articles.slice(spec.from, spec.to).map((i) => archive.articles[i]!.ref),
    ...(spec.pager.number === 0 ? { count: spec.list.articles.length } : {}),
  };
}

export interface QuotePageSpec {
  url: string;
  pager: BlockPager;
  from: number;
  to: number;
}

export const QUOTES_URL = "/quotes/";

export const quotePages = (archive: Archive): QuotePageSpec[] => blocks(archive.indexes.quotes.length, QUOTES_URL);

export function quotePage(reader: ArticleReader, spec: QuotePageSpec): QuotePage {
  const all = reader.archive.indexes.quotes;
  return {
    url: spec.url,
    pager: spec.pager,
    items: all.slice(spec.from, spec.to).map((q) => quoteView(reader, q.article, q.quote)),
    ...(spec.pager.number === 0 ? { count: all.length } : {}),
  };
}

const range = ({ from, to }: { from: number; to: number }) => Array.from({ length: to - from }, (_, i) => from + i);
