/**
 * The top of a seed — headline, byline, outlet, dateline, timestamp, photo caption — and the body that follows,
 * read as an editor reads copy pasted from a news site.
 *
 * Conventions read, in the order they stack above a story:
 * - front matter `headline` wins; in Markdown, else a leading `# Heading`;
 * - web furniture is dropped wherever it stands, whole lines only (boilerplate.ts: "Advertisement", "Share this
 *   article", "Read more: …");
 * - a masthead or section line ("Global News Halifax", "Politics", "News › Canada") above or below the headline
 *   (outlet.ts): the masthead becomes the outlet, the section is dropped; neither is the headline;
 * - in plain text, a headline line: the first line of copy, short, on its own ("Ad sales boost Time Warner
 *   profit", "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY."), perhaps over a deck line in
 *   the same block; never a caption, a dateline, a byline, or a lede sentence;
 * - a byline or credit line (byline.ts: "By Jane Doe", "Jane Doe, The Canadian Press", "Jane Doe · Political
 *   reporter"), and a reporter's bare name on its own line just above the dateline or timestamp (Reuters:
 *   "Larry Fine");
 * - a dateline line ("Friday, January 4, 2019", "LONDON 1996-08-30") and a timestamp line ("Published March 3,
 *   2024", "Posted: Mar 03, 2024 4:00 AM EST"), taken out of the body;
 * - a photo caption ending with its credit, or after a gallery button's label ("Open this photo in gallery:"),
 *   taken out of the body (caption.ts); later captions in the body are residue of the page and dropped;
 * - otherwise a dateline opening the first paragraph ("LONDON, March 3 (Reuters) –", "HALIFAX —"), which stays
 *   in it.
 */
import type { Caption } from "../../article.js";
import type { Block } from "../../seed/blocks.js";
import type { FrontMatter } from "../../seed/frontmatter.js";
import { findDates, latestFullDate } from "../dates/index.js";
import { withoutBoilerplate } from "./boilerplate.js";
import { readBylineLine, type Byline } from "./byline.js";
import { afterGalleryLabel, hasCaptionLabel, readCaption } from "./caption.js";
import { readDatelineLine, readInlineDateline, readTimestampLine, type Dateline } from "./dateline.js";
import { readOutletLine } from "./outlet.js";

export interface Lead {
  headline?: { text: string; basis: "front-matter" | "markdown-heading" | "first-line" };
  caption?: Caption;
  /** A dateline: a line of its own ("Friday, January 4, 2019") or the opening of the first paragraph. */
  dateline?: Dateline;
  /** The day a timestamp line above the story says it was published ("Published March 3, 2024"). */
  published?: string;
  /** The reporters a byline line names ("Jane Doe and John Roe"), or the agency when it names only that. */
  byline?: string;
  /** The wire agency a byline line credits ("Jane Doe, The Canadian Press"), under its archive name. */
  agency?: string;
  /** The masthead printed above the story, or the outlet a byline line credits ("Jane Doe, CBC News"). */
  outlet?: string;
  /** Body paragraph texts in reading order (headline, caption, lead lines and furniture removed). */
  body: string[];
}

/** How many lines from the top the lead may take: below them, the story has begun. */
const TOP_LINES = 14;

export function readLead(blocks: Block[], frontMatter: FrontMatter, format: "txt" | "md" | "html" = "txt"): Lead {
  const rest = withoutFurniture(blocks);
  const lead: Lead = { body: [] };
  if (frontMatter.headline) lead.headline = { text: frontMatter.headline, basis: "front-matter" };
  if (rest[0]?.kind === "heading") {
    const heading = rest.shift()!;
    lead.headline ??= { text: heading.text, basis: "markdown-heading" };
  }
  readTop(rest, lead, format);
  const body = withoutCaptionResidue(rest);
  lead.body = body;
  if (!lead.dateline && body[0]) lead.dateline = inlineDateline(body);
  if (!lead.dateline) delete lead.dateline;
  return lead;
}

/** The blocks without web furniture lines; a block that held nothing else is gone. */
function withoutFurniture(blocks: Block[]): Block[] {
  const kept: Block[] = [];
  for (const block of blocks) {
    const text = block.kind === "heading" ? block.text : withoutBoilerplate(block.text);
    if (text) kept.push({ ...block, text });
  }
  return kept;
}

/**
 * Walks the lines at the top of the story, taking each one that is lead material, and stops at the first line
 * of copy. `rest` is consumed as lines are taken.
 */
function readTop(rest: Block[], lead: Lead, format: "txt" | "md" | "html"): void {
  // Only mastheads and section labels may stand above a headline; once a byline, dateline or caption has been
  // read, the next line of copy is the lede.
  let headlineOpen = format === "txt" && !lead.headline;
  let captionNext = false;
  for (let taken = 0; taken < TOP_LINES && rest[0]; taken++) {
    const block = rest[0];
    if (block.kind === "heading") {
      // A subhead above any copy (a saved page's section title, a deck set as a heading): not the story.
      if (!lead.headline) break;
      rest.shift();
      continue;
    }
    if (block.kind === "caption") {
      if (!lead.caption) {
        const caption = readCaption(block.text, true);
        if (caption) lead.caption = caption;
      }
      rest.shift();
      continue;
    }
    const [first = "", ...others] = block.text.split("\n");
    const line = first.trim();
    const next = others[0] ?? (rest[1]?.kind === "paragraph" ? rest[1].text.split("\n")[0]! : "");
    const takeLine = () => (others.length ? (block.text = others.join("\n")) : rest.shift());

    if (captionNext) {
      captionNext = false;
      // After a gallery label the caption is the rest of the block (a caption may run to several lines).
      const caption = readCaption(block.text, true);
      if (caption) {
        lead.caption ??= caption;
        headlineOpen = false;
        rest.shift();
        continue;
      }
    }
    const gallery = afterGalleryLabel(line);
    if (gallery !== null) {
      headlineOpen = false;
      if (gallery) {
        const caption = readCaption([gallery, ...others].join(" "), true);
        if (caption) lead.caption ??= caption;
        rest.shift();
      } else {
        captionNext = true;
        takeLine();
      }
      continue;
    }
    const dateline = lead.dateline ? null : readDatelineLine(line);
    if (dateline) {
      lead.dateline = dateline;
      headlineOpen = false;
      takeLine();
      continue;
    }
    const stamp = readTimestampLine(line);
    if (stamp) {
      if (stamp.published) lead.published ??= stamp.published;
      headlineOpen = false;
      takeLine();
      continue;
    }
    const byline = readBylineLine(line);
    if (byline) {
      takeByline(lead, byline);
      headlineOpen = false;
      takeLine();
      continue;
    }
    const outlet = readOutletLine(line);
    if (outlet) {
      if (outlet.kind === "outlet") lead.outlet ??= outlet.name;
      takeLine();
      continue;
    }
    const caption = lead.caption ? null : readTopCaption(block, line, others);
    if (caption) {
      lead.caption = caption.caption;
      headlineOpen = false;
      if (caption.wholeBlock) rest.shift();
      else takeLine();
      continue;
    }
    if (headlineOpen && isHeadlineLine(line, others, rest.length)) {
      lead.headline = { text: line.replace(/\s+/g, " ").trim(), basis: "first-line" };
      headlineOpen = false;
      takeLine();
      continue;
    }
    // "Larry Fine" over "NEW YORK 1996-08-30": a reporter's bare name just above the dateline or timestamp.
    if (lead.headline && !lead.byline && !lead.dateline && isBareName(line) && (readDatelineLine(next) || readTimestampLine(next))) {
      lead.byline = line.replace(/^By\s+/, "");
      takeLine();
      continue;
    }
    break;
  }
}

/** A caption at the top: the whole block ending with its credit, or (in copy without blank lines) one line. */
function readTopCaption(block: Block, line: string, others: string[]): { caption: Caption; wholeBlock: boolean } | null {
  const whole = readCaption(block.text);
  if (whole) return { caption: whole, wholeBlock: true };
  if (others.length === 0) return null;
  const single = readCaption(line, hasCaptionLabel(line));
  return single ? { caption: single, wholeBlock: false } : null;
}

function takeByline(lead: Lead, byline: Byline): void {
  if (byline.names) lead.byline ??= byline.names;
  else if (byline.agency) lead.byline ??= byline.agency;
  if (byline.agency) lead.agency ??= byline.agency;
  if (byline.outlet) lead.outlet ??= byline.outlet;
  if (byline.published) lead.published ??= byline.published;
}

/**
 * Photo captions below the lead are residue of the page: a gallery label and the caption after it, a caption
 * labelled "FILE PHOTO:", or a line ending with a photographer's credit ("(Name/Agency)"). None is copy.
 */
function withoutCaptionResidue(blocks: Block[]): string[] {
  const body: string[] = [];
  let captionNext = false;
  for (const block of blocks) {
    if (block.kind !== "paragraph") continue;
    const lines: string[] = [];
    for (const line of block.text.split("\n")) {
      const gallery = afterGalleryLabel(line);
      if (gallery !== null) {
        captionNext = gallery === "";
        continue;
      }
      if (captionNext) {
        captionNext = false;
        if (readCaption(line, true)) continue;
      }
      if (hasCaptionLabel(line) || (block.text.split("\n").length > 1 && isCreditedCaption(line))) continue;
      lines.push(line);
    }
    const text = lines.join("\n").trim();
    if (text && !isCreditedCaption(text)) body.push(text);
  }
  return body;
}

/** A caption with a photographer's credit in brackets or after its stop: never how a paragraph of copy ends. */
function isCreditedCaption(text: string): boolean {
  // Every such credit has its slash near the end ("Name/Agency"): most paragraphs are passed over at a glance.
  if (!text.slice(-120).includes("/")) return false;
  const caption = readCaption(text);
  return Boolean(caption?.credit?.includes("/") && caption.text.split(/\s+/).length <= 60);
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
function isBareName(text: string): boolean {
  return /^(?:By\s+)?[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3}$/u.test(text.trim()) && !/[A-Z]{3,}/.test(text);
}

/**
 * The dateline opening the first paragraph. One that leaves the year out ("LONDON, March 3 (Reuters) –") is
 * placed in the year that puts it on or within a month after the latest full date the story mentions (the news
 * it reports); with no such date, its day stays unknown rather than guessed ("NEW YORK, Dec. 22 (UPI)" over a
 * story whose latest date is a birth in September of some year).
 */
function inlineDateline(body: string[]): Dateline | undefined {
  const found = readInlineDateline(body[0]!.replace(/\s+/g, " "));
  if (!found) return undefined;
  if (found.date || !found.monthDay) return { text: found.text, date: found.date };
  const mentioned = latestFullDate(findDates(body.map((text, i) => ({ id: `p${i + 1}`, text })), null));
  if (!mentioned) return { text: found.text, date: null };
  const year = Number(mentioned.slice(0, 4));
  const date = [year, year + 1]
    .map((y) => `${y}-${found.monthDay}`)
    .find((day) => {
      const gap = (Date.parse(day) - Date.parse(mentioned)) / 86_400_000;
      return gap >= 0 && gap <= DATELINE_REACH_DAYS;
    });
  return { text: found.text, date: date ?? null };
}

/** How long after the latest full date a story mentions its yearless dateline may fall. */
const DATELINE_REACH_DAYS = 31;
