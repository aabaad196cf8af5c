/**
 * A saved web page (`.html`, `.htm`) → the parts of a seed the text readers produce: front matter (from the
 * page's own metadata: headline, date, byline, outlet, address) and blocks (the article's paragraphs), so
 * everything downstream reads a page exactly as it reads a Markdown seed.
 *
 * The page is parsed by linkedom, a DOM without a browser: scripts never run and nothing is fetched. Only text
 * leaves this module, never markup; the site escapes it as it escapes any seed's text. A page that cannot be
 * read is a one-line problem naming the file, never an exception.
 */
import { parseHTML } from "linkedom";
import type { Block } from "../blocks.js";
import { FrontMatter } from "../frontmatter.js";
import { fail, ok, type Result } from "../problem.js";
import { readArticleBlocks } from "./body.js";
import { readPageMetadata } from "./metadata.js";

export interface PageParts {
  frontMatter: FrontMatter;
  blocks: Block[];
}

export function readPage(file: string, html: string): Result<PageParts> {
  if (!/<[a-z!?]/i.test(html)) return fail(file, "not a web page: no HTML tags (save it as .txt if it is plain text)");
  let document: Document;
  try {
    document = parseDocument(html);
  } catch (error) {
    return fail(file, `could not read the page's HTML (${reason(error)})`);
  }
  try {
    const metadata = readPageMetadata(document);
    const blocks = readArticleBlocks(document);
    // Metadata that is not what front matter may hold is left out, not fatal: the page's makers, not the user,
    // wrote it.
    const frontMatter: FrontMatter = {};
    const fields = { headline: metadata.headline, date: metadata.date, byline: metadata.byline, source: metadata.outlet, url: metadata.url };
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      const checked = FrontMatter.shape[key as keyof FrontMatter].safeParse(value);
      if (checked.success && checked.data !== undefined) (frontMatter as Record<string, string>)[key] = checked.data;
    }
    return ok({ frontMatter, blocks });
  } catch (error) {
    // linkedom and Readability are third-party code reading hostile input: whatever they throw is this page's
    // problem, reported by name, not a crash of the build.
    return fail(file, `could not read the page (${reason(error)})`);
  }
}

/**
 * linkedom parses as htmlparser2 does, which differs from a browser in two ways that matter here: a fragment
 * (an article's markup copied without its page) has no `<body>`, and attribute names keep the case they were
 * written in (`<TIME DATETIME=…>` in old markup). The fragment gets a page around it; the names are lower-cased,
 * as the HTML standard has them.
 */
function parseDocument(html: string): Document {
  const page = /<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const document = parseHTML(page).document as unknown as Document;
  for (const el of document.querySelectorAll("*")) {
    for (const name of el.getAttributeNames()) {
      if (!/[A-Z]/.test(name)) continue;
      const value = el.getAttribute(name) ?? "";
      el.removeAttribute(name);
      if (!el.hasAttribute(name.toLowerCase())) el.setAttribute(name.toLowerCase(), value);
    }
  }
  return document;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 120);
