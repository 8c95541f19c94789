// The learned-weights experiment's pieces (scripts/learned): the fitter learns what the
// examples say, and the folds are a fair partition of the pages.
import { describe, expect, it } from 'vitest';
import { scores, stratifiedFolds } from '../../../scripts/learned/folds';
import { fit, predict } from '../../../scripts/learned/logistic';

describe('logistic regression', () => {
  it('learns a rule that needs two features together, and ignores a noise feature', () => {
    const examples = [];
    for (let i = 0; i < 40; i++) {
      const phone = i % 2 === 0;
      const password = i % 4 < 2;
      const noise = i % 3 === 0;
      const features = new Set([...(phone ? ['phone'] : []), ...(password ? ['password'] : []), ...(noise ? ['noise'] : [])]);
      examples.push({ features, label: phone && password });
    }
    const model = fit(examples, { l2: 0.001, steps: 4000 });
    expect(predict(model, new Set(['phone', 'password']))).toBeGreaterThan(0.5);
    expect(predict(model, new Set(['phone']))).toBeLessThan(0.5);
    expect(predict(model, new Set(['password', 'noise']))).toBeLessThan(0.5);
    const w = (f: string) => model.weights[model.features.indexOf(f)]!;
    expect(Math.abs(w('noise'))).toBeLessThan(w('phone'));
  });

  it('refuses to fit nothing', () => {
    expect(() => fit([])).toThrow(/no examples/);
  });
});

describe('folds', () => {
  const labels = Array.from({ length: 103 }, (_, i) => i % 7 === 0);

  it('puts every page in one fold, positives spread evenly, the same on every run', () => {
    const folds = stratifiedFolds(labels, 5);
    expect(folds).toHaveLength(labels.length);
    expect(new Set(folds)).toEqual(new Set([0, 1, 2, 3, 4]));
    const positives = [0, 1, 2, 3, 4].map((k) => folds.filter((f, i) => f === k && labels[i]).length);
    expect(Math.max(...positives) - Math.min(...positives)).toBeLessThanOrEqual(1);
    expect(stratifiedFolds(labels, 5)).toEqual(folds);
    expect(stratifiedFolds(labels, 5, 99)).not.toEqual(folds);
  });

  it('rejects a k the pages cannot fill', () => {
    expect(() => stratifiedFolds(labels, 1)).toThrow(/k must be/);
  });

  it('scores precision, recall and F1', () => {
    const s = scores([true, true, false, false], [true, false, true, false]);
    expect(s).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
  });
});
