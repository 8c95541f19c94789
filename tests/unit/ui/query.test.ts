import { describe, expect, it } from 'vitest';
import { applyQuery, indexRows, NO_FILTERS } from '@/components/dashboard/query';
import type { SiteRow } from '@/utils/db';
import { useLocale } from '../i18n';

const row = (site: string, over: Partial<SiteRow> = {}): SiteRow => ({
  site, kinds: ['login-otp'], status: 'todo', strength: 'visited', firstSeen: 0, lastSeen: 0, risk: 0, numberIds: [], ...over,
});

describe('dashboard query', () => {
  useLocale('en');
  const rows = indexRows([
    row('alpha.com', { risk: 10, lastSeen: 3, numberIds: ['n2'] }),
    row('beta.com', { risk: 120, lastSeen: 1, status: 'changed', kinds: ['mfa-sms'] }),
    row('gamma.org', { risk: 50, lastSeen: 2, numberIds: ['n1'], name: 'Gamma Club' }),
  ]);
  const numbers = [
    { id: 'n1', label: 'A phone' }, { id: 'n2', label: 'B phone' },
  ] as never[];
  const sites = (f: Partial<typeof NO_FILTERS>) => applyQuery(rows, { ...NO_FILTERS, ...f }, numbers).map((i) => i.row.site);

  it.each([
    [{}, ['beta.com', 'gamma.org', 'alpha.com']],
    [{ text: 'club' }, ['gamma.org']],
    [{ text: 'ALPHA' }, ['alpha.com']],
    [{ status: 'open' }, ['gamma.org', 'alpha.com']],
    [{ status: 'done' }, ['beta.com']],
    [{ tier: 'critical' as const }, ['beta.com']],
    [{ kind: 'mfa-sms' as const }, ['beta.com']],
    [{ number: 'none' }, ['beta.com']],
    [{ number: 'n1' }, ['gamma.org']],
    [{ sort: 'lastSeen' as const }, ['alpha.com', 'gamma.org', 'beta.com']],
    [{ sort: 'status' as const }, ['gamma.org', 'alpha.com', 'beta.com']],
    [{ sort: 'number' as const }, ['gamma.org', 'alpha.com', 'beta.com']],
    [{ sort: 'name' as const }, ['alpha.com', 'beta.com', 'gamma.org']],
  ])('%j', (f, expected) => {
    expect(sites(f)).toEqual(expected);
  });
});
