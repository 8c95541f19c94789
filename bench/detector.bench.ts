// Detector cost, in Chromium. Prints a Markdown section (node scripts/bench.mjs detector).
// 1. Corpus pages: detector time against a bare pass that only queries the same page's form
//    controls and reads their attributes (median of per-page ratios, warm runs).
// 2. Synthetic pages of 5k/50k/200k nodes: the real watcher (entrypoints/content/watcher.ts)
//    runs the sliced detector; the longest slice and any long task are recorded.
// 3. Size of the built content script.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleDetector, launch, ROOT } from '../scripts/detect';
import { CORPUS, stripManual } from '../scripts/eval-detector';

const PAGES = Number(process.env.BENCH_PAGES ?? 120);

// Runs in the page (a string, so no bundler helpers leak in).
const RATIO = `(() => {
  const D = globalThis.__rebindDetect;
  const bare = () => { let n = 0; for (const el of document.querySelectorAll('input, select, textarea, button')) for (const a of el.attributes) n += a.value.length; return n; };
  const time = (fn) => { fn(); fn(); let runs = 0; const t0 = performance.now(); let t = t0;
    while (t - t0 < 30 || runs < 5) { fn(); runs++; t = performance.now(); } return (t - t0) / runs; };
  const t0 = performance.now(); D.detectPage(document, location.href); const cold = performance.now() - t0;
  const detector = time(() => D.detectPage(document, location.href));
  const uncached = time(() => { D.forgetScans(); D.detectPage(document, location.href); });
  return { detector, uncached, bare: time(bare), cold };
})()`;

async function corpusRatios(bundle: string) {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort();
  const step = Math.max(1, Math.floor(files.length / PAGES));
  const pick = files.filter((_, i) => i % step === 0).slice(0, PAGES);
  const browser = await launch();
  const out: { ratio: number; ratioUncached: number; detector: number; uncached: number; bare: number; cold: number }[] = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const f of pick) {
      const html = stripManual(readFileSync(join(CORPUS, f), 'utf8'));
      await page.unrouteAll();
      await page.route('**/*', (r) =>
        r.request().url() === 'https://bench.test/' ? r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : r.abort(),
      );
      await page.goto('https://bench.test/', { waitUntil: 'domcontentloaded' });
      await page.evaluate(`(0, eval)(${JSON.stringify(bundle)})`);
      const r = (await page.evaluate(RATIO)) as { detector: number; uncached: number; bare: number; cold: number };
      out.push({ ...r, ratio: r.detector / Math.max(r.bare, 0.001), ratioUncached: r.uncached / Math.max(r.bare, 0.001) });
    }
  } finally {
    await browser.close();
  }
  return out;
}

async function watcherBundle(): Promise<string> {
  const r = await build({
    entryPoints: [resolve(ROOT, 'entrypoints/content/watcher.ts')],
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

async function main() {
  const detector = await bundleDetector();
  const ratios = await corpusRatios(detector);
  const synth = await synthetic();
  const contentJs = resolve(ROOT, '.output/chrome-mv3/content-scripts/content.js');
  const size = existsSync(contentJs) ? statSync(contentJs).size : NaN;
  const lines = [
    '## Detector',
    '',
    `Corpus pages: ${ratios.length} of ${CORPUS.split('/').pop()} (scripts off), warm runs, in-page timing.`,
    '',
    '| measure | median | p90 | max |',
    '| --- | --- | --- | --- |',
    `| detector / bare pass (ratio) | **${f(median(ratios.map((r) => r.ratio)))}x** | ${f(ratios.map((r) => r.ratio).sort((a, b) => a - b)[Math.floor(ratios.length * 0.9)] ?? NaN)}x | ${f(Math.max(...ratios.map((r) => r.ratio)))}x |`,
    `| detector / bare pass, nothing kept from earlier scans (ratio) | ${f(median(ratios.map((r) => r.ratioUncached)))}x | ${f(ratios.map((r) => r.ratioUncached).sort((a, b) => a - b)[Math.floor(ratios.length * 0.9)] ?? NaN)}x | ${f(Math.max(...ratios.map((r) => r.ratioUncached)))}x |`,
    `| detector, warm (ms) | ${f(median(ratios.map((r) => r.detector)), 3)} | | ${f(Math.max(...ratios.map((r) => r.detector)), 3)} |`,
    `| bare pass (ms) | ${f(median(ratios.map((r) => r.bare)), 3)} | | ${f(Math.max(...ratios.map((r) => r.bare)), 3)} |`,
    `| detector, first run in a fresh page (ms) | ${f(median(ratios.map((r) => r.cold)))} | | ${f(Math.max(...ratios.map((r) => r.cold)))} |`,
    '',
    'Synthetic pages, real watcher (sliced at 4 ms):',
    '',
    '| elements | longest slice (ms) | slices | detection done after (ms) | long tasks > 50 ms | kinds |',
    '| --- | --- | --- | --- | --- | --- |',
    ...synth.map(
      (s) =>
        `| ${s.nodes.toLocaleString('en')} | **${f(s.longest, 1)}** | ${s.slices} | ${f(s.total, 0)} | ${s.longTasks.length ? s.longTasks.map((d) => f(d, 0)).join(', ') : 'none'} | ${s.kinds.join(', ')} |`,
    ),
    '',
    `Content script bundle (.output/chrome-mv3/content-scripts/content.js): **${f(size / 1024, 1)} kB** minified (target 30 kB).`,
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, Chromium headless.`,
  ];
  console.log(lines.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
