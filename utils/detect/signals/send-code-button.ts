// A button or link that sends a code: "Send code", "获取验证码", "認証コードを送信".
import { shown } from '../fields';
import { says } from '../lexicon';
import { SEND } from './ids';
import type { FormSignal } from './types';

export const sendCodeButton: FormSignal = {
  id: SEND,
  // Only buttons and links have their own words (`own`).
  form: (g) => shown(g.controls, (c) => c.own.length <= 60 && says('sendCode', c.own)),
};
