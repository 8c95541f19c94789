// The build ships Preact without its innerHTML path (web-ext lint: 0 warnings), Preact still
// renders, the disabled path refuses loudly, and Rebind's own code never asks for raw HTML.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFUSAL, withoutInnerHtml } from '../../../scripts/preact-without-inner-html';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const PREACT_DIST = ['preact.module.js', 'preact.mjs'].map((f) => join(ROOT, 'node_modules', 'preact', 'dist', f));
const ASSIGNS_INNER_HTML = /\.innerHTML\s*=(?!=)/;

/** The transformed Preact as a module of its own, loaded like any other. */
async function transformedPreact(): Promise<typeof import('preact')> {
  // Inside the project (Vitest loads modules from its own root), in the cache folder npm ignores.
  const dir = join(ROOT, 'node_modules', '.cache', 'rebind-test');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `preact-${process.pid}.mjs`);
  writeFileSync(file, withoutInnerHtml(readFileSync(PREACT_DIST[1]!, 'utf8')));
  return import(/* @vite-ignore */ file);
}

describe('Preact without innerHTML', () => {
  it.each(PREACT_DIST)('leaves no innerHTML assignment in %s', (file) => {
    const before = readFileSync(file, 'utf8');
    expect(before).toMatch(ASSIGNS_INNER_HTML);
    expect(withoutInnerHtml(before)).not.toMatch(ASSIGNS_INNER_HTML);
  });

  it('still renders elements, text, attributes and events', async () => {
    const { h, render } = await transformedPreact();
    const root = document.createElement('div');
    let clicks = 0;
    render(h('p', { title: 'a <b>' }, 'hello <i>world</i>', h('button', { onClick: () => clicks++ }, 'go')), root);
    expect(root.querySelector('p')?.getAttribute('title')).toBe('a <b>');
    expect(root.querySelector('p')?.firstChild?.textContent).toBe('hello <i>world</i>');
    expect(root.querySelector('i')).toBeNull();
    root.querySelector('button')!.click();
    expect(clicks).toBe(1);
    // Re-render with other children: the diff keeps working.
    render(h('p', null, 'again'), root);
    expect(root.textContent).toBe('again');
  });

  it('refuses dangerouslySetInnerHTML instead of parsing the HTML', async () => {
    const { h, render } = await transformedPreact();
    const root = document.createElement('div');
    expect(() => render(h('div', { dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' } }), root)).toThrow(REFUSAL);
    expect(root.querySelector('img')).toBeNull();
  });

  it('fails the build with a clear message when Preact no longer has the expected code', () => {
    expect(() => withoutInnerHtml('export const x = 1;', 'preact.mjs')).toThrow(/preact\.mjs: expected one innerHTML render/);
  });
});

describe("Rebind's own code", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return files(full);
      return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
    });
  const shipped = ['components', 'entrypoints', 'utils'].flatMap((d) => files(join(ROOT, d)));

  it('has source files to check', () => {
    expect(shipped.length).toBeGreaterThan(50);
  });

  it.each(['dangerouslySetInnerHTML', 'insertAdjacentHTML', 'outerHTML ='])('never uses %s', (word) => {
    expect(shipped.filter((f) => readFileSync(f, 'utf8').includes(word))).toEqual([]);
  });

  it('never assigns innerHTML', () => {
    expect(shipped.filter((f) => ASSIGNS_INNER_HTML.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
