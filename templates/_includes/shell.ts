/**
 * The frame of every HTML page: head (title, description, canonical URL, Open Graph and Twitter cards), masthead,
 * main and colophon. TypeScript layouts call it directly; Nunjucks pages reach it through base.njk.
 */
import type { SiteInfo } from "../../src/site/feeds.js";
import { html, type Markup } from "./html.js";

export interface ShellPage {
  site: SiteInfo;
  /** The page's own URL, from the site root. */
  url: string;
  /** The page's title; the site's title follows it in the tab. */
  title?: string;
  description?: string;
  ogType?: string;
  /** Extra markup for <head> (JSON-LD, alternate links). */
  head?: Markup;
  main: Markup;
}

export function pageShell(page: ShellPage): Markup {
  return html`${shellOpening(page)}${page.head}${shellMiddle(page.site)}${page.main}${shellClosing(page.site)}`;
}

/** The frame cut where a page's own markup goes, for base.njk, which fills the cuts with its blocks. */
export function shellOpening({ site, url, title, description, ogType }: Omit<ShellPage, "head" | "main">): Markup {
  const pageTitle = title ? `${title} · ${site.title}` : site.title;
  const pageDescription = description || site.description;
  const canonical = absoluteUrl(url, site.url);
  return html`<!doctype html>
<html lang="${site.language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${pageTitle}</title>
  <meta name="description" content="${pageDescription}">
  <link rel="canonical" href="${canonical}">
  <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/assets/style.css">
  <link rel="alternate" type="application/atom+xml" title="${site.title}: all articles" href="/feed.xml">
  <meta property="og:site_name" content="${site.title}">
  <meta property="og:type" content="${ogType || "website"}">
  <meta property="og:title" content="${title || site.title}">
  <meta property="og:description" content="${pageDescription}">
  <meta property="og:url" content="${canonical}">
  <meta name="twitter:card" content="summary">
  <meta name="twitter:title" content="${title || site.title}">
  <meta name="twitter:description" content="${pageDescription}">
`;
}

export function shellMiddle(site: SiteInfo): Markup {
  return html`
</head>
<body>
  <a class="skip" href="#main">Skip to content</a>
  <header class="masthead">
    <a class="brand" href="/">${site.title}</a>
    <nav aria-label="Sections">
      <ul>
        <li><a href="/archive/">Articles</a></li>
        <li><a href="/people/">People</a></li>
        <li><a href="/organisations/">Organisations</a></li>
        <li><a href="/quotes/">Quotes</a></li>
        <li><a href="/search/">Search</a></li>
      </ul>
    </nav>
  </header>
  <main id="main" tabindex="-1">
`;
}

export function shellClosing(site: SiteInfo): Markup {
  return html`
  </main>
  <footer class="colophon">
    <p>${site.title}: a cuttings library. <a href="/feed.xml">Atom feed</a> · <a href="/api/articles.json">JSON</a> · <a href="/sitemap.xml">Sitemap</a></p>
  </footer>
</body>
</html>
`;
}

/** As the feed plugin's `absoluteUrl` filter: a URL that cannot be resolved is printed as it is. */
function absoluteUrl(url: string, base: string): string {
  try {
    return new URL(url, base).toString();
  } catch {
    return url;
  }
}
