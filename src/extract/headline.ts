/**
 * A headline for an article that gives none: the lede's first sentence, trimmed to headline length.
 * (First version: owned by the dates/headlines/sources work, which deepens it.)
 */
import type { Paragraph } from "../article.js";

export function headlineFromLede(paragraphs: Paragraph[]): string {
  const lede = paragraphs[0]?.text ?? "";
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(lede)?.[1] ?? lede;
  const words = sentence.replace(/[.]$/, "").split(/\s+/);
  return words.length > 15 ? `${words.slice(0, 14).join(" ")}…` : words.join(" ") || "Untitled article";
}
