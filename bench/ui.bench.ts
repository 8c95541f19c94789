// UI benchmark in Chromium: the built extension (.output/chrome-mv3, `npx wxt build` first) is
// loaded, the database is seeded from an extension page, and the popup and the dashboard are
// timed from the moment their data arrives (performance marks in Popup.tsx / Dashboard.tsx) to
// the DOM committed and laid out. Usage: npx tsx bench/ui.bench.ts   (prints a Markdown section)
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const EXT = resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');
if (!existsSync(join(EXT, 'manifest.json'))) {
  console.error('build the extension first: npx wxt build');
  process.exit(1);
}
const RUNS = 5;
const log = (m: string) => process.stderr.write(`[ui.bench] ${m}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

const tmp = mkdtempSync(join(os.tmpdir(), 'rebind-bench-'));
const profile = join(tmp, 'profile');
// A private copy: another build writing .output meanwhile must not change what is measured.
const extCopy = join(tmp, 'ext');
cpSync(EXT, extCopy, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [`--disable-extensions-except=${extCopy}`, `--load-extension=${extCopy}`, ...CHROMIUM_ARGS],
});
// tsx keeps function names with a __name helper that functions passed to evaluate() carry along.
await context.addInitScript('globalThis.__name = (f) => f;');
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const base = `chrome-extension://${new URL(worker.url()).host}`;

/** Sites [from, to) and `evidence` evidence rows spread over them, written in the page. */
async function seed(page: Page, from: number, to: number, evidence: number) {
  await page.evaluate(
    ({ from, to, evidence }) =>
      new Promise<void>((ok, fail) => {
        const open = indexedDB.open('rebind');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['sites', 'evidence', 'numbers'], 'readwrite');
          const now = Date.now();
          const kinds = [['login-otp'], ['recovery-phone', 'mfa-sms'], ['login-phone'], ['mfa-sms'], ['bound-number']];
          const statuses = ['todo', 'todo', 'todo', 'changed', 'not-mine'];
          for (const id of ['n1', 'n2'])
            tx.objectStore('numbers').put({ id, label: `Phone ${id}`, country: 'CN', prefix: '138', suffix: id === 'n1' ? '5678' : '1234', hash: 'h', salt: 's', nsnLength: 11, createdAt: now });
          for (let i = from; i < to; i++) {
            tx.objectStore('sites').put({
              site: `site${i}.example${i % 50}.com`, kinds: kinds[i % 5], status: statuses[(i * 3) % 5],
              strength: i % 4 ? 'signed-in' : 'bound-number', firstSeen: now - 1e10, lastSeen: now - (i % 500) * 864e5,
              risk: (i * 37) % 140, numberIds: i % 3 ? [i % 2 ? 'n1' : 'n2'] : [], masked: i % 4 ? undefined : ['138*5678'],
            });
          }
          const ev = tx.objectStore('evidence');
          for (let j = 0; j < evidence; j++) {
            const i = from + (j % (to - from));
            ev.put({ site: `site${i}.example${i % 50}.com`, at: now - j * 60_000, source: 'page', strength: 'signed-in', kinds: ['login-otp'], url: `https://site${i}.example${i % 50}.com/login` });
          }
          tx.oncomplete = () => { db.close(); ok(); };
          tx.onerror = () => fail(tx.error);
        };
      }),
    { from, to, evidence },
  );
}

/** Opens a page and returns data->rendered and navigation->rendered from its marks. */
async function timed(path: string, prefix: string): Promise<{ render: number; total: number }> {
  const page = await context.newPage();
  await page.goto(`${base}/${path}`);
  await page.waitForFunction((p) => performance.getEntriesByName(`rebind:${p}-rendered`).length > 0, prefix);
  const r = await page.evaluate((p) => {
    const data = performance.getEntriesByName(`rebind:${p}-data`)[0]!.startTime;
    const done = performance.getEntriesByName(`rebind:${p}-rendered`)[0]!.startTime;
    return { render: done - data, total: done };
  }, prefix);
  await page.close();
  return r;
}

async function series(path: string, prefix: string) {
  const out = [];
  for (let i = 0; i < RUNS; i++) out.push(await timed(path, prefix));
  return { render: median(out.map((o) => o.render)), total: median(out.map((o) => o.total)) };
}

// The dashboard creates the schema; then 1,000 sites for the popup.
const setup = await context.newPage();
await setup.goto(`${base}/options.html`);
await setup.waitForSelector('.dashboard h1');
await seed(setup, 0, 1000, 0);
log('seeded 1,000');
const popup1k = await series('popup.html', 'popup');
const dash1k = await series('options.html', 'dash');

// A heavy user: 5,000 sites and 100,000 evidence rows.
await seed(setup, 1000, 5000, 100_000);
log('seeded 5,000 + 100,000 evidence');
const popup5k = await series('popup.html', 'popup');
const dash5k = await series('options.html', 'dash');

log('page loads done');
// Search: one keystroke to the table showing the result (DOM committed and laid out).
const dash = await context.newPage();
await dash.goto(`${base}/options.html`);
await dash.waitForSelector('table.sites tbody tr');
const keystrokes = await dash.evaluate(async () => {
  const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
  const body = () => document.querySelector('table.sites tbody');
  const times: number[] = [];
  const type = async (value: string) => {
    const t0 = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // Preact renders in a microtask: by the next task the result is in the DOM; then layout.
    await new Promise((r) => setTimeout(r, 0));
    void body()?.getBoundingClientRect();
    times.push(performance.now() - t0);
  };
  for (const word of ['site4321', 'example7.com', 'site12']) {
    for (let i = 1; i <= word.length; i++) await type(word.slice(0, i));
    await type('');
  }
  return times;
});
const rows = await dash.locator('table.sites tbody tr').count();

// One site's detail with 100,000 evidence rows in the database: click to timeline shown.
const detail = await dash.evaluate(async () => {
  const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = 'site1042.example42.com';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 100));
  const t0 = performance.now();
  document.querySelector<HTMLButtonElement>('table.sites tbody th button')!.click();
  for (let i = 0; i < 5000 && !document.querySelector('.timeline li'); i++) await new Promise((r) => setTimeout(r, 1));
  if (!document.querySelector('.timeline li')) throw new Error('no timeline');
  return performance.now() - t0;
});

await context.close();
rmSync(tmp, { recursive: true, force: true });

const ks = median(keystrokes);
const ks95 = [...keystrokes].sort((a, b) => a - b)[Math.floor(keystrokes.length * 0.95)]!;
console.log(`## UI: popup and dashboard in Chromium

Built extension in headless Chromium (${CHROMIUM_PATH}); database seeded from an
extension page. "Render" is data arrived (liveQuery result) to DOM committed and laid out; "open" is
navigation start to the same point. Median of ${RUNS} page loads.

| screen | inventory | render | open |
| --- | --- | ---: | ---: |
| popup | 1,000 sites | ${ms(popup1k.render)} | ${ms(popup1k.total)} |
| popup | 5,000 sites, 100,000 evidence | ${ms(popup5k.render)} | ${ms(popup5k.total)} |
| dashboard | 1,000 sites | ${ms(dash1k.render)} | ${ms(dash1k.total)} |
| dashboard | 5,000 sites, 100,000 evidence | ${ms(dash5k.render)} | ${ms(dash5k.total)} |

- Popup first render with 1,000 sites: **${ms(popup1k.render)}** after the data arrives (target < 100 ms).
- Search, keystroke to table updated, 5,000 sites: median **${ms(ks)}**, p95 ${ms(ks95)} over ${keystrokes.length} keystrokes.
- Site detail (evidence read per site through [site+at], 100,000 rows stored): ${ms(detail)} from click to timeline.
- Ratios in this run: dashboard 5,000 / 1,000 sites render ${(dash5k.render / dash1k.render).toFixed(2)}x;
  popup 5,000 / 1,000 ${(popup5k.render / popup1k.render).toFixed(2)}x (the popup renders 25 rows either way, the
  dashboard ${rows > 0 ? 100 : 0} per page).

Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, shared with other jobs.`);
