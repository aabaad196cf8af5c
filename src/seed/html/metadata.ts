/**
 * A saved page's own account of its article: headline, publication day, byline, outlet and address, read from
 * its metadata in the order a page's makers take most care over:
 * 1. JSON-LD `NewsArticle`/`Article` (`headline`, `datePublished`, `author`, `publisher`, `url`);
 * 2. microdata (`itemprop` inside an `itemscope` of an article type);
 * 3. Open Graph (`og:title`, `article:published_time`, `og:site_name`, `og:url`);
 * 4. `<meta name="author">`;
 * 5. `<time datetime>` (the article's first, or one marked as the publication time);
 * 6. `<h1>` (the article's first).
 * Each field comes from the first of these that gives it. Values are plain text; a value that cannot be a
 * headline, a day or an http(s) address is left out rather than refusing the page.
 */
import { isNode, readJsonLd } from "./json-ld.js";
import { cleanLine, decodeReferences } from "./text.js";

export interface PageMetadata {
  headline?: string;
  date?: string;
  byline?: string;
  outlet?: string;
  url?: string;
}

type Field = keyof PageMetadata;

const ARTICLE_ITEMTYPE = /schema\.org\/(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report)$/i;
/** Headlines run to a sentence or two; anything longer in a title field is not one. */
const MAX_HEADLINE = 300;
/** How many microdata properties of a name, and how many levels up to their scope, are looked at. */
const MAX_PROPERTIES = 200;

export function readPageMetadata(document: Document): PageMetadata {
  const found: PageMetadata = {};
  const offer = (field: Field, value: unknown) => {
    if (found[field] !== undefined) return;
    const clean = normalise(field, value);
    if (clean) found[field] = clean;
  };
  const sources = [fromJsonLd(document), fromMicrodata(document), fromOpenGraph(document), fromMetaAuthor(document), fromTime(document), fromHeading(document)];
  for (const source of sources) for (const [field, value] of Object.entries(source)) offer(field as Field, value);
  return found;
}

function fromJsonLd(document: Document): Partial<Record<Field, unknown>> {
  const scripts = [...document.querySelectorAll('script[type="application/ld+json" i]')].map((s) => s.textContent ?? "");
  const { article, resolve } = readJsonLd(scripts);
  if (!article) return {};
  const page = resolve(article.mainEntityOfPage);
  return {
    headline: firstString(article.headline) ?? firstString(article.name),
    date: firstString(article.datePublished) ?? firstString(article.dateCreated),
    byline: names(article.author, resolve),
    outlet: names(article.publisher, resolve, true),
    url: firstString(article.url) ?? (typeof page === "string" ? page : isNode(page) ? firstString(page.url) ?? page["@id"] : undefined),
  };
}

function fromMicrodata(document: Document): Partial<Record<Field, unknown>> {
  const scope = [...document.querySelectorAll("[itemscope][itemtype]")].find((el) =>
    (el.getAttribute("itemtype") ?? "").split(/\s+/).some((t) => ARTICLE_ITEMTYPE.test(t)),
  );
  if (!scope) return {};
  // A property belongs to the nearest scope above it: an author's `name` is not the article's. (The first few
  // hundred are looked at: a page's own article properties come long before that.)
  const own = (name: string) => [...scope.querySelectorAll(`[itemprop~="${name}"]`)].slice(0, MAX_PROPERTIES).filter((el) => nearestScope(el) === scope);
  const value = (el: Element | undefined) =>
    el && (el.getAttribute("content") ?? el.getAttribute("datetime") ?? el.getAttribute("href") ?? el.textContent);
  const personNames = (prop: string) =>
    own(prop).map((el) => (el.hasAttribute("itemscope") ? value([...el.querySelectorAll('[itemprop~="name"]')].find((n) => nearestScope(n) === el)) : value(el)));
  return {
    headline: value(own("headline")[0] ?? own("name")[0]),
    date: value(own("datePublished")[0]),
    byline: joinNames(personNames("author").map((n) => cleanLine(n ?? ""))),
    outlet: personNames("publisher")[0],
    url: value(own("url")[0] ?? own("mainEntityOfPage")[0]),
  };
}

function nearestScope(el: Element): Element | null {
  let steps = 0;
  for (let parent = el.parentElement; parent && steps < MAX_PROPERTIES; parent = parent.parentElement, steps++) {
    if (parent.hasAttribute("itemscope")) return parent;
  }
  return null;
}

function fromOpenGraph(document: Document): Partial<Record<Field, unknown>> {
  const property = (name: string) => document.querySelector(`meta[property="${name}" i], meta[name="${name}" i]`)?.getAttribute("content");
  const author = property("article:author");
  return {
    headline: property("og:title"),
    date: property("article:published_time"),
    // article:author is a profile's address more often than a name.
    byline: author && !/^https?:|\//.test(author) ? author : undefined,
    outlet: property("og:site_name"),
    url: property("og:url") ?? document.querySelector('link[rel~="canonical" i]')?.getAttribute("href"),
  };
}

function fromMetaAuthor(document: Document): Partial<Record<Field, unknown>> {
  return { byline: document.querySelector('meta[name="author" i]')?.getAttribute("content") };
}

/** The article's own `<time>`: one marked as its publication, else the first inside it (comments come later). */
function fromTime(document: Document): Partial<Record<Field, unknown>> {
  const container = document.querySelector("article") ?? document.querySelector("main") ?? document;
  const marked = container.querySelector("time[pubdate][datetime], time[itemprop~='datePublished'][datetime], time.published[datetime]");
  return { date: (marked ?? container.querySelector("time[datetime]") ?? document.querySelector("time[datetime]"))?.getAttribute("datetime") };
}

function fromHeading(document: Document): Partial<Record<Field, unknown>> {
  const h1 = document.querySelector("article h1") ?? document.querySelector("main h1") ?? document.querySelector("h1");
  return { headline: h1?.textContent };
}

/** Names of a JSON-LD `author` or `publisher`: a string, a Person or Organization, a reference, or a list. */
function names(value: unknown, resolve: (v: unknown) => unknown, firstOnly = false): string | undefined {
  const list = (Array.isArray(value) ? value : [value]).slice(0, 10).map(resolve);
  const found = list
    .map((item) => (typeof item === "string" ? item : isNode(item) ? firstString(item.name) : undefined))
    .filter((name): name is string => typeof name === "string" && name.trim() !== "" && !/^https?:/.test(name.trim()))
    .map((name) => cleanLine(decodeReferences(name)));
  return firstOnly ? found[0] : joinNames(found);
}

function firstString(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.find((v): v is string => typeof v === "string");
  return undefined;
}

/** "Jane Doe", "Jane Doe and John Roe", "Jane Doe, John Roe and Ann Poe": a byline as papers print it. */
function joinNames(list: string[]): string | undefined {
  const unique = [...new Set(list.map((n) => n.replace(/^by\s+/i, "").trim()).filter(Boolean))];
  if (unique.length === 0) return undefined;
  return unique.length === 1 ? unique[0] : `${unique.slice(0, -1).join(", ")} and ${unique.at(-1)}`;
}

function normalise(field: Field, value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = cleanLine(decodeReferences(value));
  if (!text) return undefined;
  switch (field) {
    case "date":
      return readDay(text);
    case "url":
      return isWebAddress(text) ? text : undefined;
    case "headline":
      return text.length <= MAX_HEADLINE ? text : undefined;
    case "byline":
      return text.replace(/^by\s+/i, "") || undefined;
    default:
      return text;
  }
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The day a page's date names, as the publisher wrote it: "2019-02-01T14:05:00-05:00" is 1 February, the day
 * in the publisher's own time zone, whatever the hour is elsewhere. The other forms pages use are read too:
 * "Fri, 01 Feb 2019 14:05:00 GMT", "1 February 2019", "February 1, 2019".
 */
function readDay(text: string): string | undefined {
  let [y, m, d]: (string | number | undefined)[] = [];
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  const dayFirst = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  const monthFirst = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (iso) [y, m, d] = [iso[1], Number(iso[2]), Number(iso[3])];
  else if (dayFirst) [y, m, d] = [dayFirst[3], MONTHS.indexOf(dayFirst[2]!.slice(0, 3).toLowerCase()) + 1, Number(dayFirst[1])];
  else if (monthFirst) [y, m, d] = [monthFirst[3], MONTHS.indexOf(monthFirst[1]!.slice(0, 3).toLowerCase()) + 1, Number(monthFirst[2])];
  if (!y || !m || !d) return undefined;
  const day = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : undefined;
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
