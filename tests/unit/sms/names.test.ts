import { describe, expect, it } from 'vitest';
import signatures from '../../../data/sms/signatures.json';
import { siteForHost } from '@/utils/catalog/lookup';
import { normalizeName, resolveName, signatureCount } from '@/utils/sms/names';

describe('signature map (data/sms/signatures.json)', () => {
  it('holds at least 300 signatures and sender names', () => {
    expect(signatureCount()).toBeGreaterThanOrEqual(300);
  });

  it('maps every name to a registrable domain, written lower case once', () => {
    const bad = Object.entries(signatures.names).filter(([, d]) => !siteForHost(d) || d !== d.toLowerCase());
    expect(bad).toEqual([]);
    const keys = Object.keys(signatures.names).map(normalizeName);
    expect(keys.length - new Set(keys).size).toBe(0);
    for (const c of signatures.context) for (const [re, d] of c.rules as [string, string][]) {
      expect(() => new RegExp(re)).not.toThrow();
      expect(siteForHost(d)).toBeTruthy();
    }
  });

  it('resolves the names the issue names', () => {
    expect(resolveName('铁路客服', '')).toEqual({ site: '12306.cn' });
    expect(resolveName('网易邮箱', '')).toEqual({ site: '163.com' });
    expect(resolveName('腾讯科技', '你正在登录微信')).toEqual({ site: 'wechat.com' });
    expect(resolveName('腾讯科技', '你的qq验证码')).toEqual({ site: 'qq.com' });
    expect(resolveName('腾讯科技', '验证码123456')).toEqual({ unresolved: '腾讯科技' });
  });

  it('reads full-width, case and suffix variants, and the catalog names', () => {
    expect(resolveName('ＧＯＯＧＬＥ', '')).toEqual({ site: 'google.com' });
    expect(resolveName('Bilibili account', '')).toEqual({ site: 'bilibili.com' });
    expect(resolveName('华为帐号', '')).toEqual({ site: 'huawei.com' });
    expect(resolveName('verification', '')).toEqual({ generic: true });
    expect(resolveName('Quux Widgets', '')).toEqual({ unresolved: 'Quux Widgets' });
  });
});
