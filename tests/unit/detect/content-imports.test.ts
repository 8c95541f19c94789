// The content script runs on every page: it must not pull in the catalog, the database,
// domain or phone libraries, a UI framework or the messaging library and its polyfill.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const FORBIDDEN = [/^dexie/, /^tldts/, /^libphonenumber-js/, /^preact/, /^@webext-core\/messaging/, /webextension-polyfill/, /utils\/catalog/, /utils\/db/];

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(from), spec) : null;
  if (!base) return null;
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

/** Every module reachable from a file, and every bare package it imports (type-only imports excluded). */
function graph(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const f = stack.pop()!;
    if (files.has(f)) continue;
    files.add(f);
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?from\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      const path = resolveImport(f, spec);
      if (path) stack.push(path);
      else packages.add(spec);
    }
  }
  return { files: [...files].map((f) => f.slice(ROOT.length + 1)), packages: [...packages] };
}

describe('content script imports', () => {
  const entries = readdirSync(join(ROOT, 'entrypoints/page')).map((f) => join(ROOT, 'entrypoints/page', f));

  it.each(entries.map((e) => [e.slice(ROOT.length + 1), e]))('%s reaches no heavy module', (_name, entry) => {
    const { files, packages } = graph(entry);
    for (const re of FORBIDDEN) {
      expect(packages.filter((p) => re.test(p)), `package ${re}`).toEqual([]);
      expect(files.filter((p) => re.test(p)), `module ${re}`).toEqual([]);
    }
  });

  it('finds the detector in the graph (the scan itself works)', () => {
    const { files } = graph(join(ROOT, 'entrypoints/page/index.ts'));
    expect(files).toContain('utils/detect/index.ts');
    expect(files).toContain('utils/detect/lexicon/zh-Hans.ts');
  });
});
