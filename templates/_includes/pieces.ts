/** Small pieces of markup shared by pages. They print facts; they never compute them. */
import type { ArticleRef, EntityLink, QuoteView } from "../../src/archive/index.js";
import type { BlockPager } from "../../src/archive/blocks.js";
import type { Pager } from "../../src/archive/paginate.js";
import type { Run } from "../../src/archive/segments.js";
import { plural, readableDate } from "../../src/site/filters.js";
import { html, type Markup } from "./html.js";

export function date(value: string | null | undefined): Markup {
  return value ? html`<time datetime="${value}">${readableDate(value)}</time>` : html`Undated`;
}

/** A run of paragraph text: plain words, or a name linked to its folder. */
export function runs(list: readonly Run[]): Markup {
  return html`${list.map((r) => (r.url ? html`<a class="name" href="${r.url}">${r.text}</a>` : r.text))}`;
}

/** Numbered pages of a list that is cut from the top (the A–Z indexes). */
export function pager(p: Pager, label: string): Markup {
  if (p.total <= 1) return html``;
  return html`
<nav class="pager" aria-label="${label} pages">
  <ul>
    ${p.previous ? html`<li><a href="${p.first}">First</a></li><li><a href="${p.previous}" rel="prev">Previous</a></li>` : ""}
    <li aria-current="page">Page ${p.number} of ${p.total}</li>
    ${p.next ? html`<li><a href="${p.next}" rel="next">Next</a></li><li><a href="${p.last}">Last</a></li>` : ""}
  </ul>
</nav>
`;
}

/**
 * A list cut into blocks from its oldest (src/archive/blocks.ts): the front page holds the newest; "Older" walks
 * back through blocks that never change once full. No page counts its pages: that count would change them all.
 */
export function blockPager(p: BlockPager, label: string): Markup {
  if (!p.older && !p.newer) return html``;
  return html`
<nav class="pager" aria-label="${label} pages">
  <ul>
    ${p.number !== 0 && p.newer !== p.newest ? html`<li><a href="${p.newest}">Newest</a></li>` : ""}
    ${p.newer ? html`<li><a href="${p.newer}" rel="prev">Newer</a></li>` : ""}
    <li aria-current="page">${p.number === 0 ? "Newest" : `Page ${p.number}`}</li>
    ${p.older ? html`<li><a href="${p.older}" rel="next">Older</a></li>` : ""}
    ${p.oldest && p.older !== p.oldest && p.number !== 1 ? html`<li><a href="${p.oldest}">Oldest</a></li>` : ""}
  </ul>
</nav>
`;
}

export function articleList(refs: readonly ArticleRef[]): Markup {
  return html`
<ol class="article-list">
${refs.map(
  (a) => html`  <li>
    <a href="${a.url}">${a.headline}</a>
    <span class="meta">${date(a.published)}${a.outlet ? html` · ${a.outlet}` : ""}</span>
  </li>
`,
)}</ol>
`;
}

/** Quotes from around the archive; `showSpeaker` is false on a speaker's own page. */
export function quoteList(quotes: readonly QuoteView[], showSpeaker: boolean): Markup {
  return html`
<ul class="quotes">
${quotes.map((quote) => {
  const words = quote.kind === "direct" ? `“${quote.text}”` : quote.text;
  const speaker = quote.speaker?.url ? html`<a href="${quote.speaker.url}">${quote.speaker.name}</a>` : quote.speaker ? quote.speaker.name : "Unattributed";
  return html`  <li>
    <blockquote cite="${quote.url}"><p>${words}</p></blockquote>
    <p class="attribution">${showSpeaker ? html`${speaker}${quote.cue ? html` ${quote.cue}` : ""} · ` : ""}${quote.kind === "indirect" ? "reported speech · " : ""}${date(quote.article.published)} · <a href="${quote.url}">${quote.article.headline}</a></p>
  </li>
`;
})}</ul>
`;
}

/** A short ranked list: name and a count. */
export function ranked(list: readonly (EntityLink & { count: number })[], unit: string): Markup {
  return html`
<ol class="ranked">
${list.map((e) => html`<li><a href="${e.url}">${e.name}</a> <span class="count">${plural(e.count, unit)}</span></li>
`)}</ol>
`;
}

export function searchForm(id: string): Markup {
  return html`
<form class="search" action="/search/" method="get" role="search">
  <label for="${id}">Search the archive</label>
  <input id="${id}" name="q" type="search" autocomplete="off">
  <button type="submit">Search</button>
</form>
`;
}
