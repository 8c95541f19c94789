// What an account protects, the first key of the checklist's order (docs/CHECKLIST.md):
// money first, then the accounts that recover other accounts, then everything else.
import type { CatalogEntry, Category } from '../catalog/types';

export const IMPACTS = ['money', 'recovery', 'other'] as const;
export type Impact = (typeof IMPACTS)[number];

export const impactRank = (i: Impact): number => IMPACTS.indexOf(i);

const MONEY: readonly Category[] = ['payment', 'banking', 'crypto'];

/**
 * Recovery roots: accounts whose takeover opens other accounts (their sign-in or password reset
 * goes through them). Every e-mail service is one (category `email`); these are the others:
 * Apple, Google, Microsoft, WeChat and QQ, Alipay, and the phone makers' accounts (which back up
 * the phone and find it). Matched against a site's key and its catalog domains.
 */
export const RECOVERY_ROOTS: ReadonlySet<string> = new Set([
  'apple.com',
  'icloud.com',
  'google.com',
  'gmail.com',
  'microsoft.com',
  'live.com',
  'outlook.com',
  'wechat.com',
  'weixin.qq.com',
  'qq.com',
  'alipay.com',
  'xiaomi.com',
  'mi.com',
  'huawei.com',
  'hihonor.com',
  'honor.com',
  'oppo.com',
  'heytap.com',
  'vivo.com',
  'vivo.com.cn',
  'samsung.com',
  'oneplus.com',
  'meizu.com',
]);

export function impactOf(site: string, entry?: Pick<CatalogEntry, 'category' | 'domains'>): Impact {
  if (entry && MONEY.includes(entry.category)) return 'money';
  if (entry?.category === 'email') return 'recovery';
  if (RECOVERY_ROOTS.has(site) || entry?.domains.some((d) => RECOVERY_ROOTS.has(d))) return 'recovery';
  return 'other';
}
