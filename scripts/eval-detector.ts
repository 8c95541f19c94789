// npm run eval:detector
// Runs the shipped detector over DuckDuckGo's autofill test pages and measures, per page,
// "this page ties a phone number to the account". Truth comes from the pages' own
// data-manual-scoring labels and file-name contexts; every data-manual-* attribute is
// stripped before the detector sees the page, and pages are served under a neutral URL so
// the file name cannot leak into the detector. Writes docs/DETECTOR.md (between markers).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { bundleDetector, launch, ROOT } from './detect';
import { ACCOUNT_KINDS, type Kind } from '../utils/types';

/** REBIND_EVAL_STRICT=1: truth from phone labels only, no declared phone identifiers. */
const STRICT = process.env.REBIND_EVAL_STRICT === '1';
export const CORPUS = process.env.REBIND_CORPUS ?? resolve(ROOT, '..', 'shared', 'corpus', 'ddg-test-forms');

type Context = 'account' | 'commerce' | 'other';
export interface Truth {
  file: string;
  context: Context;
  phone: boolean;
  /** the page ties a phone number to the account */
  account: boolean;
  contact: boolean;
}

const COMMERCE = /checkout|payment|card|address|contact|newsletter|guest|booking|refund|payout|survey|help|search|shipping|order|quote|donat/;
const ACCOUNT = /login|signup|sign-up|register|password|verification|security|confirmation|second-step|account/;

/** Context from the file name's suffix ("amazon_address.html" -> commerce). */
export function contextOf(file: string): Context {
  const stem = basename(file, '.html');
  const suffix = stem.includes('_') ? stem.slice(stem.lastIndexOf('_') + 1) : stem;
  if (COMMERCE.test(suffix)) return 'commerce';
  if (ACCOUNT.test(suffix)) return 'account';
  return 'other';
}

const MANUAL_ATTR = /\s+data-manual-[\w-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;

// A sign-in identifier the site itself names a phone, in its own markup or <label>. Not
// type=tel alone: sites use it for a numeric keypad (membership numbers, PINs, code boxes).
const PHONE_WORD = /phone|mobile|手机|手機|電話|телефон|m[oó]vil|celular|telefon|t[eé]l[eé]phone|handy|휴대폰|전화/i;
const PHONE_DECLARED = new RegExp(
  `autocomplete\\s*=\\s*["'][^"']*\\btel|\\b(?:name|id|placeholder|aria-label|title)\\s*=\\s*["'][^"']*(?:${PHONE_WORD.source})`,
  'i',
);

/** One labelled field as the browser rendered it (read in the page, before stripping). */
export interface LabelledField {
  label: string;
  /** the opening tag, data-manual-* removed */
  tag: string;
  /** the text of its <label>: for=, enclosing, or a for-less sibling */
  labelText: string;
  /** rendered: checkVisibility() on the field */
  shown: boolean;
  /** index of its <form> on the page, -1 when formless */
  form: number;
}

const ACCOUNT_LABEL = /^(?:password|username)|\btotp\b/;

export function truthOf(file: string, fields: readonly LabelledField[]): Truth {
  // Hidden fields do not count, for the truth as for the detector: a step or tab the saved
  // page does not render (display:none, hidden) is not on the page yet.
  const shown = fields.filter((f) => f.shown);
  const isPhone = (f: LabelledField) =>
    /\bphone\b/.test(f.label) ||
    (!STRICT && /username|emailAddress/.test(f.label) && (PHONE_DECLARED.test(f.tag) || PHONE_WORD.test(f.labelText)));
  const phones = shown.filter(isPhone);
  const password = shown.some((f) => f.label.startsWith('password'));
  let context = contextOf(file);
  // Pages named for neither: a password field makes it an account page.
  if (context === 'other' && password) context = 'account';
  // On an account page, a phone in its own <form> with no credential field, beside another
  // form that has one, belongs to a separate (contact, lead) form, not to the account.
  const accountForms = new Set(fields.filter((f) => ACCOUNT_LABEL.test(f.label) && !isPhone(f)).map((f) => f.form));
  const inAccountForm = (f: LabelledField) => f.form < 0 || accountForms.has(f.form) || !accountForms.size;
  const account = context === 'account' && phones.some(inAccountForm);
  const phone = phones.length > 0;
  return { file, context, phone, account, contact: phone && !account };
}

export const stripManual = (html: string): string => html.replace(MANUAL_ATTR, '');

// Runs in the page (a string: no bundler helpers). Returns LabelledField[] and strips labels.
// The page's language: its <html lang>, or else (marked "?") the script most of its text is
// written in: the shared corpus's saved pages rarely declare one.
const READ_LANG = `(() => {
  const l = (document.documentElement.getAttribute('lang') || '').trim().toLowerCase().split(/[-_]/)[0];
  if (l) return l;
  const t = (document.title + ' ' + (document.body ? document.body.innerText : '')).slice(0, 4000);
  const n = (re) => (t.match(re) || []).length;
  const scripts = [['ja?', n(/[\\u3040-\\u30ff]/g) * 3], ['zh?', n(/[\\u4e00-\\u9fff]/g)], ['ko?', n(/[\\uac00-\\ud7af]/g)],
    ['ru?', n(/[\\u0400-\\u04ff]/g)], ['el?', n(/[\\u0370-\\u03ff]/g)], ['ar?', n(/[\\u0600-\\u06ff]/g)], ['th?', n(/[\\u0e00-\\u0e7f]/g)],
    ['latin?', n(/[a-zA-Z\\u00c0-\\u024f]/g) / 4]];
  scripts.sort((a, b) => b[1] - a[1]);
  return scripts[0][1] > 0 ? scripts[0][0] : '-';
})()`;

const READ_LABELS = `(() => {
  const forms = [...document.forms];
  const out = [];
  for (const el of document.querySelectorAll('[data-manual-scoring]')) {
    if (!/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) continue;
    const tag = el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1).replace(/\\sdata-manual-[\\w-]+(="[^"]*")?/g, '');
    // Its <label>: by for=, around it, or a for-less <label> beside it in the same parent.
    const lab = el.closest('label') || (el.id ? document.querySelector('label[for="' + CSS.escape(el.id) + '"]') : null) ||
      [...(el.parentElement ? el.parentElement.children : [])].find((s) => s.tagName === 'LABEL' && !s.htmlFor);
    out.push({
      label: el.getAttribute('data-manual-scoring').trim(),
      tag,
      labelText: lab ? lab.textContent.slice(0, 300) : '',
      shown: el.type !== 'hidden' && el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true }),
      form: el.form ? forms.indexOf(el.form) : -1,
    });
  }
  for (const el of document.querySelectorAll('*')) {
    for (const a of [...el.attributes]) if (a.name.startsWith('data-manual-')) el.removeAttribute(a.name);
  }
  return out;
})()`;

export interface Row extends Truth {
  /** the page's language: <html lang> (shared corpus) or labels.json (development corpus) */
  lang: string;
  kinds: Kind[];
  signals: string[];
  /** every signal the detector saw (Detection.features): the learned-weights experiment's input */
  features: string[];
  ms: number;
  /** the scan run as the content script runs it (asking the background): same kinds and signals? how many questions? */
  asked: { same: boolean; asks: number };
}

/**
 * detectDetailed on the page as it is now: the finding and its features. Then the same scan as
 * the content script runs it, without word lists in the page, each question answered by the
 * background's side (lexicon answer()), after forgetting what the first scan kept per field.
 */
function detectWithFeatures(page: Page, bundle: string): Promise<Omit<Row, keyof Truth | 'lang'>> {
  return page.evaluate((bundle) => {
    type Detection = { finding: { kinds: Kind[]; signals: string[] }; features?: string[] };
    type Ask = { texts: string[]; loose: boolean };
    type D = {
      detectDetailed: (doc: Document, url: string, earlier: undefined, withFeatures: boolean) => Detection;
      scan: (doc: Document, url: string) => Generator<unknown, Detection, void>;
      ASK: unknown;
      takeAsk: () => Ask | null;
      answer: (q: Ask) => unknown;
      learn: (q: Ask, a: unknown) => boolean;
      answerFromBackground: (on: boolean) => void;
      forgetScans: () => void;
    };
    const g = globalThis as unknown as { __rebindDetect?: D };
    if (!g.__rebindDetect) (0, eval)(bundle);
    const D = g.__rebindDetect!;
    const t0 = performance.now();
    const d = D.detectDetailed(document, location.href, undefined, true);
    const ms = performance.now() - t0;
    D.forgetScans();
    D.answerFromBackground(true);
    let asks = 0;
    let other: Detection;
    try {
      const it = D.scan(document, location.href);
      for (;;) {
        const step = it.next();
        if (step.done) {
          other = step.value;
          break;
        }
        const q = step.value === D.ASK ? D.takeAsk() : null;
        if (!q) continue;
        asks++;
        D.learn(q, D.answer(q));
      }
    } finally {
      D.answerFromBackground(false);
    }
    const same = JSON.stringify([[...other.finding.kinds].sort(), other.finding.signals]) === JSON.stringify([[...d.finding.kinds].sort(), d.finding.signals]);
    return { kinds: d.finding.kinds, signals: d.finding.signals, features: d.features ?? [], ms: Math.round(ms * 100) / 100, asked: { same, asks } };
  }, bundle);
}

/** How the content script's way (asking the background) compares, for a report. */
function askedLine(rows: readonly Row[]): string {
  const asks = rows.map((r) => r.asked.asks).sort((a, b) => a - b);
  const differ = rows.filter((r) => !r.asked.same);
  return (
    `Asking the background instead (as the content script does, no word lists in the page): the same kinds and signals on ` +
    `${rows.length - differ.length} of ${rows.length} pages; questions per page: median ${asks[Math.floor(asks.length / 2)] ?? 0}, max ${asks[asks.length - 1] ?? 0}.` +
    (differ.length ? ` Different: ${differ.map((r) => `\`${r.file}\``).join(', ')}.` : '')
  );
}

const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(3) : 'n/a');
export const predAccount = (r: { kinds: Kind[] }) => r.kinds.some((k) => ACCOUNT_KINDS.includes(k));

/** Precision and recall per language: one table row each, then all. */
export function perLanguage(rows: readonly Row[]): string {
  const langs = [...new Set(rows.map((r) => r.lang))].sort();
  const line = (name: string, rs: readonly Row[]) => {
    const tp = rs.filter((r) => r.account && predAccount(r)).length;
    const fp = rs.filter((r) => !r.account && predAccount(r)).length;
    const fn = rs.filter((r) => r.account && !predAccount(r)).length;
    return `| ${name} | ${rs.length} | ${rs.filter((r) => r.account).length} | ${ratio(tp, tp + fp)} | ${ratio(tp, tp + fn)} | ${tp} | ${fp} | ${fn} |`;
  };
  return [
    '| language | pages | tying a phone (truth) | precision | recall | TP | FP | FN |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...langs.map((l) => line(l, rows.filter((r) => r.lang === l))),
    line('**all**', rows),
  ].join('\n');
}

function report(rows: Row[]): string {
  const predAcc = predAccount;
  const tp = rows.filter((r) => r.account && predAcc(r));
  const fp = rows.filter((r) => !r.account && predAcc(r));
  const fn = rows.filter((r) => r.account && !predAcc(r));
  const lines: string[] = [];
  lines.push(`Pages: ${rows.length}; with a phone-number field: ${rows.filter((r) => r.phone).length}; ` +
    `tying a phone to the account (truth): ${rows.filter((r) => r.account).length}.`, '');
  lines.push('| measure | precision | recall | TP | FP | FN |', '| --- | --- | --- | --- | --- | --- |');
  lines.push(`| **ties a phone to the account** | ${ratio(tp.length, tp.length + fp.length)} | ${ratio(tp.length, tp.length + fn.length)} | ${tp.length} | ${fp.length} | ${fn.length} |`);
  const cTp = rows.filter((r) => r.contact && r.kinds.includes('contact-phone')).length;
  const cFp = rows.filter((r) => !r.contact && r.kinds.includes('contact-phone')).length;
  const cFn = rows.filter((r) => r.contact && !r.kinds.includes('contact-phone')).length;
  lines.push(`| contact-phone (checkout, contact) | ${ratio(cTp, cTp + cFp)} | ${ratio(cTp, cTp + cFn)} | ${cTp} | ${cFp} | ${cFn} |`);
  lines.push('', '| kind predicted | pages | of them truly tying a phone to the account |', '| --- | --- | --- |');
  for (const k of ACCOUNT_KINDS) {
    const with_ = rows.filter((r) => r.kinds.includes(k));
    if (with_.length) lines.push(`| ${k} | ${with_.length} | ${with_.filter((r) => r.account).length} (${ratio(with_.filter((r) => r.account).length, with_.length)}) |`);
  }
  const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
  lines.push('', `Detector time per page: median ${ms[Math.floor(ms.length / 2)]?.toFixed(2)} ms, ` +
    `p95 ${ms[Math.floor(ms.length * 0.95)]?.toFixed(2)} ms, max ${ms[ms.length - 1]?.toFixed(2)} ms.`, '', askedLine(rows));
  const wrong = (title: string, list: Row[]) => {
    lines.push('', `${title} (${list.length}):`, '');
    for (const r of list) lines.push(`- \`${r.file}\` (${r.context}): kinds [${r.kinds.join(', ')}]; signals ${r.signals.join(', ') || 'none'}`);
  };
  wrong('False positives: account kinds on a page whose labels tie no phone to an account', fp);
  wrong('Missed: a phone field on an account page, no account kind found', fn);
  wrong('contact-phone where no contact phone field is (labels)', rows.filter((r) => !r.contact && r.kinds.includes('contact-phone')));
  lines.push('', 'Per language (`<html lang>`, primary subtag; when a page declares none, `?` marks the script most of its text is in: `latin?` is English and other Latin-script languages):', '', perLanguage(rows));
  return lines.join('\n');
}

/** The development corpus: hand-written pattern pages and public test forms, labelled in labels.json. */
export const DEV_CORPUS = resolve(ROOT, 'tests', 'fixtures', 'detect-corpus');

export interface DevLabel {
  lang: string;
  account: boolean;
  pattern: string;
}

export type Judge = (file: string, page: Page) => Promise<Truth & { lang: string }>;

export async function runPages(browser: Browser, dir: string, files: readonly string[], bundle: string, judge: Judge): Promise<Row[]> {
  const rows: Row[] = [];
  const context = await browser.newContext({ javaScriptEnabled: false });
  // Scripts are off: the pages are saved snapshots, judged as saved.
  const one = async (file: string, n: number): Promise<Row> => {
    const html = readFileSync(join(dir, file), 'utf8');
    const url = `https://corpus.test/page-${n}/`;
    const page = await context.newPage();
    await page.route('**/*', (route) =>
      route.request().url() === url
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.abort(),
    );
    let truth: Truth & { lang: string } = { ...truthOf(file, []), lang: '-' };
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
      truth = await judge(file, page);
      const r = await detectWithFeatures(page, bundle);
      return { ...truth, ...r };
    } catch (e) {
      console.error(`${file}: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
      return { ...truth, kinds: [], signals: ['error'], features: [], ms: 0, asked: { same: false, asks: 0 } };
    } finally {
      await page.close();
    }
  };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      rows[i] = await one(files[i]!, i);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  await context.close();
  return rows;
}

// Shared corpus: labels are read as rendered, then every data-manual-* attribute is removed
// before the detector runs.
export const sharedJudge: Judge = async (file, page) => ({
  ...truthOf(file, await page.evaluate(READ_LABELS)),
  lang: (await page.evaluate(READ_LANG)) as string,
});

/**
 * The labelled corpora, each scored into its own section of docs/DETECTOR.md. The held-out
 * batches were written by people who had not read the detector (READMEs there): two for round
 * 4 (the second after the rules were changed for the first), a third for round 5, a fourth for
 * round 9; a new batch is a new directory.
 */
const FIXTURES = resolve(ROOT, 'tests', 'fixtures');
const LABELLED = [
  { name: 'dev', dir: DEV_CORPUS, marker: 'eval-dev' },
  // detect-heldout, detect-heldout-b …: every batch there is, each in its section (eval-heldout-b …).
  ...readdirSync(FIXTURES)
    .filter((d) => d.startsWith('detect-heldout'))
    .sort()
    .map((d) => ({ name: d.slice('detect-'.length), dir: join(FIXTURES, d), marker: `eval-${d.slice('detect-'.length)}` })),
];

function devReport(rows: Row[], dir = DEV_CORPUS): string {
  const lines = [`Pages: ${rows.length} (${relative(ROOT, dir)}, labels.json); tying a phone to the account: ${rows.filter((r) => r.account).length}.`, ''];
  lines.push(perLanguage(rows), '', askedLine(rows), '');
  const wrong = rows.filter((r) => r.account !== predAccount(r));
  lines.push(`Wrong (${wrong.length}):`, '');
  for (const r of wrong) lines.push(`- \`${r.file}\` (truth ${r.account ? 'account' : 'not'}): kinds [${r.kinds.join(', ')}]; signals ${r.signals.join(', ') || 'none'}`);
  return lines.join('\n');
}

export const devLabels = (dir = DEV_CORPUS): Record<string, DevLabel> =>
  JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, DevLabel>;

/** The development corpus's truth: its labels file. */
export const devJudgeOf = (labels: Record<string, DevLabel>): Judge => async (file) => {
  const l = labels[file];
  if (!l) throw new Error(`no label for ${file}`);
  const context = /checkout|contact|chromium/.test(file) ? 'commerce' : 'account';
  return { file, context, phone: true, account: l.account, contact: !l.account, lang: l.lang };
};

export function writeSection(marker: string, section: string): void {
  const doc = resolve(ROOT, 'docs/DETECTOR.md');
  const text = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Detector\n';
  const block = `<!-- ${marker}:start -->\n${section}\n<!-- ${marker}:end -->`;
  const re = new RegExp(`<!-- ${marker}:start -->[\\s\\S]*?<!-- ${marker}:end -->`);
  writeFileSync(doc, re.test(text) ? text.replace(re, block) : `${text.trimEnd()}\n\n${block}\n`);
}

async function main(): Promise<number> {
  // --only shared,dev,heldout,heldout-b,heldout-c,heldout-d: score only those corpora (all of them by default).
  const only = process.argv.indexOf('--only');
  const wanted = new Set(only > 0 ? (process.argv[only + 1] ?? '').split(',') : ['shared', ...LABELLED.map((c) => c.name)]);
  if (wanted.has('shared') && !existsSync(CORPUS)) {
    console.error(`corpus not found: ${CORPUS} (set REBIND_CORPUS)`);
    return 2;
  }
  const files = wanted.has('shared') ? readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort() : [];
  const labelled = LABELLED.filter((c) => wanted.has(c.name) && existsSync(c.dir)).map((c) => ({ ...c, labels: devLabels(c.dir) }));
  const bundle = await bundleDetector();
  const browser = await launch();
  let rows: Row[];
  const scored: { dir: string; marker: string; name: string; rows: Row[] }[] = [];
  try {
    rows = await runPages(browser, CORPUS, files, bundle, sharedJudge);
    for (const c of labelled) scored.push({ ...c, rows: await runPages(browser, c.dir, Object.keys(c.labels).sort(), bundle, devJudgeOf(c.labels)) });
  } finally {
    await browser.close();
  }
  // --save-rows <file>: the pages' rows, features included, for `npm run eval:learned`.
  const save = process.argv.indexOf('--save-rows');
  const dev = scored.find((c) => c.name === 'dev')?.rows ?? [];
  if (save > 0 && process.argv[save + 1]) writeFileSync(process.argv[save + 1]!, JSON.stringify([...rows, ...dev]));
  const sections: [string, string][] = [];
  if (rows.length) sections.push(['eval', report(rows)]);
  for (const c of scored) if (c.rows.length) sections.push([c.marker, devReport(c.rows, c.dir)]);
  for (const [marker, section] of sections) {
    console.log(section);
    writeSection(marker, section);
  }
  return 0;
}

if (process.argv[1]?.endsWith('eval-detector.ts')) main().then((c) => process.exit(c));
