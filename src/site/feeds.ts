/**
 * Atom feeds (RFC 4287): the whole archive's newest articles, and one feed per person and organisation so a
 * reader can follow them. Dated by the newest article in the feed, never the build, so the same seeds give the
 * same bytes. Dates and absolute URLs come from @11ty/eleventy-plugin-rss, as in the templates.
 */
import { absoluteUrl, dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import type { ArticleRef } from "../archive/index.js";

export interface Feed {
  title: string;
  subtitle: string;
  /** Where the feed itself lives, and the page it follows. */
  url: string;
  pageUrl: string;
  /** The newest article's date (YYYY-MM-DD), or null for an empty archive. */
  updated: string | null;
  entries: ArticleRef[];
}

export interface SiteInfo {
  title: string;
  description: string;
  url: string;
  language: string;
  /** The confidence an attribution needs to be filed on its speaker's page (0–1). */
  filingThreshold?: number;
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
/** Text as XML character data or an attribute value. */
export const xml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
/** Text as HTML source (`&#39;`, which every HTML parser knows, rather than XML's `&apos;`). */
const html = (text: string) => xml(text).replace(/&apos;/g, "&#39;");

/** A calendar date as an Atom timestamp at midnight UTC; an undated feed is dated at the epoch, not the clock. */
const atomDate = (day: string | null) => dateToRfc3339(new Date(`${day ?? "1970-01-01"}T00:00:00Z`));

export function atomFeed(feed: Feed, site: SiteInfo): string {
  const abs = (path: string) => xml(absoluteUrl(path, site.url));
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(site.language)}">`,
    `  <title>${xml(feed.title)}</title>`,
    `  <subtitle>${xml(feed.subtitle)}</subtitle>`,
    `  <id>${abs(feed.url)}</id>`,
    `  <link href="${abs(feed.url)}" rel="self" type="application/atom+xml"/>`,
    `  <link href="${abs(feed.pageUrl)}" rel="alternate" type="text/html"/>`,
    `  <updated>${atomDate(feed.updated)}</updated>`,
    `  <author><name>${xml(site.title)}</name></author>`,
  ];
  for (const a of feed.entries) {
    lines.push(
      `  <entry>`,
      `    <title>${xml(a.headline)}</title>`,
      `    <link href="${abs(a.url)}" rel="alternate" type="text/html"/>`,
      `    <id>${abs(a.url)}</id>`,
      `    <updated>${atomDate(a.published ?? feed.updated)}</updated>`,
      ...(a.published ? [`    <published>${atomDate(a.published)}</published>`] : []),
      ...(a.byline ? [`    <author><name>${xml(a.byline)}</name></author>`] : []),
      // Escaped twice on purpose: type="html" content is HTML source, and many readers render any summary as
      // HTML — so the seed's `<script>` reaches the reader as the words "<script>", whichever way it is read.
      `    <summary type="html">${xml(html(a.summary))}</summary>`,
      `  </entry>`,
    );
  }
  lines.push(`</feed>`, ``);
  return lines.join("\n");
}
