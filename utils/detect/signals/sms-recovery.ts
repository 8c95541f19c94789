// Recovery by SMS stated in words beside a sign-in form: "We can text you a reset code",
// "Reset your password by SMS", "通过短信找回密码". The account can be recovered by its phone.
import { isAction, shownByWords } from '../fields';
import { says } from '../lexicon';
import { SMS_RECOVERY } from './ids';
import type { PageSignal } from './types';

const viaSms = (t: string) => t.length <= 300 && (says('sms', t) || (says('phone', t) && says('sendCode', t)));
const bySms = (t: string) => says('recovery', t) && viaSms(t);
// "Forgot your password?" and, right after it, the sentence that says how: the SMS sentence
// need not repeat the recovery words when the short text before it asks the question.
const afterQuestion = (t: string, i: number, all: readonly string[]) =>
  i > 0 && all[i - 1]!.length <= 60 && says('recovery', all[i - 1]!) && viaSms(t) && (says('code', t) || says('phone', t));

export const smsRecovery: PageSignal = {
  id: SMS_RECOVERY,
  page: (p) =>
    (!!p.password || says('login', p.text) || says('recovery', p.text)) &&
    (p.prose.some((t, i, all) => bySms(t) || afterQuestion(t, i, all)) ||
      shownByWords(p.controls, bySms, isAction)),
};
