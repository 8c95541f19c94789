// Two-step verification listed with "Text message" / "Voice call" options (buttons, tabs,
// or short option labels) on a two-step or security page: SMS is a second factor here.
import { isAction, shownByWords } from '../fields';
import { says } from '../lexicon';
import { SMS_OPTION } from './ids';
import { proseNaming } from './prose';
import type { PageSignal } from './types';

export const smsOption: PageSignal = {
  id: SMS_OPTION,
  page: (p) => {
    const mfaPage = says('mfa', p.text) || proseNaming(p, 'mfa').some((i) => p.prose[i]!.length <= 80);
    if (!mfaPage) return false;
    const option = (t: string) => t.length <= 40 && says('sms', t) && !says('signup', t);
    return proseNaming(p, 'sms').some((i) => option(p.prose[i]!)) || shownByWords(p.controls, option, isAction);
  },
};
