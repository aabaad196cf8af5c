/**
 * A slice of the render plan made into the data its templates read: article pages, folder pages, months and
 * quotes, read from the store now and dropped when the slice is rendered. The search index takes the records of
 * these pages from the same views, so an article's words are read once per build.
 */
import type { Archive, ArticlePage, FolderChunk, MonthPage, QuotePage } from "../archive/index.js";
import type { Home, LetterLink, LetterPage, YearGroup } from "../archive/indexes.js";
import { articlePage, folderChunk, monthPage, quotePage, type ArticleReader } from "../archive/views.js";
import type { RenderSet } from "./render-plan.js";
import type { SearchIndexer } from "./search-index.js";

export interface RenderViews {
  articles: ArticlePage[];
  personPages: FolderChunk[];
  organisationPages: FolderChunk[];
  months: MonthPage[];
  quotes: QuotePage[];
  people: LetterPage[];
  organisations: LetterPage[];
}

export function renderViews(reader: ArticleReader, set: RenderSet, search?: SearchIndexer): RenderViews {
  const folders = (specs: RenderSet["personPages"]) =>
    specs.map((spec) => {
      if (spec.pager.number === 0 && spec.folder.searchable) search?.offerFolder(reader, spec.folder);
      return folderChunk(reader, spec);
    });
  return {
    articles: set.articles.map((position) => {
      const page = articlePage(reader, position);
      search?.offerArticle(position, page);
      return page;
    }),
    personPages: folders(set.personPages),
    organisationPages: folders(set.organisationPages),
    months: set.months.map((spec) => monthPage(reader.archive, spec)),
    quotes: set.quotes.map((spec) => quotePage(reader, spec)),
    people: set.people,
    organisations: set.organisations,
  };
}

/** What every page may read from the archive besides its own item: small, and the same for every page. */
export interface SiteGlobals {
  articleCount: number;
  quoteCount: number;
  home: Home;
  years: YearGroup[];
  undated: number;
  peopleLetters: LetterLink[];
  organisationLetters: LetterLink[];
}

export function siteGlobals(archive: Archive): Readonly<SiteGlobals> {
  const i = archive.indexes;
  // Frozen: Eleventy deep-copies plain-object global data into every page's data unless it is frozen.
  return Object.freeze({
    articleCount: archive.articles.length,
    quoteCount: i.quotes.length,
    home: i.home,
    years: i.years,
    undated: i.undated,
    peopleLetters: i.peopleLetters,
    organisationLetters: i.organisationLetters,
  });
}
