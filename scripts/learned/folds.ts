// k-fold cross-validation by page: every page in exactly one test fold, positives and
// negatives spread evenly (stratified), the same folds for every method compared.

/** A small seeded generator (mulberry32): the same folds on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold number (0..k-1) of each item, stratified by its label. */
export function stratifiedFolds(labels: readonly boolean[], k: number, seed = 14): number[] {
  if (k < 2 || k > labels.length) throw new Error(`folds: k must be 2..${labels.length}, got ${k}`);
  const random = seeded(seed);
  const fold = new Array<number>(labels.length).fill(0);
  for (const cls of [true, false]) {
    const members = labels.map((l, i) => (l === cls ? i : -1)).filter((i) => i >= 0);
    // Fisher–Yates with the seeded generator
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    members.forEach((m, n) => (fold[m] = n % k));
  }
  return fold;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function scores(truth: readonly boolean[], predicted: readonly boolean[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  truth.forEach((t, i) => {
    if (predicted[i] && t) tp++;
    else if (predicted[i]) fp++;
    else if (t) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}
