/**
 * Training the attribution confidence model (`npm run train -- --only attribution`): the full parser is run over
 * the two development corpora of different styles — PolNeAR (US political news) and news-attributions (BBC and
 * Wikinews) — each quote is judged against the gold as the evaluation judges it (src/eval/attribution-judge.ts),
 * and a logistic model is fitted to the quotes' features (features.ts). Deterministic: the same corpora and code
 * give the same bytes.
 *
 * Labels: a quote is right when it is the attribution the gold has and its speaker is the gold's; quotes that meet
 * only attributions whose speaker the gold leaves unnamed teach nothing about speakers and are left out, as are
 * stances in news-attributions, whose protocol does not annotate them (PolNeAR does).
 *
 * The corpora are not redistributable: they are read from ../shared/corpus, never copied; only weights are written.
 */
import { join } from "node:path";
import { readPolnear } from "../../eval/attribution-gold.js";
import { judgeArticle, type JudgedArticle } from "../../eval/attribution-run.js";
import { missing } from "../../eval/corpora.js";
import { readNewsAttributions } from "../../eval/news-attributions.js";
import { fitLogistic, predict, type Example, type LogisticModel, type LogisticOptions } from "../../learn/logistic.js";
import type { ModelFile } from "./confidence.js";

export interface TrainingCorpus {
  name: string;
  runs: JudgedArticle[];
  /** Whether the corpus annotates stances as attributions (PolNeAR does; news-attributions does not). */
  stances: boolean;
}

export const TRAINING: LogisticOptions & { smallCorpusWeight: number } = {
  l2: 4,
  minCount: 5,
  iterations: 25,
  // news-attributions is thirty times smaller than PolNeAR: each of its quotes counts this much more, so the model
  // learns both styles without memorising the small one.
  smallCorpusWeight: 6,
};

export async function loadCorpora(dirs: { polnear: string; news: string }): Promise<TrainingCorpus[]> {
  for (const dir of [dirs.polnear, dirs.news]) {
    const absent = missing(dir);
    if (absent) throw new Error(absent);
  }
  const judge = (articles: Parameters<typeof judgeArticle>[0][]) => articles.map((a) => judgeArticle(a)).filter((r): r is JudgedArticle => r !== null);
  return [
    { name: "polnear-train", runs: judge(await readPolnear(dirs.polnear)), stances: true },
    { name: "news-attributions", runs: judge((await readNewsAttributions(dirs.news)).articles), stances: false },
  ];
}

/** Each judged quote as a training example, or nothing when it teaches nothing (see the module comment). */
export function examplesOf(corpus: TrainingCorpus, runs = corpus.runs, weight = 1): Example[] {
  const examples: Example[] = [];
  for (const run of runs) {
    run.judged.forEach((j, i) => {
      if (j.verdict === "neither" || (j.quote.kind === "stance" && !corpus.stances)) return;
      examples.push({ features: run.features[i]!, label: j.verdict === "right" ? 1 : 0, weight });
    });
  }
  return examples;
}

function weightOf(corpus: TrainingCorpus, corpora: TrainingCorpus[]): number {
  const largest = Math.max(...corpora.map((c) => c.runs.length));
  return corpus.runs.length < largest / 4 ? TRAINING.smallCorpusWeight : 1;
}

export function train(corpora: TrainingCorpus[], subset: (corpus: TrainingCorpus, index: number) => boolean = () => true): LogisticModel {
  const examples = corpora.flatMap((c) => examplesOf(c, c.runs.filter((_, i) => subset(c, i)), weightOf(c, corpora)));
  return fitLogistic(examples, TRAINING);
}

/**
 * Out-of-fold confidences: five folds by article (every fifth article), each scored by a model trained on the
 * other four, so evaluation figures are for articles the model never saw. Returned per corpus, per run, per quote.
 */
export function crossValidate(corpora: TrainingCorpus[], folds = 5): number[][][] {
  const out = corpora.map((c) => c.runs.map((run) => run.judged.map(() => 0)));
  for (let fold = 0; fold < folds; fold++) {
    const model = train(corpora, (_, i) => i % folds !== fold);
    corpora.forEach((c, ci) => c.runs.forEach((run, ri) => {
      if (ri % folds !== fold) return;
      run.features.forEach((f, qi) => (out[ci]![ri]![qi] = predict(model, f)));
    }));
  }
  return out;
}

export function modelFile(model: LogisticModel, corpora: TrainingCorpus[]): ModelFile {
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const weights: Record<string, number> = {};
  for (const [name, w] of [...model.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (round(w) !== 0) weights[name] = round(w);
  return {
    header: {
      model: "cuttings attribution confidence: logistic regression over binary frame features (src/extract/quotes/features.ts)",
      target: "the quote is an attribution the gold has and its speaker is the gold's named speaker (src/eval/attribution-judge.ts)",
      trainedOn: corpora.map((c) => ({ corpus: c.name, articles: c.runs.length, examples: examplesOf(c).length, weight: weightOf(c, corpora) })),
      options: { l2: TRAINING.l2, minCount: TRAINING.minCount, solver: "Newton (IRLS), exact" },
      command: "npm run train -- --only attribution",
    },
    bias: round(model.bias),
    weights,
  };
}

/** The committed model file's text, trained on the two development corpora under `root`. */
export async function attributionModel(root: string, log: (line: string) => void): Promise<string> {
  const corpora = await loadCorpora({ polnear: join(root, "polnear-train"), news: join(root, "news-attributions") });
  const file = modelFile(train(corpora), corpora);
  log(`${Object.keys(file.weights).length} weights from ${corpora.map((c) => `${c.name} (${examplesOf(c).length} quotes)`).join(", ")}`);
  return `${JSON.stringify(file, null, 1)}\n`;
}
