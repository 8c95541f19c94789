// The one checklist: which sites, in what order, with what counts; and every caller agrees.
import { describe, expect, it } from 'vitest';
import { applyQuery, countsFor, indexRows, NO_FILTERS } from '@/components/dashboard/query';
import type { NumberRow, SiteRow } from '@/utils/db/schema';
import { exportList, icsNumbers } from '@/utils/export/source';
import { checklist } from '@/utils/inventory/checklist';
import { impactOf } from '@/utils/inventory/impact';
import { entryForSite } from '@/utils/catalog/lookup';
import { useLocale } from '../i18n';

const row = (site: string, over: Partial<SiteRow> = {}): SiteRow => ({
  site, kinds: ['login-otp'], status: 'todo', strength: 'visited', firstSeen: 0, lastSeen: 0, risk: 41, numberIds: [], ...over,
});
const num = (id: string, country: string): NumberRow => ({
  id, label: id, country, prefix: '', suffix: '', hash: 'x', salt: 's', nsnLength: 10, cancelDate: '2030-01-01', createdAt: 0,
});

// The tricky rows of the issue: proof vs. visits, a checkout, a non-phone password entry,
// sites tied to one number, to the other, and to none.
const ROWS: SiteRow[] = [
  row('bilibili.com', { strength: 'bound-number', kinds: ['bound-number', 'login-otp'], numberIds: ['cn'], risk: 50 }),
  row('taobao.com', { strength: 'visited', kinds: ['login-otp'], risk: 70 }),
  row('jd.com', { strength: 'visited', kinds: ['contact-phone'], risk: 31 }),
  row('alipay.com', { strength: 'signed-in', kinds: ['login-otp'], risk: 140 }),
  row('google.com', { strength: 'imported', kinds: ['recovery-phone', 'mfa-sms'], numberIds: ['us'], risk: 98 }),
  row('github.com', { strength: 'imported', kinds: ['mfa-sms'], risk: 20 }),
  row('wikipedia.org', { strength: 'imported', kinds: [], risk: 0 }),
  row('weibo.com', { strength: 'submitted', kinds: ['login-otp'], numberIds: ['cn'], status: 'changed', risk: 40 }),
  row('paypal.com', { strength: 'imported', kinds: ['mfa-sms'], numberIds: ['us'], risk: 120 }),
];

describe('order: impact, then certainty', () => {
  it('puts what the account protects first, and proof above guesses within it', () => {
    const list = checklist(ROWS);
    expect(list.items.map((i) => [i.row.site, i.impact, i.certainty])).toEqual([
      ['paypal.com', 'money', 'confirmed'],
      ['alipay.com', 'money', 'likely'],
      ['google.com', 'recovery', 'confirmed'],
      ['bilibili.com', 'other', 'confirmed'],
      ['weibo.com', 'other', 'confirmed'],
      // A page merely visited ranks below proof, however risky its kinds.
      ['taobao.com', 'other', 'possible'],
      ['github.com', 'other', 'possible'],
    ]);
    // The checkout and the non-phone password entry are never items: they are "Other sites".
    expect(list.other.map((r) => r.site).sort()).toEqual(['jd.com', 'wikipedia.org']);
  });

  it('knows the recovery roots, by key or by any of the catalog domains', () => {
    expect(impactOf('gmail.com')).toBe('recovery');
    expect(impactOf('wechat.com', entryForSite('wechat.com'))).toBe('recovery');
    expect(impactOf('xiaomi.com', entryForSite('xiaomi.com'))).toBe('recovery');
    expect(impactOf('bilibili.com', entryForSite('bilibili.com'))).toBe('other');
    expect(impactOf('icbc.com.cn', { category: 'banking', domains: ['icbc.com.cn'] })).toBe('money');
  });
});

describe('one number', () => {
  it('holds its sites and those tied to no number yet, never a site tied only to the other', () => {
    const cn = checklist(ROWS, { numberId: 'cn' });
    expect(cn.items.map((i) => [i.row.site, i.numberUnconfirmed])).toEqual([
      ['alipay.com', true], ['bilibili.com', false], ['weibo.com', false], ['taobao.com', true], ['github.com', true],
    ]);
    expect(cn.counts).toEqual({ open: 4, done: 1, total: 5, openSure: 2 });
    const us = checklist(ROWS, { numberId: 'us' });
    expect(us.open.map((i) => i.row.site)).toEqual(['paypal.com', 'alipay.com', 'google.com', 'taobao.com', 'github.com']);
    expect(us.counts).toEqual({ open: 5, done: 0, total: 5, openSure: 3 });
  });
});

describe('every caller gives the same open set and counts', () => {
  useLocale('en');
  const numbers = [num('cn', 'CN'), num('us', 'US')];
  it.each(['', 'cn', 'us'])('number %j', (numberId) => {
    const list = checklist(ROWS, { numberId });
    const open = list.open.map((i) => i.row.site);
    // Exports (Markdown, CSV, printable page): status filter "to do" keeps exactly the open set.
    const exported = exportList(ROWS, numbers, { numberId, statuses: ['todo'] }, 'en');
    expect(exported.items.map((i) => i.site)).toEqual(open);
    expect(exported.counts).toEqual(list.counts);
    // Dashboard: the number's open items, in checklist order, and the same counts.
    const indexed = indexRows(ROWS);
    const dash = applyQuery(indexed, { ...NO_FILTERS, number: numberId, status: 'open' }, numbers);
    expect(dash.map((i) => i.row.site)).toEqual(open);
    expect(countsFor(indexed, numberId)).toEqual(list.counts);
    // Calendar: each number's open count.
    if (numberId) expect(icsNumbers(ROWS, numbers, { numberId })[0]?.openSites).toBe(list.counts.open);
  });
});
