/**
 * L2-regularised logistic regression over binary features, fitted by Newton's method (iteratively reweighted
 * least squares). With a few hundred features the exact Hessian is small, so the fit converges in a dozen steps
 * to the one optimum — no learning rate, no shuffling, no seed: the same examples give the same weights.
 */

export interface Example {
  /** Names of the features present (each counts once). */
  features: string[];
  label: 0 | 1;
  /** How much the example counts (corpus balancing); 1 by default. */
  weight?: number;
}

export interface LogisticOptions {
  /** L2 penalty on every weight but the bias. */
  l2: number;
  /** Features seen in fewer examples than this are left out (they would only memorise). */
  minCount: number;
  iterations: number;
}

export interface LogisticModel {
  bias: number;
  weights: Map<string, number>;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function predict(model: LogisticModel, features: string[]): number {
  let z = model.bias;
  for (const f of new Set(features)) z += model.weights.get(f) ?? 0;
  return sigmoid(z);
}

export function fitLogistic(examples: Example[], options: LogisticOptions): LogisticModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  // Sorted, so the feature order (and every sum over it) never depends on the examples' order of first use.
  const names = [...counts].filter(([f, n]) => f !== "bias" && n >= options.minCount).map(([f]) => f).sort();
  const id = new Map(names.map((f, i) => [f, i + 1]));
  const rows = examples.map((e) => [0, ...[...new Set(e.features)].map((f) => id.get(f)).filter((i): i is number => i !== undefined).sort((a, b) => a - b)]);
  const d = names.length + 1;
  const w = new Float64Array(d);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    const gradient = new Float64Array(d);
    const hessian = new Float64Array(d * d);
    examples.forEach((e, n) => {
      const row = rows[n]!;
      let z = 0;
      for (const i of row) z += w[i]!;
      const p = sigmoid(z);
      const weight = e.weight ?? 1;
      const g = weight * (p - e.label);
      const h = weight * Math.max(p * (1 - p), 1e-9);
      for (const i of row) {
        gradient[i]! += g;
        for (const j of row) hessian[i * d + j]! += h;
      }
    });
    for (let i = 1; i < d; i++) {
      gradient[i]! += options.l2 * w[i]!;
      hessian[i * d + i]! += options.l2;
    }
    hessian[0]! += 1e-6;
    const step = solveCholesky(hessian, gradient, d);
    let largest = 0;
    for (let i = 0; i < d; i++) {
      w[i]! -= step[i]!;
      largest = Math.max(largest, Math.abs(step[i]!));
    }
    if (largest < 1e-9) break;
  }
  return { bias: w[0]!, weights: new Map(names.map((f, i) => [f, w[i + 1]!])) };
}

/** Solves H x = g for a symmetric positive definite H (d × d, row-major). */
function solveCholesky(h: Float64Array, g: Float64Array, d: number): Float64Array {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = h[i * d + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * d + k]! * l[j * d + k]!;
      l[i * d + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j * d + j]!;
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let sum = g[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * d + k]! * y[k]!;
    y[i] = sum / l[i * d + i]!;
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < d; k++) sum -= l[k * d + i]! * x[k]!;
    x[i] = sum / l[i * d + i]!;
  }
  return x;
}
