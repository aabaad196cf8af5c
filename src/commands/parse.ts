/**
 * `npm run --silent parse -- FILE...`: one JSON array of Articles on stdout and nothing else there; each file
 * that cannot be parsed is one line on stderr (file: reason) and makes the exit code 1.
 */
import type { Article } from "../article.js";
import { parseSeed } from "../parse.js";
import { formatProblem } from "../seed/problem.js";
import { readSeed } from "../seed/read.js";

export async function runParse(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write("parse: no files given (usage: npm run --silent parse -- FILE...)\n");
    return 2;
  }
  const articles: Article[] = [];
  let failed = false;
  for (const path of files) {
    const seed = await readSeed(path, path);
    const parsed = seed.ok ? parseSeed(seed.value) : seed;
    if (parsed.ok) articles.push(parsed.value);
    else {
      failed = true;
      process.stderr.write(`${formatProblem(parsed.problem)}\n`);
    }
  }
  process.stdout.write(`${JSON.stringify(articles, null, 2)}\n`);
  return failed ? 1 : 0;
}
