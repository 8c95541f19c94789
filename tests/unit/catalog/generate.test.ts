import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromDir, curatedDir, defaultOutFile, readCurated, repoRoot } from '../../../scripts/catalog-build';
import { generate, SOURCE_FILES, type Sources } from '../../../utils/catalog/generate';
import type { GeneratedFile } from '../../../utils/catalog/types';

const fixtures = path.join(repoRoot, 'tests/fixtures/catalog');
const realData = path.resolve(repoRoot, '../shared/data');
const read = (dir: string): Sources =>
  Object.fromEntries(
    Object.entries(SOURCE_FILES).map(([k, rel]) => [k, JSON.parse(readFileSync(path.join(dir, rel), 'utf8'))]),
  ) as Sources;
const sites = (json: string) => (JSON.parse(json) as GeneratedFile).sites;

describe('catalog generator on well-formed data', () => {
  const { json, problems } = buildFromDir(path.join(fixtures, 'valid'));
  const bySite = new Map(sites(json).map((s) => [s.site, s]));

  it('turns an SMS entry into a phone site with its documentation, category and region', () => {
    expect(problems).toEqual([]);
    const bank = bySite.get('alphabank.com');
    expect(bank).toMatchObject({
      name: 'Alpha Bank',
      kinds: ['mfa-sms'],
      category: 'banking',
      regions: ['us'],
      twoStepHelp: 'https://help.alphabank.com/2fa',
      securityUrl: 'https://www.alphabank.com/security',
    });
    // additional-domains and Apple's from/to both join the same account
    expect(bank?.domains).toEqual(['alphabank.co.uk', 'oldbank.com']);
    expect(bySite.get('calltest.de')?.kinds).toEqual(['mfa-sms']);
  });

  it('keeps a site without phone methods for its category only', () => {
    const quiet = bySite.get('quietdev.io');
    expect(quiet?.kinds).toBeUndefined();
    expect(quiet?.category).toBe('developer');
    expect(quiet?.twoStepHelp).toBeUndefined();
  });

  it('groups shared credentials and brand country domains, attaches deletion and settings pages', () => {
    const shop = bySite.get('shopone.com');
    expect(shop?.domains).toEqual(['shopone.de', 'shopone.fr']);
    expect(shop?.securityUrl).toBe('https://login.shopone.com/password');
    expect(shop?.deletion).toEqual({ url: 'https://shopone.com/account/delete', difficulty: 'easy' });
    // JustDeleteMe lists unrelated platforms' domains too: those are never grouped
    expect(bySite.has('unrelated-forum.net')).toBe(false);
  });

  it('never copies free-text notes', () => {
    expect(json).not.toContain('FREE TEXT NOTE');
    expect(json).not.toContain('"notes"');
  });

  it('is deterministic: same bytes twice, and whatever the order of the input', () => {
    const src = read(path.join(fixtures, 'valid'));
    const reversed: Sources = {
      ...src,
      tfa: Object.fromEntries(Object.entries(src.tfa as object).reverse()),
      jdm: [...(src.jdm as unknown[])].reverse(),
      shared: [...(src.shared as unknown[])].reverse(),
    };
    const a = generate(src).file;
    const b = generate(reversed).file;
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(buildFromDir(path.join(fixtures, 'valid')).json).toBe(json);
  });
});

describe('catalog generator on bad input', () => {
  it('reports each malformed record with its file and reason, and keeps the good ones', () => {
    const { json, problems } = buildFromDir(path.join(fixtures, 'malformed'));
    const said = problems.map((p) => `${p.file} | ${p.record} | ${p.reason}`);
    expect(said).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^twofactorauth\/entries\.json \| entries\/t\/two\.json \| expected one named entry/),
        expect.stringMatching(/^twofactorauth\/entries\.json \| entries\/b\/badhost\.json \| bad domain/),
        expect.stringMatching(/^twofactorauth\/entries\.json \| entries\/n\/nocats\.json \| categories/),
        expect.stringMatching(/change-password-URLs\.json \| insecure\.com \| URL is not https/),
        expect.stringMatching(/shared-credentials\.json \| #2 \| expected/),
        expect.stringMatching(/shared-credentials\.json \| #3 \| expected/),
        expect.stringMatching(/^justdeleteme\/sites\.json \| NoDomains \| missing name or valid first domain/),
        expect.stringMatching(/^justdeleteme\/sites\.json \| Weird \| unknown difficulty "trivial"/),
      ]),
    );
    expect(problems).toHaveLength(8);
    const names = sites(json).map((s) => s.site);
    expect(names).toEqual(['alphabank.com', 'calltest.de', 'quietdev.io', 'shopone.com']);
  });

  it('fails, naming the file, when a source is missing entirely', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rebind-catalog-'));
    try {
      cpSync(path.join(fixtures, 'valid'), dir, { recursive: true });
      rmSync(path.join(dir, SOURCE_FILES.jdm));
      expect(() => buildFromDir(dir)).toThrow(/catalog source missing: .*justdeleteme\/sites\.json/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('catalog generator on the real public data', () => {
  // ../shared/data is the documented build input; without it the fixture stands in.
  const dir = existsSync(realData) ? realData : path.join(fixtures, 'valid');

  // Two full builds of the real data: seconds on a loaded machine.
  it('writes the same bytes twice', () => {
    expect(buildFromDir(dir).json).toBe(buildFromDir(dir).json);
  }, 60_000);

  it('matches the committed generated.json when the data is present', () => {
    const built = buildFromDir(dir, readCurated(curatedDir).sites).json;
    const committed = readFileSync(defaultOutFile, 'utf8');
    if (dir === realData) expect(built).toBe(committed);
    else expect(sites(committed).length).toBeGreaterThan(sites(built).length);
  }, 60_000);
});
