import { describe, expect, it } from 'vitest';
import { escapeMarkdown, exportMarkdown } from '@/utils/export/markdown';
import { ctxEn, ctxZh, item, list } from './helpers';

describe('Markdown checklist', () => {
  const items = list([
    item({ site: 'alipay.com', name: '支付宝 & Alipay', impact: 'money', certainty: 'confirmed', kinds: ['login-otp', 'recovery-phone'],
      where: { app: '我的 > 设置 > 账号与安全 > 手机号', appFirst: true } }),
    item({ site: 'github.com', name: 'GitHub', impact: 'other', certainty: 'likely', kinds: ['mfa-sms'], status: 'changed',
      where: { url: 'https://github.com/settings/security' }, numbers: ['Work'] }),
    item({ site: 'shop.example', name: 'Shop (gear)', impact: 'other', certainty: 'possible', kinds: ['login-otp'],
      status: 'not-mine', numberUnconfirmed: true }),
  ]);

  it('groups items by what the account protects, in checklist order, with open and done boxes', () => {
    const md = exportMarkdown(items, ctxEn);
    const money = md.indexOf('## Money: payment, banking, crypto (1)');
    const other = md.indexOf('## Other accounts (2)');
    expect(money).toBeGreaterThan(0);
    expect(money).toBeLessThan(other);
    expect(md).not.toContain('## Recovery keys');
    expect(md).toContain('- [ ] **支付宝 & Alipay** (alipay.com)');
    expect(md).toContain('- [x] **GitHub** (github.com)');
    expect(md).toContain('- [x] **Shop (gear)** (shop.example)');
    expect(md.indexOf('GitHub')).toBeLessThan(md.indexOf('Shop (gear)'));
    expect(md).toContain('2 of 3 done · 1 left');
  });

  it('words follow certainty: evidence "uses your number", the catalog "can use a number"', () => {
    const md = exportMarkdown(items, ctxEn);
    expect(md).toContain('  - Confirmed\n  - Uses your number for: sign-in by SMS code, account recovery');
    expect(md).toContain('  - Likely\n  - Can use a number for: SMS two-step verification');
    expect(md).toContain('  - Possible · number not confirmed');
    expect(md).toContain('Where to change it: In the app: 我的 \\> 设置 \\> 账号与安全 \\> 手机号');
    expect(md).toContain('Where to change it: <https://github.com/settings/security>');
    expect(md).toContain('Status: Changed to a new number');
    expect(md).toContain('Number: Work');
  });

  it('is written in the person’s language, with Chinese punctuation', () => {
    const md = exportMarkdown(items, ctxZh);
    expect(md).toContain('# Rebind 换绑清单');
    expect(md).toContain('## 资金：支付、银行、加密货币 (1)');
    expect(md).toContain('你的号码用于：短信验证码登录、找回账号');
    expect(md).toContain('状态：已换成新号码');
    expect(md).toContain('已完成 2 / 3 · 还剩 1 个');
    expect(md).not.toMatch(/export_|kind_|cl_|ui_/);
    expect(md).not.toMatch(/[\u4e00-\u9fff]: /);
  });

  it('keeps page-derived text literal: no HTML, no links, no new list items', () => {
    const evil = item({
      site: 'evil.example',
      name: '<script>alert(1)</script> [click](javascript:alert(1))\n- [x] **fake** # head',
      note: '<img src=x onerror=alert(1)>',
      where: { url: 'javascript:alert(1)', app: '`code` *bold* _it_' },
    });
    const md = exportMarkdown(list([evil]), ctxEn);
    expect(md).not.toMatch(/(^|[^\\])<(script|img|\/script)/);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('\\[click\\](javascript:alert(1))');
    expect(md).not.toContain('<javascript:');
    // The fake item stays on the real item's line.
    expect(md.split('\n').filter((l) => l.startsWith('- ['))).toHaveLength(1);
    expect(md).toContain('\\`code\\` \\*bold\\* \\_it\\_');
  });

  it('escapes what starts markup inside a line, and nothing else', () => {
    expect(escapeMarkdown('a*b_c[d](e)<f>`g`\\h|i~j')).toBe('a\\*b\\_c\\[d\\](e)\\<f\\>\\`g\\`\\\\h\\|i\\~j');
    expect(escapeMarkdown('Taobao & Tmall, Settings (gear)! #1 + "q" $5 {x}')).toBe(
      'Taobao & Tmall, Settings (gear)! #1 + "q" $5 {x}',
    );
    // An entity would be decoded: its "&" is escaped.
    expect(escapeMarkdown('&lt;b&gt; &#60;')).toBe('\\&lt;b\\&gt; \\&#60;');
  });

  it('says so when nothing matches', () => {
    expect(exportMarkdown(list([]), ctxEn)).toContain('No site matches the chosen filters.');
  });
});
