/**
 * The top of a seed — headline, byline, dateline, photo caption — and the body that follows.
 *
 * Conventions read, in the order they stack above a story:
 * - front matter `headline` wins; in Markdown, else a leading `# Heading`;
 * - in plain text, a headline line: the first line, short, on its own ("Ad sales boost Time Warner profit",
 *   "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY."), perhaps over a deck line in the same
 *   block; never a caption, a dateline, or a lede sentence;
 * - a reporter's name on its own line between headline and dateline (Reuters: "Larry Fine");
 * - a dateline line ("Friday, January 4, 2019", "LONDON 1996-08-30"), taken out of the body;
 * - a photo caption ending with its credit, taken out of the body;
 * - otherwise a dateline opening the first paragraph ("LONDON, March 3 (Reuters) –"), which stays in it.
 */
import type { Caption } from "../../article.js";
import type { Block } from "../../seed/blocks.js";
import type { FrontMatter } from "../../seed/frontmatter.js";
import { readCaption } from "./caption.js";
import { readDatelineLine, readInlineDateline, type Dateline } from "./dateline.js";
import { findDates, latestFullDate } from "../dates/index.js";

export interface Lead {
  headline?: { text: string; basis: "front-matter" | "markdown-heading" | "first-line" };
  caption?: Caption;
  /** A dateline: a line of its own ("Friday, January 4, 2019") or the opening of the first paragraph. */
  dateline?: Dateline;
  /** A reporter's name standing on its own line above the dateline. */
  byline?: string;
  /** Body paragraph texts in reading order (headline, caption and a dateline line removed). */
  body: string[];
}

/** How many blocks from the top a caption or dateline may sit: below them, the story has begun. */
const TOP_BLOCKS = 4;

export function readLead(blocks: Block[], frontMatter: FrontMatter, format: "txt" | "md" = "txt"): Lead {
  const rest = blocks.map((b) => ({ ...b }));
  const lead: Lead = { body: [] };
  if (frontMatter.headline) lead.headline = { text: frontMatter.headline, basis: "front-matter" };
  if (rest[0]?.kind === "heading") {
    const heading = rest.shift()!;
    lead.headline ??= { text: heading.text, basis: "markdown-heading" };
  }

  for (let position = 0; position < TOP_BLOCKS && rest[0]?.kind === "paragraph"; position++) {
    const block = rest[0];
    const [first, ...others] = block.text.split("\n");
    const keepOthers = () => (others.length ? (block.text = others.join("\n")) : rest.shift());
    const dateline = lead.dateline ? null : readDatelineLine(first!);
    const caption = lead.caption ? null : readCaption(block.text);
    if (dateline) {
      lead.dateline = dateline;
      keepOthers();
    } else if (caption) {
      lead.caption = caption;
      rest.shift();
    } else if (position === 0 && !lead.headline && format === "txt" && isHeadlineLine(first!, others, rest.length)) {
      lead.headline = { text: first!.replace(/\s+/g, " ").trim(), basis: "first-line" };
      keepOthers();
    } else if (!lead.dateline && !lead.byline && lead.headline && isBylineLine(block.text) && rest[1] && readDatelineLine(rest[1].text)) {
      lead.byline = block.text.trim();
      rest.shift();
    } else break;
  }

  lead.body = rest.filter((b) => b.kind === "paragraph").map((b) => b.text);
  if (!lead.dateline && lead.body[0]) lead.dateline = inlineDateline(lead.body);
  if (!lead.dateline) delete lead.dateline;
  return lead;
}

/**
 * A headline is short, stands on its own, and is not copy: a lede sentence ("A British diplomat has reportedly
 * resigned over …") carries the articles and auxiliaries headlinese drops, or runs on past headline length.
 */
function isHeadlineLine(line: string, others: string[], blocksLeft: number): boolean {
  const text = line.trim();
  const words = text.split(/\s+/);
  if (blocksLeft < 2 && others.length === 0) return false;
  if (text.length < 2 || text.length > 200 || words.length > 30) return false;
  if (readInlineDateline(text)) return false;
  // A hard-wrapped paragraph's first line breaks mid-sentence; a headline over a deck ends cleanly.
  if (others.length && !/[.;:!?"”’]$/.test(text) && !/^[A-Z"“‘]/.test(others[0]!.trim())) return false;
  if (others.length === 0 && /[.]["”’]?$/.test(text)) {
    if (words.length >= 25) return false;
    if (/^(?:A|An|The)\s/.test(text) && /\b(?:has|have|had|was|were)\b/.test(text)) return false;
    if (words.length >= 15 && /\b(?:said|says|told|reported|announced)\b/.test(text)) return false;
    if (/\b[a-z]{2,}[.!?]\s+[A-Z]/.test(text)) return false;
  }
  return true;
}

/** "Larry Fine", "Mona Eltahawy": two to four capitalised words and nothing else. */
function isBylineLine(text: string): boolean {
  return /^(?:By\s+)?[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3}$/u.test(text.trim()) && !/[A-Z]{3,}/.test(text);
}

/**
 * The dateline opening the first paragraph. One that leaves the year out ("LONDON, March 3 (Reuters) –") takes
 * the year of the latest full date the story mentions; with none, its day stays unknown.
 */
function inlineDateline(body: string[]): Dateline | undefined {
  const found = readInlineDateline(body[0]!.replace(/\s+/g, " "));
  if (!found) return undefined;
  if (found.date || !found.monthDay) return { text: found.text, date: found.date };
  const mentioned = latestFullDate(findDates(body.map((text, i) => ({ id: `p${i + 1}`, text })), null));
  return { text: found.text, date: mentioned ? `${mentioned.slice(0, 4)}-${found.monthDay}` : null };
}
