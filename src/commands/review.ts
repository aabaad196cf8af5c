/**
 * `npm run review`: the attributions a librarian should look at first, as tables to work through into
 * seeds/corrections.yml — the filed ones with the lowest confidence, and the speakers credited with words who
 * have no page (a name the parser did not file as a person or organisation). Each row gives the seed and the
 * quote's opening words exactly as a correction addresses them.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Article, Quote } from "../article.js";
import { loadArticles } from "../archive/load.js";
import { formatProblem } from "../seed/problem.js";
import { filingThreshold } from "../site/site-info.js";

interface Row {
  confidence: string;
  article: string;
  paragraph: string;
  speaker: string;
  kind: string;
  quote: string;
}

/** The opening words a correction needs: enough to tell the quote from the others of its article. */
export function openingWords(quote: Quote, article: Article): string {
  const words = quote.text.replace(/\s+/g, " ").trim().split(" ");
  for (let n = Math.min(6, words.length); n <= words.length; n++) {
    const opening = words.slice(0, n).join(" ");
    const fold = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
    if (article.quotes.filter((q) => fold(q.text).startsWith(fold(opening))).length <= 1) return opening;
  }
  return words.join(" ");
}

export function reviewRows(articles: Article[], limit: number): { lowest: Row[]; unfiled: Row[] } {
  const row = (article: Article, q: Quote): Row => ({
    confidence: q.confidence.toFixed(2),
    article: article.file,
    paragraph: q.paragraph,
    speaker: q.speaker?.name ?? "",
    kind: q.kind,
    quote: openingWords(q, article),
  });
  const filed = articles.flatMap((a) => a.quotes.filter((q) => q.filed && !q.correction).map((q) => ({ a, q })));
  // Lowest first; ties in file and paragraph order, so the list is the same on every run.
  filed.sort((x, y) => x.q.confidence - y.q.confidence || (x.a.file < y.a.file ? -1 : x.a.file > y.a.file ? 1 : 0));
  const named = articles.flatMap((a) =>
    a.quotes.filter((q) => q.kind !== "stance" && !q.correction && q.speaker && !q.speaker.slug && (q.speaker.kind === "person" || q.speaker.kind === "organisation")).map((q) => ({ a, q })),
  );
  named.sort((x, y) => y.q.confidence - x.q.confidence || (x.a.file < y.a.file ? -1 : x.a.file > y.a.file ? 1 : 0));
  return { lowest: filed.slice(0, limit).map(({ a, q }) => row(a, q)), unfiled: named.slice(0, limit).map(({ a, q }) => row(a, q)) };
}

function table(rows: Row[], format: "md" | "tsv"): string {
  const head = ["confidence", "article", "paragraph", "speaker", "kind", "quote"] as const;
  if (format === "tsv") return [head.join("\t"), ...rows.map((r) => head.map((h) => r[h].replace(/[\t\n]/g, " ")).join("\t"))].join("\n");
  const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  return [`| ${head.join(" | ")} |`, `|${head.map(() => " --- ").join("|")}|`, ...rows.map((r) => `| ${head.map((h) => cell(r[h])).join(" | ")} |`)].join("\n");
}

export async function runReview(args: string[]): Promise<number> {
  const options = { seeds: "seeds", limit: 50, format: "md" as "md" | "tsv", out: "" };
  for (let i = 0; i < args.length; i++) {
    const [flag, value] = [args[i]!, args[i + 1]];
    if (flag === "--seeds" && value) options.seeds = args[++i]!;
    else if (flag === "--limit" && value && /^[1-9]\d*$/.test(value)) options.limit = Number(args[++i]);
    else if (flag === "--format" && (value === "md" || value === "tsv")) options.format = args[++i] as "md" | "tsv";
    else if (flag === "--out" && value) options.out = args[++i]!;
    else {
      process.stderr.write(`review: unknown option or bad value: ${flag} (npm run review -- --help)\n`);
      return 2;
    }
  }
  const dir = resolve(options.seeds);
  const { articles, problems } = await loadArticles(dir, { progress: false, threshold: filingThreshold() });
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
  const { lowest, unfiled } = reviewRows(articles, options.limit);
  const text = [
    `## Filed attributions, lowest confidence first (${lowest.length})`,
    "",
    "Check each against its paragraph; correct it in seeds/corrections.yml with `speaker:`, `reject: true` or `confirm: true`.",
    "",
    table(lowest, options.format),
    "",
    `## Words credited to a speaker with no page (${unfiled.length})`,
    "",
    "Not filed: the speaker is no person or organisation of the article. Give them a page with `speaker:` (and `kind:`).",
    "",
    table(unfiled, options.format),
    "",
  ].join("\n");
  if (options.out) await writeFile(options.out, text);
  else process.stdout.write(text);
  return 0;
}
