/**
 * Attribution trust: of the quotes filed on a person's or organisation's page, how many are theirs, how many of
 * the gold's named attributions reach the right page, and whether the confidence means what it says — on each
 * development corpus (PolNeAR, news-attributions), at the site's filing threshold.
 *
 * The confidence model is trained on these same corpora, so every figure is given twice: with the committed
 * model (seen articles, optimistic) and cross-validated (five folds by article, each scored by a model trained
 * without it: the figure to trust).
 */
import { crossValidate, loadCorpora, type TrainingCorpus } from "../extract/quotes/train.js";
import { isStanceCue } from "../extract/quotes/saying.js";
import { reliability } from "../learn/calibration.js";
import { filingThreshold } from "../site/site-info.js";
import type { Judged } from "./attribution-judge.js";
import type { Corpora } from "./corpora.js";
import { missing } from "./corpora.js";
import { filedRecall, filedRows, filedTally } from "./filed.js";
import { pct, type EvalSection } from "./report.js";

export async function evaluate(corpora: Corpora): Promise<EvalSection[]> {
  const absent = [corpora.polnear, corpora.newsAttributions].map(missing).filter(Boolean);
  if (absent.length) return [{ title: "attribution", rows: [], notes: absent as string[] }];
  const loaded = await loadCorpora({ polnear: corpora.polnear, news: corpora.newsAttributions });
  const outOfFold = crossValidate(loaded);
  const threshold = filingThreshold();
  return loaded.map((corpus, ci) => section(corpus, outOfFold[ci]!, threshold));
}

function section(corpus: TrainingCorpus, outOfFold: number[][], threshold: number): EvalSection {
  const cv = new Map<Judged, number>();
  corpus.runs.forEach((run, ri) => run.judged.forEach((j, qi) => cv.set(j, outOfFold[ri]![qi]!)));
  const speech = (j: Judged) => j.quote.kind !== "stance";
  const committed = filedTally(corpus.runs, (j) => speech(j) && j.quote.confidence >= threshold);
  const crossed = filedTally(corpus.runs, (j) => speech(j) && cv.get(j)! >= threshold);
  const everything = filedTally(corpus.runs, speech);
  const calibrated = (confidence: (j: Judged) => number) =>
    reliability(corpus.runs.flatMap((run) => run.judged.filter((j) => j.entity && speech(j) && j.verdict !== "neither").map((j) => ({ p: confidence(j), right: j.verdict === "right" }))));
  const own = calibrated((j) => j.quote.confidence);
  const cross = calibrated((j) => cv.get(j)!);
  const rows: [string, string][] = [
    ["articles", String(corpus.runs.length)],
    ...filedRows(crossed, `filed at ${threshold}, cross-validated`),
    ...filedRows(committed, `filed at ${threshold}, committed model`),
    ...filedRows(everything, "every speech quote with an entity speaker (no threshold)"),
  ];
  if (corpus.stances) {
    // PolNeAR annotates stances too, which the site never files as speech: recall over the gold whose cue is a verb
    // of saying says how much of what was said reaches a page.
    const saying = filedTally(
      corpus.runs.map((run) => ({ ...run, speakers: run.speakers.map((s, i) => (isStanceCue(run.gold.attributions[i]!.cue ?? undefined) ? null : s)) })),
      (j) => speech(j) && cv.get(j)! >= threshold,
    );
    rows.push([`recall at ${threshold}, cross-validated, gold with a cue of saying`, pct(filedRecall(saying.all))]);
  }
  rows.push(
    ["calibration error (10 bins), cross-validated", `${pct(cross.ece)}  (${cross.bins.reduce((n, b) => n + b.count, 0)} quotes with an entity speaker)`],
    ["calibration error (10 bins), committed model", pct(own.ece)],
    ["reliability, cross-validated: confidence bin", "quotes · mean confidence · share right"],
    ...cross.bins.filter((b) => b.count).map((b): [string, string] => [`  ${b.from.toFixed(1)}–${b.to.toFixed(1)}`, `${String(b.count).padStart(5)} · ${b.confidence.toFixed(3)} · ${b.accuracy.toFixed(3)}`]),
  );
  return {
    title: `attribution — ${corpus.name}`,
    rows,
    notes: [
      "filed: speech (not a stance) whose speaker is one of the article's people or organisations, confidence ≥ the site's filingThreshold",
      "right: it covers ≥ 30 % of a gold attribution (or lies inside one) whose named speaker is the same (same surname and",
      "  a compatible given name; for organisations one name containing the other, or an acronym); a quote meeting only",
      "  gold with an unnamed speaker counts neither way; recall is over gold attributions with a named speaker",
      "calibration: over quotes with an entity speaker that count either way; cross-validated = five folds by article",
    ],
  };
}
