// Settings pages are learned only from account or security pages of the site that show the number.
import { describe, expect, it } from 'vitest';
import { learnedSettingsPage } from '@/utils/inventory/learn';
import { mergeRow } from '@/utils/inventory/merge';

const shown = (url: string, signals: string[], over: Record<string, unknown> = {}) => ({
  site: 'example-shop.com',
  source: 'page' as const,
  kinds: ['bound-number' as const],
  masked: ['138*5678'],
  url,
  signals: ['masked-number', ...signals],
  ...over,
});
const entry = { domains: ['example-shop.com', 'shop-cdn.net'] };

describe('learned settings page', () => {
  it.each([
    ['an account security page', shown('https://www.example-shop.com/account/security', ['page-settings']), 'https://www.example-shop.com/account/security'],
    ['a signed-in profile page on a domain of the same account', shown('https://id.shop-cdn.net/profile', ['signed-in']), 'https://id.shop-cdn.net/profile'],
    ['a two-step code page (/login/verify)', shown('https://www.example-shop.com/login/verify', ['page-mfa']), undefined],
    ['a code-entry step that also says "settings"', shown('https://www.example-shop.com/verify', ['page-settings']), undefined],
    ['a sign-in page', shown('https://www.example-shop.com/account', ['page-login', 'page-settings']), undefined],
    ['a sign-up page', shown('https://www.example-shop.com/account/new', ['page-signup', 'signed-in']), undefined],
    ['a recovery page', shown('https://www.example-shop.com/help', ['page-recovery', 'page-settings']), undefined],
    ['a page with no account role', shown('https://www.example-shop.com/deals', []), undefined],
    ['a plain-http page', shown('http://www.example-shop.com/account/security', ['page-settings']), undefined],
    ['a page of another host', shown('https://evil.example/account/security', ['page-settings']), undefined],
    ['a look-alike host', shown('https://example-shop.com.evil.example/account/security', ['page-settings']), undefined],
    ['no number shown', shown('https://www.example-shop.com/account/security', ['page-settings'], { masked: [] }), undefined],
    ['a submitted form', shown('https://www.example-shop.com/account/security', ['page-settings'], { source: 'submit' }), undefined],
  ])('%s', (_what, o, expected) => {
    expect(learnedSettingsPage(o, entry)).toBe(expected);
  });

  it('the merge keeps the last account page and never replaces it with a code step', () => {
    const at = 1_700_000_000_000;
    const first = mergeRow(undefined, { ...shown('https://www.example-shop.com/account/security', ['page-settings']), at, strength: 'bound-number' });
    expect(first.settingsUrl).toBe('https://www.example-shop.com/account/security');
    const step = mergeRow(first, { ...shown('https://www.example-shop.com/login/verify', ['page-mfa']), at: at + 1, strength: 'bound-number' });
    expect(step.settingsUrl).toBe('https://www.example-shop.com/account/security');
  });
});
