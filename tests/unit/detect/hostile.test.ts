// Bad pages: bounded work, no exception escapes.
import { describe, expect, it } from 'vitest';
import { detectPage, scan } from '@/utils/detect';
import { LIMITS } from '@/utils/detect/collect';

describe('hostile pages', () => {
  it('clips giant attribute values', () => {
    const huge = 'phone '.repeat(200_000);
    document.body.innerHTML = `<form><input name="${huge}" placeholder="${huge}"><button>Sign in</button></form>`;
    const f = detectPage(document, 'https://example.com/login');
    expect(f.signals.every((s) => s.length <= 80)).toBe(true);
  });

  it('stops at the shadow-root depth cap on deeply nested shadow trees', () => {
    document.body.innerHTML = '<x-n></x-n>';
    let host = document.querySelector('x-n')!;
    for (let i = 0; i < 50; i++) {
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<x-n></x-n>';
      host = root.querySelector('x-n')!;
    }
    host.attachShadow({ mode: 'open' }).innerHTML = '<div><input type=tel placeholder=Phone><button>Send code</button></div>';
    // The phone form is deeper than the cap: not read, and no hang or throw.
    expect(detectPage(document, 'https://example.com/login').kinds).toEqual([]);
    expect(LIMITS.depth).toBeLessThan(50);
  });

  it('returns an empty finding when the DOM throws', () => {
    document.body.innerHTML = '<form><input type=tel><button>Send code</button></form>';
    const doc = Object.create(document, {
      querySelectorAll: { value: () => { throw new Error('boom'); } },
      querySelector: { value: () => { throw new Error('boom'); } },
    }) as Document;
    expect(() => detectPage(doc, 'not a url')).not.toThrow();
    expect(detectPage(doc, 'not a url').kinds).toEqual([]);
  });

  it('yields while it works, so a caller can slice it', () => {
    document.body.innerHTML = '<div>x</div>'.repeat(5000) + '<form><input type=tel placeholder=Phone><button type=button>Send code</button><button>Sign in</button></form>';
    const it = scan(document, 'https://example.com/login');
    let yields = 0;
    let step = it.next();
    while (!step.done) {
      yields++;
      step = it.next();
    }
    expect(yields).toBeGreaterThan(5);
    expect(step.value.finding.kinds).toContain('login-otp');
  });

  it('caps the masked numbers reported', () => {
    document.body.innerHTML = '<h1>Security</h1>' + Array.from({ length: 40 }, (_, i) => `<p>Phone: 138****${String(1000 + i)}</p>`).join('');
    const f = detectPage(document, 'https://example.com/settings');
    expect(f.masked.length).toBe(16);
  });
});
