import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { send, sendKept } from '@/entrypoints/page/send';

const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
let saved: unknown;
const finding = { kinds: ['login-otp' as const], confidence: 0.9, signals: ['phone-field'], masked: [] };

beforeEach(() => {
  saved = g.browser;
  delete g.browser;
});
afterEach(() => {
  g.browser = saved;
  delete g.chrome;
});

describe('the content script sender', () => {
  it('speaks the envelope the background expects and returns the reply', async () => {
    const sendMessage = vi.fn(async () => ({ res: null }));
    g.chrome = { runtime: { sendMessage } };
    expect(await send('cs-bg-guide-hint')).toEqual(null);
    expect(sendMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'cs-bg-guide-hint', id: expect.any(Number), timestamp: expect.any(Number) }));
  });

  it('sends a finding again when the worker was stopped before it replied', async () => {
    const sendMessage = vi
      .fn()
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce({ res: undefined });
    g.chrome = { runtime: { sendMessage } };
    expect(await sendKept('cs-bg-finding', finding, [1, 1])).toBe(true);
    expect(sendMessage).toHaveBeenCalledTimes(3);
  });

  it('does not send again when the background answered with a refusal (a full disk)', async () => {
    const sendMessage = vi.fn(async () => ({ err: { message: 'QuotaExceededError' } }));
    g.chrome = { runtime: { sendMessage } };
    expect(await sendKept('cs-bg-finding', finding, [1, 1])).toBe(false);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('gives up quietly after the last try, and at once when the extension is gone', async () => {
    const sendMessage = vi.fn().mockRejectedValue(new Error('Could not establish connection.'));
    g.chrome = { runtime: { sendMessage } };
    expect(await sendKept('cs-bg-submit', { kinds: ['login-otp'] }, [1])).toBe(false);
    expect(sendMessage).toHaveBeenCalledTimes(2);
    delete g.chrome;
    expect(await sendKept('cs-bg-submit', { kinds: ['login-otp'] }, [1])).toBe(false);
  });
});
