// A switch to phone sign-in: "Sign in with phone", "短信登录", "验证码登录", "手機登入".
import { visible } from '../fields';
import { says } from '../lexicon';
import type { PageSignal } from './types';

export const phoneLoginOption: PageSignal = {
  id: 'phone-login-option',
  scope: 'page',
  test: (p) =>
    p.controls.some(
      (c) =>
        (c.tag === 'link' || c.tag === 'button') &&
        c.own.length <= 30 &&
        (says('phone', c.own) || says('sms', c.own) || says('code', c.own)) &&
        (says('login', c.own) || says('signup', c.own)) &&
        visible(c),
    ),
};
