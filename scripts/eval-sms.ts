// npm run eval:sms
// Scores service identification on the labelled messages in tests/fixtures/sms/labelled.jsonl:
// for every message labelled a code or an account notice, the service that sent it (a site key,
// or a name the person would have to confirm); every other message must name no service.
// A label names the service's real site (s) and, for a service the map may not know, the name
// the message gives (n): listing that name for the person to confirm is right, not a wrong site.
// `--set heldout` scores tests/fixtures/sms/heldout.jsonl, written after the rules were frozen.
// Writes the result into docs/SMS.md between its eval markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { siteForHost } from '../utils/catalog/lookup';
import { readMessage } from '../utils/sms/classify';
import { ACCOUNT_CLASSES, SMS_CLASSES, type SmsClass } from '../utils/sms/types';

const ROOT = resolve(import.meta.dirname, '..');
interface Labelled { a: string; b: string; c: SmsClass; s?: string; n?: string; l: string }

const SET = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1]! : 'labelled';
const rows = readFileSync(resolve(ROOT, `tests/fixtures/sms/${SET}.jsonl`), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l) as Labelled);

const norm = (s: string) => s.normalize('NFKC').toLowerCase().trim();
let predicted = 0, correct = 0, expected = 0;
let namesExpected = 0, namesListed = 0, namesWrong = 0, personalLeaks = 0;
const confusion = new Map<string, number>();
const errors: string[] = [];
const byLang = new Map<string, { exp: number; ok: number; pred: number }>();

for (const r of rows) {
  const reading = readMessage({ address: r.a, body: r.b });
  confusion.set(`${r.c}>${reading.cls}`, (confusion.get(`${r.c}>${reading.cls}`) ?? 0) + 1);
  const counts = ACCOUNT_CLASSES.includes(reading.cls) ? reading.service : null;
  const wantSite = ACCOUNT_CLASSES.includes(r.c) && r.s ? (siteForHost(r.s) ?? r.s) : null;
  const wantName = ACCOUNT_CLASSES.includes(r.c) && r.n ? r.n : null;
  const lang = byLang.get(r.l) ?? { exp: 0, ok: 0, pred: 0 };
  byLang.set(r.l, lang);
  if (r.c === 'personal' && reading.service) personalLeaks++;
  if (wantSite) { expected++; lang.exp++; }
  if (wantName && !wantSite) namesExpected++;
  if (counts && 'site' in counts) {
    predicted++; lang.pred++;
    if (counts.site === wantSite) { correct++; lang.ok++; }
    else { errors.push(`wrong: ${counts.site} (want ${wantSite ?? wantName ?? 'none'}) <- ${r.b.slice(0, 70)}`); }
  } else if (counts && 'unresolved' in counts) {
    if (wantName && norm(counts.unresolved) === norm(wantName)) {
      if (!wantSite) namesListed++;
    } else if (wantName || wantSite) { namesWrong++; errors.push(`name: "${counts.unresolved}" (want ${wantSite ?? wantName}) <- ${r.b.slice(0, 70)}`); }
    else { namesWrong++; errors.push(`name: "${counts.unresolved}" (want none) <- ${r.b.slice(0, 70)}`); }
  }
  if (wantSite && !(counts && 'site' in counts && counts.site === wantSite) && !(counts && 'site' in counts)) {
    errors.push(`missed: ${wantSite} (got ${reading.cls} ${JSON.stringify(reading.service)}) <- ${r.b.slice(0, 70)}`);
  }
}

const precision = predicted ? correct / predicted : 1;
const recall = expected ? correct / expected : 1;
const classOk = [...confusion].filter(([k]) => k.split('>')[0] === k.split('>')[1]).reduce((s, [, n]) => s + n, 0);
const f = (x: number) => x.toFixed(3);
const langs = [...byLang].sort((a, b) => b[1].exp - a[1].exp);

const report = [
  `${rows.length} labelled messages in tests/fixtures/sms/${SET}.jsonl (${langs.map(([l]) => l).join(', ')}); ${expected} name a service the map or catalog knows, ${namesExpected} one it does not.`,
  '',
  '| measure | value |',
  '| --- | --- |',
  `| service precision (sites named from codes and notices) | **${f(precision)}** (${correct}/${predicted}; target >= 0.98) |`,
  `| service recall | **${f(recall)}** (${correct}/${expected}; target >= 0.90) |`,
  `| unknown names listed for the person to confirm | ${namesListed}/${namesExpected} |`,
  `| names listed that are not the service (or where none was sent) | ${namesWrong} |`,
  `| personal messages that named a service | ${personalLeaks} |`,
  `| class accuracy (code, notice, marketing, delivery, personal) | ${f(classOk / rows.length)} (${classOk}/${rows.length}) |`,
  '',
  '| language | services labelled | found | named |',
  '| --- | --- | --- | --- |',
  ...langs.map(([l, v]) => `| ${l} | ${v.exp} | ${v.ok} | ${v.pred} |`),
  '',
  'Confusion (labelled > read):',
  '',
  '| labelled \\ read | ' + SMS_CLASSES.join(' | ') + ' |',
  '| --- |' + SMS_CLASSES.map(() => ' --- |').join(''),
  ...SMS_CLASSES.map((c) => `| ${c} | ` + SMS_CLASSES.map((d) => String(confusion.get(`${c}>${d}`) ?? 0)).join(' | ') + ' |'),
].join('\n');

console.log(report);
if (process.argv.includes('--errors') || process.env.REBIND_EVAL_ERRORS) console.log('\n' + errors.join('\n'));
const doc = resolve(ROOT, 'docs/SMS.md');
const text = readFileSync(doc, 'utf8');
const START = `<!-- eval:sms:${SET} -->`, END = `<!-- /eval:sms:${SET} -->`;
if (text.includes(START)) {
  writeFileSync(doc, text.slice(0, text.indexOf(START) + START.length) + '\n' + report + '\n' + text.slice(text.indexOf(END)));
}
if (precision < 0.98 || recall < 0.9 || personalLeaks > 0) process.exitCode = 1;
