// Messages pasted into a box: one message per paragraph (a blank line between two). The sender
// is unknown, so nothing from them is taken as a person's message by its address alone.
import { SmsImportError } from './errors';
import type { SmsMessage } from './types';

export function readPasted(text: string, now = Date.now()): SmsMessage[] {
  // U+FFFD is what text decoded in the wrong encoding turns into.
  if (text.includes('\uFFFD')) throw new SmsImportError('sms_err_encoding');
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  if (!blocks.length) throw new SmsImportError('sms_err_no_messages');
  return blocks.map((body) => ({ address: '', body, at: now, received: true }));
}
