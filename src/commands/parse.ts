/**
 * `npm run --silent parse -- [--threshold P] FILE...`: one JSON array of Articles on stdout and nothing else
 * there; each file that cannot be parsed is one line on stderr (file: reason) and makes the exit code 1. Each
 * quote's `filed` is decided at the site's filing threshold (templates/_data/site.json), or at `--threshold`.
 */
import type { Article } from "../article.js";
import { parseSeed } from "../parse.js";
import { formatProblem } from "../seed/problem.js";
import { readSeed } from "../seed/read.js";
import { filingThreshold } from "../site/site-info.js";

export async function runParse(args: string[]): Promise<number> {
  const files: string[] = [];
  let threshold: number | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--threshold") {
      threshold = Number(args[++i]);
      if (!(threshold >= 0 && threshold <= 1)) {
        process.stderr.write(`parse: --threshold needs a number from 0 to 1\n`);
        return 2;
      }
    } else files.push(args[i]!);
  }
  if (files.length === 0) {
    process.stderr.write("parse: no files given (usage: npm run --silent parse -- FILE...)\n");
    return 2;
  }
  try {
    threshold ??= filingThreshold();
  } catch (error) {
    process.stderr.write(`parse: ${(error as Error).message}\n`);
    return 2;
  }
  const articles: Article[] = [];
  let failed = false;
  for (const path of files) {
    const seed = await readSeed(path, path);
    const parsed = seed.ok ? parseSeed(seed.value, { threshold }) : seed;
    if (parsed.ok) articles.push(parsed.value);
    else {
      failed = true;
      process.stderr.write(`${formatProblem(parsed.problem)}\n`);
    }
  }
  process.stdout.write(`${JSON.stringify(articles, null, 2)}\n`);
  return failed ? 1 : 0;
}
