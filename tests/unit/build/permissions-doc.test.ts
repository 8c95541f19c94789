// docs/PERMISSIONS.md explains every permission and host pattern the manifest asks for, and
// nothing else: when someone changes the manifest in wxt.config.ts, this page must follow.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const DOC = readFileSync(resolve(ROOT, 'docs/PERMISSIONS.md'), 'utf8');

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
}

async function manifestFor(browser: 'chrome' | 'firefox'): Promise<Manifest> {
  const m = config.manifest;
  if (typeof m !== 'function') throw new Error('wxt.config.ts: manifest is expected to be a function of the browser');
  return (await m({ browser, manifestVersion: 3, mode: 'production', command: 'build' } as never)) as Manifest;
}

/** The `code` names in the first cell of each row of the table under a heading. */
function namesUnder(heading: string): string[] {
  const section = DOC.split(/^## /m).find((s) => s.startsWith(heading)) ?? '';
  return section
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .flatMap((l) => [...(l.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

describe('docs/PERMISSIONS.md', () => {
  it.each(['chrome', 'firefox'] as const)('lists exactly what the %s manifest asks for at install', async (browser) => {
    const m = await manifestFor(browser);
    const asked = new Set([...(m.permissions ?? []), ...(m.host_permissions ?? []), ...(m.content_scripts ?? []).flatMap((c) => c.matches)]);
    expect(new Set(namesUnder('Asked for at install'))).toEqual(asked);
  });

  it.each(['chrome', 'firefox'] as const)('lists exactly the optional permissions of the %s manifest', async (browser) => {
    const m = await manifestFor(browser);
    expect(new Set(namesUnder('Asked for when you use the feature'))).toEqual(new Set(m.optional_permissions ?? []));
  });

  it('matches the Chrome Web Store justifications in docs/store/en.md', async () => {
    const m = await manifestFor('chrome');
    const listing = readFileSync(resolve(ROOT, 'docs/store/en.md'), 'utf8');
    const section = listing.split(/^## /m).find((s) => s.startsWith('Chrome Web Store')) ?? '';
    const named = [...section.matchAll(/^- ([a-z]+(?: [a-z]+)?)(?: \([^)]*\))?: /gm)].map((x) => x[1]);
    const expected = [...(m.permissions ?? []), ...(m.host_permissions?.length ? ['host permissions'] : []), ...(m.optional_permissions ?? [])];
    expect(new Set(named)).toEqual(new Set(expected));
  });

  it('says why and when for every row', () => {
    const rows = DOC.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const cells = row.split('|').slice(1, -1).map((c) => c.trim());
      expect(cells, row).toHaveLength(3);
      expect(cells.slice(1).every((c) => c.length > 10), row).toBe(true);
    }
  });
});
