/**
 * The news-attributions corpus (70 BBC and Wikinews articles, every attribution annotated with its speaker
 * resolved to the fullest name the article gives, or null when the article names no one), read into the same
 * shape as PolNeAR's gold so one scorer serves both.
 *
 * The gold gives each attribution's text, not its offsets: each piece (a multi-paragraph quote's paragraphs are
 * joined by a blank line) is found in the raw file, in reading order where the same words occur twice.
 * The corpus is not redistributable: it is read from its folder at evaluation time, never copied.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { GoldArticle, GoldAttribution, Range } from "./attribution-gold.js";

interface Entry {
  file: string;
  quotes: { text: string; kind: "direct" | "indirect"; speaker: string | null; cue: string }[];
}

export async function readNewsAttributions(dir: string): Promise<{ articles: GoldArticle[]; unlocated: number }> {
  const entries = JSON.parse(await readFile(join(dir, "gold.json"), "utf8")) as Entry[];
  const articles: GoldArticle[] = [];
  let unlocated = 0;
  for (const entry of [...entries].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const raw = await readFile(join(dir, entry.file), "utf8");
    const attributions: GoldAttribution[] = [];
    let cursor = 0;
    for (const q of entry.quotes) {
      const ranges: Range[] = [];
      for (const piece of q.text.split("\n\n")) {
        let at = raw.indexOf(piece, cursor);
        if (at < 0) at = raw.indexOf(piece);
        if (at < 0) continue;
        ranges.push([at, at + piece.length]);
      }
      if (!ranges.length) {
        unlocated++;
        continue;
      }
      // Gold lists attributions in reading order, but a clause inside an earlier one may follow it.
      cursor = Math.min(...ranges.map(([s]) => s));
      attributions.push({
        source: q.speaker ? { text: q.speaker, ranges: [] } : null,
        cue: q.cue || null,
        content: { text: q.text, ranges },
        direct: q.kind === "direct",
        speaker: q.speaker,
      });
    }
    const name = entry.file.replace(/^articles\//, "").replace(/\.txt$/, "");
    articles.push({ name, raw, attributions, discarded: [] });
  }
  return { articles, unlocated };
}
