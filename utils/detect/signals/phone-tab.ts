// A "Phone | Email" tab pair (or "Mobile" / "Username" switch): a short tab or button naming
// a phone beside one naming another identifier. The phone way is offered even while its
// panel stays hidden until clicked. A disabled tab offers nothing: a sign-up's "verify your
// email | phone" step disables the phone tab when no phone was given.
import type { Control } from '../collect';
import { byOwnWords, isAction, shownByWords } from '../fields';
import { says } from '../lexicon';
import { PHONE_TAB } from './ids';
import type { PageSignal } from './types';

const short = (own: string) => own.length <= 32;
const isTab = (c: Control) => c.el.getAttribute('role') === 'tab';
const disabled = (c: Control) => c.el.hasAttribute('disabled') || c.el.getAttribute('aria-disabled') === 'true';
const namesPhone = (own: string) => short(own) && (says('phone', own) || says('sms', own)) && !says('contact', own) && !says('identifier', own);

export const phoneTab: PageSignal = {
  id: PHONE_TAB,
  page: (p) => {
    // The partner names another identifier ("Email"), or is another tab of the same tab list
    // ("Password | SMS code": another way to sign in).
    const others: { c: Control; id: boolean }[] = [];
    for (const [own, list] of byOwnWords(p.controls)) {
      if (!short(own) || says('phone', own)) continue;
      const id = says('identifier', own);
      for (const c of list) if (isAction(c) && (id || isTab(c))) others.push({ c, id });
    }
    if (!others.length) return false;
    return shownByWords(p.controls, namesPhone, (c) => {
      if (!isAction(c) || disabled(c)) return false;
      // Its partner sits in the same bar: within two levels up.
      const bar = c.el.parentElement?.parentElement ?? c.el.parentElement;
      // Beside a tab that names no identifier, the tab must say SMS: "Mobile BankID" is an app.
      return !!bar && others.some((o) => o.c !== c && bar.contains(o.c.el) && (o.id || says('sms', c.own)));
    });
  },
};
