import { describe, expect, it } from 'vitest';
import { run } from '../../../scripts/catalog-cli';

function call(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('catalog CLI', () => {
  it('lookup prints the entry of a known host as JSON', () => {
    const r = call('lookup', 'login.taobao.com');
    expect(r.code).toBe(0);
    const e = JSON.parse(r.out);
    expect(e.site).toBe('taobao.com');
    expect(e.domains).toContain('tmall.com');
  });

  it('lookup of an unknown host exits 1 with a message on stderr', () => {
    const r = call('lookup', 'never-heard-of-it.example.org');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/not in the catalog/);
  });

  it('stats prints the counts', () => {
    const r = call('stats');
    const s = JSON.parse(r.out);
    expect(s.sites).toBe(s.curated + s.generated);
    expect(s.withPhoneUse).toBeGreaterThanOrEqual(1000);
    expect(s.byKind['mfa-sms']).toBeGreaterThan(0);
    expect(s.byRegion.cn).toBeGreaterThanOrEqual(80);
    expect(s.withAppPath).toBeGreaterThan(0);
  });

  it('explains its usage when called wrongly', () => {
    const r = call('frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/usage/);
  });
});
