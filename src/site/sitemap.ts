/**
 * The sitemap, as a sitemap index (`/sitemap.xml`) of parts under `/sitemaps/`: the protocol allows 50,000 URLs a
 * file, and a part per month of articles and per letter of people and organisations means adding an article
 * rewrites the few parts it joins, never one file listing the whole archive.
 */
import { absoluteUrl } from "@11ty/eleventy-plugin-rss";
import type { Archive } from "../archive/index.js";
import { xml, type SiteInfo } from "./feeds.js";

const NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

/** The part a page's URL is listed in. */
function partOf(url: string, months: Map<string, string>): string {
  const [, section, slug] = /^\/([^/]+)\/([^/]+)\//.exec(url) ?? [];
  if (section === "articles" && slug && months.has(slug)) return `articles-${months.get(slug)}`;
  if ((section === "people" || section === "organisations") && slug && slug !== "page") return `${section}-${/^[a-z0-9]/.test(slug) ? slug[0] : "other"}`;
  return "pages";
}

/** The sitemap index and its parts: [site-relative path, content], for every HTML page of the site (`urls`). */
export function sitemapFiles(archive: Archive, urls: string[], site: SiteInfo): [string, string][] {
  const months = new Map(archive.articles.map((a) => [a.ref.slug, a.ref.published?.slice(0, 7) ?? "undated"]));
  const parts = new Map<string, string[]>();
  for (const url of new Set(urls)) {
    const part = partOf(url, months);
    const list = parts.get(part);
    if (list) list.push(url);
    else parts.set(part, [url]);
  }
  const abs = (path: string) => xml(absoluteUrl(path, site.url));
  const names = [...parts.keys()].sort();
  const files: [string, string][] = names.map((name) => [
    `sitemaps/${name}.xml`,
    [`<?xml version="1.0" encoding="utf-8"?>`, `<urlset xmlns="${NS}">`, ...parts.get(name)!.sort().map((u) => `  <url><loc>${abs(u)}</loc></url>`), `</urlset>`, ``].join("\n"),
  ]);
  const index = [`<?xml version="1.0" encoding="utf-8"?>`, `<sitemapindex xmlns="${NS}">`, ...names.map((n) => `  <sitemap><loc>${abs(`/sitemaps/${n}.xml`)}</loc></sitemap>`), `</sitemapindex>`, ``];
  return [["sitemap.xml", index.join("\n")], ...files];
}
