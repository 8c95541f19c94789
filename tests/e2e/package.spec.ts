// The Chrome / Edge store package (`npm run zip`, made by `npm run test:e2e` before the tests):
// it holds exactly the build, carries package.json's version, ships no innerHTML assignment,
// and, unpacked, works in Chromium: a phone sign-in page shows up in its popup.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { EXTENSION_DIR, expect, launchExtension, test } from './fixtures';

const ROOT = resolve(import.meta.dirname, '..', '..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const ZIP = join(ROOT, '.output', `rebind-${VERSION}-chrome.zip`);

function filesUnder(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [relative(dir, join(d, n))]));
  return walk(dir).sort();
}

test('the Chrome/Edge zip is the build, versioned from package.json, and installs', async ({ server }) => {
  const dir = mkdtempSync(join(tmpdir(), 'rebind-zip-'));
  try {
    execFileSync('unzip', ['-q', ZIP, '-d', dir]);
    expect(filesUnder(dir)).toEqual(filesUnder(EXTENSION_DIR));
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string; manifest_version: number };
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(VERSION);
    const scripts = filesUnder(dir).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    expect(scripts.filter((f) => /\.innerHTML\s*=(?!=)/.test(readFileSync(join(dir, f), 'utf8')))).toEqual([]);

    const { context, cleanup } = await launchExtension(dir, server.port);
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 45_000 }));
      const id = new URL(worker.url()).host;
      const page = await context.newPage();
      await page.goto('http://passport.bilibili.com/login');
      const popup = await context.newPage();
      await expect
        .poll(async () => {
          await popup.goto(`chrome-extension://${id}/popup.html`);
          return popup.locator('.checklist [data-site="bilibili.com"]').count();
        }, { timeout: 20_000 })
        .toBe(1);
    } finally {
      await context.close();
      cleanup();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
