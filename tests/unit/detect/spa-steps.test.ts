// A single-page sign-up that asks the phone first and the SMS code on a later step (same
// document, new URL): the code step is a phone sign-in, as one form asking both would be.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watch, WATCH, type Host } from '@/entrypoints/page/watcher';
import { detectDetailed } from '@/utils/detect';

const PHONE_STEP = `<h1>Create your account</h1><form><label>Mobile number <input type=tel name=phone></label>
  <button>Continue</button></form>`;
const CODE_STEP = `<h1>Create your account</h1><form><label>Enter the 6-digit code we sent by SMS
  <input name=code autocomplete=one-time-code inputmode=numeric maxlength=6></label><button>Verify</button></form>`;

describe('a later SMS-code step of a single-page sign-up', () => {
  it('the phone step alone is a phone asked at sign-up, not a phone sign-in', () => {
    document.body.innerHTML = PHONE_STEP;
    const kinds = detectDetailed(document, 'https://app.example.com/signup').finding.kinds;
    expect(kinds).toContain('account-phone');
    expect(kinds).not.toContain('login-otp');
  });

  it('the code step after the phone step is a phone sign-in', () => {
    document.body.innerHTML = PHONE_STEP;
    const first = detectDetailed(document, 'https://app.example.com/signup');
    document.body.innerHTML = CODE_STEP;
    const later = detectDetailed(document, 'https://app.example.com/signup/verify', new Set(first.finding.signals));
    expect(later.finding.kinds).toContain('login-otp');
  });

  it('a code step with no earlier phone step says nothing about a phone sign-in', () => {
    document.body.innerHTML = CODE_STEP;
    expect(detectDetailed(document, 'https://app.example.com/signup/verify').finding.kinds).not.toContain('login-otp');
  });

  it('a sign-up that chose a password keeps its phone as the account\'s, not a sign-in', () => {
    document.body.innerHTML = `<h1>Create your account</h1><form><input type=tel name=phone placeholder="Phone">
      <input type=password name=pw autocomplete=new-password><button>Create account</button></form>`;
    const first = detectDetailed(document, 'https://app.example.com/signup');
    expect(first.finding.kinds).toContain('account-phone');
    document.body.innerHTML = CODE_STEP;
    const later = detectDetailed(document, 'https://app.example.com/signup/verify', new Set(first.finding.signals));
    expect(later.finding.kinds).not.toContain('login-otp');
  });

  describe('in the content script', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('reports login-otp when the page moves from the phone step to the code step', async () => {
      let url = 'https://app.example.com/signup';
      const host: Host = {
        doc: document,
        url: () => url,
        setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
        clearTimeout: (id) => clearTimeout(id),
        now: () => Date.now(),
        isValid: () => true,
      };
      document.body.innerHTML = PHONE_STEP;
      const seen: string[][] = [];
      const w = watch(host, (d) => seen.push(d.finding.kinds));
      await vi.advanceTimersByTimeAsync(WATCH.debounceMs + 10);
      expect(seen.at(-1)).toContain('account-phone');
      // The app swaps its step and pushes a new URL; the content script restarts the watcher.
      document.body.innerHTML = CODE_STEP;
      url = 'https://app.example.com/signup/verify';
      w.restart();
      await vi.advanceTimersByTimeAsync(WATCH.debounceMs + 10);
      expect(seen.at(-1)).toContain('login-otp');
      w.stop();
    });
  });
});
