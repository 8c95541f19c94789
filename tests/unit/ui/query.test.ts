import { describe, expect, it } from 'vitest';
import { applyQuery, indexRows, NO_FILTERS } from '@/components/dashboard/query';
import type { SiteRow } from '@/utils/db';
import { useLocale } from '../i18n';

const row = (site: string, over: Partial<SiteRow> = {}): SiteRow => ({
  site, kinds: ['login-otp'], status: 'todo', strength: 'signed-in', firstSeen: 0, lastSeen: 0, risk: 0, numberIds: [], ...over,
});

describe('dashboard query', () => {
  const rows = (lang: 'en' | 'zh') => {
    useLocale(lang);
    return indexRows([
      row('alpha.com', { risk: 10, lastSeen: 3, numberIds: ['n2'] }),
      row('beta.com', { risk: 120, lastSeen: 1, status: 'changed', kinds: ['mfa-sms'], strength: 'visited' }),
      row('gamma.org', { risk: 50, lastSeen: 2, numberIds: ['n1'], name: 'Gamma Club' }),
      row('alipay.com', { risk: 140, lastSeen: 4, strength: 'bound-number', kinds: ['bound-number'] }),
      row('shop.example', { kinds: ['contact-phone'], strength: 'visited' }),
    ]);
  };
  const numbers = [
    { id: 'n1', label: 'A phone' }, { id: 'n2', label: 'B phone' },
  ] as never[];
  const sites = (f: Partial<typeof NO_FILTERS>, lang: 'en' | 'zh' = 'en') =>
    applyQuery(rows(lang), { ...NO_FILTERS, ...f }, numbers).map((i) => i.row.site);

  it.each([
    [{}, ['alipay.com', 'gamma.org', 'alpha.com', 'beta.com']],
    [{ text: 'club' }, ['gamma.org']],
    [{ text: 'ALPHA' }, ['alpha.com']],
    [{ status: 'open' }, ['alipay.com', 'gamma.org', 'alpha.com']],
    [{ status: 'done' }, ['beta.com']],
    [{ certainty: 'possible' as const }, ['beta.com']],
    [{ certainty: 'not-phone' as const }, ['shop.example']],
    [{ kind: 'mfa-sms' as const }, ['beta.com']],
    [{ number: 'n1' }, ['alipay.com', 'gamma.org', 'beta.com']],
    [{ sort: 'lastSeen' as const }, ['alipay.com', 'alpha.com', 'gamma.org', 'beta.com']],
    [{ sort: 'status' as const }, ['alipay.com', 'gamma.org', 'alpha.com', 'beta.com']],
    [{ sort: 'name' as const }, ['alipay.com', 'alpha.com', 'beta.com', 'gamma.org']],
  ])('%j', (f, expected) => {
    expect(sites(f)).toEqual(expected);
  });

  it.each(['en', 'zh'] as const)('search finds English and Chinese names and the domain in the %s UI', (lang) => {
    expect(sites({ text: '支付宝' }, lang)).toEqual(['alipay.com']);
    expect(sites({ text: 'Alipay' }, lang)).toEqual(['alipay.com']);
    expect(sites({ text: 'alipay.cn' }, lang)).toEqual(['alipay.com']);
  });
});
