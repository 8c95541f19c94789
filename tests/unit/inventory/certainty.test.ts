// The certainty model: proof before guesses (DESIGN.md, docs/CHECKLIST.md).
import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '@/utils/catalog/types';
import type { SiteRow } from '@/utils/db/schema';
import { certaintyOf, rowCertainty, type EvidenceSummary } from '@/utils/inventory/certainty';
import { mergeRow } from '@/utils/inventory/merge';

const sum = (o: Partial<EvidenceSummary>): EvidenceSummary => ({ strength: 'visited', kinds: [], numberIds: [], ...o });
const phoneSignIn: Pick<CatalogEntry, 'kinds'> = { kinds: ['login-otp', 'recovery-phone'] };
const smsTwoFactorOnly: Pick<CatalogEntry, 'kinds'> = { kinds: ['mfa-sms'] };
const noPhone: Pick<CatalogEntry, 'kinds'> = { kinds: [] };

describe('certainty of a site', () => {
  it.each([
    // confirmed: the number itself was seen or used there
    ['the settings page showed a masked number', sum({ strength: 'bound-number', kinds: ['bound-number'] }), undefined, 'confirmed'],
    ['a sign-in submitted with a registered number', sum({ strength: 'submitted', kinds: ['login-phone'], numberIds: ['n1'] }), undefined, 'confirmed'],
    ['a password-manager login that is the number', sum({ strength: 'imported', kinds: ['login-phone'], numberIds: ['n1'] }), noPhone, 'confirmed'],
    ['a masked number that fits two registered numbers', sum({ strength: 'signed-in', kinds: ['mfa-sms'], numberAmbiguous: true }), undefined, 'confirmed'],
    ['codes received at the number (SMS import)', sum({ strength: 'imported', kinds: [], provenBy: ['sms'] }), undefined, 'confirmed'],
    // likely: an account proven where a phone is the way in
    ['signed in on a site whose sign-in uses a phone', sum({ strength: 'signed-in', kinds: ['mfa-sms'] }), phoneSignIn, 'likely'],
    ['a sign-in form submitted (value not a registered number)', sum({ strength: 'submitted', kinds: ['login-otp'] }), undefined, 'likely'],
    ['a password-manager entry for a site that requires a phone', sum({ strength: 'imported', kinds: ['login-otp', 'recovery-phone'] }), phoneSignIn, 'likely'],
    ['added by hand, even an app the catalog does not know', sum({ strength: 'manual', kinds: [] }), undefined, 'likely'],
    // possible: a visit, or only the catalog
    ['an SMS sign-in page merely visited', sum({ strength: 'visited', kinds: ['login-otp'] }), phoneSignIn, 'possible'],
    ['a history match of a phone site', sum({ strength: 'visited', kinds: ['login-otp', 'recovery-phone'] }), phoneSignIn, 'possible'],
    ['a password-manager entry where a phone is only an optional 2FA', sum({ strength: 'imported', kinds: ['mfa-sms'] }), smsTwoFactorOnly, 'possible'],
    // not a phone account
    ['a checkout that asked a delivery phone', sum({ strength: 'visited', kinds: ['contact-phone'] }), phoneSignIn, 'not-phone'],
    ['a password-manager entry for a site with no phone use', sum({ strength: 'imported', kinds: [] }), noPhone, 'not-phone'],
    ['a password-manager entry for a site the catalog does not know', sum({ strength: 'imported', kinds: [] }), undefined, 'not-phone'],
    ['a contact phone that is one of your numbers', sum({ strength: 'signed-in', kinds: ['contact-phone'], numberIds: ['n1'] }), undefined, 'not-phone'],
  ] as const)('%s: %s', (_what, summary, entry, expected) => {
    expect(certaintyOf(summary, entry)).toBe(expected);
  });

  it('is stored by the merge, and a confirmation stays when weaker evidence follows', () => {
    const at = 1_700_000_000_000;
    const shown = mergeRow(undefined, {
      site: 'example-shop.com', at, source: 'page', strength: 'bound-number', kinds: ['bound-number'],
      url: 'https://example-shop.com/account/security', masked: ['138*5678'], signals: ['page-settings', 'masked-number'],
    });
    expect(shown.certainty).toBe('confirmed');
    const later = mergeRow(shown, { site: 'example-shop.com', at: at + 1, source: 'page', strength: 'visited', kinds: ['login-otp'] });
    expect(later.certainty).toBe('confirmed');
    const sms = mergeRow(undefined, { site: 'texts-you.com', at, source: 'sms', strength: 'imported', kinds: [], detail: '3 codes' });
    expect(sms.certainty).toBe('confirmed');
    expect(rowCertainty(sms)).toBe('confirmed');
  });

  it('reads rows written before certainty existed', () => {
    const old: SiteRow = { site: 'x.com', kinds: ['contact-phone'], status: 'todo', strength: 'visited', firstSeen: 0, lastSeen: 0, risk: 1, numberIds: [] };
    expect(rowCertainty(old)).toBe('not-phone');
    expect(rowCertainty({ ...old, kinds: ['login-phone'], numberIds: ['n1'] })).toBe('confirmed');
  });
});
