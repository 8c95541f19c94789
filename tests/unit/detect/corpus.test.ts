// The development corpus (tests/fixtures/detect-corpus, labels.json): every labelled page in
// every language gets the labelled answer, "ties a phone to an account" or not. The full
// per-language scores, in Chromium, are in docs/DETECTOR.md (npm run eval:detector).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage } from '@/utils/detect';
import { ACCOUNT_KINDS } from '@/utils/types';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'detect-corpus');
const labels = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as Record<string, { lang: string; account: boolean; pattern: string }>;

function load(file: string): Document {
  const html = readFileSync(join(DIR, file), 'utf8');
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.write(html);
  return document;
}

describe('development corpus', () => {
  it('covers at least 20 languages and both answers', () => {
    const langs = new Set(Object.values(labels).map((l) => l.lang));
    expect(langs.size).toBeGreaterThanOrEqual(20);
    expect(Object.values(labels).some((l) => l.account)).toBe(true);
    expect(Object.values(labels).some((l) => !l.account)).toBe(true);
  });

  it.each(Object.entries(labels))('%s (%s)', (file, { account }) => {
    const f = detectPage(load(file), `https://corpus.test/${file.replace(/\W/g, '')}/`);
    const found = f.kinds.some((k) => ACCOUNT_KINDS.includes(k));
    expect(found, `kinds ${f.kinds.join()} signals ${f.signals.join()}`).toBe(account);
  });
});
