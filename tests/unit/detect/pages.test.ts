// Whole-page detection on small hand-written pages in ten languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { detectPage } from '@/utils/detect';
import { ACCOUNT_KINDS } from '@/utils/types';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'detect');

export function load(file: string): Document {
  const html = readFileSync(join(DIR, file), 'utf8');
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.write(html);
  return document;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('detectPage on fixture pages', () => {
  it.each([
    ['en-sms-login.html', ['login-otp'], []],
    ['en-email-or-phone.html', ['login-phone'], []],
    ['en-signup-phone.html', ['account-phone'], []],
    ['en-recovery.html', ['recovery-phone'], []],
    ['en-2fa.html', ['mfa-sms', 'bound-number'], ['+1 *1234']],
    ['en-settings-masked.html', ['bound-number'], ['*12']],
    ['zh-Hans-sms-login.html', ['login-otp'], []],
    ['zh-Hans-settings.html', ['bound-number'], ['138*5678']],
    ['zh-Hant-recovery.html', ['recovery-phone'], []],
    ['ja-sms-login.html', ['login-otp'], []],
    ['ja-2fa-masked.html', ['mfa-sms', 'bound-number'], ['*1234']],
    ['ko-signup.html', ['account-phone'], []],
    ['es-login-phone.html', ['login-phone'], []],
    ['pt-sms-login.html', ['login-otp'], []],
    ['de-2fa.html', ['mfa-sms', 'bound-number'], ['*89']],
    ['ru-sms-login.html', ['login-otp'], []],
  ])('%s -> %j', (file, kinds, masked) => {
    const f = detectPage(load(file), 'https://example.com/page');
    expect([...f.kinds].sort()).toEqual([...kinds].sort());
    expect(f.masked).toEqual(masked);
    expect(f.confidence).toBeGreaterThan(0.5);
    expect(f.signals.length).toBeGreaterThan(0);
  });

  it.each([
    ['en-checkout.html'],
    ['en-contact.html'],
    ['fr-checkout.html'],
  ])('%s is a contact phone only', (file) => {
    const f = detectPage(load(file), 'https://shop.example/checkout');
    expect(f.kinds).toEqual(['contact-phone']);
  });

  it.each([
    ['en-password-login.html'],
    ['en-tel-account-number.html'],
    ['en-hidden-template.html'],
    ['zh-Hans-captcha-only.html'],
  ])('%s ties no phone to an account', (file) => {
    const f = detectPage(load(file), 'https://example.com/login');
    expect(f.kinds.filter((k) => ACCOUNT_KINDS.includes(k))).toEqual([]);
    expect(f.kinds).not.toContain('contact-phone');
  });

  it('counts a settings page as signed in', () => {
    expect(detectPage(load('zh-Hans-settings.html'), 'https://example.com/').signedIn).toBe(true);
    expect(detectPage(load('en-sms-login.html'), 'https://example.com/').signedIn).toBeUndefined();
  });

  it('reads fields inside an open shadow root', () => {
    document.body.innerHTML = '<h1>Sign in</h1><x-login></x-login>';
    const root = document.querySelector('x-login')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><input type=tel placeholder="Phone number"><button>Send code</button></div>';
    expect(detectPage(document, 'https://example.com/login').kinds).toContain('login-otp');
  });

  it('does not read a closed shadow root', () => {
    document.body.innerHTML = '<h1>Sign in</h1><x-login></x-login>';
    const root = document.querySelector('x-login')!.attachShadow({ mode: 'closed' });
    root.innerHTML = '<div><input type=tel placeholder="Phone number"><button>Send code</button></div>';
    expect(detectPage(document, 'https://example.com/login').kinds).toEqual([]);
  });

  it('takes the URL path as a hint of the page role', () => {
    document.body.innerHTML = '<div><input type=tel placeholder="Phone"><button>Continue</button></div>';
    expect(detectPage(document, 'https://example.com/account/register').kinds).toEqual(['account-phone']);
    expect(detectPage(document, 'https://example.com/checkout/shipping').kinds).toEqual(['contact-phone']);
  });
});
