import { describe, expect, it } from 'vitest';
import { MAX_ASKED, MAX_PENDING } from '@/utils/detect/lexicon';
import { checkEnvelope } from '@/utils/messages/validate';

const envelope = (type: string, data: unknown) => ({ id: 1, type, data, timestamp: Date.now() });
const finding = { kinds: ['login-otp'], confidence: 0.9, signals: ['tel-field'], masked: ['138*5678'] };

describe('message validation', () => {
  it('accepts a well-formed finding', () => {
    expect(checkEnvelope(envelope('cs-bg-finding', finding))).toEqual({ ok: true });
  });

  it.each([
    ['a string', 'hello', 'not an object'],
    ['null', null, 'not an object'],
    ['no type', { id: 1, timestamp: 1, data: {} }, 'no type'],
    ['an unknown type', envelope('ui-bg-delete-everything', {}), 'unknown type'],
    ['a missing envelope id', { type: 'cs-bg-finding', timestamp: 1, data: finding }, 'bad envelope'],
    ['an unknown kind', envelope('cs-bg-finding', { ...finding, kinds: ['steal'] }), 'kinds'],
    ['a confidence above 1', envelope('cs-bg-finding', { ...finding, confidence: 7 }), 'confidence'],
    ['an extra key (e.g. a site claimed by the page)', envelope('cs-bg-finding', { ...finding, site: 'bank.com' }), 'site'],
    ['a masked number with letters', envelope('cs-bg-finding', { ...finding, masked: ['<script>'] }), 'masked'],
    ['too many signals', envelope('cs-bg-finding', { ...finding, signals: Array(65).fill('x') }), 'signals'],
    ['a giant payload', envelope('cs-bg-finding', { ...finding, signals: ['x'.repeat(20000)] }), 'too large'],
    ['a typed value smuggled in a submit', envelope('cs-bg-submit', { kinds: ['login-otp'], value: '13800138000' }), 'value'],
  ])('drops %s with a reason', (_label, message, reason) => {
    const verdict = checkEnvelope(message);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok === false && verdict.reason).toContain(reason);
  });

  it('accepts a scan\'s question about its texts, up to the page\'s own caps', () => {
    const texts = Array.from({ length: MAX_PENDING }, (_, i) => `phone ${i}`);
    expect(checkEnvelope(envelope('cs-bg-says', { texts, loose: true }))).toEqual({ ok: true });
  });

  it.each([
    ['too many texts', { texts: Array(MAX_PENDING + 1).fill('a'), loose: false }, 'texts'],
    ['a text longer than any the page sends', { texts: ['a'.repeat(MAX_ASKED + 1)], loose: false }, 'texts'],
    ['a joined text where a yes or no goes', { texts: [], loose: ['a'] }, 'loose'],
    ['a number where a text goes', { texts: [42], loose: false }, 'texts'],
    ['an extra key', { texts: [], loose: false, site: 'bank.com' }, 'site'],
    ['over the question\'s size cap', { texts: Array(3000).fill('"'.repeat(MAX_ASKED / 2)), loose: false }, 'too large'],
  ])('drops a question with %s', (_label, data, reason) => {
    const verdict = checkEnvelope(envelope('cs-bg-says', data));
    expect(verdict.ok === false && verdict.reason).toContain(reason);
  });

  it('drops data that cannot be serialized', () => {
    const cyclic: Record<string, unknown> = { kinds: [] };
    cyclic.self = cyclic;
    const verdict = checkEnvelope(envelope('cs-bg-finding', cyclic));
    expect(verdict).toEqual({ ok: false, reason: 'unserializable data' });
  });
});
