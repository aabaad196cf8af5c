/** What every evaluation prints: a titled table of figures, so `npm run eval` reads as one report. */
export interface EvalSection {
  title: string;
  /** Rows of [label, value]; values are preformatted so each section decides its own precision. */
  rows: [string, string][];
  notes?: string[];
}

export function formatSection(section: EvalSection): string {
  const width = Math.max(...section.rows.map(([label]) => label.length), 10);
  const lines = [`## ${section.title}`, ...section.rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`)];
  for (const note of section.notes ?? []) lines.push(`  · ${note}`);
  return lines.join("\n");
}

export const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "n/a");

export function prf(tp: number, predicted: number, gold: number) {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
