/** Helpers every extractor shares for walking the article's paragraphs. */
import type { Paragraph } from "../../article.js";

/** Collapse the line breaks and runs of spaces inside a paragraph: a paragraph is one run of prose. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function numberParagraphs(texts: string[]): Paragraph[] {
  return texts.map((text, i) => ({ id: `p${i + 1}`, text: collapseWhitespace(text) }));
}
