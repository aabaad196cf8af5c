/**
 * SeedDocument → Article: composes the extractors in the order their facts depend on each other, then
 * validates the result against the schema so nothing malformed leaves the parser.
 */
import { extname } from "node:path";
import { Article, type Paragraph } from "./article.js";
import { findDates } from "./extract/dates/index.js";
import { inferPublished } from "./extract/dates/published.js";
import { findEntities } from "./extract/entities/index.js";
import { headlineFromLede } from "./extract/lead/headline.js";
import { readLead } from "./extract/lead/index.js";
import { numberParagraphs, collapseWhitespace } from "./extract/lead/paragraphs.js";
import { readHeadlineQuotes } from "./extract/quotes/headline.js";
import { readQuotes } from "./extract/quotes/index.js";
import { DEFAULT_THRESHOLD, meetsFiling } from "./extract/quotes/confidence.js";
import { findSources } from "./extract/sources/index.js";
import { fail, ok, type Result } from "./seed/problem.js";
import type { SeedDocument } from "./seed/read.js";
import { shortHash, slugify } from "./slug.js";

/**
 * The article's slug comes from its file path, never its headline, so editing a headline or adding a seed
 * never moves a page; folders join with "-" ("business/035.txt" → "business-035"). A name that does not
 * survive slugifying intact gets a hash of the path, so two names folding to one slug ("Café.txt",
 * "cafe.txt") still get two URLs.
 */
export function articleSlug(file: string): string {
  const stem = file.slice(0, file.length - extname(file).length);
  const slug = slugify(stem, 100, "_");
  const intact = stem.split("/").every((part) => part !== "" && slugify(part, 100, "_") === part);
  return intact && slug !== "" ? slug : `${slug || "article"}-${shortHash(file)}`;
}

/** The body paragraphs and caption the extractors read, after the lead (headline, byline, dateline) is taken off. */
export function readBody(doc: SeedDocument) {
  const lead = readLead(doc.blocks, doc.frontMatter, doc.format);
  const paragraphs = numberParagraphs(lead.body);
  const caption = lead.caption ? { ...lead.caption, text: collapseWhitespace(lead.caption.text) } : undefined;
  // The credit names an organisation too (the agency that took the picture): it is filed with the caption.
  const credited: Paragraph[] = caption?.credit ? [{ id: "caption", text: `${caption.text} via ${caption.credit}` }, ...paragraphs] : caption ? [{ id: "caption", text: caption.text }, ...paragraphs] : paragraphs;
  return { lead, paragraphs, caption, credited };
}

export interface ParseOptions {
  /** The confidence a quote needs to be filed on its speaker's page (the site's configuration; README). */
  threshold?: number;
}

export function parseSeed(doc: SeedDocument, options: ParseOptions = {}): Result<Article> {
  const read = readArticle(doc, options);
  return read.ok ? ok(read.value.article) : read;
}

/**
 * The Article with what its quotes' confidences were computed from: each quote's features, in the Article's
 * quote order (for training the confidence model and evaluating it).
 */
export function readArticle(doc: SeedDocument, options: ParseOptions = {}): Result<{ article: Article; features: string[][] }> {
  const { lead, paragraphs, caption, credited } = readBody(doc);
  // A seed that held nothing but a headline and web furniture ("Advertisement", "Share this article") has no story.
  if (lead.body.length === 0) return fail(doc.file, `no article text: the ${doc.format === "html" ? "page" : "seed"} has no paragraphs`);
  // The caption is evidence too (it often carries the day the picture was taken), under its own anchor.
  const withCaption: Paragraph[] = caption ? [{ id: "caption", text: caption.text }, ...paragraphs] : paragraphs;

  let published: string | null = null;
  let publishedBasis: Article["publishedBasis"] = null;
  if (doc.frontMatter.date) [published, publishedBasis] = [doc.frontMatter.date, "front-matter"];
  // A timestamp line ("Published March 3, 2024") is the date printed with the story, as a dateline line is.
  else if (lead.dateline?.date) [published, publishedBasis] = [lead.dateline.date, "dateline"];
  else if (lead.published) [published, publishedBasis] = [lead.published, "dateline"];

  let dates = findDates(withCaption, published);
  if (!published) {
    published = inferPublished(dates, withCaption);
    if (published) {
      publishedBasis = "mentioned";
      // Relative dates ("on Sunday") could not be resolved without a publication date; now they can.
      dates = findDates(withCaption, published);
    }
  }

  const entities = findEntities(credited);
  const headline = lead.headline ?? { text: headlineFromLede(paragraphs), basis: "lede" as const };
  const headlineText = collapseWhitespace(headline.text);
  // A headline of the seed's own (not one made from the lede) may quote someone: "Trump: ‘We will win.’"
  const scored = [...(lead.headline ? readHeadlineQuotes(headlineText, entities) : []), ...readQuotes(paragraphs, entities)];
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const quotes = scored.map(({ quote }) => ({ ...quote, filed: meetsFiling(quote, threshold) }));
  const byline = doc.frontMatter.byline ?? lead.byline;
  const outlet = doc.frontMatter.source ?? lead.outlet;
  const sources = findSources({
    paragraphs,
    caption,
    ...(outlet ? { outlet } : {}),
    ...(byline ? { byline } : {}),
    ...(lead.agency ? { agency: lead.agency } : {}),
    entities,
    quotes,
  });

  const candidate = {
    file: doc.file,
    slug: articleSlug(doc.file),
    headline: headlineText,
    headlineBasis: headline.basis,
    published,
    publishedBasis,
    ...(lead.dateline ? { dateline: lead.dateline.text } : {}),
    ...(byline ? { byline } : {}),
    ...(outlet ? { outlet } : {}),
    ...(doc.frontMatter.url ? { url: doc.frontMatter.url } : {}),
    ...(caption ? { caption } : {}),
    paragraphs,
    people: entities.people,
    organisations: entities.organisations,
    places: entities.places,
    quotes,
    sources,
    dates,
  };
  const result = Article.safeParse(candidate);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return fail(doc.file, `internal error: the parser built an invalid Article at ${issue.path.join(".")}: ${issue.message}`);
  }
  return ok({ article: result.data, features: scored.map((s) => s.features) });
}
