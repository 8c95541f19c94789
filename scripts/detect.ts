// npm run detect -- [--json] <file or URL> ...
// Runs the detector the content script ships (utils/detect, bundled by esbuild) inside
// headless Chromium and prints one line per page: {"input","kinds","signals","ms"}.
// Also exports the browser helpers the eval and the benchmark share.
import { build, type Plugin } from 'esbuild';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { words } from '../utils/detect/lexicon/source';

export const ROOT = resolve(import.meta.dirname, '..');
export { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

/** An esbuild plugin that resolves one module of utils/detect/lexicon to a stand-in (as wxt.config.ts does). */
function swapLexicon(name: string, from: string, to: string): Plugin {
  const real = resolve(ROOT, 'utils/detect/lexicon', from);
  const stand = resolve(ROOT, 'utils/detect/lexicon', `${to}.ts`);
  const filter = new RegExp(`/${from}$`);
  return { name, setup: (b) => void b.onResolve({ filter }, (args) => (resolve(args.resolveDir, args.path) === real ? { path: stand } : undefined)) };
}

/**
 * The content script's lexicon for an esbuild bundle of page code: no word lists at all
 * (lookup.ts swapped for lookup-none.ts); its scans ask.
 */
export const pageAsking = (): { plugins: Plugin[] } => ({ plugins: [swapLexicon('rebind-page-asking', 'lookup', 'lookup-none')] });

/**
 * The word lists as the guide overlay gets them, for an esbuild bundle of page code: built
 * here once (lexicon/source.ts) and set on globalThis by a banner, with source.ts swapped for
 * source-page.ts, so no page builds them again.
 */
export const pageWords = (): { plugins: Plugin[]; banner: { js: string } } => ({
  plugins: [swapLexicon('rebind-page-words', 'source', 'source-page')],
  banner: { js: `globalThis.__rebindWords=JSON.parse(${JSON.stringify(JSON.stringify(words()))});` },
});

/** utils/detect as one IIFE that sets globalThis.__rebindDetect (with the word lists, pageWords). */
export async function bundleDetector(): Promise<string> {
  const out = await build({
    ...pageWords(),
    entryPoints: [resolve(ROOT, 'utils/detect/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__rebindDetect',
    minify: true,
    write: false,
    target: 'chrome110',
    logLevel: 'silent',
    // The bundle is strict code run by an indirect eval: publish the global explicitly.
    footer: { js: 'globalThis.__rebindDetect=__rebindDetect;' },
  });
  return out.outputFiles[0]!.text;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export interface DetectLine {
  input: string;
  kinds: string[];
  signals: string[];
  masked: string[];
  confidence: number;
  ms: number;
  error?: string;
}

/** Inject the bundle (once per document) and run detectPage on the page as it is now. */
export async function detectIn(page: Page, bundle: string, url?: string): Promise<Omit<DetectLine, 'input'>> {
  return page.evaluate(
    ({ bundle, url }) => {
      const g = globalThis as unknown as { __rebindDetect?: { detectPage: (doc: Document, url: string) => { kinds: string[]; signals: string[]; masked: string[]; confidence: number } } };
      if (!g.__rebindDetect) (0, eval)(bundle);
      const t0 = performance.now();
      const f = g.__rebindDetect!.detectPage(document, url ?? location.href);
      const ms = performance.now() - t0;
      return { kinds: f.kinds, signals: f.signals, masked: f.masked, confidence: f.confidence, ms: Math.round(ms * 100) / 100 };
    },
    { bundle, url },
  );
}

/** Block every request but the page itself: pages load without the network. */
export async function offline(page: Page): Promise<void> {
  await page.route('**/*', (route) =>
    route.request().resourceType() === 'document' && route.request().isNavigationRequest()
      ? route.continue()
      : route.abort(),
  );
}

function toUrl(input: string): string {
  if (/^(https?|file):/.test(input)) return input;
  const path = resolve(input);
  if (!existsSync(path)) throw new Error(`no such file: ${input}`);
  return pathToFileURL(path).href;
}

async function main(argv: string[]): Promise<number> {
  const inputs = argv.filter((a) => a !== '--json');
  if (!inputs.length) {
    console.error('usage: npm run detect -- --json <file or URL> ...');
    return 2;
  }
  const bundle = await bundleDetector();
  const browser = await launch();
  let failed = 0;
  try {
    const context = await browser.newContext();
    for (const input of inputs) {
      const page = await context.newPage();
      try {
        await page.goto(toUrl(input), { waitUntil: 'load', timeout: 30_000 });
        const r = await detectIn(page, bundle);
        console.log(JSON.stringify({ input, ...r }));
      } catch (e) {
        failed++;
        const error = e instanceof Error ? e.message.split('\n')[0] : String(e);
        console.log(JSON.stringify({ input, kinds: [], signals: [], ms: 0, error }));
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
