import { describe, expect, it } from 'vitest';
import { run } from '../../../scripts/catalog-cli';
import { allEntries } from '../../../utils/catalog/lookup';

function call(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('catalog CLI', () => {
  it('lookup --json prints the entry of a known host as JSON', () => {
    const r = call('lookup', 'login.taobao.com', '--json');
    expect(r.code).toBe(0);
    const e = JSON.parse(r.out);
    expect(e.site).toBe('taobao.com');
    expect(e.domains).toContain('tmall.com');
  });

  it('lookup prints each fact with its status and every source of it', () => {
    const entry = allEntries().find((e) => e.numbers?.some((n) => n.web?.sources?.length || n.app?.sources?.length));
    expect(entry).toBeDefined();
    const r = call('lookup', `www.${entry!.site}`);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`www.${entry!.site} -> ${entry!.site}`);
    for (const n of entry!.numbers!) {
      for (const f of [n.web, n.app, n.removable, n.delay, n.lostNumber]) {
        if (!f) continue;
        for (const s of f.sources ?? []) expect(r.out).toContain(`source: ${s.type}, retrieved ${s.retrieved}: ${s.url}`);
      }
    }
    expect(r.out).toMatch(/status: sourced/);
    // an unverified fact says it has no source
    const unverified = call('lookup', '1688.com');
    expect(unverified.out).toMatch(/app \(typical path\): Me > Settings[^\n]*\n\s+status: unverified\n\s+source: none/);
  });

  it('lookup names the site a tenant host speaks for, not the platform', () => {
    const r = call('lookup', 'sjsu.okta.com');
    expect(r.out).toMatch(/^sjsu\.okta\.com -> sjsu\.edu/);
  });

  it('lookup of an unknown host exits 1 with a message on stderr', () => {
    const r = call('lookup', 'never-heard-of-it.example.org');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/not in the catalog/);
  });

  it('stats prints the counts, by status', () => {
    const r = call('stats');
    const s = JSON.parse(r.out);
    expect(s.sites).toBe(s.curated + s.generated);
    expect(s.sourced + s.unverified).toBe(s.curated);
    const sourced = allEntries().filter((e) =>
      e.numbers?.some((n) => n.web?.status === 'sourced' || n.app?.status === 'sourced'),
    ).length;
    expect(s.sourced).toBe(sourced);
    expect(s.facts.sourced).toBeGreaterThanOrEqual(s.sourced);
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
