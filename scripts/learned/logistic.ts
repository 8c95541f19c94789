// Logistic regression on binary features, fitted by full-batch gradient descent with an L2
// penalty: the Fathom way of weighing hand-written rules (each rule a feature, the weights
// learned from labelled pages). Small enough to read; no dependency.

export interface Model {
  /** feature names, in the order of `weights` */
  features: string[];
  weights: number[];
  bias: number;
}

export interface FitOptions {
  /** gradient steps (full batch) */
  steps?: number;
  rate?: number;
  /** L2 penalty on the weights (not the bias) */
  l2?: number;
  /** weight of a positive example relative to a negative one (classes are unbalanced) */
  positiveWeight?: number;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Probability that a page with these features is positive. */
export function predict(model: Model, present: ReadonlySet<string>): number {
  let z = model.bias;
  model.features.forEach((f, i) => {
    if (present.has(f)) z += model.weights[i]!;
  });
  return sigmoid(z);
}

/** Fit on examples (features present, label). Features never seen in training get no weight. */
export function fit(examples: readonly { features: ReadonlySet<string>; label: boolean }[], options: FitOptions = {}): Model {
  if (!examples.length) throw new Error('fit: no examples');
  const { steps = 3000, rate = 0.5, l2 = 0.01, positiveWeight = 1 } = options;
  const features = [...new Set(examples.flatMap((e) => [...e.features]))].sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const rows = examples.map((e) => [...e.features].map((f) => index.get(f)!));
  const w = new Array<number>(features.length).fill(0);
  let b = 0;
  const total = examples.reduce((n, e) => n + (e.label ? positiveWeight : 1), 0);
  for (let step = 0; step < steps; step++) {
    const gw = w.map((wi) => l2 * wi);
    let gb = 0;
    examples.forEach((e, n) => {
      let z = b;
      for (const i of rows[n]!) z += w[i]!;
      const weight = e.label ? positiveWeight : 1;
      const err = (sigmoid(z) - (e.label ? 1 : 0)) * weight / total;
      gb += err;
      for (const i of rows[n]!) gw[i]! += err;
    });
    for (let i = 0; i < w.length; i++) w[i]! -= rate * gw[i]!;
    b -= rate * gb;
  }
  return { features, weights: w, bias: b };
}
