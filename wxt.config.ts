import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { preactWithoutInnerHtml } from './scripts/preact-without-inner-html';
import { words } from './utils/detect/lexicon/source';

// `npm run dev` launches Chromium with the extension: Debian's build where present.
const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// Permissions stay minimal: history and notifications are optional and asked for when used.
export default defineConfig({
  webExt: chromium ? { binaries: { chrome: chromium } } : {},
  modules: ['@wxt-dev/webextension-polyfill'],
  // JSON.parse of the catalog is much faster to start than the same data as a JS literal.
  // Preact without its innerHTML path (web-ext lint clean): scripts/preact-without-inner-html.ts.
  // REBIND_NOMINIFY=1: an unminified build, for CPU profiles with function names (docs/DETECTOR.md).
  vite: () => ({ plugins: [preactWithoutInnerHtml(), preact()], json: { stringify: true }, ...(process.env.REBIND_NOMINIFY ? { build: { minify: false } } : {}) }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // The detector's word lists are built here once (utils/detect/lexicon/build.ts) and
      // defined for the two scripts that hold them (source-built.ts): the background, which
      // answers the content script's questions, and words.js, injected before the guide
      // overlay.
      const lexicon = resolve(import.meta.dirname, 'utils/detect/lexicon');
      const swap = (from: string, to: string) => {
        const source = resolve(lexicon, from);
        config.plugins = [
          ...(config.plugins ?? []),
          { name: 'rebind-words', enforce: 'pre', resolveId: (id, importer) => (importer && resolve(dirname(importer), id) === source ? resolve(lexicon, to) : null) },
        ];
      };
      const name = entrypoints.length === 1 ? entrypoints[0]!.name : '';
      if (name === 'words' || entrypoints.some((e) => e.type === 'background')) {
        config.define = { ...config.define, __REBIND_WORDS__: JSON.stringify(JSON.stringify(words())) };
        swap('source', 'source-built.ts');
      }
      // Scripts that run in web pages (the content script, entrypoints/page, and the guide overlay)
      // ship without webextension-polyfill (MV3 chrome.* returns promises; Firefox has browser.*):
      // see entrypoints/page/send.ts.
      if (!entrypoints.some((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) config.resolve!.alias = alias.filter((a) => a.find !== 'wxt/browser');
      else if (alias) delete (alias as Record<string, string>)['wxt/browser'];
      // The content script holds no word lists at all (lookup-none.ts: it asks the background);
      // the guide overlay reads those words.js put on globalThis (source-page.ts).
      if (name === 'page') swap('lookup', 'lookup-none.ts');
      if (name === 'guide-overlay') swap('source', 'source-page.ts');
    },
  },
  // Store packages: `npm run zip` (Chrome Web Store and Edge Add-ons take the same zip) and
  // `npm run zip:firefox` (the add-on plus the sources addons.mozilla.org asks for: everything a
  // build needs, built as docs/BUILDING.md says; tests, benchmarks and images left out).
  zip: {
    excludeSources: ['tests/**', 'bench/**', 'docs/screenshots/**', 'docs/store/**', 'coverage/**', 'test-results/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting + host access: the guide overlay is injected only into tabs Rebind opened,
    // instead of shipping in the content script every page runs. No `tabs`: the only tab field
    // read is `url`, which host access to http(s) pages already gives (Chromium and Firefox);
    // creating, updating and watching tabs needs no permission.
    permissions: ['storage', 'alarms', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    // The content script (entrypoints/page) is declared here rather than with
    // defineContentScript, so WXT's context runtime does not ship in every page.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['page.js'], run_at: 'document_idle' }],
    optional_permissions: ['history', 'notifications'],
    // The SMS import reads an iPhone sms.db with sql.js: WebAssembly from the extension's own
    // files (public/sql-wasm.wasm), never from the network.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rebind@rebind.local',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
