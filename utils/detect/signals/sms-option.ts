// Two-step verification listed with "Text message" / "Voice call" options (buttons, tabs,
// or short option labels) on a two-step or security page: SMS is a second factor here.
import { isAction, shownByWords } from '../fields';
import { says } from '../lexicon';
import { SMS_OPTION } from './ids';
import type { PageSignal } from './types';

export const smsOption: PageSignal = {
  id: SMS_OPTION,
  page: (p) => {
    const mfaPage = says('mfa', p.text) || p.prose.some((t) => t.length <= 80 && says('mfa', t));
    if (!mfaPage) return false;
    const option = (t: string) => t.length <= 40 && says('sms', t) && !says('signup', t);
    return p.prose.some(option) || shownByWords(p.controls, option, isAction);
  },
};
