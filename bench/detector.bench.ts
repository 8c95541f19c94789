// Detector cost, in Chromium. Prints a Markdown section (node scripts/bench.mjs detector).
// 1. Corpus pages (all): detector time against a bare pass that only queries the same page's
//    form controls and reads their attributes; interleaved batches, median of per-page medians.
// 2. Synthetic pages of 5k/50k/200k nodes: the real watcher (entrypoints/page/watcher.ts)
//    runs the sliced detector; the longest slice and any long task are recorded.
// 3. Size of the built content script.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { answer, type Ask } from '../utils/detect/lexicon';
import { bundleDetector, launch, pageAsking, ROOT } from '../scripts/detect';
import { CORPUS, stripManual } from '../scripts/eval-detector';

const PAGES = Number(process.env.BENCH_PAGES ?? Infinity);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

// Runs in the page (a string, so no bundler helpers leak in). Each round times a batch of
// detector runs and a batch of bare passes back to back (order alternating), so a slow
// moment of the machine hits both; a batch lasts about 2 ms, far above the timer's grain.
// A page's ratio is the median of its rounds' ratios; the spread is their quartiles.
const RATIO = (rounds: number) => `(() => {
  const D = globalThis.__rebindDetect;
  const sink = [];
  const bare = () => { let n = 0; for (const el of document.querySelectorAll('input, select, textarea, button')) for (const a of el.attributes) n += a.value.length; sink[0] = n; };
  const detect = () => { sink[1] = D.detectPage(document, location.href); };
  const uncached = () => { D.forgetScans(); detect(); };
  const batch = (fn, n) => { const t0 = performance.now(); for (let i = 0; i < n; i++) fn(); return (performance.now() - t0) / n; };
  // Batch size for ~2 ms: after warm-up calls, and the larger of two tries, so one slow
  // first call (compilation, a collection) cannot leave a batch below the timer's grain.
  const grow = (fn) => { let n = 1; while (batch(fn, n) * n < 2 && n < 1 << 16) n *= 2; return n; };
  const size = (fn) => { batch(fn, 10); return Math.max(grow(fn), grow(fn)); };
  const t0 = performance.now(); detect(); const cold = performance.now() - t0;
  const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
  const q = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) * p)]; };
  const pair = (fn) => {
    const nf = size(fn), nb = size(bare); const ratios = [], fs = [], bs = [];
    for (let r = 0; r < ${rounds}; r++) {
      let f, b;
      if (r % 2) { b = batch(bare, nb); f = batch(fn, nf); } else { f = batch(fn, nf); b = batch(bare, nb); }
      fs.push(f); bs.push(b); ratios.push(f / b);
    }
    return { ratio: med(ratios), lo: q(ratios, 0.25), hi: q(ratios, 0.75), ms: med(fs), bare: med(bs) };
  };
  const warm = pair(detect);
  const fresh = pair(uncached);
  return { warm, fresh, cold, controls: document.querySelectorAll('input, select, textarea, button').length };
})()`;

interface Pair {
  ratio: number;
  lo: number;
  hi: number;
  ms: number;
  bare: number;
}
interface PageCost {
  file: string;
  warm: Pair;
  fresh: Pair;
  cold: number;
  controls: number;
}

async function corpusRatios(bundle: string): Promise<PageCost[]> {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort();
  const step = Math.max(1, Math.floor(files.length / Math.min(PAGES, files.length)));
  const pick = files.filter((_, i) => i % step === 0).slice(0, PAGES);
  const browser = await launch();
  const out: PageCost[] = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const f of pick) {
      const html = stripManual(readFileSync(join(CORPUS, f), 'utf8'));
      await page.unrouteAll();
      await page.route('**/*', (r) =>
        r.request().url() === 'https://bench.test/' ? r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : r.abort(),
      );
      try {
        await page.goto('https://bench.test/', { waitUntil: 'domcontentloaded', timeout: 20_000 });
        await page.evaluate(`(0, eval)(${JSON.stringify(bundle)})`);
        out.push({ file: f, ...((await page.evaluate(RATIO(ROUNDS))) as Omit<PageCost, 'file'>) });
      } catch (e) {
        console.error(`${f}: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}

// The watcher as the content script runs it: no word lists in the page; its questions go out
// of the page and are answered by the background's side (here Node, through exposeFunction).
async function watcherBundle(): Promise<string> {
  const r = await build({
    ...pageAsking(),
    entryPoints: [resolve(ROOT, 'entrypoints/page/watcher.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__rebindWatch',
    minify: true,
    write: false,
    alias: { '@': ROOT },
    logLevel: 'silent',
    footer: { js: 'globalThis.__rebindWatch=__rebindWatch;' },
  });
  return r.outputFiles[0]!.text;
}

// A page of about `nodes` elements: nested sections, text, links, and one phone form at the end.
const SYNTH = (nodes: number) => `(() => {
  const body = document.body; let made = 0; const html = [];
  let i = 0;
  while (made < ${nodes}) {
    // Every tenth block carries a small form, so pages have hundreds of controls.
    const form = i++ % 10 === 0 ? '<div><input name="q" placeholder="Search"><button>Go</button></div>' : '<div><b>x</b><i>y</i></div>';
    html.push('<section><div><h3>Item</h3><p>Some text <a href="#">link</a> <span>note</span></p>' +
      '<ul><li>one</li><li>two</li><li>three 12 34</li></ul>' + form + '</div></section>');
    made += 14;
  }
  html.push('<form><label>Phone number <input type="tel" name="phone"></label><button type="button">Send code</button><button>Sign in</button></form>');
  body.innerHTML = html.join('');
  return document.getElementsByTagName('*').length;
})()`;

const RUN_WATCHER = `new Promise((done) => {
  const W = globalThis.__rebindWatch;
  const longTasks = [];
  const po = new PerformanceObserver((l) => { for (const e of l.getEntries()) longTasks.push(e.duration); });
  po.observe({ type: 'longtask' });
  let longest = 0; let slices = 0; const t0 = performance.now();
  const host = {
    doc: document, url: () => 'https://bench.test/signin',
    setTimeout: (fn, ms) => setTimeout(() => { const a = performance.now(); fn(); const d = performance.now() - a; slices++; if (d > longest) longest = d; }, ms),
    clearTimeout: (id) => clearTimeout(id), now: () => performance.now(), isValid: () => true,
    // The scan resumes in the reply's callback: that slice is timed as well.
    ask: (q) => ({ then: (ok, no) => globalThis.__rebindAsk(q).then((a) => { const t = performance.now(); ok(a); const d = performance.now() - t; slices++; if (d > longest) longest = d; }, no) }),
  };
  W.watch(host, (d) => {
    setTimeout(() => { po.disconnect(); done({ kinds: d.finding.kinds, longest, slices, total: performance.now() - t0, longTasks }); }, 100);
  });
})`;

async function synthetic() {
  const bundle = await watcherBundle();
  const browser = await launch();
  const rows: { nodes: number; longest: number; slices: number; total: number; longTasks: number[]; kinds: string[] }[] = [];
  try {
    for (const n of [5_000, 50_000, 200_000]) {
      const page = await browser.newPage();
      await page.route('**/*', (r) => r.fulfill({ body: '<!doctype html><html><body></body></html>', contentType: 'text/html' }));
      await page.exposeFunction('__rebindAsk', (q: Ask) => answer(q));
      await page.goto('https://bench.test/');
      const nodes = (await page.evaluate(SYNTH(n))) as number;
      await page.evaluate(`(0, eval)(${JSON.stringify(bundle)})`);
      await page.waitForTimeout(300);
      const r = (await page.evaluate(RUN_WATCHER)) as Omit<(typeof rows)[number], 'nodes'>;
      rows.push({ nodes, ...r });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const f = (x: number, d = 2) => x.toFixed(d);

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)] ?? NaN;

async function main() {
  const detector = await bundleDetector();
  const pages = await corpusRatios(detector);
  const synth = process.env.BENCH_CORPUS_ONLY ? [] : await synthetic();
  const contentJs = resolve(ROOT, '.output/chrome-mv3/page.js');
  const size = existsSync(contentJs) ? statSync(contentJs).size : NaN;
  // The slowest pages relative to their bare pass, for whoever tunes the detector next.
  for (const p of [...pages].sort((a, b) => b.warm.ratio - a.warm.ratio).slice(0, 8))
    console.error(`${f(p.warm.ratio)}x ${f(p.warm.ms, 3)} ms ${p.controls} controls ${p.file}`);
  const row = (label: string, xs: number[], unit: string, d = 2, bold = false) => {
    const m = `${f(median(xs), d)}${unit}`;
    return `| ${label} | ${bold ? `**${m}**` : m} | ${f(pct(xs, 0.1), d)}${unit} | ${f(pct(xs, 0.9), d)}${unit} | ${f(Math.max(...xs), d)}${unit} |`;
  };
  // How steady one page's ratio is: the quartiles of its rounds, relative to its median.
  const spread = (k: 'warm' | 'fresh') => f(median(pages.map((p) => (p[k].hi - p[k].lo) / p[k].ratio)) * 100, 0);
  const lines = [
    '## Detector',
    '',
    `Corpus pages: ${pages.length} of ${CORPUS.split('/').pop()} (all of them, scripts off), in-page timing. Per page, ` +
      `${ROUNDS} rounds each time a ~2 ms batch of detector runs and a ~2 ms batch of bare passes back to back ` +
      '(order alternating); the page\'s ratio is the median of its rounds. The bare pass only queries the ' +
      'page\'s form controls (`input, select, textarea, button`) and reads their attributes.',
    '',
    '| measure (per page) | median | p10 | p90 | max |',
    '| --- | --- | --- | --- | --- |',
    row('detector / bare pass, warm (ratio)', pages.map((p) => p.warm.ratio), 'x', 2, true),
    row('detector / bare pass, nothing kept from earlier scans (ratio)', pages.map((p) => p.fresh.ratio), 'x'),
    row('detector, warm (ms)', pages.map((p) => p.warm.ms), '', 3),
    row('bare pass (ms)', pages.map((p) => p.warm.bare), '', 3),
    row('detector, first run in a fresh page (ms)', pages.map((p) => p.cold), ''),
    '',
    `Spread: within a page, the interquartile range of its rounds' ratios is a median ${spread('warm')}% of its ratio ` +
      `(${spread('fresh')}% with nothing kept). Warm is what the watcher's re-runs cost on a page that changed a ` +
      'little; "nothing kept" is a first scan of a page already parsed.',
    ...(synth.length
      ? [
          '',
          'Synthetic pages, real watcher (sliced at 4 ms):',
          '',
          '| elements | longest slice (ms) | slices | detection done after (ms) | long tasks > 50 ms | kinds |',
          '| --- | --- | --- | --- | --- | --- |',
          ...synth.map(
            (s) =>
              `| ${s.nodes.toLocaleString('en')} | **${f(s.longest, 1)}** | ${s.slices} | ${f(s.total, 0)} | ${s.longTasks.length ? s.longTasks.map((d) => f(d, 0)).join(', ') : 'none'} | ${s.kinds.join(', ')} |`,
          ),
        ]
      : []),
    '',
    `Content script bundle (.output/chrome-mv3/page.js): **${f(size / 1000, 1)} kB** ` +
      `(${size.toLocaleString('en')} bytes, ${f(size / 1024, 1)} KiB) minified (target 30 kB).`,
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, Chromium headless.`,
  ];
  console.log(lines.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
