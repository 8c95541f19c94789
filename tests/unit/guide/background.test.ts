import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/utils/db';
import { changedFromPage, confirmUrl, guideHint, guideOffer } from '@/utils/guide/background';
import { GUIDE_TTL_MS, rememberGuideTab } from '@/utils/guide/tabs';

const now = 1_700_000_000_000;
const ORIGIN = 'https://account.example.com';
const sender = (over: Partial<{ origin: string | null; tabId: number; frameId: number }> = {}) => ({
  origin: ORIGIN, tabId: 7, frameId: 0, ...over,
});

beforeEach(async () => {
  await getDb().sites.clear();
  await getDb().sites.put({
    site: 'example.com', kinds: ['login-otp'], status: 'todo', strength: 'bound-number',
    firstSeen: now, lastSeen: now, risk: 41, numberIds: [], masked: ['138*5678'],
  });
});

describe('guide hint, offer and mark-changed from the page', () => {
  it('answers only the tab Rebind opened, on the exact origin it opened, while fresh', async () => {
    await rememberGuideTab(7, 'example.com', `${ORIGIN}/security?x=1`, ['138*5678'], now);
    expect(await guideHint(sender(), now + 1000)).toEqual({ site: 'example.com', knownMasked: ['138*5678'] });
    // Another host of the same site, another scheme, another site, tab or frame, too late.
    expect(await guideHint(sender({ origin: 'https://forum.example.com' }), now)).toBeNull();
    expect(await guideHint(sender({ origin: 'http://account.example.com' }), now)).toBeNull();
    expect(await guideHint(sender({ origin: 'https://evil.example' }), now)).toBeNull();
    expect(await guideHint(sender({ tabId: 8 }), now)).toBeNull();
    expect(await guideHint(sender({ frameId: 3 }), now)).toBeNull();
    expect(await guideHint(sender({ origin: null }), now)).toBeNull();
    expect(await guideHint(sender(), now + GUIDE_TTL_MS + 1)).toBeNull();
  });

  it('gives one "different number" offer per guide session; after it, no digits are handed out', async () => {
    await rememberGuideTab(7, 'example.com', ORIGIN, ['138*5678'], now);
    expect(await guideOffer(sender(), now)).toBe(true);
    expect(await guideOffer(sender(), now)).toBe(false);
    expect(await guideHint(sender(), now)).toEqual({ site: 'example.com', knownMasked: [] });
  });

  it('two reloads asking at the same moment still get one offer', async () => {
    await rememberGuideTab(7, 'example.com', ORIGIN, ['138*5678'], now);
    const answers = await Promise.all([guideOffer(sender(), now), guideOffer(sender(), now), guideOffer(sender(), now)]);
    expect(answers.filter(Boolean)).toHaveLength(1);
  });

  it('"mark changed" changes no status: it names the site to confirm in the dashboard, only after the offer', async () => {
    await rememberGuideTab(7, 'example.com', ORIGIN, ['138*5678'], now);
    expect(await changedFromPage(sender(), now)).toBeNull();
    await guideOffer(sender(), now);
    expect(await changedFromPage(sender(), now + 10)).toBe('example.com');
    expect((await getDb().sites.get('example.com'))?.status).toBe('todo');
    expect(confirmUrl('chrome-extension://x/options.html', 'example.com')).toBe(
      'chrome-extension://x/options.html?confirm-changed=example.com#sites',
    );
  });

  it('a page in a tab Rebind did not open, or on another origin, gets nothing to confirm', async () => {
    expect(await changedFromPage(sender(), now)).toBeNull();
    await rememberGuideTab(7, 'example.com', 'https://www.example.com/', [], now);
    expect(await guideOffer(sender(), now)).toBe(false);
    expect(await changedFromPage(sender(), now)).toBeNull();
  });
});
