import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/utils/db';
import { guideHint, markChangedFromPage } from '@/utils/guide/background';
import { GUIDE_TTL_MS, guideTabs, rememberGuideTab } from '@/utils/guide/tabs';

const now = 1_700_000_000_000;
const sender = (over: Partial<{ site: string | null; tabId: number; frameId: number }> = {}) => ({
  site: 'example.com', tabId: 7, frameId: 0, ...over,
});

beforeEach(async () => {
  await getDb().sites.clear();
  await getDb().sites.put({
    site: 'example.com', kinds: ['login-otp'], status: 'todo', strength: 'bound-number',
    firstSeen: now, lastSeen: now, risk: 41, numberIds: [], masked: ['138*5678'],
  });
});

describe('guide hint and mark-changed from the page', () => {
  it('answers only a tab Rebind opened, for that same site, while fresh', async () => {
    await rememberGuideTab(7, 'example.com', ['138*5678'], now);
    expect(await guideHint(sender(), now + 1000)).toEqual({ site: 'example.com', knownMasked: ['138*5678'] });
    expect(await guideHint(sender({ site: 'evil.example' }), now)).toBeNull();
    expect(await guideHint(sender({ tabId: 8 }), now)).toBeNull();
    expect(await guideHint(sender({ frameId: 3 }), now)).toBeNull();
    expect(await guideHint(sender({ site: null }), now)).toBeNull();
    expect(await guideHint(sender(), now + GUIDE_TTL_MS + 1)).toBeNull();
  });

  it('marks the site changed once, then forgets the tab', async () => {
    await rememberGuideTab(7, 'example.com', [], now);
    expect(await markChangedFromPage(sender(), now + 10)).toBe(true);
    const row = await getDb().sites.get('example.com');
    expect(row?.status).toBe('changed');
    expect(row?.statusAt).toBeGreaterThan(0);
    expect((await guideTabs.getValue())['7']).toBeUndefined();
  });

  it('a page in a tab Rebind did not open cannot change anything', async () => {
    expect(await markChangedFromPage(sender(), now)).toBe(false);
    await rememberGuideTab(7, 'other.com', [], now);
    expect(await markChangedFromPage(sender(), now)).toBe(false);
    expect((await getDb().sites.get('example.com'))?.status).toBe('todo');
  });
});
