/**
 * Calibration: whether a stated probability means what it says. Among predictions given about 0.8, about 80 %
 * should be right. Measured as the expected calibration error over equal-width bins: the gap between each bin's
 * mean probability and its share right, weighted by how many predictions fall in it.
 */

export interface Bin {
  from: number;
  to: number;
  count: number;
  /** Mean predicted probability in the bin. */
  confidence: number;
  /** Share of the bin's predictions that are right. */
  accuracy: number;
}

export function reliability(predictions: { p: number; right: boolean }[], bins = 10): { bins: Bin[]; ece: number } {
  const table: Bin[] = Array.from({ length: bins }, (_, i) => ({ from: i / bins, to: (i + 1) / bins, count: 0, confidence: 0, accuracy: 0 }));
  for (const { p, right } of predictions) {
    const bin = table[Math.min(bins - 1, Math.floor(p * bins))]!;
    bin.count++;
    bin.confidence += p;
    bin.accuracy += right ? 1 : 0;
  }
  let ece = 0;
  for (const bin of table) {
    if (!bin.count) continue;
    bin.confidence /= bin.count;
    bin.accuracy /= bin.count;
    ece += (bin.count / Math.max(1, predictions.length)) * Math.abs(bin.confidence - bin.accuracy);
  }
  return { bins: table, ece };
}
