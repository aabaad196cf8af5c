/** Where each annotated corpus lives; each defaults to a folder under ../shared/corpus and can be pointed elsewhere. */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export interface Corpora {
  polnear: string;
  newsAttributions: string;
  conllDev: string;
  conllTrain: string;
  timebank: string;
  wikinews: string;
  bbc: string;
}

export const CORPUS_FLAGS: Record<string, keyof Corpora> = {
  "--polnear": "polnear",
  "--news-attributions": "newsAttributions",
  "--conll": "conllDev",
  "--conll-train": "conllTrain",
  "--timebank": "timebank",
  "--wikinews": "wikinews",
  "--bbc": "bbc",
};

export function defaultCorpora(root: string): Corpora {
  return {
    polnear: join(root, "polnear-train"),
    newsAttributions: join(root, "news-attributions"),
    conllDev: join(root, "conll2003-dev"),
    conllTrain: join(root, "conll2003-train"),
    timebank: join(root, "timebank-aquaint"),
    wikinews: join(root, "wikinews-2019"),
    bbc: join(root, "bbc"),
  };
}

/** A section's note for a corpus that is not there: said plainly, never scored as zero. */
export function missing(dir: string): string | null {
  return existsSync(resolve(dir)) ? null : `corpus not found at ${resolve(dir)} (skipped)`;
}
