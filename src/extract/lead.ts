/**
 * The top of a seed: headline line, photo caption with credit, dateline — and the body that follows.
 * (First version: owned by the dates/headlines/sources work, which deepens it.)
 */
import type { Caption } from "../article.js";
import type { Block } from "../seed/blocks.js";
import type { FrontMatter } from "../seed/frontmatter.js";

export interface Lead {
  headline?: { text: string; basis: "front-matter" | "markdown-heading" | "first-line" };
  caption?: Caption;
  /** A dateline: a line of its own ("Friday, January 4, 2019") or the opening of the first paragraph. */
  dateline?: { text: string; date: string | null };
  /** Body paragraph texts in reading order (headline, caption and a dateline line removed). */
  body: string[];
}

export function readLead(blocks: Block[], frontMatter: FrontMatter): Lead {
  const rest = [...blocks];
  const lead: Lead = { body: [] };
  if (frontMatter.headline) lead.headline = { text: frontMatter.headline, basis: "front-matter" };
  if (rest[0]?.kind === "heading") {
    const heading = rest.shift()!;
    lead.headline ??= { text: heading.text, basis: "markdown-heading" };
  }
  const credit = /\s*(?:via|\(Photo:|Credit:)\s*(Associated Press|Reuters|AFP|Getty Images)\)?\.?$/;
  const match = rest[0] && credit.exec(rest[0].text);
  if (match) {
    const caption = rest.shift()!;
    lead.caption = { text: caption.text.slice(0, match.index).trim(), credit: match[1]! };
  }
  lead.body = rest.filter((b) => b.kind === "paragraph").map((b) => b.text);
  return lead;
}
