/**
 * Quotes and their speakers.
 * (First version: owned by the quotes work, which deepens it.)
 */
import type { Paragraph, Quote } from "../article.js";
import type { Entities } from "./entities.js";

export function findQuotes(paragraphs: Paragraph[], entities: Entities): Quote[] {
  const quotes: Quote[] = [];
  for (const paragraph of paragraphs) {
    for (const m of paragraph.text.matchAll(/[“"]([^”"]{2,})[”"]/g)) {
      const start = m.index! + 1;
      const text = m[1]!;
      const speakerPerson = entities.people.find((p) => paragraph.text.includes(p.name) || p.aliases.some((a) => paragraph.text.includes(a)));
      quotes.push({
        text,
        kind: "direct",
        speaker: speakerPerson ? { name: speakerPerson.name, kind: "person", slug: speakerPerson.slug } : null,
        paragraph: paragraph.id,
        spans: [{ paragraph: paragraph.id, start, end: start + text.length }],
      });
    }
  }
  return quotes;
}
