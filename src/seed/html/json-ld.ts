/**
 * The article a page describes in JSON-LD (`<script type="application/ld+json">`), as news sites publish it for
 * search engines: a `NewsArticle` (or another kind of `Article`) on its own, in a list, or inside an `@graph`,
 * with its `publisher` and `author` given inline or by `@id` reference to another node of the graph.
 * The script is read as data (JSON.parse), never run; a script that is not valid JSON is skipped.
 */

export type Node = Record<string, unknown>;

/** schema.org types that are an article: NewsArticle and its kinds, Article, blog posts, reports. */
const ARTICLE_TYPE = /^(?:https?:\/\/schema\.org\/)?(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle)$/;
/** Nesting deeper than a page's JSON-LD ever goes is not followed (a hostile page can nest without end). */
const MAX_DEPTH = 8;

export interface JsonLd {
  article: Node | null;
  /** Resolves `{"@id": …}` references to the node of that id, when the page defines one. */
  resolve: (value: unknown) => unknown;
}

export function readJsonLd(scripts: string[]): JsonLd {
  const nodes: Node[] = [];
  for (const script of scripts) {
    let data: unknown;
    try {
      // A CMS sometimes wraps the JSON in an HTML comment or CDATA section.
      data = JSON.parse(script.trim().replace(/^(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)$/g, ""));
    } catch {
      continue;
    }
    collect(data, nodes, 0);
  }
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node["@id"] === "string" && !byId.has(node["@id"])) byId.set(node["@id"], node);
  const resolve = (value: unknown): unknown => {
    if (isNode(value) && typeof value["@id"] === "string" && Object.keys(value).length === 1) return byId.get(value["@id"]) ?? value;
    return value;
  };
  return { article: nodes.find((node) => types(node).some((t) => ARTICLE_TYPE.test(t))) ?? null, resolve };
}

/** Every object in the data, in document order: top-level nodes, list items and `@graph` members. */
function collect(data: unknown, into: Node[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(data)) for (const item of data) collect(item, into, depth + 1);
  else if (isNode(data)) {
    into.push(data);
    if (Array.isArray(data["@graph"]) || isNode(data["@graph"])) collect(data["@graph"], into, depth + 1);
  }
}

export function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function types(node: Node): string[] {
  const type = node["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}
