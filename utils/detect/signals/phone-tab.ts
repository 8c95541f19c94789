// A "Phone | Email" tab pair (or "Mobile" / "Username" switch): a short tab or button naming
// a phone beside one naming another identifier. The phone way is offered even while its
// panel stays hidden until clicked. A disabled tab offers nothing: a sign-up's "verify your
// email | phone" step disables the phone tab when no phone was given.
import type { Control } from '../collect';
import { shown } from '../fields';
import { says } from '../lexicon';
import { PHONE_TAB } from './ids';
import type { PageSignal } from './types';

const short = (c: Control) => c.own.length > 0 && c.own.length <= 32 && (c.tag === 'link' || c.tag === 'button');
const disabled = (c: Control) => c.el.hasAttribute('disabled') || c.el.getAttribute('aria-disabled') === 'true';

export const phoneTab: PageSignal = {
  id: PHONE_TAB,
  page: (p) => {
    const others = p.controls.filter((c) => short(c) && says('identifier', c.own) && !says('phone', c.own));
    if (!others.length) return false;
    return shown(p.controls, (c) => {
      if (!short(c) || disabled(c) || !(says('phone', c.own) || says('sms', c.own)) || says('contact', c.own) || says('identifier', c.own)) return false;
      // Its partner sits in the same bar: within two levels up.
      const bar = c.el.parentElement?.parentElement ?? c.el.parentElement;
      return !!bar && others.some((o) => o !== c && bar.contains(o.el));
    });
  },
};
