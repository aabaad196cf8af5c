/**
 * schema.org JSON-LD for search engines and archive tools: `NewsArticle` (with `mentions`) on article pages,
 * `Person` / `Organization` on folders, `WebSite` with a search action on the front page. The objects are built
 * here from the view model; `jsonLdScript` wraps one in a `<script>` block with every `<` escaped.
 */
import type { ArticlePage, EntityHead } from "../archive/index.js";
import { safeJson } from "./json.js";

type JsonLd = Record<string, unknown>;

const absolute = (siteUrl: string, path: string) => new URL(path, siteUrl).href;
const typeOf = (kind: "person" | "organisation") => (kind === "person" ? "Person" : "Organization");

export function articleJsonLd(page: ArticlePage, siteUrl: string): JsonLd {
  const a = page.article;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: page.headline,
    url: absolute(siteUrl, page.url),
    mainEntityOfPage: absolute(siteUrl, page.url),
    description: page.summary,
    ...(a.published ? { datePublished: a.published } : {}),
    ...(a.byline ? { author: { "@type": "Person", name: a.byline } } : {}),
    ...(a.outlet ? { publisher: { "@type": "Organization", name: a.outlet } } : {}),
    ...(a.url ? { isBasedOn: a.url } : {}),
    ...(a.dateline ? { dateline: a.dateline } : {}),
    ...(a.caption ? { image: { "@type": "ImageObject", caption: a.caption.text, ...(a.caption.credit ? { creditText: a.caption.credit } : {}) } } : {}),
    mentions: [...page.people, ...page.organisations].map((e) => ({ "@type": typeOf(e.kind), name: e.name, url: absolute(siteUrl, e.url) })),
  };
}

export function entityJsonLd(entity: EntityHead, siteUrl: string): JsonLd {
  const descriptions = entity.descriptors.map((d) => d.text);
  return {
    "@context": "https://schema.org",
    "@type": typeOf(entity.kind),
    name: entity.name,
    url: absolute(siteUrl, entity.url),
    ...(entity.aliases.length ? { alternateName: entity.aliases } : {}),
    ...(descriptions.length ? { description: descriptions.join("; ") } : {}),
    subjectOf: entity.feed.map((a) => ({ "@type": "NewsArticle", headline: a.headline, url: absolute(siteUrl, a.url) })),
  };
}

export function websiteJsonLd(site: { title: string; url: string; description: string }): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: site.title,
    description: site.description,
    url: absolute(site.url, "/"),
    potentialAction: {
      "@type": "SearchAction",
      target: `${absolute(site.url, "/search/")}?q={search_term_string}`,
      "query-input": "required name=search_term_string",
    },
  };
}

/** The `<script type="application/ld+json">` block: the only raw markup a seed's text ever reaches. */
export function jsonLdScript(data: JsonLd): string {
  return `<script type="application/ld+json">${safeJson(data)}</script>`;
}
