/**
 * A person's or organisation's folder, one page of it: `chunk` is a FolderChunk from src/archive/views.ts. The
 * front page carries the whole folder; a block page (counted from the oldest) only its quotes and articles.
 */
import type { EntityHead, FolderChunk } from "../../src/archive/index.js";
import type { SiteInfo } from "../../src/site/feeds.js";
import { plural, readableDate } from "../../src/site/filters.js";
import { entityJsonLd, jsonLdScript } from "../../src/site/jsonld.js";
import { html, joined, trusted, type Markup } from "./html.js";
import { blockPager, date, quoteList, ranked } from "./pieces.js";
import { pageShell } from "./shell.js";

const isFront = (chunk: FolderChunk): chunk is FolderChunk & { entity: EntityHead } => chunk.pager.number === 0;

export function folderPage(chunk: FolderChunk, site: SiteInfo): Markup {
  const e = chunk.entity;
  const kindName = e.kind === "person" ? "Person" : "Organisation";
  const front = isFront(chunk);
  const description = isFront(chunk)
    ? `${kindName} in the archive: ${plural(chunk.entity.articleCount, "article")}, ${plural(chunk.entity.quoteCount, "quote")}.`
    : `${kindName} in the archive: page ${chunk.pager.number} of their quotes and articles, counted from the oldest.`;
  const head = html`  <link rel="alternate" type="application/atom+xml" title="${e.name}: articles" href="${e.feedUrl}">
  <link rel="alternate" type="application/json" title="${e.name}: JSON" href="${e.apiUrl}">
  ${isFront(chunk) ? trusted(jsonLdScript(entityJsonLd(chunk.entity, site.url))) : ""}`;
  const main = html`<article class="folder"${isFront(chunk) && chunk.entity.searchable ? " data-pagefind-body" : ""}>
  <header>
    <h1 data-pagefind-meta="title">${e.name}</h1>
${isFront(chunk) ? frontHeader(chunk.entity, kindName) : html`    <p class="meta">${kindName} · page ${chunk.pager.number}, counted from the oldest · <a href="${e.url}">the whole folder</a></p>
`}    <p class="follow"><a href="${e.feedUrl}">Follow ${e.name} (Atom feed)</a> · <a href="${e.apiUrl}">JSON</a></p>
  </header>
${isFront(chunk) && chunk.entity.descriptors.length ? describedAs(chunk.entity) : ""}  <section aria-labelledby="quotes-heading">
    <h2 id="quotes-heading">Quotes</h2>
    ${chunk.quotes.length ? quoteList(chunk.quotes, false) : front ? html`<p>No quotes in the archive.</p>` : html`<p>No quotes on this page.</p>`}
  </section>
  <section aria-labelledby="articles-heading" data-pagefind-ignore>
    <h2 id="articles-heading">Articles</h2>
    ${chunk.articles.length ? html`<ol class="article-list">
${chunk.articles.map((x) => html`    <li><a href="${x.article.url}">${x.article.headline}</a> <span class="meta">${date(x.article.published)} · named in ${joined(x.paragraphs, ", ", (p) => html`<a href="${p.url}">${p.label}</a>`)}</span></li>
`)}    </ol>` : html`<p>No articles on this page.</p>`}
  </section>
  ${blockPager(chunk.pager, e.name)}
</article>
${isFront(chunk) ? aside(chunk.entity) : ""}`;
  return pageShell({ site, url: chunk.url, title: front ? e.name : `${e.name} (page ${chunk.pager.number})`, description, ogType: e.kind === "person" ? "profile" : "website", head, main });
}

function frontHeader(e: EntityHead, kindName: string): Markup {
  const a = (kind: string) => (kind === "person" ? "a person" : kind === "organisation" ? "an organisation" : "a place");
  return html`    <p class="meta">${kindName} · in ${plural(e.articleCount, "article")} · ${plural(e.quoteCount, "quote")}</p>
${e.description ? html`    <p class="lede">${e.description}</p>
` : ""}${e.kindVotes ? html`    <p class="kind-votes">Filed as ${e.kind === "person" ? "a person" : "an organisation"}: ${joined(e.kindVotes, ", ", (v) => `${plural(v.articles, "article")} ${v.articles !== 1 ? "call it" : "calls it"} ${a(v.kind)}`)}.</p>
` : ""}${e.aliases.length ? html`    <p class="aliases">Also named: ${joined(e.aliases, ", ", (alias) => html`<span>${alias}</span>`)}</p>
` : ""}`;
}

function describedAs(e: EntityHead): Markup {
  return html`  <section aria-labelledby="described-heading">
    <h2 id="described-heading">Described as</h2>
    <ul class="descriptors">
${e.descriptors.map((d) => html`    <li><span class="descriptor">${d.text}</span> <span class="meta">in ${joined(d.shown, "; ", (s) => html`<a href="${s.url}">${s.article.headline}</a>`)}${d.more ? html` and ${plural(d.more, "other article")}` : ""}</span></li>
`)}    </ul>
  </section>
`;
}

function aside(e: EntityHead): Markup | "" {
  if (!e.timeline.length && !e.related.length) return "";
  return html`<aside class="facts" aria-label="About ${e.name}">
${e.timeline.length ? html`  <section aria-labelledby="timeline-heading">
    <h2 id="timeline-heading">Timeline</h2>
    <table class="timeline">
      <caption class="visually-hidden">Articles naming ${e.name} and quotes by them, by month</caption>
      <thead><tr><th scope="col">Month</th><th scope="col">Articles</th><th scope="col">Quotes</th></tr></thead>
      <tbody>
${e.timeline.map((t) => html`      <tr><th scope="row"><a href="${t.url}">${readableDate(t.month)}</a></th><td><span class="num">${t.articles}</span><span class="bar w${t.share}"></span></td><td>${t.quotes}</td></tr>
`)}      </tbody>
    </table>
${e.undated ? html`    <p class="meta">And ${plural(e.undated, "undated article")}.</p>
` : ""}  </section>
` : ""}${e.related.length ? html`  <section aria-labelledby="related-heading">
    <h2 id="related-heading">Named alongside</h2>
    ${ranked(e.related, "shared article")}
  </section>
` : ""}</aside>
`;
}

/** A folder template's Eleventy data and render, for one kind's pages (person.11ty.ts, organisation.11ty.ts). */
export function folderTemplate(pages: "personPages" | "organisationPages") {
  interface PageData {
    chunk: FolderChunk;
    site: SiteInfo;
  }
  return {
    data: {
      pagination: { data: `render.${pages}`, size: 1, alias: "chunk" },
      permalink: (page: PageData) => page.chunk.url,
    },
    render: (page: PageData): string => folderPage(page.chunk, page.site).value,
  };
}
