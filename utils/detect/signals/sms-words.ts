// The form talks about SMS, text messages or calls: "We texted a code to …", "短信验证".
import { says } from '../lexicon';
import { SMS } from './ids';
import type { FormSignal } from './types';

export const smsWords: FormSignal = {
  id: SMS,
  form: (g, p) =>
    says('sms', g.text) || says('sms', p.headings) || g.controls.some((c) => says('sms', c.tag === 'input' ? c.text : c.own)),
};
