// Recovery by SMS stated in words beside a sign-in form: "We can text you a reset code",
// "Reset your password by SMS", "通过短信找回密码". The account can be recovered by its phone.
import { shown } from '../fields';
import { says } from '../lexicon';
import { SMS_RECOVERY } from './ids';
import type { PageSignal } from './types';

const bySms = (t: string) => t.length <= 160 && says('recovery', t) && (says('sms', t) || (says('phone', t) && says('sendCode', t)));

export const smsRecovery: PageSignal = {
  id: SMS_RECOVERY,
  page: (p) =>
    (!!p.password || says('login', p.text) || says('recovery', p.text)) &&
    (p.prose.some(bySms) || shown(p.controls, (c) => (c.tag === 'link' || c.tag === 'button') && bySms(c.own))),
};
