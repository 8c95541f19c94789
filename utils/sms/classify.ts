// What kind of message a text is: a code, an account notice, marketing, a delivery, or a
// personal message. Pure; the body is read once and forgotten.
import { identifyService } from './identify';
import { smsSays } from './lexicon';
import { senderKind } from './sender';
import type { SmsClass, SmsMessage, SmsReading } from './types';

/** A code: 4-8 digits (maybe split "123 456" / "123-456"), or letters and digits with a digit ("G-723914"). */
const CODE_TOKEN =
  /(?<![\d.,])(?:\d{4,8}|\d{3}[ -]\d{3})(?![\d.,]\d)|\b[A-Z]{1,3}-\d{4,8}\b|\b(?=[A-Z0-9]{4,8}\b)[A-Z]*\d[A-Z0-9]*\b/;

export function classifyText(body: string): Exclude<SmsClass, 'personal'> | null {
  const lower = body.toLowerCase();
  if (smsSays('code', lower) && CODE_TOKEN.test(body)) return 'code';
  if (smsSays('delivery', lower)) return 'delivery';
  if (smsSays('notice', lower)) return 'notice';
  if (smsSays('marketing', lower)) return 'marketing';
  return null;
}

/**
 * Reads one received message. A person's number makes it personal whatever it says (a friend
 * texting "my Alipay code is 123456" names no account of ours); a service's message that fits
 * no class counts as marketing, which proves nothing.
 */
export function readMessage(m: Pick<SmsMessage, 'address' | 'body'>): SmsReading {
  const kind = senderKind(m.address);
  if (kind === 'person') return { cls: 'personal', service: null };
  const cls = classifyText(m.body) ?? (kind === 'unknown' ? 'personal' : 'marketing');
  if (cls === 'personal') return { cls, service: null };
  return { cls, service: identifyService(m.body, m.address, kind === 'name') };
}
