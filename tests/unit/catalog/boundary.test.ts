// The catalog is large: it belongs to the background and the pages. The content script
// runs on every page the person opens and must never bundle it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const SOURCE = /\.(ts|tsx|js|mjs)$/;

function filesUnder(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const p = path.join(abs, name);
    if (statSync(p).isDirectory()) return filesUnder(path.relative(root, p));
    return SOURCE.test(name) && !/\.test\./.test(name) ? [p] : [];
  });
}

const SPECIFIER = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/') || spec.startsWith('~/')) base = path.join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null; // a package
  for (const cand of [base, ...['.ts', '.tsx', '.js', '.json', '/index.ts', '/index.tsx'].map((x) => base + x)])
    if (existsSync(cand) && statSync(cand).isFile()) return cand;
  return null;
}

/** Every repository file reachable by imports from the start files. */
function reachable(start: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    if (!SOURCE.test(f)) continue;
    for (const m of readFileSync(f, 'utf8').matchAll(SPECIFIER)) {
      const target = resolve(f, (m[1] ?? m[2] ?? m[3])!);
      if (target) queue.push(target);
    }
  }
  return seen;
}

const inCatalog = (files: Set<string>) =>
  [...files].map((f) => path.relative(root, f)).filter((f) => f.startsWith('utils/catalog/'));

describe('content script boundary', () => {
  const start = [...filesUnder('entrypoints/page'), ...filesUnder('utils/detect')];

  it('scans the content script and the detector', () => {
    expect(start.map((f) => path.relative(root, f))).toEqual(
      expect.arrayContaining(['entrypoints/page/index.ts', 'utils/detect/index.ts']),
    );
  });

  it('never reaches utils/catalog, directly or through other modules', () => {
    expect(inCatalog(reachable(start))).toEqual([]);
  });

  it('would notice if it did (the background does import the catalog)', () => {
    expect(inCatalog(reachable([path.join(root, 'entrypoints/background/handlers.ts')]))).toContain(
      'utils/catalog/lookup.ts',
    );
  });
});
