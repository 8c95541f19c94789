// A small catalog for inventory tests, standing in for utils/catalog/lookup.
import type { CatalogEntry } from '@/utils/catalog/types';
import { identify } from '@/utils/catalog/identity';
import { hostnameOf } from '@/utils/url';

const entry = (
  site: string,
  en: string,
  zh: string,
  category: CatalogEntry['category'],
  kinds: CatalogEntry['kinds'],
  domains: string[] = [site],
): CatalogEntry => ({
  site,
  domains,
  name: { en, zh },
  kinds,
  category,
  origin: 'curated',
  source: 'test',
});

export const FAKE_CATALOG: CatalogEntry[] = [
  entry('alipay.com', 'Alipay', '支付宝', 'payment', ['login-otp', 'recovery-phone']),
  entry('bilibili.com', 'Bilibili', '哔哩哔哩', 'entertainment', ['login-otp'], ['bilibili.com', 'b23.tv']),
  entry('github.com', 'GitHub', 'GitHub', 'developer', ['mfa-sms']),
  entry('example-bank.com', 'Example Bank', '示例银行', 'banking', ['mfa-sms', 'recovery-phone']),
  entry('wiki-only.org', 'Wiki', '维基', 'other', []),
];

export function fakeSiteForHost(host: string): string | null {
  const h = hostnameOf(host);
  const d = h ? identify(h)?.key : null;
  if (!d) return null;
  return FAKE_CATALOG.find((e) => e.domains.includes(d))?.site ?? d;
}

export function fakeEntryForSite(site: string): CatalogEntry | undefined {
  return FAKE_CATALOG.find((e) => e.site === site || e.domains.includes(site));
}

export function fakeSearchCatalog(query: string, limit = 20): CatalogEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  return FAKE_CATALOG.filter(
    (e) => e.name.en.toLowerCase().includes(q) || (e.name.zh ?? '').includes(q) || e.site.includes(q),
  ).slice(0, limit);
}

/** The module vi.mock puts in place of utils/catalog/lookup. */
export const fakeLookup = {
  siteForHost: fakeSiteForHost,
  entryForSite: fakeEntryForSite,
  searchCatalog: fakeSearchCatalog,
};
