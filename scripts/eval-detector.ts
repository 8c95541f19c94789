// npm run eval:detector
// Runs the shipped detector over DuckDuckGo's autofill test pages and measures, per page,
// "this page ties a phone number to the account". Truth comes from the pages' own
// data-manual-scoring labels and file-name contexts; every data-manual-* attribute is
// stripped before the detector sees the page, and pages are served under a neutral URL so
// the file name cannot leak into the detector. Writes docs/DETECTOR.md (between markers).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { bundleDetector, detectIn, launch, ROOT } from './detect';
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

const FIELD = /<(?:input|select|textarea)\b[^>]*\bdata-manual-scoring\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>/gi;
const HIDDEN = /\shidden(?:\s|=|>)|type\s*=\s*["']?hidden/i;
// A sign-in identifier the site itself declares as (also) a phone number, in its own markup.
const PHONE_DECLARED =
  /\btype\s*=\s*["']?tel\b|autocomplete\s*=\s*["'][^"']*\btel|\b(?:name|id|placeholder|aria-label|title)\s*=\s*["'][^"']*(?:phone|mobile|手机|手機|電話|телефон|m[oó]vil|celular|telefon|t[eé]l[eé]phone|handy|휴대폰|전화)/i;
const MANUAL_ATTR = /\s+data-manual-[\w-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;

const PHONE_WORD = /phone|mobile|手机|手機|電話|телефон|m[oó]vil|celular|telefon|t[eé]l[eé]phone|handy|휴대폰|전화/i;

/** The text of the <label for=…> that names a field, from the page's source. */
function labelFor(html: string, tag: string): string {
  const id = /\bid\s*=\s*["']([^"']{1,80})["']/.exec(tag)?.[1];
  if (!id) return '';
  const esc = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`<label[^>]*\\bfor\\s*=\\s*["']${esc}["'][^>]*>([\\s\\S]{0,300}?)</label>`, 'i').exec(html);
  return m ? m[1]!.replace(/<[^>]*>/g, ' ') : '';
}

export function truthOf(file: string, html: string): Truth {
  // Hidden fields do not count, for the truth as for the detector.
  const fields = [...html.matchAll(FIELD)]
    .filter((m) => !HIDDEN.test(m[0].replace(MANUAL_ATTR, '')))
    .map((m) => ({ label: (m[1] ?? m[2] ?? '').trim(), tag: m[0].replace(MANUAL_ATTR, '') }));
  const labelled = fields.some((f) => /\bphone\b/.test(f.label));
  // "Email or phone" identifiers: labelled username/emailAddress, declared phone by the site.
  const declared = fields.some(
    (f) => /username|emailAddress/.test(f.label) && (PHONE_DECLARED.test(f.tag) || PHONE_WORD.test(labelFor(html, f.tag))),
  );
  const phone = STRICT ? labelled : labelled || declared;
  const password = fields.some((f) => f.label.startsWith('password'));
  let context = contextOf(file);
  // Pages named for neither: a password field makes it an account page.
  if (context === 'other' && password) context = 'account';
  const account = phone && context === 'account';
  return { file, context, phone, account, contact: phone && !account };
}

export const stripManual = (html: string): string => html.replace(MANUAL_ATTR, '');

interface Row extends Truth {
  kinds: Kind[];
  signals: string[];
  ms: number;
}

const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(3) : 'n/a');

function report(rows: Row[]): string {
  const predAcc = (r: Row) => r.kinds.some((k) => ACCOUNT_KINDS.includes(k));
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
    `p95 ${ms[Math.floor(ms.length * 0.95)]?.toFixed(2)} ms, max ${ms[ms.length - 1]?.toFixed(2)} ms.`);
  const wrong = (title: string, list: Row[]) => {
    lines.push('', `${title} (${list.length}):`, '');
    for (const r of list) lines.push(`- \`${r.file}\` (${r.context}): kinds [${r.kinds.join(', ')}]; signals ${r.signals.join(', ') || 'none'}`);
  };
  wrong('False positives: account kinds on a page whose labels tie no phone to an account', fp);
  wrong('Missed: a phone field on an account page, no account kind found', fn);
  return lines.join('\n');
}

async function main(): Promise<number> {
  if (!existsSync(CORPUS)) {
    console.error(`corpus not found: ${CORPUS} (set REBIND_CORPUS)`);
    return 2;
  }
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort();
  const bundle = await bundleDetector();
  const browser = await launch();
  const rows: Row[] = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    // Scripts are off: the pages are saved snapshots, judged as saved.
    const one = async (file: string, n: number): Promise<Row> => {
      const html = readFileSync(join(CORPUS, file), 'utf8');
      const truth = truthOf(file, html);
      const url = `https://corpus.test/page-${n}/`;
      const page = await context.newPage();
      await page.route('**/*', (route) =>
        route.request().url() === url
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: stripManual(html) })
          : route.abort(),
      );
      try {
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
        const r = await detectIn(page, bundle);
        return { ...truth, kinds: r.kinds as Kind[], signals: r.signals, ms: r.ms };
      } catch (e) {
        console.error(`${file}: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
        return { ...truth, kinds: [], signals: ['error'], ms: 0 };
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
  } finally {
    await browser.close();
  }
  const section = report(rows);
  console.log(section);
  const doc = resolve(ROOT, 'docs/DETECTOR.md');
  const text = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Detector\n';
  const block = `<!-- eval:start -->\n${section}\n<!-- eval:end -->`;
  const re = /<!-- eval:start -->[\s\S]*?<!-- eval:end -->/;
  writeFileSync(doc, re.test(text) ? text.replace(re, block) : `${text.trimEnd()}\n\n## Evaluation\n\n${block}\n`);
  return 0;
}

if (process.argv[1]?.endsWith('eval-detector.ts')) main().then((c) => process.exit(c));
