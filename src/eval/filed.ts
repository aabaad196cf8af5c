/**
 * Filed precision and recall: of the attributions that reach a person's or organisation's page, how many are
 * theirs (precision), and of the gold attributions with a named speaker, how many reach that speaker's page
 * (recall). Judged as attribution-judge.ts says; split by kind.
 */
import type { JudgedArticle } from "./attribution-run.js";
import type { Judged } from "./attribution-judge.js";
import { pct } from "./report.js";

type Kind = "direct" | "indirect";
interface Counts {
  filed: number;
  right: number;
  wrong: number;
  neither: number;
  gold: number;
  recalled: number;
}

export type FiledTally = Record<Kind | "all", Counts>;

const empty = (): Counts => ({ filed: 0, right: 0, wrong: 0, neither: 0, gold: 0, recalled: 0 });

export function filedTally(runs: JudgedArticle[], filed: (j: Judged) => boolean): FiledTally {
  const tally: FiledTally = { direct: empty(), indirect: empty(), all: empty() };
  for (const run of runs) {
    const recalled = new Set<number>();
    for (const j of run.judged) {
      if (!j.entity || !filed(j)) continue;
      const kind: Kind = j.quote.kind === "direct" ? "direct" : "indirect";
      for (const counts of [tally[kind], tally.all]) {
        counts.filed++;
        counts[j.verdict]++;
      }
      for (const i of j.recalls) recalled.add(i);
    }
    run.gold.attributions.forEach((g, i) => {
      if (!run.speakers[i]) return;
      for (const counts of [tally[g.direct ? "direct" : "indirect"], tally.all]) {
        counts.gold++;
        if (recalled.has(i)) counts.recalled++;
      }
    });
  }
  return tally;
}

export const filedPrecision = (c: Counts) => (c.right + c.wrong === 0 ? NaN : c.right / (c.right + c.wrong));
export const filedRecall = (c: Counts) => (c.gold === 0 ? NaN : c.recalled / c.gold);

export function filedRows(tally: FiledTally, label = "filed"): [string, string][] {
  return (["all", "direct", "indirect"] as const).map((kind) => {
    const c = tally[kind];
    return [
      `${label}, ${kind === "all" ? "all kinds" : kind}`,
      `P ${pct(filedPrecision(c))}  R ${pct(filedRecall(c))}  (${c.right} right, ${c.wrong} wrong, ${c.neither} unnamed gold; ${c.recalled}/${c.gold} named gold filed)`,
    ];
  });
}
