import { describe, expect, it } from 'vitest';
import data from '../../../data/one-card-check.json';
import { entryForSite } from '@/utils/catalog/lookup';
import { ONE_CARD, oneCardApplies } from '@/utils/onecard/facts';
import { checkOneCardFacts, type OneCardFacts } from '@/utils/onecard/schema';

const copy = () => structuredClone(data) as OneCardFacts;

describe('One-Card Check facts (data/one-card-check.json)', () => {
  it('pass the schema, and every partner app is a catalog site key', () => {
    expect(checkOneCardFacts(data, entryForSite)).toEqual([]);
    for (const a of ONE_CARD.apps) expect(entryForSite(a.site)?.site).toBe(a.site);
  });

  it('every fact has a source of a known type, and what was not found is said', () => {
    for (const f of [ONE_CARD.what, ONE_CARD.ask, ONE_CARD.reply, ONE_CARD.coverage, ...ONE_CARD.apps]) {
      expect(f.sources.length).toBeGreaterThan(0);
      for (const s of f.sources) expect(['official', 'official-mirror', 'third-party']).toContain(s.type);
    }
    expect(ONE_CARD.coverage.published).toBe(false);
    expect(ONE_CARD.notFound.length).toBeGreaterThan(0);
  });

  it('names the field at fault in a broken copy', () => {
    const noSources = copy();
    noSources.reply.sources = [];
    expect(checkOneCardFacts(noSources, entryForSite)).toEqual(['reply.sources: a fact needs at least one source']);

    const badUrl = copy();
    badUrl.apps[0]!.sources[0]!.url = 'ftp://example.com/x';
    expect(checkOneCardFacts(badUrl, entryForSite).join()).toMatch(/^apps\.0\.sources\.0\.url: /);

    const badType = copy();
    badType.what.sources[0]!.type = 'blog' as never;
    expect(checkOneCardFacts(badType, entryForSite).join()).toMatch(/^what\.sources\.0\.type: /);

    const notCatalog = copy();
    notCatalog.apps[1]!.site = 'weixin.qq.com';
    expect(checkOneCardFacts(notCatalog, entryForSite)).toEqual(['apps.1.site: "weixin.qq.com" is not a catalog site key']);

    const twice = copy();
    twice.apps[2]!.site = twice.apps[0]!.site;
    expect(checkOneCardFacts(twice, entryForSite)).toEqual([`apps.2.site: "${data.apps[0]!.site}" is listed twice`]);

    const tooMany = copy();
    tooMany.coverage.apps = 3;
    expect(checkOneCardFacts(tooMany, entryForSite)).toEqual(['apps: more apps than the coverage says']);
  });

  it('applies to Chinese numbers only, by the country stored with the number', () => {
    expect(oneCardApplies({ country: 'CN' })).toBe(true);
    expect(oneCardApplies({ country: 'HK' })).toBe(false);
    expect(oneCardApplies({ country: 'US' })).toBe(false);
  });
});
