// Firefox harness: Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core, with the
// Firefox package installed (the zip `npm run zip:firefox` makes for addons.mozilla.org), every hostname served by the fixture server (used as Firefox's
// HTTP proxy: Firefox has no host-resolver rules), and helpers for the extension's own pages.
//
// Why the chrome scope: BiDi will neither navigate to nor run script in moz-extension:// pages
// (extension contexts are skipped until Bug 1755014). With system access allowed
// (--remote-allow-system-access) BiDi can evaluate in the browser window itself
// ("moz:scope": "chrome"); from there the harness opens extension pages in ordinary tabs and runs
// test code in them through a sandbox with the page's own principal. Extension pages then need
// to live in the parent process (extensions.webextensions.remote = false) so their documents are
// reachable from the window; the extension's code is the same either way.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startServer, type FixtureServer } from '../e2e/server';
import { readTableInPage, type TableName } from '../shared/read-table';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ROOT = resolve(import.meta.dirname, '..', '..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** What users get: the store package (its manifest version is package.json's). */
export const EXTENSION_ZIP = join(ROOT, '.output', `rebind-${VERSION}-firefox.zip`);
/** The gecko id from wxt.config.ts, and a fixed UUID for its moz-extension:// origin. */
export const EXTENSION_ID = 'rebind@rebind.local';
export const EXTENSION_UUID = '4f1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** What BiDi's script.evaluate answers (the part the harness reads). */
interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

export interface Firefox {
  browser: Browser;
  server: FixtureServer;
  /** Downloads land here (Firefox saves without asking). */
  downloads: string;
  /** A web page in a new tab. */
  newPage(): Promise<Page>;
  /** Opens an extension page (e.g. 'options.html') in a new tab; returns its handle. */
  openExtensionPage(path: string): Promise<number>;
  /**
   * Runs `fn(arg)` inside an extension page opened by openExtensionPage (its DOM, its
   * IndexedDB, its browser.* API) and returns the JSON-able result, like Playwright's evaluate.
   */
  inPage<A, R>(handle: number, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** All rows of a table of the extension's IndexedDB, read through an extension page. */
  readTable<T = Record<string, unknown>>(table: TableName): Promise<T[]>;
  close(): Promise<void>;
}

/** Code run in the browser window (chrome scope); `arg` is passed as JSON, the result comes back as JSON. */
async function inChrome<R>(connection: BidiConnection, context: string, body: string, arg: unknown): Promise<R> {
  const expression = `(async (arg) => { ${body} })(${JSON.stringify(arg)}).then((r) => JSON.stringify(r ?? null))`;
  const { result } = (await connection.send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
  })) as { result: EvaluateResult };
  if (result.type !== 'success') throw new Error(`Firefox (chrome scope): ${result.exceptionDetails?.text ?? 'failed'}`);
  return JSON.parse(String(result.result?.value)) as R;
}

// Runs in the browser window: open a tab on an extension page and wait until it has loaded.
const OPEN_TAB = `
  const tabs = (window.__rebindTabs ??= new Map());
  const tab = gBrowser.addTab(arg.url, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
  gBrowser.selectedTab = tab;
  const handle = tabs.size + 1;
  tabs.set(handle, tab);
  const deadline = Date.now() + 30000;
  for (;;) {
    const doc = tab.linkedBrowser.contentDocument;
    if (doc && doc.documentURI === arg.url && doc.readyState === 'complete') return handle;
    if (Date.now() > deadline) throw new Error('extension page did not load: ' + arg.url + ' (remote browser: ' + tab.linkedBrowser.isRemoteBrowser + ')');
    await new Promise((r) => setTimeout(r, 50));
  }`;

// Runs in the browser window: evaluate a function in an extension page's own context. The
// sandbox carries the page's principal and sees its window, so the page's CSP (no eval) and
// chrome's Xray wrappers stay out of the way.
const IN_PAGE = `
  const tab = window.__rebindTabs?.get(arg.handle);
  if (!tab) throw new Error('no extension page ' + arg.handle);
  gBrowser.selectedTab = tab;
  const win = tab.linkedBrowser.contentWindow;
  const sandbox = Cu.Sandbox(win.document.nodePrincipal, { sandboxPrototype: win, wantXrays: false });
  const out = await Cu.evalInSandbox('Promise.resolve((' + arg.fn + ')(' + arg.arg + ')).then((r) => JSON.stringify(r === undefined ? null : r))', sandbox);
  return JSON.parse(out);`;

export async function launchFirefox(): Promise<Firefox> {
  const server = await startServer();
  const downloads = mkdtempSync(join(tmpdir(), 'rebind-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
      'extensions.webextensions.remote': false,
      // Every host through the fixture server, localhost included; no upgrade of http:// pages.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'intl.locale.requested': 'en-US',
      // manifest.json (the reader page) as plain text under the extension's origin.
      'devtools.jsonview.enabled': false,
    },
  });
  try {
    await browser.installExtension(EXTENSION_ZIP);
  } catch (e) {
    await browser.close();
    throw e;
  }
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
    result: { contexts: { context: string; url: string }[] };
  };
  const windowContext = tree.result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')?.context;
  if (!windowContext) throw new Error('no browser window in the chrome scope (is system access allowed?)');

  let reader: number | undefined;
  const ff: Firefox = {
    browser,
    server,
    downloads,
    newPage: () => browser.newPage(),
    openExtensionPage: (path) => inChrome<number>(connection, windowContext, OPEN_TAB, { url: `${EXTENSION_ORIGIN}/${path}` }),
    inPage: <A, R>(handle: number, fn: (arg: A) => R | Promise<R>, arg?: A) =>
      inChrome<R>(connection, windowContext, IN_PAGE, { handle, fn: fn.toString(), arg: JSON.stringify(arg ?? null) }),
    async readTable<T>(table: string) {
      // A blank extension resource page: same origin as the database, no UI of its own.
      reader ??= await ff.openExtensionPage('manifest.json');
      return ff.inPage<string, T[]>(reader, readTableInPage as (name: string) => Promise<T[]>, table);
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
  return ff;
}
