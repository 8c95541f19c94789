// A button or link that sends a code: "Send code", "获取验证码", "認証コードを送信".
import { visible } from '../fields';
import { says } from '../lexicon';
import type { FormSignal } from './types';

export const sendCodeButton: FormSignal = {
  id: 'send-code-button',
  scope: 'form',
  test: (g) =>
    g.controls.some(
      (c) => (c.tag === 'button' || c.tag === 'link') && c.own.length <= 60 && says('sendCode', c.own) && visible(c),
    ),
};
