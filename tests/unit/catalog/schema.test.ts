// The curated files' schema: a bad file fails `npm run catalog:build` and names file and field.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/catalog-build';
import { checkCuratedFile, checkCuratedSet } from '../../../utils/catalog/curated-schema';

const good = {
  site: 'example.com',
  domains: ['example.com', 'example.cn'],
  name: { en: 'Example', zh: '示例' },
  category: 'shopping',
  regions: ['cn'],
  kinds: { value: ['login-otp'], status: 'unverified' },
  numbers: [
    {
      web: {
        value: 'https://example.com/account/phone',
        status: 'sourced',
        sources: [{ url: 'https://help.example.com/phone', type: 'official', retrieved: '2026-12-01', title: 'Change your phone' }],
      },
      app: { value: { en: 'Me > Settings > Phone', zh: '我的 > 设置 > 手机号' }, status: 'unverified', typical: true },
      removable: { value: 'replace-only', status: 'unverified' },
      delay: { value: { en: '7 days', zh: '7 天' }, status: 'unverified' },
    },
  ],
  securityUrl: 'https://example.com/security',
  twoStepHelp: 'https://help.example.com/2sv',
  deletion: { url: 'https://example.com/delete', difficulty: 'easy' },
  checked: '2026-12-01',
};
type Json = Record<string, unknown>;
const clone = (): Json => JSON.parse(JSON.stringify(good)) as Json;
const errorsOf = (data: unknown, file = 'example.com.json') => {
  const r = checkCuratedFile(file, data);
  return r.ok ? [] : r.errors;
};

describe('curated file schema', () => {
  it('accepts a well-formed file', () => {
    expect(errorsOf(good)).toEqual([]);
  });

  it.each<[string, (d: Json) => void, RegExp]>([
    ['a sourced fact without sources', (d) => delete (d.numbers as Json[])[0]!.web!['sources' as never], /^example\.com\.json: numbers\[0\]\.web: .*sourced/],
    ['an unverified fact with sources', (d) => ((d.kinds as Json).sources = [{ url: 'https://a.example/', type: 'official', retrieved: '2026-12-01' }]), /^example\.com\.json: kinds: .*sourced/],
    ['an unknown status', (d) => (((d.numbers as Json[])[0]!.removable as Json).status = 'verified'), /numbers\[0\]\.removable\.status: /],
    ['an unknown source type', (d) => (((d.numbers as Json[])[0]!.web as { sources: Json[] }).sources[0]!.type = 'blog'), /numbers\[0\]\.web\.sources\[0\]\.type: /],
    ['a bad retrieved date', (d) => (((d.numbers as Json[])[0]!.web as { sources: Json[] }).sources[0]!.retrieved = '2026-13-01'), /numbers\[0\]\.web\.sources\[0\]\.retrieved: expected a date/],
    ['an http link to open', (d) => (d.securityUrl = 'http://example.com/security'), /securityUrl: expected an https URL/],
    ['a missing Chinese path', (d) => delete ((d.numbers as Json[])[0]!.app as { value: Json }).value.zh, /numbers\[0\]\.app\.value\.zh: /],
    ['an unknown kind', (d) => ((d.kinds as Json).value = ['sms']), /kinds\.value\[0\]: /],
    ['an unknown field (typo)', (d) => (d.securityURL = 'https://example.com/'), /securityURL: /],
    ['a public suffix as a domain', (d) => (d.domains = ['example.com', 'co.no']), /domains\[1\]: .*public suffix/],
    ['domains not starting with the site', (d) => (d.domains = ['example.cn', 'example.com']), /domains: must start with the site/],
    ['a region in upper case', (d) => (d.regions = ['CN']), /regions\[0\]: /],
    ['no number', (d) => (d.numbers = []), /numbers: expected at least one number/],
    ['two numbers, one without a role', (d) => (d.numbers = [...(d.numbers as Json[]), { removable: { value: 'yes', status: 'unverified' } }]), /numbers: each of several numbers needs a "role"/],
    ['typical not true', (d) => (((d.numbers as Json[])[0]!.app as Json).typical = false), /numbers\[0\]\.app\.typical: /],
    ['a host below a domain as notOurs', (d) => (d.notOurs = [{ domain: 'shop.example.org', reason: 'a shop' }]), /notOurs\[0\]\.domain: expected a registrable domain/],
    ['a notOurs domain without a reason', (d) => (d.notOurs = [{ domain: 'example.org', reason: ' ' }]), /notOurs\[0\]\.reason: must not be empty/],
    ['an empty notOurs', (d) => (d.notOurs = []), /notOurs: leave "notOurs" out rather than empty/],
  ])('rejects %s, naming file and field', (_what, spoil, message) => {
    const d = clone();
    spoil(d);
    const errors = errorsOf(d);
    expect(errors.join('\n')).toMatch(message);
  });

  it('accepts group domains that are not the entry, and rejects one that is also in domains', () => {
    expect(errorsOf({ ...clone(), notOurs: [{ domain: 'example.org', reason: 'another company' }] })).toEqual([]);
    expect(errorsOf({ ...clone(), notOurs: [{ domain: 'example.org', reason: 'x' }, { domain: 'example.cn', reason: 'y' }] })).toEqual([
      'example.com.json: notOurs[1].domain: "example.cn" is also in "domains"; a domain is ours or not',
    ]);
  });

  it('rejects a file whose name is not its site', () => {
    expect(errorsOf(good, 'other.com.json')).toEqual(['other.com.json: site: "example.com" does not match the file name']);
  });

  it('rejects a domain claimed by two files, and a file that is not JSON', () => {
    const other = { ...clone(), site: 'example.org', domains: ['example.org', 'example.cn'] };
    const r = checkCuratedSet([
      { file: 'example.com.json', text: JSON.stringify(good) },
      { file: 'example.org.json', text: JSON.stringify(other) },
      { file: 'broken.com.json', text: '{"site": ' },
    ]);
    expect(r.errors).toEqual([
      'example.org.json: domains[1]: "example.cn" is already claimed by example.com.json',
      expect.stringMatching(/^broken\.com\.json: \(file\): not JSON/),
    ]);
  });
});

describe('npm run catalog:build with a bad curated file', () => {
  const build = (dir: string, gen: string, cur: string, data?: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/catalog-build.ts'), gen, cur], {
      cwd: repoRoot,
      env: { ...process.env, REBIND_CURATED_DIR: dir, ...(data ? { REBIND_DATA_DIR: data } : {}) },
      encoding: 'utf8',
    });

  it('fails when a notOurs domain is not in the public-data group, naming file and field', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rebind-curated-'));
    try {
      // The fixture data groups nothing with example.com: there is nothing to keep apart.
      writeFileSync(path.join(dir, 'example.com.json'), JSON.stringify({ ...clone(), notOurs: [{ domain: 'example.org', reason: 'another company' }] }));
      const gen = path.join(dir, 'out-generated.json');
      const cur = path.join(dir, 'out-curated.json');
      const r = build(dir, gen, cur, path.join(repoRoot, 'tests/fixtures/catalog/valid'));
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(
        `bad curated file: example.com.json: notOurs[0].domain: "example.org" is not in this entry's public-data group; nothing to keep apart`,
      );
      expect(existsSync(gen)).toBe(false);
      expect(existsSync(cur)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('fails, names the file and field, and writes nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rebind-curated-'));
    try {
      const bad = clone();
      ((bad.numbers as Json[])[0]!.removable as Json).value = 'maybe';
      writeFileSync(path.join(dir, 'example.com.json'), JSON.stringify(bad));
      const gen = path.join(dir, 'out-generated.json');
      const cur = path.join(dir, 'out-curated.json');
      const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/catalog-build.ts'), gen, cur], {
        cwd: repoRoot,
        env: { ...process.env, REBIND_CURATED_DIR: dir },
        encoding: 'utf8',
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/bad curated file: example\.com\.json: numbers\[0\]\.removable\.value: /);
      expect(existsSync(gen)).toBe(false);
      expect(existsSync(cur)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
