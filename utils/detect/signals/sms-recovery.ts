// Recovery by SMS stated in words beside a sign-in form: "We can text you a reset code",
// "Reset your password by SMS", "通过短信找回密码". The account can be recovered by its phone.
import { isAction, shownByWords } from '../fields';
import { says } from '../lexicon';
import { SMS_RECOVERY } from './ids';
import { proseNaming } from './prose';
import type { PageSignal, PageView } from './types';

const viaSms = (t: string) => t.length <= 300 && (says('sms', t) || (says('phone', t) && says('sendCode', t)));
const bySms = (t: string) => says('recovery', t) && viaSms(t);
// "Forgot your password?" and, close after it, the sentence that says how: the SMS sentence need
// not repeat the recovery words when a short text before it asks the question. A link inside
// the answer splits it into several texts ("Click <a>here</a>, and we text you a code"): the
// next few are read.
const AHEAD = 3;
const answers = (t: string) => viaSms(t) && (says('code', t) || says('phone', t));

// Only texts that name recovery can start either: the sentence itself, or the question before it.
function inProse(p: PageView): boolean {
  for (const i of proseNaming(p, 'recovery')) {
    const q = p.prose[i]!;
    if (viaSms(q) || (q.length <= 60 && p.prose.slice(i + 1, i + 1 + AHEAD).some(answers))) return true;
  }
  return false;
}

export const smsRecovery: PageSignal = {
  id: SMS_RECOVERY,
  page: (p) => (!!p.password || says('login', p.text) || says('recovery', p.text)) && (inProse(p) || shownByWords(p.controls, bySms, isAction)),
};
