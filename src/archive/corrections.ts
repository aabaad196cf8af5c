/**
 * A librarian's corrections to attributions, kept in seeds/corrections.yml and applied on every rebuild without
 * reparsing: a correction wins over any confidence.
 *
 * ```yaml
 * - article: politics/budget.txt       # the seed, as named in the seeds folder
 *   quote: We will not raise taxes      # the quote's opening words (enough of them to tell it from the others)
 *   speaker: Rachel Reeves              # reassign it: filed on this person's page
 * - article: politics/budget.txt
 *   quote: The Treasury has confirmed
 *   speaker: HM Treasury
 *   kind: organisation                  # the new speaker is an organisation (person by default)
 * - article: sport/derby.txt
 *   quote: three minutes later
 *   reject: true                        # not a quote: stays in the Article, filed nowhere, not marked as speech
 * - article: world/summit.txt
 *   quote: We are ready
 *   confirm: true                       # right as the parser has it: filed whatever its confidence
 * ```
 * Errors name the file and line: `corrections.yml:7: no quote in politics/budget.txt opens with "We will not"`.
 */
import { z } from "zod";
import type { Article, Quote } from "../article.js";
import type { SeedProblem } from "../seed/problem.js";
import { readYamlList } from "./yaml-list.js";

export const CORRECTIONS_FILE = "corrections.yml";

export const Correction = z
  .strictObject({
    article: z.string("must be the seed's file name").trim().min(1, "must be the seed's file name"),
    quote: z.string("must be the quote's opening words").trim().min(2, "must be the quote's opening words").max(300),
    speaker: z.string("must be a name").trim().min(1).max(200).optional(),
    kind: z.enum(["person", "organisation"], "must be one of person, organisation").optional(),
    reject: z.literal(true, "must be true (or left out)").optional(),
    confirm: z.literal(true, "must be true (or left out)").optional(),
  })
  .refine((c) => [c.speaker !== undefined, c.reject, c.confirm].filter(Boolean).length === 1, {
    message: "needs exactly one of speaker (reassign), reject: true or confirm: true",
  })
  .refine((c) => c.kind === undefined || c.speaker !== undefined, { message: '"kind" goes with "speaker"' });
export type Correction = z.infer<typeof Correction>;

const CorrectionsFile = z.array(Correction, "the file must be a list of entries, each starting with '- article:'");

/** A correction found in the file, with where it is, for problems found when it is applied. */
export interface LocatedCorrection {
  correction: Correction;
  where: string;
}

export function readCorrections(file: string, text: string): { corrections: LocatedCorrection[]; problems: SeedProblem[] } {
  const list = readYamlList(file, text, CorrectionsFile, Correction);
  if (!list.entries) return { corrections: [], problems: list.problems };
  return { corrections: list.entries.map((correction, i) => ({ correction, where: list.where(i) })), problems: [] };
}

/** Quote text as a librarian types it: curly and straight marks alike, spaces collapsed, case ignored. */
export function foldQuoteText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** The one quote of the article that opens with the given words, or why there is none. */
export function addressQuote(article: Article, opening: string): { index: number } | { problem: string } {
  const words = foldQuoteText(opening).replace(/^["']+/, "");
  const matches = article.quotes.flatMap((q: Quote, i) => (foldQuoteText(q.text).replace(/^["']+/, "").startsWith(words) ? [i] : []));
  if (matches.length === 1) return { index: matches[0]! };
  if (!matches.length) return { problem: `no quote in ${article.file} opens with "${opening}"` };
  return { problem: `${matches.length} quotes in ${article.file} open with "${opening}": give more of its words` };
}
