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

/** A sitemap file: its site-relative path, what it is made of (a fingerprint's worth), and how to make it. */
export interface SitemapFile {
  path: string;
  /** Changes exactly when the file's bytes would: its URLs, in order, under the site's address. */
  print: string;
  make(): string;
}

/**
 * The sitemap index and its parts, for every HTML page of the site (`urls`). Each part's XML is made only when
 * asked: a build compares prints and writes the few parts an added article changed, not all of them.
 */
export function sitemapFiles(archive: Archive, urls: string[], site: SiteInfo): SitemapFile[] {
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
  const file = (path: string, tag: string, entry: string, list: string[]): SitemapFile => ({
    path,
    print: [site.url, ...list].join("\n"),
    make: () => [`<?xml version="1.0" encoding="utf-8"?>`, `<${tag} xmlns="${NS}">`, ...list.map((u) => `  <${entry}><loc>${abs(u)}</loc></${entry}>`), `</${tag}>`, ``].join("\n"),
  });
  return [
    file("sitemap.xml", "sitemapindex", "sitemap", names.map((n) => `/sitemaps/${n}.xml`)),
    ...names.map((name) => file(`sitemaps/${name}.xml`, "urlset", "url", parts.get(name)!.sort())),
  ];
}
