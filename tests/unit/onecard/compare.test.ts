import { describe, expect, it } from 'vitest';
import { entryForSite } from '@/utils/catalog/lookup';
import type { SiteRow } from '@/utils/db/schema';
import { checklist } from '@/utils/inventory/checklist';
import { nameKey } from '@/utils/inventory/name-key';
import { compareOneCard } from '@/utils/onecard/compare';
import type { Status } from '@/utils/types';

const PARTNERS = ['wechat.com', 'qq.com', 'taobao.com', 'alipay.com', 'baidu.com'];

function row(site: string, numberIds: string[] = ['n1'], status: Status = 'todo'): SiteRow {
  return {
    site,
    kinds: ['login-otp'],
    status,
    strength: 'manual',
    firstSeen: 1,
    lastSeen: 1,
    risk: 1,
    numberIds,
  } as SiteRow;
}

const compare = (n: number, rows: SiteRow[], numberId = 'n1') =>
  compareOneCard(n, PARTNERS, checklist(rows, { numberId }), entryForSite);

describe('compareOneCard', () => {
  it('counts the partner apps in the number’s list and names the rest, in partner order', () => {
    const c = compare(9, [row('alipay.com'), row('wechat.com'), row('github.com')]);
    expect(c).toEqual({ reported: 9, listed: ['wechat.com', 'alipay.com'], missing: ['qq.com', 'taobao.com', 'baidu.com'], gap: 7 });
  });

  it('never reports a negative gap when the list has more than the count', () => {
    const c = compare(1, [row('wechat.com'), row('qq.com'), row('taobao.com')]);
    expect(c.gap).toBe(0);
    expect(c.listed).toHaveLength(3);
  });

  it('leaves out sites tied only to another number and sites marked not mine; keeps changed and unnumbered ones', () => {
    const c = compare(4, [
      row('wechat.com', ['n2']),
      row('qq.com', ['n1'], 'not-mine'),
      row('taobao.com', ['n1'], 'changed'),
      row('alipay.com', []),
    ]);
    expect(c.listed).toEqual(['taobao.com', 'alipay.com']);
    expect(c.missing).toEqual(['wechat.com', 'qq.com', 'baidu.com']);
    expect(c.gap).toBe(2);
  });

  it('finds an app the person added by its name (app:<name> key) in either language', () => {
    const zh = nameKey(entryForSite('wechat.com')!.name.zh!)!;
    // The catalog calls it "Taobao & Tmall"; a person adds "Taobao".
    const en = nameKey('Taobao')!;
    // As addAppByName writes them: no kinds, evidence manual (the checklist lists them as likely).
    const rows = [{ ...row(zh), kinds: [] }, { ...row(en), kinds: [] }] as SiteRow[];
    // "Baidu (Search, Netdisk, Tieba)" in the catalog; "百度" added by name.
    rows.push({ ...row(nameKey('百度')!), kinds: [] } as SiteRow);
    const c = compare(4, rows);
    expect(c.listed).toEqual(['wechat.com', 'taobao.com', 'baidu.com']);
    expect(c.gap).toBe(1);
  });

  it('a zero count has no gap', () => {
    expect(compare(0, [])).toMatchObject({ listed: [], gap: 0, missing: PARTNERS });
  });
});
