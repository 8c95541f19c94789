// npm run eval:learned
// Task 3 of issue 14: learned weights the way Firefox's Fathom fits them. The detector's rules
// are the features (every page signal, every form signal of any anchored group, and each
// group's role: Detection.features), a logistic regression weighs them, and 5-fold
// cross-validation by page over both corpora (shared and development) compares it with the
// hand rules (decide.ts) on the same test folds. Writes the result to docs/DETECTOR.md.
//
//   REBIND_EVAL_ROWS=<file>  read the pages' rows saved by `npm run eval:detector -- --save-rows <file>`
//                            instead of running Chromium again
import { readdirSync, readFileSync } from 'node:fs';
import { bundleDetector, launch } from './detect';
import { CORPUS, DEV_CORPUS, devJudgeOf, devLabels, predAccount, runPages, sharedJudge, writeSection, type Row } from './eval-detector';
import { fit, predict, type FitOptions } from './learned/logistic';
import { scores, stratifiedFolds, type Scores } from './learned/folds';

const K = 5;

async function rowsOf(): Promise<Row[]> {
  const saved = process.env.REBIND_EVAL_ROWS;
  if (saved) return JSON.parse(readFileSync(saved, 'utf8')) as Row[];
  const bundle = await bundleDetector();
  const browser = await launch();
  try {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort();
    const labels = devLabels();
    return [
      ...(await runPages(browser, CORPUS, files, bundle, sharedJudge)),
      ...(await runPages(browser, DEV_CORPUS, Object.keys(labels).sort(), bundle, devJudgeOf(labels))),
    ];
  } finally {
    await browser.close();
  }
}

interface Method {
  name: string;
  /** predictions for the test rows, given the training rows */
  run(train: Row[], test: Row[]): boolean[];
}

const learned = (name: string, keep: (f: string) => boolean, options: FitOptions): Method => ({
  name,
  run: (train, test) => {
    const model = fit(train.map((r) => ({ features: new Set(r.features.filter(keep)), label: r.account })), options);
    return test.map((r) => predict(model, new Set(r.features.filter(keep))) >= 0.5);
  },
});

const METHODS: Method[] = [
  { name: 'hand rules (decide.ts)', run: (_train, test) => test.map(predAccount) },
  learned('learned: signals', (f) => !f.startsWith('role:'), {}),
  learned('learned: signals + roles', () => true, {}),
  learned('learned: signals + roles, positives weighted 3×', () => true, { positiveWeight: 3 }),
  // Less penalty, longer fit: the weakest regularisation that still converges here.
  learned('learned: signals + roles, positives 3×, L2 0.001, 20,000 steps', () => true, { positiveWeight: 3, l2: 0.001, steps: 20_000, rate: 1 }),
];

const f3 = (n: number) => n.toFixed(3);

export function crossValidate(rows: readonly Row[], k = K): { name: string; folds: Scores[]; mean: Scores }[] {
  const fold = stratifiedFolds(rows.map((r) => r.account), k);
  return METHODS.map((m) => {
    const folds: Scores[] = [];
    for (let i = 0; i < k; i++) {
      const train = rows.filter((_, n) => fold[n] !== i);
      const test = rows.filter((_, n) => fold[n] === i);
      folds.push(scores(test.map((r) => r.account), m.run(train, test)));
    }
    const avg = (key: keyof Scores) => folds.reduce((s, f) => s + f[key], 0) / k;
    return { name: m.name, folds, mean: { precision: avg('precision'), recall: avg('recall'), f1: avg('f1'), tp: avg('tp') * k, fp: avg('fp') * k, fn: avg('fn') * k } };
  });
}

function report(rows: readonly Row[]): string {
  const results = crossValidate(rows);
  const hand = results[0]!;
  const best = results.slice(1).reduce((a, b) => (b.mean.f1 > a.mean.f1 ? b : a));
  const lines = [
    `Pages: ${rows.length} (shared and development corpora together), ${rows.filter((r) => r.account).length} tying a phone to the account; ` +
      `${K} folds by page, stratified, seed 14; features per page: ${new Set(rows.flatMap((r) => r.features)).size} distinct.`,
    '',
    `| method | ${Array.from({ length: K }, (_, i) => `fold ${i + 1} P / R / F1`).join(' | ')} | mean P / R / F1 | TP / FP / FN (all folds) |`,
    `| --- | ${Array.from({ length: K }, () => '---').join(' | ')} | --- | --- |`,
    ...results.map((r) =>
      `| ${r.name} | ${r.folds.map((f) => `${f3(f.precision)} / ${f3(f.recall)} / ${f3(f.f1)}`).join(' | ')} | ` +
        `**${f3(r.mean.precision)} / ${f3(r.mean.recall)} / ${f3(r.mean.f1)}** | ${r.mean.tp} / ${r.mean.fp} / ${r.mean.fn} |`,
    ),
    '',
    best.mean.f1 > hand.mean.f1
      ? `Winner: **${best.name}** (mean F1 ${f3(best.mean.f1)} against ${f3(hand.mean.f1)} for the hand rules).`
      : `Winner: **the hand rules** (mean F1 ${f3(hand.mean.f1)}; the best learned variant, ${best.name}, ${f3(best.mean.f1)}).`,
  ];
  return lines.join('\n');
}

async function main(): Promise<number> {
  const rows = await rowsOf();
  const section = report(rows);
  console.log(section);
  writeSection('eval-learned', section);
  return 0;
}

if (process.argv[1]?.endsWith('eval-learned.ts')) main().then((c) => process.exit(c));
