/**
 * A CoNLL-style corpus folder (articles/*.txt and gold.json with each article's people, organisations and places)
 * → training documents: each article read exactly as the parser reads a seed (the same lead, paragraphs and
 * tokens), the paragraphs the entity finder skips (results tables, lines in capitals) left out, and the gold
 * lists turned into tags (gold-labels.ts).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { readBody } from "../../parse.js";
import { readSeedBytes } from "../../seed/read.js";
import { goldTags, type GoldNames } from "./gold-labels.js";
import { layoutOf, lowercaseWords } from "./layout.js";
import { taggedParagraph } from "./tagger.js";
import type { TrainingDocument } from "./train.js";

interface GoldArticle extends GoldNames {
  file: string;
}

export async function readTrainingCorpus(dir: string): Promise<{ documents: TrainingDocument[]; problems: string[] }> {
  const gold = JSON.parse(await readFile(join(dir, "gold.json"), "utf8")) as GoldArticle[];
  const documents: TrainingDocument[] = [];
  const problems: string[] = [];
  for (const entry of gold) {
    const doc = readSeedBytes(entry.file, await readFile(join(dir, entry.file)));
    if (!doc.ok) {
      problems.push(`${entry.file}: ${doc.problem.reason}`);
      continue;
    }
    const all = readBody(doc.value).credited.map((p) => taggedParagraph(p.text, undefined, true));
    const lowercase = lowercaseWords(all.map((p) => p.tokens));
    const paragraphs = all.filter((p) => layoutOf(p.text, p.tokens, lowercase).kind === "prose");
    documents.push({ paragraphs, allowed: goldTags(paragraphs, entry) });
  }
  return { documents, problems };
}
