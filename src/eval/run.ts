/**
 * `npm run eval [-- --corpus DIR] [--polnear DIR …] [--only quotes,attribution,entities,dates,lead]`: runs every extractor's
 * evaluation on the annotated corpora and prints one report. The corpora are not redistributable and not in the
 * repository: folders are arguments (default ../shared/corpus/*), and a missing corpus is said plainly.
 */
import { resolve } from "node:path";
import { CORPUS_FLAGS, defaultCorpora, type Corpora } from "./corpora.js";
import * as attribution from "./attribution.js";
import * as dates from "./dates.js";
import * as entities from "./entities.js";
import * as lead from "./lead.js";
import * as quotes from "./quotes.js";
import { formatSection, type EvalSection } from "./report.js";

const EVALUATIONS: Record<string, (corpora: Corpora) => Promise<EvalSection[]>> = {
  quotes: quotes.evaluate,
  attribution: attribution.evaluate,
  entities: entities.evaluate,
  dates: dates.evaluate,
  lead: lead.evaluate,
};

export async function runEval(args: string[]): Promise<number> {
  let root = resolve("../shared/corpus");
  const chosen: Partial<Corpora> = {};
  const only: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = args[i + 1];
    if (arg === "--corpus" && value) root = resolve(args[++i]!);
    else if (arg === "--only" && value) only.push(...args[++i]!.split(","));
    else if (CORPUS_FLAGS[arg] && value) chosen[CORPUS_FLAGS[arg]] = resolve(args[++i]!);
    else {
      const flags = ["--corpus", ...Object.keys(CORPUS_FLAGS), "--only"].join(", ");
      process.stderr.write(`eval: unknown option or missing value: ${arg} (options: ${flags})\n`);
      return 2;
    }
  }
  const corpora = { ...defaultCorpora(root), ...chosen };
  for (const [name, evaluate] of Object.entries(EVALUATIONS)) {
    if (only.length && !only.includes(name)) continue;
    for (const section of await evaluate(corpora)) process.stdout.write(`${formatSection(section)}\n\n`);
  }
  return 0;
}
