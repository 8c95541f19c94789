// Export benchmark: every format, and the backup's import (validate, replace, merge), for a
// heavy user's inventory of 5,000 sites and 100,000 evidence rows (DESIGN.md, Scale).
// Runs in Node with fake-indexeddb (an in-memory IndexedDB in JavaScript), so database reads
// and writes are a pessimistic stand-in for the browser's; the pure steps are the same code.
// Usage: npx tsx bench/export.bench.ts   (prints a Markdown section)
import 'fake-indexeddb/auto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The settings module needs an extension API at import: give it the in-memory fake first.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
(globalThis as { browser?: unknown }).browser = fakeBrowser;
const { openDatabase } = await import('../utils/db/schema');
const { applyBackup } = await import('../utils/export/backup-apply');
const { parseBackup } = await import('../utils/export/backup-read');
const { exportCsv } = await import('../utils/export/csv');
const { exportIcs } = await import('../utils/export/ics');
const { buildBackup, serializeBackup } = await import('../utils/export/json');
const { exportMarkdown } = await import('../utils/export/markdown');
const { printHtml } = await import('../utils/export/print');
const { loadIcsNumbers, loadInventory, loadItems } = await import('../utils/export/source');
const { riskScore } = await import('../utils/inventory/risk');
const { EVIDENCE_SOURCES, KINDS, STATUSES, STRENGTHS } = await import('../utils/types');
type Inv = Awaited<ReturnType<typeof loadInventory>>;

// EXPORT_BENCH_SCALE=0.1 runs a tenth of the size, for a quick look.
const SCALE = Number(process.env.EXPORT_BENCH_SCALE ?? 1);
const SITES = Math.round(5_000 * SCALE);
const EVIDENCE = Math.round(100_000 * SCALE);
let dbs = 0;
const fresh = () => openDatabase(`export-bench-${dbs++}`);

let steps = 0;
async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t0 = performance.now();
  const out = await fn();
  const dt = performance.now() - t0;
  // Progress on stderr; stdout carries only the Markdown section.
  process.stderr.write(`step ${++steps}: ${dt.toFixed(0)} ms\n`);
  return [dt, out];
}
const ms = (x: number) => `${x.toFixed(0)} ms`;
const mb = (chars: number) => `${(chars / 1024 / 1024).toFixed(1)} MB`;

// English-only words in the bench: what t() returns does not change the cost.
const t = (key: string, subs?: string | (string | number)[]) =>
  subs === undefined ? key : `${key} ${[subs].flat().join(' ')}`;
const ctx = { t, lang: 'zh' as const, now: Date.UTC(2025, 2, 1) };

function inventory(): Inv {
  const numbers = ['n1', 'n2', 'n3'].map((id, i) => ({
    id, label: `号码 ${i + 1}`, country: 'CN', prefix: '138', suffix: String(1000 + i), hash: 'ab'.repeat(32),
    salt: 'cd'.repeat(16), nsnLength: 11, cancelDate: `2025-0${i + 4}-01`, createdAt: 1_700_000_000_000,
  }));
  const sites = Array.from({ length: SITES }, (_, i) => {
    const kinds = [KINDS[i % KINDS.length]!, KINDS[(i * 3) % KINDS.length]!].filter((k, j, a) => a.indexOf(k) === j);
    return {
      site: `site${i}.example${i % 7 === 0 ? '.com.cn' : '.com'}`,
      kinds,
      status: STATUSES[i % STATUSES.length]!,
      strength: STRENGTHS[i % STRENGTHS.length]!,
      firstSeen: 1_600_000_000_000 + i * 1000,
      lastSeen: 1_700_000_000_000 + i * 1000,
      risk: riskScore(kinds),
      numberIds: i % 3 === 0 ? [] : [numbers[i % 3]!.id],
      ...(i % 4 === 0 ? { masked: ['138*1001'], settingsUrl: `https://account.site${i}.example.com/security` } : {}),
      ...(i % 5 === 0 ? { name: `网站 ${i} & "Co"` } : {}),
      ...(i % 9 === 0 ? { note: '换绑前先确认邮箱' } : {}),
    };
  });
  const evidence = Array.from({ length: EVIDENCE }, (_, i) => ({
    id: i + 1,
    site: sites[i % SITES]!.site,
    at: 1_650_000_000_000 + i * 60_000,
    source: EVIDENCE_SOURCES[i % EVIDENCE_SOURCES.length]!,
    strength: STRENGTHS[i % STRENGTHS.length]!,
    kinds: [KINDS[i % KINDS.length]!],
    url: `https://login.${sites[i % SITES]!.site}/p${i % 17}`,
    signals: ['field:tel', 'button:send-code'],
    ...(i % 10 === 0 ? { masked: ['138*1001'], numberId: 'n1' } : {}),
  }));
  return { sites, evidence, numbers };
}

const settings = { recordPrivate: false, pausedSites: ['paused.example.com'], keepWholeNumbers: false };
const inv = inventory();
const db = fresh();
const [tFill] = await time(() =>
  db.transaction('rw', db.sites, db.evidence, db.numbers, async () => {
    await db.numbers.bulkAdd(inv.numbers);
    await db.sites.bulkAdd(inv.sites);
    await db.evidence.bulkAdd(inv.evidence);
  }),
);

const [tRead, read] = await time(() => loadInventory(db));
const [tItems, items] = await time(() => loadItems(db, {}, 'zh'));
const [tMd, md] = await time(() => exportMarkdown(items, ctx));
const [tCsv, csv] = await time(() => exportCsv(items, ctx));
const [tHtml, html] = await time(() => printHtml(items, ctx));
const [tIcsLoad, icsNumbers] = await time(() => loadIcsNumbers(db, {}));
const [tIcs, ics] = await time(() => exportIcs(icsNumbers, ctx));
const [tJson, json] = await time(() => serializeBackup(buildBackup(read, settings, ctx.now)));
const [tStringify] = await time(() => JSON.stringify(read));

const [tParseOnly] = await time(() => JSON.parse(json));
const [tValidate, parsed] = await time(() => parseBackup(json));
if (!parsed.ok) throw new Error(`bench backup refused: ${JSON.stringify(parsed.error)}`);
const empty = fresh();
const [tReplace] = await time(() => applyBackup(empty, parsed.backup, 'replace'));
const [tMergeSame, same] = await time(() => applyBackup(db, parsed.backup, 'merge'));
const [tMergeEmpty] = await time(() => applyBackup(fresh(), parsed.backup, 'merge'));
const ok = (await empty.sites.count()) === SITES && (await empty.evidence.count()) === EVIDENCE && same.evidence === 0;
if (!ok) throw new Error('bench import lost or duplicated rows');

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`## Export and import

Node ${process.version}, ${os.cpus().length} × ${cpu}. IndexedDB is **fake-indexeddb** (in-memory, in JavaScript), so the
steps that read or write the database are a pessimistic stand-in for the browser's IndexedDB; the exporters, the
JSON parse and the validation are the same code the extension runs. Inventory: ${SITES.toLocaleString('en-US')} sites,
${EVIDENCE.toLocaleString('en-US')} evidence rows, 3 numbers with cancellation dates (filling it took ${ms(tFill)}).

### Export

| step | time | output |
| --- | ---: | ---: |
| read the whole inventory (one read transaction) | ${ms(tRead)} | |
| resolve ${items.items.length.toLocaleString('en-US')} checklist items (certainty, order, names, guidance) | ${ms(tItems)} | |
| Markdown checklist | ${ms(tMd)} | ${mb(md.length)} |
| CSV (papaparse, formula-safe) | ${ms(tCsv)} | ${mb(csv.length)} |
| printable HTML | ${ms(tHtml)} | ${mb(html.length)} |
| calendar: read numbers and sites | ${ms(tIcsLoad)} | |
| calendar (.ics) | ${ms(tIcs)} | ${ics.length.toLocaleString('en-US')} chars |
| JSON backup (build + serialise) | ${ms(tJson)} | ${mb(json.length)} |
| plain \`JSON.stringify\` of the same rows, for scale | ${ms(tStringify)} | |

### Import of that backup

| step | time |
| --- | ---: |
| plain \`JSON.parse\`, for scale | ${ms(tParseOnly)} |
| parse + forbidden keys + valibot schema + references (\`parseBackup\`) | ${ms(tValidate)} |
| replace into an empty database (one transaction) | ${ms(tReplace)} |
| merge into the same inventory (every row already there: nothing added) | ${ms(tMergeSame)} |
| merge into an empty database | ${ms(tMergeEmpty)} |

Validation costs ${(tValidate / tParseOnly).toFixed(1)}× a bare \`JSON.parse\`. A whole export, from the database to the
JSON file, takes ${ms(tRead + tJson)}; a whole import by replace takes ${ms(tValidate + tReplace)}.`);
