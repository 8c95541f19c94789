// A switch to phone sign-in: "Sign in with phone", "短信登录", "验证码登录", "手機登入".
import { shownByWords } from '../fields';
import { says } from '../lexicon';
import { PHONE_LOGIN } from './ids';
import type { PageSignal } from './types';

// On a sign-in page the sign-in is understood: "One-time code to my mobile" under the
// password form offers the same.
const codeToPhone = (own: string) => says('code', own) && (says('phone', own) || says('sms', own));

export const phoneLoginOption: PageSignal = {
  id: PHONE_LOGIN,
  // Only buttons and links have their own words (`own`).
  page: (p) => {
    const onLogin = says('login', p.text);
    return shownByWords(
      p.controls,
      (own) => own.length <= 60 && (((says('phone', own) || says('sms', own) || says('code', own)) && says('login', own)) || (onLogin && codeToPhone(own))),
    );
  },
};
