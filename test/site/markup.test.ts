/** The TypeScript layouts' markup: seed text is escaped wherever it is printed, as Nunjucks' autoescape did. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { escapeHtml, html, joined, trusted } from "../../templates/_includes/html.js";
import { quoteList, runs } from "../../templates/_includes/pieces.js";

const unescape = (s: string) => s.replace(/&(amp|quot|#39|lt|gt|#92);/g, (_, e: string) => ({ amp: "&", quot: '"', "#39": "'", lt: "<", gt: ">", "#92": "\\" })[e]!);

describe("html", () => {
  it("escapes text in content and in attributes, and keeps markup it made itself", () => {
    const headline = `Minister's "plan" <script>alert(1)</script> & more`;
    const link = html`<a href="${"/x\" onmouseover=\"alert(1)"}">${headline}</a>`;
    assert.equal(link.value, `<a href="/x&quot; onmouseover=&quot;alert(1)">Minister&#39;s &quot;plan&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</a>`);
    assert.equal(html`<p>${link}</p>`.value, `<p>${link.value}</p>`, "not escaped twice");
  });

  it("prints numbers, joins lists, and prints nothing for a missing value", () => {
    assert.equal(html`${[1, "<", null, undefined, false, [html`<b>`, "&"]]}`.value, "1&lt;<b>&amp;");
    assert.equal(joined(["a", "<b>", "c"], ", ", (x) => html`<i>${x}</i>`).value, "<i>a</i>, <i>&lt;b&gt;</i>, <i>c</i>");
    assert.equal(trusted("<script>{}</script>").value, "<script>{}</script>");
  });

  it("leaves no character that could open a tag, an attribute or an entity, and loses none", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom("<", ">", "&", '"', "'", "\\", "#", ";", "amp", "lt;"), fc.string({ unit: "binary", maxLength: 1 })) }), (text) => {
        const escaped = escapeHtml(text);
        assert.doesNotMatch(escaped, /[<>"'\\\\]|&(?!(amp|quot|#39|lt|gt|#92);)/);
        assert.equal(unescape(escaped), text);
      }),
    );
  });
});

describe("pieces", () => {
  it("links a name in a paragraph's run and escapes the words around it", () => {
    assert.equal(runs([{ text: "Tom & Jerry's " }, { text: "<Acme>", url: "/organisations/acme/" }]).value, `Tom &amp; Jerry&#39;s <a class="name" href="/organisations/acme/">&lt;Acme&gt;</a>`);
  });

  it("prints a quote's words, speaker and evidence link, escaped", () => {
    const article = { slug: "a", url: "/articles/a/", headline: "Council <b>votes</b>", published: "2024-08-16", summary: "" };
    const quote = { text: `We "won" <i>`, kind: "direct" as const, filed: true, cue: "said", speaker: { name: "Ann <Lee>", kind: "person" as const, url: "/people/ann-lee/" }, paragraph: "p2", url: "/articles/a/#p2", article, record: {} as never };
    const out = quoteList([quote], true).value;
    assert.match(out, /<p>“We &quot;won&quot; &lt;i&gt;”<\/p>/);
    assert.match(out, /<a href="\/people\/ann-lee\/">Ann &lt;Lee&gt;<\/a> said · <time datetime="2024-08-16">16 August 2024<\/time> · <a href="\/articles\/a\/#p2">Council &lt;b&gt;votes&lt;\/b&gt;<\/a>/);
    assert.doesNotMatch(quoteList([quote], false).value, /Ann/, "not on the speaker's own page");
  });
});
