/**
 * Where the story comes from: agencies, outlets, reporters, social posts, documents, statements, photo credits.
 * (First version: owned by the dates/headlines/sources work, which deepens it.)
 */
import type { Caption, Paragraph, Quote, Source } from "../article.js";
import type { Entities } from "./entities.js";

export interface SourceInput {
  paragraphs: Paragraph[];
  caption?: Caption;
  outlet?: string;
  entities: Entities;
  quotes: Quote[];
}

export function findSources(input: SourceInput): Source[] {
  const sources: Source[] = [];
  if (input.outlet) sources.push({ kind: "outlet", name: input.outlet });
  if (input.caption?.credit) sources.push({ kind: "photo", name: input.caption.credit, paragraph: "caption" });
  return sources;
}
