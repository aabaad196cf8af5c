/** An article page: `entry` is an ArticlePage from src/archive/views.ts. */
import type { ArticlePage } from "../../src/archive/index.js";
import type { SiteInfo } from "../../src/site/feeds.js";
import { readableDate } from "../../src/site/filters.js";
import { articleJsonLd, jsonLdScript } from "../../src/site/jsonld.js";
import { html, trusted, type Markup } from "./html.js";
import { date, runs } from "./pieces.js";
import { pageShell } from "./shell.js";

export function storyPage(entry: ArticlePage, site: SiteInfo): Markup {
  const a = entry.article;
  const head = html`  ${a.published ? html`<meta property="article:published_time" content="${a.published}">` : ""}
  ${trusted(jsonLdScript(articleJsonLd(entry, site.url)))}`;
  return pageShell({ site, url: entry.url, title: entry.headline, description: entry.summary, ogType: "article", head, main: story(entry) });
}

function story(entry: ArticlePage): Markup {
  const a = entry.article;
  return html`<article class="story" data-pagefind-body>
  <header>
    <h1 id="headline" data-pagefind-meta="title">${entry.headline}</h1>
    <p class="meta">
      ${date(a.published)}${a.dateline ? html` · <span class="dateline">${a.dateline}</span>` : ""}${a.byline ? html` · By <span class="byline">${a.byline}</span>` : ""}${a.outlet ? html` · <span class="outlet">${a.outlet}</span>` : ""}${a.url ? html` · <a href="${a.url}" rel="nofollow noopener noreferrer">Original article</a>` : ""}
    </p>
  </header>
${a.caption ? html`  <figure id="caption" class="caption">
    <figcaption>${runs(entry.caption ?? [])}${a.caption.credit ? html` <span class="credit">Photo: ${a.caption.credit}</span>` : ""}</figcaption>
  </figure>
` : ""}  <div class="body">
${entry.body.map((p) => html`    <p id="${p.id}"><a class="anchor" href="#${p.id}" data-pagefind-ignore><span class="visually-hidden">Paragraph ${p.number}</span><span aria-hidden="true">¶</span></a>${p.segments.map((s) => [quoted(entry, s.quote, runs(s.runs)), credit(entry, s.credit)])}</p>
`)}  </div>
</article>
${facts(entry)}`;
}

/** Quoted words are marked; a quote whose speaker is named but not filed is shown as unconfirmed. */
function quoted(entry: ArticlePage, index: number | undefined, words: Markup): Markup {
  if (index === undefined) return words;
  const q = entry.quotes[index]!;
  return html`<q class="quote${q.speaker && !q.filed ? " unconfirmed" : ""}">${words}</q>`;
}

/** Where a quote ends: its speaker, linked to their folder when it is filed there. */
function credit(entry: ArticlePage, index: number | undefined): Markup | "" {
  const speaker = index === undefined ? null : entry.quotes[index]!.speaker;
  if (!speaker) return "";
  return html`<span class="speaker"> — ${speaker.url ? html`<a href="${speaker.url}">${speaker.name}</a>` : html`${speaker.name} <span class="unconfirmed">(unconfirmed)</span>`}</span>`;
}

function facts(entry: ArticlePage): Markup {
  const a = entry.article;
  const links = (list: ArticlePage["people"]) => list.map((e) => html`<li><a href="${e.url}">${e.name}</a></li>`);
  return html`<aside class="facts" aria-label="About this article">
${entry.people.length ? html`  <section aria-labelledby="people-heading">
    <h2 id="people-heading">People</h2>
    <ul>${links(entry.people)}</ul>
  </section>
` : ""}${entry.organisations.length ? html`  <section aria-labelledby="organisations-heading">
    <h2 id="organisations-heading">Organisations</h2>
    <ul>${links(entry.organisations)}</ul>
  </section>
` : ""}${entry.sources.length ? html`  <section aria-labelledby="sources-heading">
    <h2 id="sources-heading">Sources</h2>
    <dl class="sources">
${entry.sources.map((g) => html`      <dt>${g.label}</dt>
      ${g.items.map((s) => html`<dd>${s.url ? html`<a href="${s.url}">${s.name}</a>` : s.name}${s.detail ? html` <span class="detail">(${s.detail})</span>` : ""}${s.where ? html` · <a href="#${s.paragraph}">${s.where}</a>` : ""}</dd>`)}
`)}    </dl>
  </section>
` : ""}${a.dates.length ? html`  <section aria-labelledby="dates-heading">
    <h2 id="dates-heading">Dates mentioned</h2>
    <ul class="dates">${a.dates.map((d) => html`<li><a href="#${d.paragraph}"><time datetime="${d.date}">${readableDate(d.date)}</time></a> <span class="said">“${d.text}”</span></li>`)}</ul>
  </section>
` : ""}</aside>`;
}
