/** Helpers every extractor shares for walking the article's paragraphs. */
import type { Paragraph } from "../../article.js";

/** Collapse the line breaks and runs of spaces inside a paragraph: a paragraph is one run of prose. */
// Only the runs that change: a lone space is left alone, so prose with nothing to collapse is not copied.
const LOOSE_SPACE = /\s{2,}|[^\S ]/g;

export function collapseWhitespace(text: string): string {
  return text.replace(LOOSE_SPACE, " ").trim();
}

export function numberParagraphs(texts: string[]): Paragraph[] {
  return texts.map((text, i) => ({ id: `p${i + 1}`, text: collapseWhitespace(text) }));
}
