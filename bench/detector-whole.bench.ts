// The whole content script against a bare one, in Chromium, side by side in one run.
// Browsers: one with the built extension (.output/chrome-mv3, `npm run bench` builds it),
// one with a bare extension whose content script only queries the page's form controls and
// reads their attributes. Each loads the same synthetic pages (5k / 50k / 200k elements, one
// phone form), interleaved, and the page's script time is read from Chromium's own counter
// (CDP Performance.getMetrics ScriptDuration; the pages run no script of their own), and the
// page's JS heap in use after the scan and a garbage collection (JSHeapUsedSize: what a tab
// holds for us).
// Two more reference extensions run in the same rounds: the reading floor and the hand-off floor
// (below), which say how much of the whole script's cost any detector reading these pages pays.
// BENCH_ALSO=<dir>: one more browser with another build (an earlier commit's .output/chrome-mv3),
// measured in the same rounds, so a change is judged against its base in one run.
import { mkdtempSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT } from '../scripts/detect';
import { FIELDS, LIMITS, LINKS } from '../utils/detect/collect';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SIZES = [5_000, 50_000, 200_000];
/** The whole script is done well within this (debounce 64 ms, then 4 ms slices). */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 2500);

// The same page shape as detector.bench.ts's synthetic pages, written as HTML.
function synthetic(nodes: number): string {
  const html: string[] = [];
  for (let made = 0, i = 0; made < nodes; made += 14) {
    const form = i++ % 10 === 0 ? '<div><input name="q" placeholder="Search"><button>Go</button></div>' : '<div><b>x</b><i>y</i></div>';
    html.push(`<section><div><h3>Item</h3><p>Some text <a href="#">link</a> <span>note</span></p><ul><li>one</li><li>two</li><li>three 12 34</li></ul>${form}</div></section>`);
  }
  html.push('<form><label>Phone number <input type="tel" name="phone"></label><button type="button">Send code</button><button>Sign in</button></form>');
  return `<!doctype html><html lang="en"><head><title>Sign in</title></head><body>${html.join('')}</body></html>`;
}

const CONTROLS = `let n = 0;
for (const el of document.querySelectorAll('input, select, textarea, button')) for (const a of el.attributes) n += a.value.length;`;
const BARE = `${CONTROLS}
globalThis.__bare = n;`;

// The least any detector must do on these pages, with no judging at all: touch the extension
// API (a script that talks to its background pays for it on first use), read the controls as
// the bare script does, read the links' texts, and walk the text nodes as far as the detector's
// prose cap. What the whole script costs above this is its own code.
const FLOOR = `const id = globalThis.chrome?.runtime?.id;
${CONTROLS}
const links = document.querySelectorAll('${LINKS}');
for (let i = 0; i < links.length && i < ${LIMITS.links}; i++) n += links[i].textContent.length;
const w = document.createTreeWalker(document, 4);
let prose = 0;
for (let t = w.nextNode(); t && prose < ${LIMITS.prose}; t = w.nextNode()) if (t.data.length >= 4 && t.parentElement) prose++;
globalThis.__floor = [id, n, prose];`;

// What a detector that judged in its background would still do in the page, judging nothing:
// read what the signals read (each control's naming attributes, label, form and visibility; the
// links' texts; the short texts to the prose cap; title and headings) and hand it over in one
// message, answered by a background that only counts it. Measures whether moving the judging
// out of the page could meet the target.
const HANDOFF = `(() => {
const clip = (s, n = 200) => (s ? (s.length > n ? s.slice(0, n) : s) : '');
const text = (el, n = 200) => (el ? clip(el.textContent, n * 2).replace(/\\s+/g, ' ').trim().slice(0, n) : '');
const forms = [];
const formOf = (f) => { if (!f) return -1; let i = forms.indexOf(f); if (i < 0) i = forms.push(f) - 1; return i; };
const labels = new Map();
for (const l of document.querySelectorAll('label[for]')) { const f = l.getAttribute('for'); if (f && !labels.has(f)) labels.set(f, l); }
const controls = [];
for (const el of document.querySelectorAll('${FIELDS}')) {
  const a = (k) => clip(el.getAttribute(k));
  const id = a('id');
  const label = el.closest('label') ?? (id ? labels.get(id) : undefined);
  controls.push([el.tagName, el.type || '', a('name'), id, a('placeholder'), a('aria-label'), a('autocomplete'), a('inputmode'), a('maxlength'), a('title'),
    text(label), el.tagName === 'BUTTON' ? text(el, 80) : '', formOf(el.form ?? el.closest('form')), el.checkVisibility()]);
}
const links = [];
const ls = document.querySelectorAll('${LINKS}');
for (let i = 0; i < ls.length && i < ${LIMITS.links}; i++) links.push([text(ls[i], 80), formOf(ls[i].closest('form'))]);
const prose = [];
const w = document.createTreeWalker(document, 4);
for (let t = w.nextNode(); t && prose.length < ${LIMITS.prose}; t = w.nextNode()) {
  const d = t.data;
  if (d.length >= 4 && /\\S\\S/.test(d) && t.parentElement) prose.push(d.replace(/\\s+/g, ' ').trim().toLowerCase());
}
const headings = [...document.querySelectorAll('h1,h2')].slice(0, 4).map((h) => text(h, 80));
chrome.runtime.sendMessage({ title: document.title, headings, controls, links, prose }).then((r) => { globalThis.__handoff = r; });
})();`;
const HANDOFF_BACKGROUND = 'chrome.runtime.onMessage.addListener((m, _s, reply) => { reply(m.controls.length + m.links.length + m.prose.length); });';

function referenceExtension(name: string, js: string, background?: string): string {
  const dir = mkdtempSync(join(tmpdir(), `rebind-${name}-`));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name, version: '1.0',
    ...(background ? { background: { service_worker: 'background.js' } } : {}),
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['page.js'], run_at: 'document_idle' }],
  }));
  writeFileSync(join(dir, 'page.js'), js);
  if (background) writeFileSync(join(dir, 'background.js'), background);
  return dir;
}

async function open(ext: string): Promise<{ ctx: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'rebind-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_ARGS],
  });
  return { ctx, profile };
}

interface Sample {
  ms: number;
  heapMb: number;
}

async function measure(ctx: BrowserContext, url: string): Promise<Sample> {
  const page = await ctx.newPage();
  try {
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 240_000 });
    await page.waitForTimeout(SETTLE_MS);
    const read = async (name: string) => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return metrics.find((m) => m.name === name)?.value ?? NaN;
    };
    const ms = (await read('ScriptDuration')) * 1000;
    // What the tab keeps, not garbage that a collection would free: read after one.
    await cdp.send('HeapProfiler.collectGarbage');
    return { ms, heapMb: (await read('JSHeapUsedSize')) / 1e6 };
  } finally {
    await page.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const f = (x: number, d = 2) => x.toFixed(d);

async function main() {
  const whole = resolve(ROOT, '.output/chrome-mv3');
  if (!existsSync(join(whole, 'page.js'))) throw new Error('build the extension first (npm run build)');
  const pages = new Map(SIZES.map((n) => [n, synthetic(n)]));
  const server = createServer((req, res) => {
    const n = Number(req.url?.replace(/\D/g, ''));
    const body = pages.get(n);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? '');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const bareDir = referenceExtension('bare', BARE);
  const floorDir = referenceExtension('floor', FLOOR);
  const handoffDir = referenceExtension('handoff', HANDOFF, HANDOFF_BACKGROUND);
  const also = process.env.BENCH_ALSO ? resolve(process.env.BENCH_ALSO) : null;
  if (also && !existsSync(join(also, 'page.js'))) throw new Error(`BENCH_ALSO: no page.js in ${also}`);
  const a = await open(whole);
  const b = await open(bareDir);
  const fl = await open(floorDir);
  const ho = await open(handoffDir);
  const c = also ? await open(also) : null;
  type Row = {
    nodes: number; whole: Sample; bare: Sample; floor: Sample; handoff: Sample; also: Sample | null;
    ratios: number[]; floorRatios: number[]; handoffRatios: number[];
  };
  const rows: Row[] = [];
  const mid = (xs: Sample[]): Sample => ({ ms: median(xs.map((x) => x.ms)), heapMb: median(xs.map((x) => x.heapMb)) });
  // The machine may be shared: the ratio of the two, measured side by side, is what counts.
  const loadBefore = loadavg()[0]!;
  try {
    for (const n of SIZES) {
      const url = `http://127.0.0.1:${port}/${n}`;
      const ws: Sample[] = [];
      const bs: Sample[] = [];
      const cs: Sample[] = [];
      const fs: Sample[] = [];
      const hs: Sample[] = [];
      const ratios: number[] = [];
      const floorRatios: number[] = [];
      const handoffRatios: number[] = [];
      // warm-up: first navigation of each browser
      for (const x of [a, b, fl, ho, c]) if (x) await measure(x.ctx, url);
      for (let r = 0; r < ROUNDS; r++) {
        // Rotate which goes first, so a slow moment of the machine hits each.
        const order = [a, b, fl, ho, c].filter((x) => x !== null);
        for (let k = 0; k < r % order.length; k++) order.push(order.shift()!);
        const got = new Map<unknown, Sample>();
        for (const x of order) got.set(x, await measure(x.ctx, url));
        const w = got.get(a)!;
        const bare = got.get(b)!;
        ws.push(w);
        bs.push(bare);
        if (c) cs.push(got.get(c)!);
        fs.push(got.get(fl)!);
        ratios.push(w.ms / bare.ms);
        floorRatios.push(got.get(fl)!.ms / bare.ms);
        hs.push(got.get(ho)!);
        handoffRatios.push(got.get(ho)!.ms / bare.ms);
      }
      rows.push({ nodes: n, whole: mid(ws), bare: mid(bs), floor: mid(fs), handoff: mid(hs), also: c ? mid(cs) : null, ratios, floorRatios, handoffRatios });
      console.error(`${n}: whole ${ws.map((x) => f(x.ms)).join(' ')} | bare ${bs.map((x) => f(x.ms)).join(' ')} | floor ${fs.map((x) => f(x.ms)).join(' ')} | hand-off ${hs.map((x) => f(x.ms)).join(' ')}${c ? ` | also ${cs.map((x) => f(x.ms)).join(' ')}` : ''}`);
    }
  } finally {
    for (const x of [a, b, fl, ho, c]) await x?.ctx.close();
    server.close();
    for (const d of [a.profile, b.profile, fl.profile, ho.profile, c?.profile, bareDir, floorDir, handoffDir]) if (d) rmSync(d, { recursive: true, force: true });
  }
  const size = statSync(join(whole, 'page.js')).size;
  const lines = [
    '## Detector: whole content script vs a bare one',
    '',
    `Chromium headless, browsers side by side in one run: the built extension, and a bare extension whose ` +
      'content script only queries `input, select, textarea, button` and reads their attributes. Synthetic pages with ' +
      `one phone sign-in form; script time per page load from CDP \`ScriptDuration\` (the pages have no script) and the page's JS heap in use after a garbage collection (\`JSHeapUsedSize\`), ${SETTLE_MS} ms ` +
      `after \`load\`; ${ROUNDS} interleaved rounds per size, medians. Target: at most 3x (goal 1.5x).`,
    '',
    '| elements | whole script (ms) | bare script (ms) | ratio (median of rounds) | ratio range | JS heap, whole / bare (MB) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.nodes.toLocaleString('en')} | ${f(r.whole.ms)} | ${f(r.bare.ms)} | **${f(median(r.ratios))}x** | ${f(Math.min(...r.ratios))}–${f(Math.max(...r.ratios))}x | ${f(r.whole.heapMb)} / ${f(r.bare.heapMb)} |`,
    ),
    '',
    'The reading floor, in the same rounds: a script that touches the extension API, reads the controls as the bare one does, ' +
      `reads the links' texts and walks the text nodes to the detector's prose cap (${LIMITS.prose}), and judges nothing. ` +
      'What the whole script costs above it is its own code (compiled on every page load) and its judging.',
    '',
    '| elements | reading floor (ms) | floor / bare | whole / floor |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.nodes.toLocaleString('en')} | ${f(r.floor.ms)} | ${f(median(r.floorRatios))}x | ${f(r.whole.ms / r.floor.ms)}x |`),
    '',
    'The hand-off floor, in the same rounds: what a detector that judged in its background would still do in the page. It reads ' +
      "what the signals read (each control's naming attributes, label, form and visibility; the links' texts; the short texts " +
      'to the prose cap; the title and headings), sends it in one message, and judges nothing.',
    '',
    '| elements | hand-off floor (ms) | hand-off / bare (median of rounds) | range | whole / hand-off |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.nodes.toLocaleString('en')} | ${f(r.handoff.ms)} | **${f(median(r.handoffRatios))}x** | ${f(Math.min(...r.handoffRatios))}–${f(Math.max(...r.handoffRatios))}x | ${f(r.whole.ms / r.handoff.ms)}x |`,
    ),
    ...(also
      ? [
          '',
          `Compared in the same rounds with \`${also}\` (BENCH_ALSO): script ${rows.map((r) => `${f(r.also!.ms)} ms`).join(' / ')}, JS heap ${rows.map((r) => `${f(r.also!.heapMb)} MB`).join(' / ')} (${SIZES.map((n) => `${n / 1000}k`).join(' / ')}).`,
        ]
      : []),
    '',
    `Content script: ${size.toLocaleString('en')} bytes. Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ` +
      `load average ${f(loadBefore, 1)} at the start and ${f(loadavg()[0]!, 1)} at the end.`,
  ];
  console.log(lines.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
