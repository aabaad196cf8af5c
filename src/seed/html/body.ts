/**
 * A saved page's article body, as blocks: the story's paragraphs (and its subheads and lead photo's caption),
 * nothing of the page around it — navigation, cookie banner, adverts, "read more" lists, share bars, comments,
 * footer.
 *
 * Mozilla's Readability (Firefox's reader view) finds the article. Before it runs, what is never copy goes:
 * elements that cannot hold prose (scripts, forms, navigation, hidden elements) and those a site's own markup
 * names as furniture (`class="cookie-banner"`, `id="comments"`, `class="share-bar"`, …), which Readability's
 * scoring, made for reading a page rather than filing it, sometimes keeps. After it, a paragraph or list item
 * that is nothing but a link is a pointer to another story and goes too. Web boilerplate lines that survive
 * ("Advertisement") are the lead reader's to drop, as in pasted text.
 */
import { Readability } from "@mozilla/readability";
import type { Block } from "../blocks.js";
import { cleanBlock, cleanLine } from "./text.js";

/** Elements that never hold the story's prose. */
const NOT_PROSE =
  "script, style, noscript, template, iframe, object, embed, svg, math, canvas, video, audio, form, button, select, textarea, input, nav, dialog, [hidden], [aria-hidden='true'], [role='navigation'], [role='dialog'], [role='alertdialog'], [role='search'], [role='menu'], [role='menubar'], [role='toolbar'], [role='complementary'], [role='contentinfo']";
/** Class and id words news sites give their furniture. */
const FURNITURE =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|newsletters?|subscribe|subscription|signup|paywall|share|sharing|social|related|read-?more|recommended|recommendations|most-?read|most-?popular|trending|promo|promos|advert|adverts|advertisement|ads?|ad-?slot|ad-?unit|sponsored|outbrain|taboola|comments?|disqus|author-?bio|bio|tags|breadcrumbs?|pagination|skip|modal|popup|overlay|alert-?banner|ticker|sidebar)(?:$|[\s_-])/i;
/** Never removed, whatever their class says: the document itself and the story's own containers. */
const CONTAINER = new Set(["HTML", "BODY", "MAIN", "ARTICLE"]);
const HEADING = new Set(["H1", "H2", "H3", "H4", "H5", "H6"]);
/** Elements that start and end a block of text; everything else runs inline. */
const BLOCK = new Set([
  ...HEADING,
  "P", "DIV", "LI", "UL", "OL", "DL", "DT", "DD", "BLOCKQUOTE", "FIGURE", "FIGCAPTION", "PRE", "TABLE", "TR", "TD", "TH",
  "CAPTION", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "ADDRESS", "HR", "BODY", "CENTER",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "TITLE", "SVG", "MATH", "BUTTON", "SELECT", "TEXTAREA"]);

/** The article's blocks, in reading order; empty when the page holds no text at all. */
export function readArticleBlocks(document: Document): Block[] {
  removeFurniture(document);
  const caption = leadCaption(document);
  const article = readable(document);
  const blocks = blocksOf(article ?? document.body ?? document.documentElement);
  const body = blocks.filter((b) => !(b.kind === "caption" && caption && b.text === caption));
  return caption ? [{ text: caption, kind: "caption" }, ...body] : body;
}

function removeFurniture(document: Document): void {
  for (const el of [...document.querySelectorAll(NOT_PROSE)]) if (!CONTAINER.has(el.tagName)) el.remove();
  // The site's header, footer and sidebars; an article's own header (headline, byline) stays for the lead.
  for (const el of [...document.querySelectorAll("footer, aside, header")]) if (el.tagName !== "HEADER" || !el.closest("article")) el.remove();
  // A `<time>` outside a sentence is the page's timestamp (read from its `datetime` as metadata), not copy.
  for (const time of [...document.querySelectorAll("time")]) {
    const alone = cleanLine(time.parentElement?.textContent ?? "") === cleanLine(time.textContent ?? "");
    if (alone || !time.closest("p, li, td, th, blockquote, dd, figcaption")) time.remove();
  }
  for (const el of [...document.querySelectorAll("[class], [id]")]) {
    if (CONTAINER.has(el.tagName) || !el.isConnected) continue;
    if (FURNITURE.test(el.getAttribute("class") ?? "") || FURNITURE.test(el.getAttribute("id") ?? "")) el.remove();
  }
}

/** The lead photo's caption: the first `<figcaption>` of the article, before Readability decides on figures. */
function leadCaption(document: Document): string | null {
  const scope = document.querySelector("article") ?? document.querySelector("main") ?? document.body;
  const figcaption = scope?.querySelector("figcaption");
  // A caption and its credit often sit in separate spans with no space between: words are joined with one.
  const text = figcaption ? cleanLine(textNodes(figcaption).join(" ")) : "";
  return text || null;
}

/**
 * Readability's scoring takes time that grows with the square of the page's nesting and more: 50 levels take a
 * fifth of a second, 2,000 take minutes. No news page nests deeper than a few dozen levels or holds more than a
 * few thousand elements; a page past these limits (generated, or made to stall the build) is read whole by the
 * linear walk below instead.
 */
const MAX_DEPTH = 80;
const MAX_ELEMENTS = 15_000;

/** The element Readability takes for the article, or null when it finds none (or the page is too big for it). */
function readable(document: Document): Element | null {
  if (!withinLimits(document)) return null;
  const clone = document.cloneNode(true) as Document;
  let content: Element | null | undefined;
  try {
    content = new Readability<Element>(clone, { serializer: (node) => node as Element, disableJSONLD: true, maxElemsToParse: MAX_ELEMENTS }).parse()?.content;
  } catch {
    return null;
  }
  return content && blocksOf(content).some((b) => b.kind === "paragraph") ? content : null;
}

/** Whether the page is small and shallow enough for Readability; measured in one pass in document order. */
function withinLimits(document: Document): boolean {
  const elements = document.querySelectorAll("*");
  if (elements.length > MAX_ELEMENTS) return false;
  const depth = new Map<Element, number>();
  for (const el of elements) {
    const parent = el.parentElement;
    const d = (parent ? (depth.get(parent) ?? 0) : 0) + 1;
    if (d > MAX_DEPTH) return false;
    depth.set(el, d);
  }
  return true;
}

/**
 * Blocks of text in document order: block elements end one and start the next; `<br>` breaks a line within
 * one. Walked with a stack, not recursion, so no page is nested too deep to read.
 */
function blocksOf(root: Element): Block[] {
  const blocks: Block[] = [];
  let run = "";
  let kind: Block["kind"] = "paragraph";
  const flush = () => {
    const text = cleanBlock(run);
    if (text) blocks.push({ text, kind });
    run = "";
  };
  type Step = { node: Node; exit?: Block["kind"] | "block" };
  const stack: Step[] = [{ node: root }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      flush();
      kind = "paragraph";
      continue;
    }
    if (node.nodeType === 3) {
      run += (node.textContent ?? "").replace(/\n/g, " ");
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (SKIP.has(el.tagName)) continue;
    if (el.tagName === "BR") {
      run += "\n";
      continue;
    }
    if (!BLOCK.has(el.tagName)) {
      for (let child = el.lastChild; child; child = child.previousSibling) stack.push({ node: child });
      continue;
    }
    flush();
    if ((el.tagName === "P" || el.tagName === "LI") && isOnlyALink(el)) continue;
    if (HEADING.has(el.tagName)) kind = "heading";
    else if (el.tagName === "FIGCAPTION") kind = "caption";
    stack.push({ node: el, exit: "block" });
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push({ node: child });
  }
  flush();
  return blocks;
}

/** "<li><a>Police return to Leaside home</a></li>": a link to another story, not a sentence of this one. */
function isOnlyALink(el: Element): boolean {
  const text = cleanLine(el.textContent ?? "");
  if (!text) return false;
  const linked = cleanLine([...el.querySelectorAll("a")].map((a) => a.textContent ?? "").join(" "));
  return linked.length >= text.length * 0.9 && text.split(" ").length <= 30;
}

function textNodes(root: Element): string[] {
  const texts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) texts.push(node.textContent ?? "");
    else if (node.nodeType === 1 && !SKIP.has((node as Element).tagName)) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return texts;
}
