import { describe, expect, it } from 'vitest';
import { escapeMarkdown, exportMarkdown } from '@/utils/export/markdown';
import { ctxEn, ctxZh, item } from './helpers';

describe('Markdown checklist', () => {
  const items = [
    item({ site: 'alipay.com', name: '支付宝', tier: 'critical', risk: 140, kinds: ['login-otp', 'recovery-phone'],
      where: { app: '我的 > 设置 > 账号与安全 > 手机号', appFirst: true } }),
    item({ site: 'github.com', name: 'GitHub', tier: 'medium', risk: 20.1, kinds: ['mfa-sms'], status: 'changed',
      where: { url: 'https://github.com/settings/security' }, numbers: ['Work'] }),
    item({ site: 'shop.example', tier: 'low', risk: 1.1, kinds: ['contact-phone'], status: 'not-mine' }),
  ];

  it('groups items by risk tier, riskiest first, with open and done boxes', () => {
    const md = exportMarkdown(items, ctxEn);
    const critical = md.indexOf('## Critical (1)');
    const medium = md.indexOf('## Medium risk (1)');
    const low = md.indexOf('## Low risk (1)');
    expect(critical).toBeGreaterThan(0);
    expect(critical).toBeLessThan(medium);
    expect(medium).toBeLessThan(low);
    expect(md).not.toContain('## High risk');
    expect(md).toContain('- [ ] **支付宝** (alipay.com)');
    expect(md).toContain('- [x] **GitHub** (github.com)');
    expect(md).toContain('- [x] **shop.example**');
    expect(md).toContain('2 of 3 sites done.');
  });

  it('says what the number is for, where to change it, and the status, in plain words', () => {
    const md = exportMarkdown(items, ctxEn);
    expect(md).toContain('Uses the number for: sign-in by SMS code, account recovery');
    expect(md).toContain('Where to change it: In the app: 我的 \\> 设置 \\> 账号与安全 \\> 手机号');
    expect(md).toContain('Where to change it: <https://github.com/settings/security>');
    expect(md).toContain('Status: Changed to a new number');
    expect(md).toContain('Number: Work');
  });

  it('is written in the person’s language', () => {
    const md = exportMarkdown(items, ctxZh);
    expect(md).toContain('# Rebind 换绑清单');
    expect(md).toContain('## 极高风险 (1)');
    expect(md).toContain('手机号用途: 短信验证码登录');
    expect(md).toContain('状态: 已换绑新号码');
    expect(md).not.toMatch(/export_|kind_/);
  });

  it('keeps page-derived text literal: no HTML, no links, no new list items', () => {
    const evil = item({
      site: 'evil.example',
      name: '<script>alert(1)</script> [click](javascript:alert(1))\n- [x] **fake** # head',
      note: '<img src=x onerror=alert(1)>',
      where: { url: 'javascript:alert(1)', app: '`code` *bold* _it_' },
    });
    const md = exportMarkdown([evil], ctxEn);
    expect(md).not.toMatch(/(^|[^\\])<(script|img|\/script)/);
    expect(md).toContain('\\<script\\>alert\\(1\\)\\</script\\>');
    expect(md).toContain('\\[click\\]\\(javascript:alert\\(1\\)\\)');
    expect(md).not.toContain('<javascript:');
    // The fake item stays on the real item's line.
    expect(md.split('\n').filter((l) => l.startsWith('- ['))).toHaveLength(1);
    expect(md).toContain('\\`code\\` \\*bold\\* \\_it\\_');
  });

  it('escapes every CommonMark-significant character', () => {
    expect(escapeMarkdown('a*b_c[d](e)<f>`g`\\h|i~j!k&l#m+n"o$p{q}')).toBe(
      'a\\*b\\_c\\[d\\]\\(e\\)\\<f\\>\\`g\\`\\\\h\\|i\\~j\\!k\\&l\\#m\\+n\\"o\\$p\\{q\\}',
    );
  });

  it('says so when nothing matches', () => {
    expect(exportMarkdown([], ctxEn)).toContain('No site matches the chosen filters.');
  });
});
