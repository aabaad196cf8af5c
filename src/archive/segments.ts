/**
 * A paragraph cut into runs of text, each either plain or inside a quote, so a template can mark quotes
 * without doing any string surgery itself.
 */
import type { Quote } from "../article.js";

export interface Segment {
  text: string;
  /** Index into the article's quotes when this run is quoted words. */
  quote?: number;
}

export function segmentParagraph(id: string, text: string, quotes: Quote[]): Segment[] {
  const marks: { start: number; end: number; quote: number }[] = [];
  quotes.forEach((q, index) => {
    // Indirect speech is reported in the writer's words: only direct quotes are marked as someone's words.
    if (q.kind !== "direct") return;
    for (const span of q.spans) {
      if (span.paragraph === id && span.end > span.start && span.end <= text.length) marks.push({ ...span, quote: index });
    }
  });
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue; // overlapping spans: the first one wins, nothing is printed twice
    if (mark.start > at) segments.push({ text: text.slice(at, mark.start) });
    segments.push({ text: text.slice(mark.start, mark.end), quote: mark.quote });
    at = mark.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
  return segments;
}
