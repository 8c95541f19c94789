// The form talks about SMS, text messages or calls: "We texted a code to …", "短信验证".
import { says } from '../lexicon';
import type { FormSignal } from './types';

export const smsWords: FormSignal = {
  id: 'sms-words',
  scope: 'form',
  test: (g, p) =>
    says('sms', g.submitText) ||
    says('sms', g.headText) ||
    g.controls.some((c) => (c.tag === 'input' && says('sms', c.text)) || (c.tag !== 'input' && says('sms', c.own))) ||
    says('sms', p.headings),
};
