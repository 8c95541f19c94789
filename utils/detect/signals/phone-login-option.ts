// A switch to phone sign-in: "Sign in with phone", "短信登录", "验证码登录", "手機登入".
import { shownByWords } from '../fields';
import { says } from '../lexicon';
import { PHONE_LOGIN } from './ids';
import type { PageSignal } from './types';

export const phoneLoginOption: PageSignal = {
  id: PHONE_LOGIN,
  // Only buttons and links have their own words (`own`).
  page: (p) =>
    shownByWords(p.controls, (own) => own.length <= 60 && (says('phone', own) || says('sms', own) || says('code', own)) && says('login', own)),
};
