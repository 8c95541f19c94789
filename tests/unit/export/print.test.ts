import { describe, expect, it } from 'vitest';
import { PRINT_CSS, paperCss, printHtml, printParts } from '@/utils/export/print';
import { ctxEn, ctxZh, item, list } from './helpers';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('printable page', () => {
  const evil = item({
    site: 'evil.example',
    name: '<script>window.pwned=1</script><img src=x onerror="alert(1)">',
    note: '"><b>bold</b>',
    numbers: ['<i>n</i>'],
    where: { url: 'javascript:alert(1)', app: '<svg onload=alert(1)>' },
  });

  it('escapes every page-derived value: no element or link comes from the data', () => {
    const doc = parse(printHtml(list([evil]), ctxEn));
    expect(doc.querySelectorAll('script, img, svg, b, i')).toHaveLength(0);
    expect(doc.querySelector('a')).toBeNull();
    const row = doc.querySelector('tr[data-site="evil.example"]')!;
    expect(row.textContent).toContain('<script>window.pwned=1</script>');
    expect(row.textContent).toContain('"><b>bold</b>');
    expect(row.textContent).toContain('<svg onload=alert(1)>');
  });

  it('lists sites by impact with how sure, their uses, where to change and status, in the person’s language', () => {
    const items = list([
      item({ site: 'icbc.com.cn', name: '中国工商银行', impact: 'money', certainty: 'confirmed', where: { url: 'https://icbc.com.cn/sec' } }),
      item({ site: 'github.com', name: 'GitHub', impact: 'other', kinds: ['mfa-sms'], status: 'changed' }),
    ]);
    const doc = parse(printHtml(items, ctxZh));
    expect(doc.documentElement.lang).toBe('zh-CN');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['资金：支付、银行、加密货币 (1)', '其他账号 (1)']);
    const bank = doc.querySelector('tr[data-site="icbc.com.cn"]')!;
    expect(bank.textContent).toContain('中国工商银行');
    expect(bank.querySelector('.certainty')?.textContent).toBe('已确认');
    expect(bank.textContent).toContain('你的号码用于：短信验证码登录');
    expect(doc.querySelector('tr[data-site="github.com"]')?.textContent).toContain('可用手机号于：短信两步验证');
    expect(bank.querySelector('a')?.getAttribute('href')).toBe('https://icbc.com.cn/sec');
    expect(bank.textContent).toContain('待处理');
    expect(doc.querySelector('tr[data-site="github.com"] .box')?.textContent).toBe('✓');
    expect(doc.querySelector('p.meta')?.textContent).toBe('已完成 1 / 2 · 还剩 1 个');
  });

  it('prints on A4 and Letter: margins, unsplit rows, repeated headers, a chosen paper size', () => {
    expect(PRINT_CSS).toMatch(/@page\s*\{\s*margin:\s*12mm/);
    expect(PRINT_CSS).toMatch(/tr\s*\{[^}]*break-inside:\s*avoid/);
    expect(PRINT_CSS).toMatch(/thead\s*\{[^}]*table-header-group/);
    // 186 mm fits inside both papers' widths less 2 x 12 mm margins (210 and 216 mm).
    expect(PRINT_CSS).toContain('max-width: 186mm');
    expect(paperCss('A4')).toBe('@page { size: A4; }');
    expect(paperCss('letter')).toBe('@page { size: letter; }');
    expect(paperCss('auto')).toBe('');
    expect(printHtml(list([]), ctxEn, 'letter')).toContain('@page { size: letter; }');
  });

  it('puts the in-app path first for app-only services', () => {
    const app = item({ site: 'weixin.qq.com', where: { app: 'Me > Settings', appFirst: true, url: 'https://weixin.qq.com/' } });
    const web = item({ site: 'jd.com', where: { app: 'My > Settings', url: 'https://jd.com/sec' } });
    const doc = parse(printHtml(list([app, web]), ctxEn));
    const cell = (site: string) => doc.querySelector(`tr[data-site="${site}"] td:nth-child(4)`)!;
    expect(cell('weixin.qq.com').firstElementChild?.className).toBe('app');
    expect(cell('jd.com').firstElementChild?.tagName).toBe('A');
  });

  it('has a title and an empty-state line', () => {
    const p = printParts(list([]), ctxEn);
    expect(p.title).toBe('Rebind checklist: change your phone number (2025-03-01)');
    expect(parse(printHtml(list([]), ctxEn)).body.textContent).toContain('No site matches the chosen filters.');
  });
});
