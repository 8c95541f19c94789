// A switch to phone sign-in: "Sign in with phone", "短信登录", "验证码登录", "手機登入".
import { shownByWords } from '../fields';
import { says } from '../lexicon';
import { PHONE_LOGIN } from './ids';
import type { PageSignal } from './types';

export const phoneLoginOption: PageSignal = {
  id: PHONE_LOGIN,
  // Only buttons and links have their own words (`own`). On a page whose title or headings say
  // sign-in, a code to a phone is enough ("One-time code to my mobile").
  page: (p) => {
    const onLogin = says('login', p.text);
    return shownByWords(p.controls, (own) => {
      const way = says('phone', own) || says('sms', own);
      const code = says('code', own);
      return own.length <= 60 && (way || code) && (says('login', own) || (onLogin && way && code));
    });
  },
};
